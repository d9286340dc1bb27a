import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Access } from '../common/access.js';
import { Role } from '../common/role.js';
import { backupStatusOf } from './backup.scheduler.js';
import { BackupStatus } from './backup.types.js';

@Resolver()
export class BackupResolver {
  @Access([Role.ADMIN])
  @Query(() => BackupStatus, {
    description:
      'The latest backup runs (recorded by every instance) and the daily schedule. Access: admin.',
  })
  backupStatus(@Ctx() ctx: Context): Promise<BackupStatus> {
    return backupStatusOf(ctx.em, new Date());
  }
}
