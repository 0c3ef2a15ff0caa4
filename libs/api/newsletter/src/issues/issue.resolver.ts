import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { markdownToSafeHtml } from '@ascend/platform/markdown';
import { Roles } from '@ascend/platform/tenancy';
import { NewsletterIssue, NewsletterIssueInput, UpdateNewsletterIssueInput } from './issue.models';
import { IssueService } from './issue.service';

const TEAM = ['OWNER', 'ADMIN', 'COACH'] as const;

@Resolver()
export class IssueResolver {
  constructor(private readonly service: IssueService) {}

  @Roles(...TEAM)
  @Query(() => [NewsletterIssue], { description: "The practice's newsletter issues, newest first." })
  newsletterIssues(): Promise<NewsletterIssue[]> {
    return this.service.list();
  }

  @Roles(...TEAM)
  @Query(() => NewsletterIssue, { description: 'One issue; poll it while it is sending for live progress.' })
  newsletterIssue(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<NewsletterIssue> {
    return this.service.get(id);
  }

  @Roles(...TEAM)
  @Query(() => String, { description: 'The whole email HTML as a subscriber sees it, with a sample unsubscribe link.' })
  newsletterIssuePreview(
    @Args('subject', { type: () => String }) subject: string,
    @Args('preheader', { type: () => String, defaultValue: '' }) preheader: string,
    @Args('body', { type: () => String }) body: string,
  ): Promise<string> {
    return this.service.preview(subject.slice(0, 200), preheader.slice(0, 200), body.slice(0, 100000));
  }

  @Roles(...TEAM)
  @Mutation(() => NewsletterIssue, { description: 'A new draft.' })
  createNewsletterIssue(@Args('input') input: NewsletterIssueInput): Promise<NewsletterIssue> {
    return this.service.create(input);
  }

  @Roles(...TEAM)
  @Mutation(() => NewsletterIssue, { description: 'Changes a draft or a scheduled issue.' })
  updateNewsletterIssue(@Args('input') input: UpdateNewsletterIssueInput): Promise<NewsletterIssue> {
    return this.service.update(input);
  }

  @Roles(...TEAM)
  @Mutation(() => Boolean, { description: 'Deletes a draft or a scheduled issue.' })
  deleteNewsletterIssue(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<boolean> {
    return this.service.remove(id);
  }

  @Roles(...TEAM)
  @Mutation(() => Boolean, { description: 'Sends the issue to your own address, its subject prefixed "[Test] ".' })
  sendNewsletterTest(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<boolean> {
    return this.service.sendTest(id);
  }

  @Roles(...TEAM)
  @Mutation(() => NewsletterIssue, { description: 'Sends it at a future time.' })
  scheduleNewsletterIssue(@Args('id', { type: () => ID }, IdArgumentPipe) id: string, @Args('at', { type: () => Date }) at: Date): Promise<NewsletterIssue> {
    return this.service.schedule(id, at);
  }

  @Roles(...TEAM)
  @Mutation(() => NewsletterIssue, { description: 'Back to a draft.' })
  unscheduleNewsletterIssue(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<NewsletterIssue> {
    return this.service.unschedule(id);
  }

  @Roles(...TEAM)
  @Mutation(() => NewsletterIssue, { description: 'Starts sending to every subscriber subscribed now.' })
  sendNewsletterIssueNow(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<NewsletterIssue> {
    return this.service.sendNow(id);
  }
}

@Resolver(() => NewsletterIssue)
export class IssueFieldsResolver {
  @ResolveField(() => String, { description: 'The body as safe HTML.' })
  bodyHtml(@Parent() issue: NewsletterIssue): string {
    return markdownToSafeHtml(issue.body);
  }
}
