import {
  mdiAlertCircle,
  mdiArrowDown,
  mdiArrowUp,
  mdiCheck,
  mdiCheckboxBlankOutline,
  mdiCheckboxMarked,
  mdiCheckCircle,
  mdiChevronDown,
  mdiChevronLeft,
  mdiChevronRight,
  mdiChevronUp,
  mdiClose,
  mdiCloseCircle,
  mdiInformation,
  mdiMenu,
  mdiMenuDown,
  mdiMinusBox,
  mdiPageFirst,
  mdiPageLast,
  mdiPaperclip,
  mdiRadioboxBlank,
  mdiRadioboxMarked,
} from '@mdi/js';

/**
 * Vuetify's icon aliases (`$close`, `$expand`…) that its components in the app use, as MDI's SVG
 * paths, the same icons as Vuetify's own list (vuetify/iconsets/mdi-svg), which holds 64 of them
 * and with them 3 KiB in every first load. A build fails when a component in it names an alias
 * missing here (vite-plugins/vuetify-trim.ts): add it, with the icon Vuetify's list gives it.
 */
export const iconAliases = {
  collapse: mdiChevronUp,
  expand: mdiChevronDown,
  close: mdiClose,
  complete: mdiCheck,
  clear: mdiCloseCircle,
  delete: mdiCloseCircle,
  success: mdiCheckCircle,
  info: mdiInformation,
  warning: mdiAlertCircle,
  error: mdiCloseCircle,
  prev: mdiChevronLeft,
  next: mdiChevronRight,
  first: mdiPageFirst,
  last: mdiPageLast,
  checkboxOn: mdiCheckboxMarked,
  checkboxOff: mdiCheckboxBlankOutline,
  checkboxIndeterminate: mdiMinusBox,
  radioOn: mdiRadioboxMarked,
  radioOff: mdiRadioboxBlank,
  dropdown: mdiMenuDown,
  menu: mdiMenu,
  sortAsc: mdiArrowUp,
  sortDesc: mdiArrowDown,
  tableGroupCollapse: mdiChevronDown,
  tableGroupExpand: mdiChevronRight,
  file: mdiPaperclip,
};
