import {
  Entity,
  EntityRepositoryType,
  Index,
  ManyToOne,
  OneToOne,
  Property,
  type Opt,
  type Rel,
} from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { SurveyResponse } from '../satisfaction/survey.entity.js';
import { ImprovementStatus } from './feedback.enums.js';
import { ImprovementActionRepository } from './feedback.repository.js';

/**
 * Opened by every low rating (overall 1–2): a tool for improvement, not for blame. A manager
 * closes it with what was done.
 */
@Entity({ tableName: 'improvement_action', repository: () => ImprovementActionRepository })
@Index({ properties: ['status', 'openedAt'] })
export class ImprovementAction extends BaseEntity {
  [EntityRepositoryType]?: ImprovementActionRepository;

  @OneToOne(() => SurveyResponse, { owner: true, unique: true })
  response!: Rel<SurveyResponse>;

  @Property({ type: 'string', length: 8 })
  status: Opt<ImprovementStatus> = ImprovementStatus.OPEN;

  @Property({ type: 'Date' })
  openedAt!: Date;

  @Property({ type: 'Date', nullable: true })
  closedAt?: Date | null;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  closedBy?: Rel<User> | null;

  @Property({ type: 'text', nullable: true })
  actionTaken?: string | null;
}
