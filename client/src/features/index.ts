import type { Feature } from '@/shared/feature';
import { policyFeature } from './policy';

/** Every feature of the app, in the order of the navigation drawer. Add new features here. */
export const features: Feature[] = [policyFeature];

export const navEntries = features.flatMap((feature) => feature.nav);
