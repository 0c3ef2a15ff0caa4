import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';
import { IsIsoDate } from '../method/iso-date';
import { OUTCOME_KINDS, OutcomeKind } from './impact-summary-rules';

const OutcomeKindEnum = Object.fromEntries(OUTCOME_KINDS.map((k) => [k, k])) as Record<OutcomeKind, OutcomeKind>;
registerEnumType(OutcomeKindEnum, {
  name: 'ImpactOutcomeKind',
  description: 'The kind of business result an impact entry describes; the summary groups entries by it.',
});

@ObjectType({ description: "One outcome the client made happen, in business terms. The client's own: coaches do not see it." })
export class ImpactEntry {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  whatIDid: string;

  @Field(() => String, { description: 'The result in business terms: what would have happened otherwise, time or money saved, risk avoided.' })
  outcome: string;

  @Field(() => OutcomeKindEnum)
  outcomeKind: OutcomeKind;

  @Field(() => String, { description: 'Who benefited (a team, a customer, the business); may be empty.' })
  beneficiary: string;

  @Field(() => Int, { description: '1 (minor) to 5 (exceptional).' })
  significance: number;

  @Field(() => String, { description: 'The date it happened (YYYY-MM-DD).' })
  occurredOn: string;

  @Field(() => ID, { nullable: true, description: 'The check-in this entry was logged from, if any.' })
  checkInId: string | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({ description: "A recent check-in whose 'impact made legible' is not logged as an impact entry yet." })
export class ImpactSuggestion {
  @Field(() => ID)
  checkInId: string;

  @Field(() => String, { description: "The check-in's week, named by its Monday (YYYY-MM-DD)." })
  weekStart: string;

  @Field(() => String)
  impactMadeLegible: string;
}

@ObjectType()
export class ImpactSummaryGroup {
  @Field(() => OutcomeKindEnum)
  outcomeKind: OutcomeKind;

  @Field(() => String, { description: 'A plain-language heading, such as "Time saved".' })
  heading: string;

  @Field(() => [ImpactEntry], { description: 'Most significant first, then the most recent.' })
  entries: ImpactEntry[];
}

@ObjectType({ description: 'A one-page summary of the impact of a period, written for a manager outside the field.' })
export class ImpactSummary {
  @Field(() => String)
  from: string;

  @Field(() => String)
  to: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'The period in words, such as "1 January 2026 to 31 March 2026".' })
  period: string;

  @Field(() => String, { description: 'A short opening line with the period and the counts.' })
  opening: string;

  @Field(() => Int)
  entryCount: number;

  @Field(() => [ImpactSummaryGroup], { description: 'Grouped by outcome kind, the most significant group first.' })
  groups: ImpactSummaryGroup[];

  @Field(() => String, { description: 'The same page as Markdown, for download.' })
  markdown: string;
}

@InputType()
export class ImpactEntryFields {
  @Field(() => String)
  @VisibleText(2000)
  whatIDid: string;

  @Field(() => String)
  @VisibleText(2000)
  outcome: string;

  @Field(() => OutcomeKindEnum)
  @IsIn(OUTCOME_KINDS)
  outcomeKind: OutcomeKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'must be at most 300 characters' })
  beneficiary?: string;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number from 1 to 5' })
  @Min(1, { message: 'must be from 1 to 5' })
  @Max(5, { message: 'must be from 1 to 5' })
  significance: number;

  @Field(() => String, { description: 'YYYY-MM-DD, not in the future.' })
  @IsIsoDate()
  occurredOn: string;
}

@InputType()
export class AddImpactEntryInput extends ImpactEntryFields {
  @Field(() => ID, { nullable: true, description: 'Log it from this check-in of yours.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a check-in id' })
  checkInId?: string;
}

@InputType()
export class UpdateImpactEntryInput extends ImpactEntryFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an impact entry id' })
  id: string;
}
