import {
  mdiAccountTieOutline,
  mdiBookOpenVariantOutline,
  mdiEmailOutline,
  mdiFileDocumentEditOutline,
  mdiFileDocumentOutline,
  mdiForumOutline,
  mdiGavel,
  mdiHandHeartOutline,
  mdiLifebuoy,
  mdiMapMarkerRadiusOutline,
  mdiMessageTextOutline,
  mdiPhoneInTalkOutline,
  mdiWeb,
} from '@mdi/js';

/** An icon for each channel key of the seed policy; other associations' keys get a generic one. */
const channelIcons: Record<string, string> = {
  IN_PERSON: mdiAccountTieOutline,
  PHONE: mdiPhoneInTalkOutline,
  SOCIAL_MEDIA: mdiForumOutline,
  LETTERS: mdiEmailOutline,
  HELP_REQUEST_SERVICES: mdiLifebuoy,
  VOLUNTEERING: mdiHandHeartOutline,
  WEBSITE: mdiWeb,
  BRANCH_REPRESENTATIVES: mdiMapMarkerRadiusOutline,
};

export function channelIcon(key: string): string {
  return channelIcons[key] ?? mdiMessageTextOutline;
}

const toolKindIcons: Record<string, string> = {
  REGULATION: mdiGavel,
  GUIDE: mdiBookOpenVariantOutline,
  FORM: mdiFileDocumentEditOutline,
};

export function toolKindIcon(kind: string): string {
  return toolKindIcons[kind] ?? mdiFileDocumentOutline;
}
