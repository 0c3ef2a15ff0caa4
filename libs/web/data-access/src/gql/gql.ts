/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      ...AccountFields\n    }\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  fragment AccountFields on Account {\n    id\n    email\n    name\n    emailVerified\n    isOperator\n    pendingEmail\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  query AccountSettings {\n    viewer {\n      account {\n        ...AccountFields\n      }\n      memberships {\n        practiceId\n        practiceSlug\n        practiceName\n        role\n      }\n    }\n  }\n": typeof types.AccountSettingsDocument,
    "\n  mutation ChangeMyName($input: ChangeNameInput!) {\n    changeMyName(input: $input) {\n      ...AccountFields\n    }\n  }\n": typeof types.ChangeMyNameDocument,
    "\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  mutation RequestEmailChange($input: ChangeEmailInput!) {\n    requestEmailChange(input: $input) {\n      ...AccountFields\n    }\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation CancelEmailChange {\n    cancelEmailChange {\n      ...AccountFields\n    }\n  }\n": typeof types.CancelEmailChangeDocument,
    "\n  mutation DeleteMyAccount($input: DeleteAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  mutation LeavePractice($practiceId: ID!) {\n    leavePractice(practiceId: $practiceId)\n  }\n": typeof types.LeavePracticeDocument,
    "\n  mutation StartPractice($input: StartPracticeInput!) {\n    startPractice(input: $input) {\n      practiceId\n      practiceSlug\n      practiceName\n      role\n    }\n  }\n": typeof types.StartPracticeDocument,
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    clientId\n    title\n    owner\n    dueOn\n    status\n    createdByName\n    completedAt\n  }\n": typeof types.ActionItemFieldsFragmentDoc,
    "\n  query MyActionItems {\n    myActionItems {\n      ...ActionItemFields\n    }\n  }\n": typeof types.MyActionItemsDocument,
    "\n  query ClientActionItems($clientId: ID!) {\n    actionItems(clientId: $clientId) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.ClientActionItemsDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.AddActionItemDocument,
    "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.UpdateActionItemDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $after: String, $first: Int) {\n    auditEvents(filter: $filter, after: $after, first: $first) {\n      events {\n        id\n        action\n        actorEmail\n        targetEmail\n        actorDeleted\n        targetDeleted\n        fromRole\n        toRole\n        ip\n        createdAt\n      }\n      nextCursor\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditActions {\n    auditActions\n  }\n": typeof types.AuditActionsDocument,
    "\n  mutation ConfirmSignUp($input: ConfirmSignUpInput!) {\n    confirmSignUp(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.ConfirmSignUpDocument,
    "\n  query DemoAccounts {\n    demoAccounts {\n      role\n      name\n      email\n      password\n    }\n  }\n": typeof types.DemoAccountsDocument,
    "\n  query EmailLinkValid($token: String!, $purpose: EmailLinkPurpose!) {\n    emailLinkValid(token: $token, purpose: $purpose)\n  }\n": typeof types.EmailLinkValidDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment ViewerFields on Viewer {\n    account {\n      id\n      email\n      name\n      emailVerified\n      isOperator\n    }\n    memberships {\n      practiceId\n      practiceSlug\n      practiceName\n      role\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  fragment SessionFields on Session {\n    accessToken\n    accessTokenExpiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": typeof types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      name\n      emailVerified\n      isOperator\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  fragment PlanFields on Plan {\n    id\n    name\n    summary\n    monthlyPriceCents\n    currency\n    limits {\n      coaches\n      activeClients\n      subscribers\n      emailsPerMonth\n      paidOfferings\n    }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  fragment PracticeBillingFields on PracticeBilling {\n    configured\n    missingVariables\n    limitsEnforced\n    plan {\n      ...PlanFields\n    }\n    subscribedPlan\n    status\n    trialEndsAt\n    renewsAt\n    cancelsAt\n    graceEndsAt\n    readOnly\n    usage {\n      limit\n      label\n      used\n      allowed\n    }\n    invoices {\n      id\n      number\n      status\n      amountDueCents\n      amountPaidCents\n      currency\n      hostedInvoiceUrl\n      invoicePdfUrl\n      periodStart\n      periodEnd\n      createdAt\n    }\n  }\n": typeof types.PracticeBillingFieldsFragmentDoc,
    "\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n": typeof types.PlansDocument,
    "\n  query PracticeBilling {\n    practiceBilling {\n      ...PracticeBillingFields\n    }\n  }\n": typeof types.PracticeBillingDocument,
    "\n  mutation StartPlanCheckout($plan: PlanId!) {\n    startPlanCheckout(plan: $plan) {\n      url\n    }\n  }\n": typeof types.StartPlanCheckoutDocument,
    "\n  mutation OpenBillingPortal {\n    openBillingPortal {\n      url\n    }\n  }\n": typeof types.OpenBillingPortalDocument,
    "\n  mutation ChangePlan($plan: PlanId!) {\n    changePlan(plan: $plan) {\n      ...PracticeBillingFields\n    }\n  }\n": typeof types.ChangePlanDocument,
    "\n  query PracticeStanding {\n    practiceStanding {\n      plan\n      status\n      trialEndsAt\n      graceEndsAt\n      readOnly\n      suspended\n      suspendedReason\n    }\n  }\n": typeof types.PracticeStandingDocument,
    "\n  query ClientMasterclasses($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      masterclassRegistrations {\n        id\n        masterclassId\n        status\n        attendance\n        registeredAt\n        masterclassTitle\n      }\n    }\n  }\n": typeof types.ClientMasterclassesDocument,
    "\n  fragment CoachCheckInFields on CheckIn {\n    id\n    weekStart\n    progress\n    energy\n    wins\n    defaultedToDoing\n    declinedOrDelegated\n    strategicWork\n    impactMadeLegible\n    nextCommitments\n    late\n    submittedAt\n    acknowledgedAt\n    coachReply\n    repliedAt\n    repliedByName\n  }\n": typeof types.CoachCheckInFieldsFragmentDoc,
    "\n  query ClientCheckIns($clientId: ID!, $after: String) {\n    clientCheckIns(clientId: $clientId, first: 12, after: $after) {\n      nodes {\n        ...CoachCheckInFields\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.ClientCheckInsDocument,
    "\n  mutation AcknowledgeCheckIn($id: ID!) {\n    acknowledgeCheckIn(id: $id) {\n      ...CoachCheckInFields\n    }\n  }\n": typeof types.AcknowledgeCheckInDocument,
    "\n  mutation ReplyToCheckIn($id: ID!, $reply: String!) {\n    replyToCheckIn(id: $id, reply: $reply) {\n      ...CoachCheckInFields\n    }\n  }\n": typeof types.ReplyToCheckInDocument,
    "\n  query ClientDetail($clientId: ID!) {\n    clientDetail(clientId: $clientId) {\n      clientId\n      name\n      email\n      status\n      timeZone\n      goal {\n        statement\n        targetDate\n      }\n      methodStep\n      stepsDone\n      streakWeeks\n      flags\n      progressSeries {\n        weekStart\n        progress\n        energy\n      }\n    }\n  }\n": typeof types.ClientDetailDocument,
    "\n  fragment SessionNoteFields on SessionNote {\n    id\n    heldOn\n    body\n    authorName\n    updatedAt\n  }\n": typeof types.SessionNoteFieldsFragmentDoc,
    "\n  query SessionNotes($clientId: ID!) {\n    sessionNotes(clientId: $clientId) {\n      ...SessionNoteFields\n    }\n  }\n": typeof types.SessionNotesDocument,
    "\n  mutation AddSessionNote($input: AddSessionNoteInput!) {\n    addSessionNote(input: $input) {\n      ...SessionNoteFields\n    }\n  }\n": typeof types.AddSessionNoteDocument,
    "\n  mutation UpdateSessionNote($input: UpdateSessionNoteInput!) {\n    updateSessionNote(input: $input) {\n      ...SessionNoteFields\n    }\n  }\n": typeof types.UpdateSessionNoteDocument,
    "\n  query CoachDashboard($sort: DashboardSort) {\n    coachDashboard(sort: $sort) {\n      clientId\n      name\n      status\n      goal {\n        statement\n        targetDate\n      }\n      methodStep\n      stepsDone\n      recentWeeks {\n        weekStart\n        progress\n        energy\n      }\n      lastCheckIn {\n        id\n        weekStart\n        submittedAt\n        acknowledged\n        late\n      }\n      streakWeeks\n      flags\n      urgency\n    }\n  }\n": typeof types.CoachDashboardDocument,
    "\n  query CoachArticles($filter: ArticleFilter) {\n    articles(filter: $filter) {\n      id\n      slug\n      title\n      pubDate\n      category\n      tags\n      status\n      publicUrl\n      updatedAt\n    }\n  }\n": typeof types.CoachArticlesDocument,
    "\n  fragment CoachArticleFields on Article {\n    id\n    slug\n    title\n    description\n    body\n    pubDate\n    category\n    tags\n    draft\n    promo\n    status\n    publicUrl\n    authorName\n    updatedAt\n  }\n": typeof types.CoachArticleFieldsFragmentDoc,
    "\n  query CoachArticle($id: ID!) {\n    article(id: $id) {\n      ...CoachArticleFields\n    }\n  }\n": typeof types.CoachArticleDocument,
    "\n  query ArticlePreview($markdown: String!) {\n    articlePreview(markdown: $markdown)\n  }\n": typeof types.ArticlePreviewDocument,
    "\n  query ArticleCategories {\n    articleCategories\n  }\n": typeof types.ArticleCategoriesDocument,
    "\n  mutation CreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) {\n      ...CoachArticleFields\n    }\n  }\n": typeof types.CreateArticleDocument,
    "\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      ...CoachArticleFields\n    }\n  }\n": typeof types.UpdateArticleDocument,
    "\n  mutation DeleteArticle($id: ID!) {\n    deleteArticle(id: $id)\n  }\n": typeof types.DeleteArticleDocument,
    "\n  mutation ImportArticles($input: ImportArticlesInput!) {\n    importArticles(input: $input) {\n      committed\n      created\n      updated\n      unchanged\n      failed\n      files {\n        name\n        outcome\n        slug\n        title\n        articleId\n        needsReview\n        problems {\n          field\n          message\n        }\n      }\n    }\n  }\n": typeof types.ImportArticlesDocument,
    "\n  mutation UpdatePracticeProfile($input: PracticeProfileInput!) {\n    updatePracticeProfile(input: $input) {\n      ...PublicPracticeProfile\n    }\n  }\n": typeof types.UpdatePracticeProfileDocument,
    "\n  fragment VideoFields on Video {\n    id\n    title\n    description\n    provider\n    providerVideoId\n    url\n    embedUrl\n    visibility\n    publishedAt\n  }\n": typeof types.VideoFieldsFragmentDoc,
    "\n  query CoachVideos {\n    videos {\n      ...VideoFields\n    }\n  }\n": typeof types.CoachVideosDocument,
    "\n  query MemberVideos {\n    memberVideos {\n      ...VideoFields\n    }\n  }\n": typeof types.MemberVideosDocument,
    "\n  mutation CreateVideo($input: VideoInput!) {\n    createVideo(input: $input) {\n      ...VideoFields\n    }\n  }\n": typeof types.CreateVideoDocument,
    "\n  mutation UpdateVideo($input: UpdateVideoInput!) {\n    updateVideo(input: $input) {\n      ...VideoFields\n    }\n  }\n": typeof types.UpdateVideoDocument,
    "\n  mutation DeleteVideo($id: ID!) {\n    deleteVideo(id: $id)\n  }\n": typeof types.DeleteVideoDocument,
    "\n  fragment ImpactEntryFields on ImpactEntry {\n    id\n    whatIDid\n    outcome\n    outcomeKind\n    beneficiary\n    significance\n    occurredOn\n    checkInId\n  }\n": typeof types.ImpactEntryFieldsFragmentDoc,
    "\n  query ImpactEntries {\n    myImpactEntries {\n      ...ImpactEntryFields\n    }\n    impactSuggestions {\n      checkInId\n      weekStart\n      impactMadeLegible\n    }\n  }\n": typeof types.ImpactEntriesDocument,
    "\n  query ImpactSummary($from: String!, $to: String!) {\n    impactSummary(from: $from, to: $to) {\n      from\n      to\n      title\n      period\n      opening\n      entryCount\n      markdown\n      groups {\n        outcomeKind\n        heading\n        entries {\n          ...ImpactEntryFields\n        }\n      }\n    }\n  }\n": typeof types.ImpactSummaryDocument,
    "\n  mutation AddImpactEntry($input: AddImpactEntryInput!) {\n    addImpactEntry(input: $input) {\n      ...ImpactEntryFields\n    }\n  }\n": typeof types.AddImpactEntryDocument,
    "\n  mutation UpdateImpactEntry($input: UpdateImpactEntryInput!) {\n    updateImpactEntry(input: $input) {\n      ...ImpactEntryFields\n    }\n  }\n": typeof types.UpdateImpactEntryDocument,
    "\n  mutation RemoveImpactEntry($id: ID!) {\n    removeImpactEntry(id: $id)\n  }\n": typeof types.RemoveImpactEntryDocument,
    "\n  query InvitationPreview($practiceId: ID!, $token: String!) {\n    invitationPreview(practiceId: $practiceId, token: $token) {\n      practiceName\n      email\n      role\n      accountExists\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ApplyToWorkWith($input: ApplyToWorkWithInput!) {\n    applyToWorkWith(input: $input)\n  }\n": typeof types.ApplyToWorkWithDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      webcalUrl\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  query MyMasterclassRegistrations {\n    myMasterclassRegistrations {\n      ...MyRegistrationFields\n    }\n  }\n": typeof types.MyMasterclassRegistrationsDocument,
    "\n  fragment PublicMasterclassFields on PublicMasterclass {\n    id\n    slug\n    practiceSlug\n    practiceName\n    title\n    descriptionHtml\n    startsAt\n    endsAt\n    durationMinutes\n    timeZone\n    seatsLeft\n    price {\n      amountCents\n      currency\n    }\n    registrationDeadline\n    registrationOpen\n    status\n    hostName\n  }\n": typeof types.PublicMasterclassFieldsFragmentDoc,
    "\n  query UpcomingMasterclasses($practiceSlug: String!) {\n    publicMasterclasses(practiceSlug: $practiceSlug) {\n      ...PublicMasterclassFields\n    }\n  }\n": typeof types.UpcomingMasterclassesDocument,
    "\n  query PublicMasterclassPage($practiceSlug: String!, $slug: String!) {\n    publicMasterclass(practiceSlug: $practiceSlug, slug: $slug) {\n      ...PublicMasterclassFields\n    }\n  }\n": typeof types.PublicMasterclassPageDocument,
    "\n  fragment MyRegistrationFields on MyRegistration {\n    id\n    name\n    email\n    status\n    waitlistPosition\n    holdExpiresAt\n    joinUrl\n    replayUrl\n    calendarUrl\n    manageToken\n    masterclass {\n      ...PublicMasterclassFields\n    }\n  }\n": typeof types.MyRegistrationFieldsFragmentDoc,
    "\n  fragment RegistrationReceiptFields on MyRegistration {\n    id\n    email\n    status\n    waitlistPosition\n    holdExpiresAt\n    calendarUrl\n    manageToken\n    masterclass {\n      practiceSlug\n    }\n  }\n": typeof types.RegistrationReceiptFieldsFragmentDoc,
    "\n  mutation RegisterForMasterclass($input: RegisterForMasterclassInput!) {\n    registerForMasterclass(input: $input) {\n      alreadyRegistered\n      registration {\n        ...RegistrationReceiptFields\n      }\n    }\n  }\n": typeof types.RegisterForMasterclassDocument,
    "\n  mutation RegisterMeForMasterclass($masterclassId: ID!) {\n    registerMeForMasterclass(masterclassId: $masterclassId) {\n      ...MyRegistrationFields\n    }\n  }\n": typeof types.RegisterMeForMasterclassDocument,
    "\n  query RegistrationByLink($token: String!) {\n    registrationByLink(token: $token) {\n      ...MyRegistrationFields\n    }\n  }\n": typeof types.RegistrationByLinkDocument,
    "\n  mutation CancelRegistrationByLink($token: String!) {\n    cancelRegistration(token: $token) {\n      ...MyRegistrationFields\n    }\n  }\n": typeof types.CancelRegistrationByLinkDocument,
    "\n  fragment FunnelFigureFields on FunnelFigures {\n    registered\n    waitlisted\n    confirmed\n    attended\n    attendanceRate\n    becameClients\n  }\n": typeof types.FunnelFigureFieldsFragmentDoc,
    "\n  query MasterclassFunnel($from: DateTime!, $to: DateTime!) {\n    masterclassFunnel(from: $from, to: $to) {\n      from\n      to\n      totals {\n        ...FunnelFigureFields\n      }\n      masterclasses {\n        masterclassId\n        title\n        startsAt\n        status\n        figures {\n          ...FunnelFigureFields\n        }\n      }\n      sources {\n        source\n        newsletterIssue\n        utmSource\n        utmCampaign\n        registered\n        attended\n        becameClients\n      }\n    }\n  }\n": typeof types.MasterclassFunnelDocument,
    "\n  query CoachMasterclasses($when: MasterclassPeriod!) {\n    masterclasses(when: $when) {\n      id\n      title\n      startsAt\n      timeZone\n      status\n      capacity\n      seatsTaken\n      waitlisted\n      price {\n        amountCents\n        currency\n      }\n    }\n  }\n": typeof types.CoachMasterclassesDocument,
    "\n  fragment CoachMasterclass on Masterclass {\n    id\n    slug\n    title\n    description\n    descriptionHtml\n    startsAt\n    endsAt\n    durationMinutes\n    timeZone\n    capacity\n    price {\n      amountCents\n      currency\n    }\n    registrationDeadline\n    joinUrl\n    replayUrl\n    host {\n      userId\n      name\n    }\n    status\n    seatsTaken\n    waitlisted\n    publicUrl\n  }\n": typeof types.CoachMasterclassFragmentDoc,
    "\n  query CoachMasterclass($id: ID!) {\n    masterclass(id: $id) {\n      ...CoachMasterclass\n    }\n  }\n": typeof types.CoachMasterclassDocument,
    "\n  query MasterclassDescriptionPreview($markdown: String!) {\n    masterclassDescriptionPreview(markdown: $markdown)\n  }\n": typeof types.MasterclassDescriptionPreviewDocument,
    "\n  mutation CreateMasterclass($input: MasterclassInput!) {\n    createMasterclass(input: $input) {\n      ...CoachMasterclass\n    }\n  }\n": typeof types.CreateMasterclassDocument,
    "\n  mutation UpdateMasterclass($input: UpdateMasterclassInput!) {\n    updateMasterclass(input: $input) {\n      ...CoachMasterclass\n    }\n  }\n": typeof types.UpdateMasterclassDocument,
    "\n  mutation PublishMasterclass($id: ID!) {\n    publishMasterclass(id: $id) {\n      ...CoachMasterclass\n    }\n  }\n": typeof types.PublishMasterclassDocument,
    "\n  mutation CancelMasterclass($id: ID!) {\n    cancelMasterclass(id: $id) {\n      ...CoachMasterclass\n    }\n  }\n": typeof types.CancelMasterclassDocument,
    "\n  mutation CompleteMasterclass($id: ID!) {\n    completeMasterclass(id: $id) {\n      ...CoachMasterclass\n    }\n  }\n": typeof types.CompleteMasterclassDocument,
    "\n  mutation DeleteMasterclass($id: ID!) {\n    deleteMasterclass(id: $id)\n  }\n": typeof types.DeleteMasterclassDocument,
    "\n  query MasterclassRegistrations($masterclassId: ID!, $filter: RegistrationFilter, $first: Int, $after: String) {\n    masterclassRegistrations(masterclassId: $masterclassId, filter: $filter, first: $first, after: $after) {\n      total\n      nextCursor\n      registrations {\n        ...CoachRegistration\n      }\n    }\n  }\n": typeof types.MasterclassRegistrationsDocument,
    "\n  fragment CoachRegistration on Registration {\n    id\n    name\n    email\n    status\n    waitlistPosition\n    holdExpiresAt\n    attendance\n    question\n    registeredAt\n    cancelledAt\n    clientId\n    invitedAsClientAt\n    origin {\n      source\n      newsletterIssue\n      utmSource\n      utmMedium\n      utmCampaign\n    }\n  }\n": typeof types.CoachRegistrationFragmentDoc,
    "\n  query MasterclassRegistrationsCsv($masterclassId: ID!) {\n    masterclassRegistrationsCsv(masterclassId: $masterclassId)\n  }\n": typeof types.MasterclassRegistrationsCsvDocument,
    "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      ...CoachRegistration\n    }\n  }\n": typeof types.MarkAttendanceDocument,
    "\n  mutation InviteRegistrantAsClient($registrationId: ID!) {\n    inviteRegistrantAsClient(registrationId: $registrationId) {\n      clientId\n      email\n    }\n  }\n": typeof types.InviteRegistrantAsClientDocument,
    "\n  fragment NewsletterConfirmationFields on NewsletterConfirmation {\n    practiceName\n    practiceSlug\n    email\n    status\n  }\n": typeof types.NewsletterConfirmationFieldsFragmentDoc,
    "\n  query NewsletterSignupWording($practiceSlug: String!) {\n    newsletterSignupWording(practiceSlug: $practiceSlug)\n  }\n": typeof types.NewsletterSignupWordingDocument,
    "\n  mutation SubscribeToNewsletter($input: SubscribeInput!) {\n    subscribeToNewsletter(input: $input) {\n      message\n    }\n  }\n": typeof types.SubscribeToNewsletterDocument,
    "\n  query NewsletterConfirmation($token: String!) {\n    newsletterConfirmation(token: $token) {\n      ...NewsletterConfirmationFields\n    }\n  }\n": typeof types.NewsletterConfirmationDocument,
    "\n  mutation ConfirmNewsletterSubscription($token: String!) {\n    confirmNewsletterSubscription(token: $token) {\n      ...NewsletterConfirmationFields\n    }\n  }\n": typeof types.ConfirmNewsletterSubscriptionDocument,
    "\n  mutation UnsubscribeFromNewsletter($token: String!) {\n    unsubscribeFromNewsletter(token: $token) {\n      ...NewsletterConfirmationFields\n    }\n  }\n": typeof types.UnsubscribeFromNewsletterDocument,
    "\n  mutation ResubscribeToNewsletter($token: String!) {\n    resubscribeToNewsletter(token: $token) {\n      ...NewsletterConfirmationFields\n    }\n  }\n": typeof types.ResubscribeToNewsletterDocument,
    "\n  fragment CoachNewsletterIssue on NewsletterIssue {\n    id\n    subject\n    preheader\n    body\n    kind\n    weekOf\n    status\n    scheduledAt\n    startedAt\n    finishedAt\n    recipients\n    sent\n    failed\n    pending\n    bounced\n    complained\n    unsubscribed\n    createdAt\n    updatedAt\n  }\n": typeof types.CoachNewsletterIssueFragmentDoc,
    "\n  query NewsletterIssues {\n    newsletterIssues {\n      id\n      subject\n      kind\n      weekOf\n      status\n      scheduledAt\n      startedAt\n      finishedAt\n      recipients\n      sent\n      failed\n      bounced\n      unsubscribed\n    }\n  }\n": typeof types.NewsletterIssuesDocument,
    "\n  query NewsletterIssue($id: ID!) {\n    newsletterIssue(id: $id) {\n      ...CoachNewsletterIssue\n    }\n  }\n": typeof types.NewsletterIssueDocument,
    "\n  query NewsletterIssuePreview($subject: String!, $preheader: String!, $body: String!) {\n    newsletterIssuePreview(subject: $subject, preheader: $preheader, body: $body)\n  }\n": typeof types.NewsletterIssuePreviewDocument,
    "\n  mutation CreateNewsletterIssue($input: NewsletterIssueInput!) {\n    createNewsletterIssue(input: $input) {\n      ...CoachNewsletterIssue\n    }\n  }\n": typeof types.CreateNewsletterIssueDocument,
    "\n  mutation UpdateNewsletterIssue($input: UpdateNewsletterIssueInput!) {\n    updateNewsletterIssue(input: $input) {\n      ...CoachNewsletterIssue\n    }\n  }\n": typeof types.UpdateNewsletterIssueDocument,
    "\n  mutation DeleteNewsletterIssue($id: ID!) {\n    deleteNewsletterIssue(id: $id)\n  }\n": typeof types.DeleteNewsletterIssueDocument,
    "\n  mutation SendNewsletterTest($id: ID!) {\n    sendNewsletterTest(id: $id)\n  }\n": typeof types.SendNewsletterTestDocument,
    "\n  mutation ScheduleNewsletterIssue($id: ID!, $at: DateTime!) {\n    scheduleNewsletterIssue(id: $id, at: $at) {\n      ...CoachNewsletterIssue\n    }\n  }\n": typeof types.ScheduleNewsletterIssueDocument,
    "\n  mutation UnscheduleNewsletterIssue($id: ID!) {\n    unscheduleNewsletterIssue(id: $id) {\n      ...CoachNewsletterIssue\n    }\n  }\n": typeof types.UnscheduleNewsletterIssueDocument,
    "\n  mutation SendNewsletterIssueNow($id: ID!) {\n    sendNewsletterIssueNow(id: $id) {\n      ...CoachNewsletterIssue\n    }\n  }\n": typeof types.SendNewsletterIssueNowDocument,
    "\n  query NewsletterSettings {\n    newsletterSettings {\n      weeklyEnabled\n      weeklyWeekday\n    }\n  }\n": typeof types.NewsletterSettingsDocument,
    "\n  mutation UpdateNewsletterSettings($input: NewsletterSettingsInput!) {\n    updateNewsletterSettings(input: $input) {\n      weeklyEnabled\n      weeklyWeekday\n    }\n  }\n": typeof types.UpdateNewsletterSettingsDocument,
    "\n  query PreviewSubscriberImport($csv: String!, $fileName: String!) {\n    previewSubscriberImport(csv: $csv, fileName: $fileName) {\n      total\n      willSubscribe\n      willSkip\n      errors\n      rows {\n        line\n        email\n        name\n        status\n        consentAt\n        outcome\n        problems\n      }\n    }\n  }\n": typeof types.PreviewSubscriberImportDocument,
    "\n  fragment SubscriberImportFields on SubscriberImport {\n    id\n    fileName\n    status\n    total\n    processed\n    created\n    updated\n    skipped\n    failed\n    errors\n    createdAt\n    finishedAt\n  }\n": typeof types.SubscriberImportFieldsFragmentDoc,
    "\n  mutation ImportSubscribers($csv: String!, $fileName: String!) {\n    importSubscribers(csv: $csv, fileName: $fileName) {\n      ...SubscriberImportFields\n    }\n  }\n": typeof types.ImportSubscribersDocument,
    "\n  query SubscriberImport($id: ID!) {\n    subscriberImport(id: $id) {\n      ...SubscriberImportFields\n    }\n  }\n": typeof types.SubscriberImportDocument,
    "\n  fragment SubscriberCountFields on SubscriberCounts {\n    pending\n    subscribed\n    unsubscribed\n    bounced\n    complained\n  }\n": typeof types.SubscriberCountFieldsFragmentDoc,
    "\n  fragment CoachSubscriber on Subscriber {\n    id\n    email\n    name\n    status\n    source\n    consentAt\n    consentText\n    consentSource\n    consentIp\n    confirmedAt\n    unsubscribedAt\n    createdAt\n  }\n": typeof types.CoachSubscriberFragmentDoc,
    "\n  query Subscribers($filter: SubscriberFilter) {\n    subscribers(filter: $filter) {\n      total\n      counts {\n        ...SubscriberCountFields\n      }\n      subscribers {\n        ...CoachSubscriber\n      }\n    }\n  }\n": typeof types.SubscribersDocument,
    "\n  query SubscriberCounts {\n    subscribers(filter: { limit: 1 }) {\n      counts {\n        ...SubscriberCountFields\n      }\n    }\n  }\n": typeof types.SubscriberCountsDocument,
    "\n  query SubscribersCsv($status: SubscriberStatus) {\n    subscribersCsv(status: $status)\n  }\n": typeof types.SubscribersCsvDocument,
    "\n  mutation UnsubscribeSubscriber($id: ID!) {\n    unsubscribeSubscriber(id: $id) {\n      ...CoachSubscriber\n    }\n  }\n": typeof types.UnsubscribeSubscriberDocument,
    "\n  mutation DeleteSubscriber($id: ID!) {\n    deleteSubscriber(id: $id)\n  }\n": typeof types.DeleteSubscriberDocument,
    "\n  fragment OperatorPracticeFields on OperatorPractice {\n    id\n    slug\n    name\n    createdAt\n    plan\n    status\n    trialEndsAt\n    mrrCents\n    suspended\n    suspendedReason\n    coaches\n    activeClients\n    subscribers\n    emailsThisMonth\n  }\n": typeof types.OperatorPracticeFieldsFragmentDoc,
    "\n  query OperatorPractices {\n    operatorPractices {\n      ...OperatorPracticeFields\n    }\n  }\n": typeof types.OperatorPracticesDocument,
    "\n  query OperatorTotals($days: Int) {\n    operatorTotals(days: $days) {\n      mrrCents\n      activePractices\n      payingPractices\n      trialingPractices\n      suspendedPractices\n      churnedPractices\n      churnRate\n      periodDays\n      mrrHistory {\n        month\n        mrrCents\n        payingPractices\n      }\n    }\n  }\n": typeof types.OperatorTotalsDocument,
    "\n  query OperatorAudit($limit: Int) {\n    operatorAudit(limit: $limit) {\n      id\n      action\n      actorEmail\n      practiceId\n      practiceName\n      detail\n      createdAt\n    }\n  }\n": typeof types.OperatorAuditDocument,
    "\n  query BillingAlerts($limit: Int) {\n    billingAlerts(limit: $limit) {\n      eventId\n      type\n      outcome\n      error\n      receivedAt\n    }\n  }\n": typeof types.BillingAlertsDocument,
    "\n  mutation SuspendPractice($practiceId: ID!, $reason: String!) {\n    suspendPractice(practiceId: $practiceId, reason: $reason) {\n      ...OperatorPracticeFields\n    }\n  }\n": typeof types.SuspendPracticeDocument,
    "\n  mutation ReactivatePractice($practiceId: ID!) {\n    reactivatePractice(practiceId: $practiceId) {\n      ...OperatorPracticeFields\n    }\n  }\n": typeof types.ReactivatePracticeDocument,
    "\n  fragment PortalCheckIn on CheckIn {\n    id\n    weekStart\n    progress\n    energy\n    wins\n    defaultedToDoing\n    declinedOrDelegated\n    strategicWork\n    impactMadeLegible\n    nextCommitments\n    late\n    editable\n    submittedAt\n    acknowledgedAt\n    coachReply\n    repliedAt\n    repliedByName\n  }\n": typeof types.PortalCheckInFragmentDoc,
    "\n  fragment PortalGoal on Goal {\n    id\n    statement\n    whyItMatters\n    successMeasure\n    targetDate\n    status\n    milestones {\n      title\n      dueOn\n    }\n  }\n": typeof types.PortalGoalFragmentDoc,
    "\n  query MyCoaching {\n    myCoaching {\n      clientId\n      name\n      coachName\n      checkInDay\n      timeZone\n      accountabilitySetUp\n      methodProgress {\n        currentStep\n        stepsDone\n        complete\n      }\n      goal {\n        ...PortalGoal\n      }\n      thisWeek {\n        weekStart\n        checkInDate\n        status\n        missedWeekStart\n        checkIn {\n          ...PortalCheckIn\n        }\n      }\n      streakWeeks\n      longestStreakWeeks\n      latestReply {\n        checkInId\n        weekStart\n        reply\n        repliedAt\n        coachName\n      }\n    }\n  }\n": typeof types.MyCoachingDocument,
    "\n  query MyMethod {\n    myMethod {\n      clientId\n      progress {\n        currentStep\n        stepsDone\n        complete\n      }\n      awarenessNotes {\n        id\n        kind\n        body\n      }\n      decision {\n        commitment\n        decidedOn\n      }\n      goal {\n        ...PortalGoal\n      }\n      pastGoals {\n        ...PortalGoal\n      }\n      futureSelf {\n        statement\n      }\n      accountability {\n        checkInDay\n        timeZone\n        setAt\n      }\n    }\n  }\n": typeof types.MyMethodDocument,
    "\n  query MyCheckIns($first: Int, $after: String) {\n    myCheckIns(first: $first, after: $after) {\n      nodes {\n        ...PortalCheckIn\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.MyCheckInsDocument,
    "\n  mutation AddAwarenessNote($input: AddAwarenessNoteInput!) {\n    addAwarenessNote(input: $input) {\n      id\n    }\n  }\n": typeof types.AddAwarenessNoteDocument,
    "\n  mutation UpdateAwarenessNote($input: UpdateAwarenessNoteInput!) {\n    updateAwarenessNote(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateAwarenessNoteDocument,
    "\n  mutation RemoveAwarenessNote($id: ID!) {\n    removeAwarenessNote(id: $id)\n  }\n": typeof types.RemoveAwarenessNoteDocument,
    "\n  mutation MakeDecision($input: MakeDecisionInput!) {\n    makeDecision(input: $input) {\n      id\n    }\n  }\n": typeof types.MakeDecisionDocument,
    "\n  mutation SetGoal($input: SetGoalInput!) {\n    setGoal(input: $input) {\n      id\n    }\n  }\n": typeof types.SetGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  mutation CloseGoal($id: ID!, $status: GoalStatus!) {\n    closeGoal(id: $id, status: $status) {\n      id\n    }\n  }\n": typeof types.CloseGoalDocument,
    "\n  mutation SetFutureSelf($input: SetFutureSelfInput!) {\n    setFutureSelf(input: $input) {\n      id\n    }\n  }\n": typeof types.SetFutureSelfDocument,
    "\n  mutation SetUpAccountability($input: SetUpAccountabilityInput!) {\n    setUpAccountability(input: $input) {\n      checkInDay\n    }\n  }\n": typeof types.SetUpAccountabilityDocument,
    "\n  mutation SubmitCheckIn($input: SubmitCheckInInput!) {\n    submitCheckIn(input: $input) {\n      ...PortalCheckIn\n    }\n  }\n": typeof types.SubmitCheckInDocument,
    "\n  fragment PublicPracticeProfile on PracticeProfile {\n    id\n    slug\n    name\n    tagline\n    coachName\n    coachBio\n    timeZone\n    photoUrl\n    ctaText\n    ctaUrl\n    socialLinks {\n      label\n      url\n    }\n  }\n": typeof types.PublicPracticeProfileFragmentDoc,
    "\n  query PublicPractice($slug: String!) {\n    practice(slug: $slug) {\n      ...PublicPracticeProfile\n      available\n    }\n  }\n": typeof types.PublicPracticeDocument,
    "\n  mutation ExportClientData($clientId: ID!) {\n    exportClientData(clientId: $clientId)\n  }\n": typeof types.ExportClientDataDocument,
    "\n  mutation EraseClient($clientId: ID!, $confirmEmail: String!) {\n    eraseClient(clientId: $clientId, confirmEmail: $confirmEmail) {\n      reference\n    }\n  }\n": typeof types.EraseClientDocument,
    "\n  fragment RosterClient on Client {\n    id\n    name\n    email\n    status\n    tags\n    startedOn\n    checkInDay\n    timeZone\n    source\n    hasAccount\n    invitationPending\n    coach {\n      id\n      name\n    }\n  }\n": typeof types.RosterClientFragmentDoc,
    "\n  query RosterPage($filter: ClientFilter, $sort: ClientSort, $first: Int, $after: String) {\n    clients(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RosterClient\n      }\n    }\n  }\n": typeof types.RosterPageDocument,
    "\n  mutation AddClient($input: AddClientInput!) {\n    addClient(input: $input) {\n      ...RosterClient\n    }\n  }\n": typeof types.AddClientDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      ...RosterClient\n    }\n  }\n": typeof types.UpdateClientDocument,
    "\n  mutation InviteClient($clientId: ID!) {\n    inviteClient(clientId: $clientId) {\n      ...RosterClient\n    }\n  }\n": typeof types.InviteClientDocument,
    "\n  query ExportClients($filter: ClientFilter) {\n    exportClientsCsv(filter: $filter)\n  }\n": typeof types.ExportClientsDocument,
    "\n  query PreviewClientImport($csv: String!) {\n    previewClientImport(csv: $csv) {\n      row\n      name\n      email\n      status\n      tags\n      coachEmail\n      problems {\n        column\n        message\n      }\n    }\n  }\n": typeof types.PreviewClientImportDocument,
    "\n  mutation ImportClients($csv: String!, $mode: ClientImportMode!) {\n    importClients(csv: $csv, mode: $mode) {\n      added\n      skipped {\n        row\n        email\n        problems {\n          column\n          message\n        }\n      }\n    }\n  }\n": typeof types.ImportClientsDocument,
    "\n  fragment SalesOfferingFields on Offering {\n    id\n    slug\n    title\n    description\n    priceCents\n    currency\n    billing\n    months\n    coachUserId\n    coachName\n    active\n    createdAt\n  }\n": typeof types.SalesOfferingFieldsFragmentDoc,
    "\n  query SalesOfferings {\n    offerings {\n      ...SalesOfferingFields\n    }\n  }\n": typeof types.SalesOfferingsDocument,
    "\n  mutation CreateOffering($input: CreateOfferingInput!) {\n    createOffering(input: $input) {\n      ...SalesOfferingFields\n    }\n  }\n": typeof types.CreateOfferingDocument,
    "\n  mutation UpdateOffering($input: UpdateOfferingInput!) {\n    updateOffering(input: $input) {\n      ...SalesOfferingFields\n    }\n  }\n": typeof types.UpdateOfferingDocument,
    "\n  mutation PayForRegistration($token: String!) {\n    payForRegistration(token: $token) {\n      url\n    }\n  }\n": typeof types.PayForRegistrationDocument,
    "\n  fragment PublicPackageFields on PublicOffering {\n    slug\n    title\n    descriptionHtml\n    priceCents\n    currency\n    billing\n    months\n    coachName\n  }\n": typeof types.PublicPackageFieldsFragmentDoc,
    "\n  query PublicPackages($practiceSlug: String!) {\n    publicOfferings(practiceSlug: $practiceSlug) {\n      ...PublicPackageFields\n    }\n  }\n": typeof types.PublicPackagesDocument,
    "\n  query PublicPackage($practiceSlug: String!, $offeringSlug: String!) {\n    publicOffering(practiceSlug: $practiceSlug, offeringSlug: $offeringSlug) {\n      ...PublicPackageFields\n    }\n  }\n": typeof types.PublicPackageDocument,
    "\n  mutation BuyPackage($input: BuyPackageInput!) {\n    buyPackage(input: $input) {\n      url\n    }\n  }\n": typeof types.BuyPackageDocument,
    "\n  fragment SalesPurchaseFields on Purchase {\n    id\n    kind\n    description\n    buyerName\n    buyerEmail\n    amountCents\n    currency\n    status\n    refundedCents\n    createdAt\n    paidAt\n  }\n": typeof types.SalesPurchaseFieldsFragmentDoc,
    "\n  query SalesPurchases($since: DateTime) {\n    purchases(since: $since) {\n      purchases {\n        ...SalesPurchaseFields\n      }\n      totals {\n        currency\n        paidCents\n        refundedCents\n        netCents\n        purchases\n      }\n    }\n  }\n": typeof types.SalesPurchasesDocument,
    "\n  mutation RefundPurchase($id: ID!) {\n    refundPurchase(id: $id) {\n      ...SalesPurchaseFields\n    }\n  }\n": typeof types.RefundPurchaseDocument,
    "\n  query SalesAccount {\n    salesAccount {\n      connected\n      chargesEnabled\n      billingConfigured\n      paidOfferingsAllowed\n    }\n  }\n": typeof types.SalesAccountDocument,
    "\n  query PaidOfferingPlans {\n    plans {\n      id\n      name\n      monthlyPriceCents\n      limits {\n        paidOfferings\n      }\n    }\n  }\n": typeof types.PaidOfferingPlansDocument,
    "\n  mutation ConnectStripeAccount {\n    connectStripeAccount {\n      url\n    }\n  }\n": typeof types.ConnectStripeAccountDocument,
    "\n  fragment PublicArticleSummary on PublicArticle {\n    slug\n    title\n    description\n    pubDate\n    category\n    tags\n  }\n": typeof types.PublicArticleSummaryFragmentDoc,
    "\n  fragment PublicArticleFields on PublicArticle {\n    ...PublicArticleSummary\n    promo\n    authorName\n    url\n    bodyHtml\n  }\n": typeof types.PublicArticleFieldsFragmentDoc,
    "\n  query SiteArticles($practiceSlug: String!, $category: String, $tag: String, $limit: Int, $offset: Int) {\n    publicArticles(practiceSlug: $practiceSlug, category: $category, tag: $tag, limit: $limit, offset: $offset) {\n      total\n      articles {\n        ...PublicArticleSummary\n      }\n    }\n  }\n": typeof types.SiteArticlesDocument,
    "\n  query SiteArticle($practiceSlug: String!, $slug: String!) {\n    publicArticle(practiceSlug: $practiceSlug, slug: $slug) {\n      ...PublicArticleFields\n    }\n  }\n": typeof types.SiteArticleDocument,
    "\n  query SiteArticleCategories($practiceSlug: String!) {\n    publicArticleCategories(practiceSlug: $practiceSlug) {\n      name\n      slug\n      count\n    }\n  }\n": typeof types.SiteArticleCategoriesDocument,
    "\n  query SiteVideos($practiceSlug: String!) {\n    publicVideos(practiceSlug: $practiceSlug) {\n      ...VideoFields\n    }\n  }\n": typeof types.SiteVideosDocument,
    "\n  query Team {\n    team {\n      membershipId\n      userId\n      name\n      email\n      role\n      joinedAt\n    }\n  }\n": typeof types.TeamDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    expiresAt\n    invitedByName\n    sentCount\n    createdAt\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membershipId\n      userId\n      name\n      email\n      role\n      joinedAt\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
};
const documents: Documents = {
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      ...AccountFields\n    }\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  fragment AccountFields on Account {\n    id\n    email\n    name\n    emailVerified\n    isOperator\n    pendingEmail\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  query AccountSettings {\n    viewer {\n      account {\n        ...AccountFields\n      }\n      memberships {\n        practiceId\n        practiceSlug\n        practiceName\n        role\n      }\n    }\n  }\n": types.AccountSettingsDocument,
    "\n  mutation ChangeMyName($input: ChangeNameInput!) {\n    changeMyName(input: $input) {\n      ...AccountFields\n    }\n  }\n": types.ChangeMyNameDocument,
    "\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n": types.ChangeMyPasswordDocument,
    "\n  mutation RequestEmailChange($input: ChangeEmailInput!) {\n    requestEmailChange(input: $input) {\n      ...AccountFields\n    }\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation CancelEmailChange {\n    cancelEmailChange {\n      ...AccountFields\n    }\n  }\n": types.CancelEmailChangeDocument,
    "\n  mutation DeleteMyAccount($input: DeleteAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n": types.DeleteMyAccountDocument,
    "\n  mutation LeavePractice($practiceId: ID!) {\n    leavePractice(practiceId: $practiceId)\n  }\n": types.LeavePracticeDocument,
    "\n  mutation StartPractice($input: StartPracticeInput!) {\n    startPractice(input: $input) {\n      practiceId\n      practiceSlug\n      practiceName\n      role\n    }\n  }\n": types.StartPracticeDocument,
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    clientId\n    title\n    owner\n    dueOn\n    status\n    createdByName\n    completedAt\n  }\n": types.ActionItemFieldsFragmentDoc,
    "\n  query MyActionItems {\n    myActionItems {\n      ...ActionItemFields\n    }\n  }\n": types.MyActionItemsDocument,
    "\n  query ClientActionItems($clientId: ID!) {\n    actionItems(clientId: $clientId) {\n      ...ActionItemFields\n    }\n  }\n": types.ClientActionItemsDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": types.AddActionItemDocument,
    "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": types.UpdateActionItemDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $after: String, $first: Int) {\n    auditEvents(filter: $filter, after: $after, first: $first) {\n      events {\n        id\n        action\n        actorEmail\n        targetEmail\n        actorDeleted\n        targetDeleted\n        fromRole\n        toRole\n        ip\n        createdAt\n      }\n      nextCursor\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditActions {\n    auditActions\n  }\n": types.AuditActionsDocument,
    "\n  mutation ConfirmSignUp($input: ConfirmSignUpInput!) {\n    confirmSignUp(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.ConfirmSignUpDocument,
    "\n  query DemoAccounts {\n    demoAccounts {\n      role\n      name\n      email\n      password\n    }\n  }\n": types.DemoAccountsDocument,
    "\n  query EmailLinkValid($token: String!, $purpose: EmailLinkPurpose!) {\n    emailLinkValid(token: $token, purpose: $purpose)\n  }\n": types.EmailLinkValidDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment ViewerFields on Viewer {\n    account {\n      id\n      email\n      name\n      emailVerified\n      isOperator\n    }\n    memberships {\n      practiceId\n      practiceSlug\n      practiceName\n      role\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment SessionFields on Session {\n    accessToken\n    accessTokenExpiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.SignInDocument,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      name\n      emailVerified\n      isOperator\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  fragment PlanFields on Plan {\n    id\n    name\n    summary\n    monthlyPriceCents\n    currency\n    limits {\n      coaches\n      activeClients\n      subscribers\n      emailsPerMonth\n      paidOfferings\n    }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  fragment PracticeBillingFields on PracticeBilling {\n    configured\n    missingVariables\n    limitsEnforced\n    plan {\n      ...PlanFields\n    }\n    subscribedPlan\n    status\n    trialEndsAt\n    renewsAt\n    cancelsAt\n    graceEndsAt\n    readOnly\n    usage {\n      limit\n      label\n      used\n      allowed\n    }\n    invoices {\n      id\n      number\n      status\n      amountDueCents\n      amountPaidCents\n      currency\n      hostedInvoiceUrl\n      invoicePdfUrl\n      periodStart\n      periodEnd\n      createdAt\n    }\n  }\n": types.PracticeBillingFieldsFragmentDoc,
    "\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n": types.PlansDocument,
    "\n  query PracticeBilling {\n    practiceBilling {\n      ...PracticeBillingFields\n    }\n  }\n": types.PracticeBillingDocument,
    "\n  mutation StartPlanCheckout($plan: PlanId!) {\n    startPlanCheckout(plan: $plan) {\n      url\n    }\n  }\n": types.StartPlanCheckoutDocument,
    "\n  mutation OpenBillingPortal {\n    openBillingPortal {\n      url\n    }\n  }\n": types.OpenBillingPortalDocument,
    "\n  mutation ChangePlan($plan: PlanId!) {\n    changePlan(plan: $plan) {\n      ...PracticeBillingFields\n    }\n  }\n": types.ChangePlanDocument,
    "\n  query PracticeStanding {\n    practiceStanding {\n      plan\n      status\n      trialEndsAt\n      graceEndsAt\n      readOnly\n      suspended\n      suspendedReason\n    }\n  }\n": types.PracticeStandingDocument,
    "\n  query ClientMasterclasses($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      masterclassRegistrations {\n        id\n        masterclassId\n        status\n        attendance\n        registeredAt\n        masterclassTitle\n      }\n    }\n  }\n": types.ClientMasterclassesDocument,
    "\n  fragment CoachCheckInFields on CheckIn {\n    id\n    weekStart\n    progress\n    energy\n    wins\n    defaultedToDoing\n    declinedOrDelegated\n    strategicWork\n    impactMadeLegible\n    nextCommitments\n    late\n    submittedAt\n    acknowledgedAt\n    coachReply\n    repliedAt\n    repliedByName\n  }\n": types.CoachCheckInFieldsFragmentDoc,
    "\n  query ClientCheckIns($clientId: ID!, $after: String) {\n    clientCheckIns(clientId: $clientId, first: 12, after: $after) {\n      nodes {\n        ...CoachCheckInFields\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.ClientCheckInsDocument,
    "\n  mutation AcknowledgeCheckIn($id: ID!) {\n    acknowledgeCheckIn(id: $id) {\n      ...CoachCheckInFields\n    }\n  }\n": types.AcknowledgeCheckInDocument,
    "\n  mutation ReplyToCheckIn($id: ID!, $reply: String!) {\n    replyToCheckIn(id: $id, reply: $reply) {\n      ...CoachCheckInFields\n    }\n  }\n": types.ReplyToCheckInDocument,
    "\n  query ClientDetail($clientId: ID!) {\n    clientDetail(clientId: $clientId) {\n      clientId\n      name\n      email\n      status\n      timeZone\n      goal {\n        statement\n        targetDate\n      }\n      methodStep\n      stepsDone\n      streakWeeks\n      flags\n      progressSeries {\n        weekStart\n        progress\n        energy\n      }\n    }\n  }\n": types.ClientDetailDocument,
    "\n  fragment SessionNoteFields on SessionNote {\n    id\n    heldOn\n    body\n    authorName\n    updatedAt\n  }\n": types.SessionNoteFieldsFragmentDoc,
    "\n  query SessionNotes($clientId: ID!) {\n    sessionNotes(clientId: $clientId) {\n      ...SessionNoteFields\n    }\n  }\n": types.SessionNotesDocument,
    "\n  mutation AddSessionNote($input: AddSessionNoteInput!) {\n    addSessionNote(input: $input) {\n      ...SessionNoteFields\n    }\n  }\n": types.AddSessionNoteDocument,
    "\n  mutation UpdateSessionNote($input: UpdateSessionNoteInput!) {\n    updateSessionNote(input: $input) {\n      ...SessionNoteFields\n    }\n  }\n": types.UpdateSessionNoteDocument,
    "\n  query CoachDashboard($sort: DashboardSort) {\n    coachDashboard(sort: $sort) {\n      clientId\n      name\n      status\n      goal {\n        statement\n        targetDate\n      }\n      methodStep\n      stepsDone\n      recentWeeks {\n        weekStart\n        progress\n        energy\n      }\n      lastCheckIn {\n        id\n        weekStart\n        submittedAt\n        acknowledged\n        late\n      }\n      streakWeeks\n      flags\n      urgency\n    }\n  }\n": types.CoachDashboardDocument,
    "\n  query CoachArticles($filter: ArticleFilter) {\n    articles(filter: $filter) {\n      id\n      slug\n      title\n      pubDate\n      category\n      tags\n      status\n      publicUrl\n      updatedAt\n    }\n  }\n": types.CoachArticlesDocument,
    "\n  fragment CoachArticleFields on Article {\n    id\n    slug\n    title\n    description\n    body\n    pubDate\n    category\n    tags\n    draft\n    promo\n    status\n    publicUrl\n    authorName\n    updatedAt\n  }\n": types.CoachArticleFieldsFragmentDoc,
    "\n  query CoachArticle($id: ID!) {\n    article(id: $id) {\n      ...CoachArticleFields\n    }\n  }\n": types.CoachArticleDocument,
    "\n  query ArticlePreview($markdown: String!) {\n    articlePreview(markdown: $markdown)\n  }\n": types.ArticlePreviewDocument,
    "\n  query ArticleCategories {\n    articleCategories\n  }\n": types.ArticleCategoriesDocument,
    "\n  mutation CreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) {\n      ...CoachArticleFields\n    }\n  }\n": types.CreateArticleDocument,
    "\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      ...CoachArticleFields\n    }\n  }\n": types.UpdateArticleDocument,
    "\n  mutation DeleteArticle($id: ID!) {\n    deleteArticle(id: $id)\n  }\n": types.DeleteArticleDocument,
    "\n  mutation ImportArticles($input: ImportArticlesInput!) {\n    importArticles(input: $input) {\n      committed\n      created\n      updated\n      unchanged\n      failed\n      files {\n        name\n        outcome\n        slug\n        title\n        articleId\n        needsReview\n        problems {\n          field\n          message\n        }\n      }\n    }\n  }\n": types.ImportArticlesDocument,
    "\n  mutation UpdatePracticeProfile($input: PracticeProfileInput!) {\n    updatePracticeProfile(input: $input) {\n      ...PublicPracticeProfile\n    }\n  }\n": types.UpdatePracticeProfileDocument,
    "\n  fragment VideoFields on Video {\n    id\n    title\n    description\n    provider\n    providerVideoId\n    url\n    embedUrl\n    visibility\n    publishedAt\n  }\n": types.VideoFieldsFragmentDoc,
    "\n  query CoachVideos {\n    videos {\n      ...VideoFields\n    }\n  }\n": types.CoachVideosDocument,
    "\n  query MemberVideos {\n    memberVideos {\n      ...VideoFields\n    }\n  }\n": types.MemberVideosDocument,
    "\n  mutation CreateVideo($input: VideoInput!) {\n    createVideo(input: $input) {\n      ...VideoFields\n    }\n  }\n": types.CreateVideoDocument,
    "\n  mutation UpdateVideo($input: UpdateVideoInput!) {\n    updateVideo(input: $input) {\n      ...VideoFields\n    }\n  }\n": types.UpdateVideoDocument,
    "\n  mutation DeleteVideo($id: ID!) {\n    deleteVideo(id: $id)\n  }\n": types.DeleteVideoDocument,
    "\n  fragment ImpactEntryFields on ImpactEntry {\n    id\n    whatIDid\n    outcome\n    outcomeKind\n    beneficiary\n    significance\n    occurredOn\n    checkInId\n  }\n": types.ImpactEntryFieldsFragmentDoc,
    "\n  query ImpactEntries {\n    myImpactEntries {\n      ...ImpactEntryFields\n    }\n    impactSuggestions {\n      checkInId\n      weekStart\n      impactMadeLegible\n    }\n  }\n": types.ImpactEntriesDocument,
    "\n  query ImpactSummary($from: String!, $to: String!) {\n    impactSummary(from: $from, to: $to) {\n      from\n      to\n      title\n      period\n      opening\n      entryCount\n      markdown\n      groups {\n        outcomeKind\n        heading\n        entries {\n          ...ImpactEntryFields\n        }\n      }\n    }\n  }\n": types.ImpactSummaryDocument,
    "\n  mutation AddImpactEntry($input: AddImpactEntryInput!) {\n    addImpactEntry(input: $input) {\n      ...ImpactEntryFields\n    }\n  }\n": types.AddImpactEntryDocument,
    "\n  mutation UpdateImpactEntry($input: UpdateImpactEntryInput!) {\n    updateImpactEntry(input: $input) {\n      ...ImpactEntryFields\n    }\n  }\n": types.UpdateImpactEntryDocument,
    "\n  mutation RemoveImpactEntry($id: ID!) {\n    removeImpactEntry(id: $id)\n  }\n": types.RemoveImpactEntryDocument,
    "\n  query InvitationPreview($practiceId: ID!, $token: String!) {\n    invitationPreview(practiceId: $practiceId, token: $token) {\n      practiceName\n      email\n      role\n      accountExists\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ApplyToWorkWith($input: ApplyToWorkWithInput!) {\n    applyToWorkWith(input: $input)\n  }\n": types.ApplyToWorkWithDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      webcalUrl\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  query MyMasterclassRegistrations {\n    myMasterclassRegistrations {\n      ...MyRegistrationFields\n    }\n  }\n": types.MyMasterclassRegistrationsDocument,
    "\n  fragment PublicMasterclassFields on PublicMasterclass {\n    id\n    slug\n    practiceSlug\n    practiceName\n    title\n    descriptionHtml\n    startsAt\n    endsAt\n    durationMinutes\n    timeZone\n    seatsLeft\n    price {\n      amountCents\n      currency\n    }\n    registrationDeadline\n    registrationOpen\n    status\n    hostName\n  }\n": types.PublicMasterclassFieldsFragmentDoc,
    "\n  query UpcomingMasterclasses($practiceSlug: String!) {\n    publicMasterclasses(practiceSlug: $practiceSlug) {\n      ...PublicMasterclassFields\n    }\n  }\n": types.UpcomingMasterclassesDocument,
    "\n  query PublicMasterclassPage($practiceSlug: String!, $slug: String!) {\n    publicMasterclass(practiceSlug: $practiceSlug, slug: $slug) {\n      ...PublicMasterclassFields\n    }\n  }\n": types.PublicMasterclassPageDocument,
    "\n  fragment MyRegistrationFields on MyRegistration {\n    id\n    name\n    email\n    status\n    waitlistPosition\n    holdExpiresAt\n    joinUrl\n    replayUrl\n    calendarUrl\n    manageToken\n    masterclass {\n      ...PublicMasterclassFields\n    }\n  }\n": types.MyRegistrationFieldsFragmentDoc,
    "\n  fragment RegistrationReceiptFields on MyRegistration {\n    id\n    email\n    status\n    waitlistPosition\n    holdExpiresAt\n    calendarUrl\n    manageToken\n    masterclass {\n      practiceSlug\n    }\n  }\n": types.RegistrationReceiptFieldsFragmentDoc,
    "\n  mutation RegisterForMasterclass($input: RegisterForMasterclassInput!) {\n    registerForMasterclass(input: $input) {\n      alreadyRegistered\n      registration {\n        ...RegistrationReceiptFields\n      }\n    }\n  }\n": types.RegisterForMasterclassDocument,
    "\n  mutation RegisterMeForMasterclass($masterclassId: ID!) {\n    registerMeForMasterclass(masterclassId: $masterclassId) {\n      ...MyRegistrationFields\n    }\n  }\n": types.RegisterMeForMasterclassDocument,
    "\n  query RegistrationByLink($token: String!) {\n    registrationByLink(token: $token) {\n      ...MyRegistrationFields\n    }\n  }\n": types.RegistrationByLinkDocument,
    "\n  mutation CancelRegistrationByLink($token: String!) {\n    cancelRegistration(token: $token) {\n      ...MyRegistrationFields\n    }\n  }\n": types.CancelRegistrationByLinkDocument,
    "\n  fragment FunnelFigureFields on FunnelFigures {\n    registered\n    waitlisted\n    confirmed\n    attended\n    attendanceRate\n    becameClients\n  }\n": types.FunnelFigureFieldsFragmentDoc,
    "\n  query MasterclassFunnel($from: DateTime!, $to: DateTime!) {\n    masterclassFunnel(from: $from, to: $to) {\n      from\n      to\n      totals {\n        ...FunnelFigureFields\n      }\n      masterclasses {\n        masterclassId\n        title\n        startsAt\n        status\n        figures {\n          ...FunnelFigureFields\n        }\n      }\n      sources {\n        source\n        newsletterIssue\n        utmSource\n        utmCampaign\n        registered\n        attended\n        becameClients\n      }\n    }\n  }\n": types.MasterclassFunnelDocument,
    "\n  query CoachMasterclasses($when: MasterclassPeriod!) {\n    masterclasses(when: $when) {\n      id\n      title\n      startsAt\n      timeZone\n      status\n      capacity\n      seatsTaken\n      waitlisted\n      price {\n        amountCents\n        currency\n      }\n    }\n  }\n": types.CoachMasterclassesDocument,
    "\n  fragment CoachMasterclass on Masterclass {\n    id\n    slug\n    title\n    description\n    descriptionHtml\n    startsAt\n    endsAt\n    durationMinutes\n    timeZone\n    capacity\n    price {\n      amountCents\n      currency\n    }\n    registrationDeadline\n    joinUrl\n    replayUrl\n    host {\n      userId\n      name\n    }\n    status\n    seatsTaken\n    waitlisted\n    publicUrl\n  }\n": types.CoachMasterclassFragmentDoc,
    "\n  query CoachMasterclass($id: ID!) {\n    masterclass(id: $id) {\n      ...CoachMasterclass\n    }\n  }\n": types.CoachMasterclassDocument,
    "\n  query MasterclassDescriptionPreview($markdown: String!) {\n    masterclassDescriptionPreview(markdown: $markdown)\n  }\n": types.MasterclassDescriptionPreviewDocument,
    "\n  mutation CreateMasterclass($input: MasterclassInput!) {\n    createMasterclass(input: $input) {\n      ...CoachMasterclass\n    }\n  }\n": types.CreateMasterclassDocument,
    "\n  mutation UpdateMasterclass($input: UpdateMasterclassInput!) {\n    updateMasterclass(input: $input) {\n      ...CoachMasterclass\n    }\n  }\n": types.UpdateMasterclassDocument,
    "\n  mutation PublishMasterclass($id: ID!) {\n    publishMasterclass(id: $id) {\n      ...CoachMasterclass\n    }\n  }\n": types.PublishMasterclassDocument,
    "\n  mutation CancelMasterclass($id: ID!) {\n    cancelMasterclass(id: $id) {\n      ...CoachMasterclass\n    }\n  }\n": types.CancelMasterclassDocument,
    "\n  mutation CompleteMasterclass($id: ID!) {\n    completeMasterclass(id: $id) {\n      ...CoachMasterclass\n    }\n  }\n": types.CompleteMasterclassDocument,
    "\n  mutation DeleteMasterclass($id: ID!) {\n    deleteMasterclass(id: $id)\n  }\n": types.DeleteMasterclassDocument,
    "\n  query MasterclassRegistrations($masterclassId: ID!, $filter: RegistrationFilter, $first: Int, $after: String) {\n    masterclassRegistrations(masterclassId: $masterclassId, filter: $filter, first: $first, after: $after) {\n      total\n      nextCursor\n      registrations {\n        ...CoachRegistration\n      }\n    }\n  }\n": types.MasterclassRegistrationsDocument,
    "\n  fragment CoachRegistration on Registration {\n    id\n    name\n    email\n    status\n    waitlistPosition\n    holdExpiresAt\n    attendance\n    question\n    registeredAt\n    cancelledAt\n    clientId\n    invitedAsClientAt\n    origin {\n      source\n      newsletterIssue\n      utmSource\n      utmMedium\n      utmCampaign\n    }\n  }\n": types.CoachRegistrationFragmentDoc,
    "\n  query MasterclassRegistrationsCsv($masterclassId: ID!) {\n    masterclassRegistrationsCsv(masterclassId: $masterclassId)\n  }\n": types.MasterclassRegistrationsCsvDocument,
    "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      ...CoachRegistration\n    }\n  }\n": types.MarkAttendanceDocument,
    "\n  mutation InviteRegistrantAsClient($registrationId: ID!) {\n    inviteRegistrantAsClient(registrationId: $registrationId) {\n      clientId\n      email\n    }\n  }\n": types.InviteRegistrantAsClientDocument,
    "\n  fragment NewsletterConfirmationFields on NewsletterConfirmation {\n    practiceName\n    practiceSlug\n    email\n    status\n  }\n": types.NewsletterConfirmationFieldsFragmentDoc,
    "\n  query NewsletterSignupWording($practiceSlug: String!) {\n    newsletterSignupWording(practiceSlug: $practiceSlug)\n  }\n": types.NewsletterSignupWordingDocument,
    "\n  mutation SubscribeToNewsletter($input: SubscribeInput!) {\n    subscribeToNewsletter(input: $input) {\n      message\n    }\n  }\n": types.SubscribeToNewsletterDocument,
    "\n  query NewsletterConfirmation($token: String!) {\n    newsletterConfirmation(token: $token) {\n      ...NewsletterConfirmationFields\n    }\n  }\n": types.NewsletterConfirmationDocument,
    "\n  mutation ConfirmNewsletterSubscription($token: String!) {\n    confirmNewsletterSubscription(token: $token) {\n      ...NewsletterConfirmationFields\n    }\n  }\n": types.ConfirmNewsletterSubscriptionDocument,
    "\n  mutation UnsubscribeFromNewsletter($token: String!) {\n    unsubscribeFromNewsletter(token: $token) {\n      ...NewsletterConfirmationFields\n    }\n  }\n": types.UnsubscribeFromNewsletterDocument,
    "\n  mutation ResubscribeToNewsletter($token: String!) {\n    resubscribeToNewsletter(token: $token) {\n      ...NewsletterConfirmationFields\n    }\n  }\n": types.ResubscribeToNewsletterDocument,
    "\n  fragment CoachNewsletterIssue on NewsletterIssue {\n    id\n    subject\n    preheader\n    body\n    kind\n    weekOf\n    status\n    scheduledAt\n    startedAt\n    finishedAt\n    recipients\n    sent\n    failed\n    pending\n    bounced\n    complained\n    unsubscribed\n    createdAt\n    updatedAt\n  }\n": types.CoachNewsletterIssueFragmentDoc,
    "\n  query NewsletterIssues {\n    newsletterIssues {\n      id\n      subject\n      kind\n      weekOf\n      status\n      scheduledAt\n      startedAt\n      finishedAt\n      recipients\n      sent\n      failed\n      bounced\n      unsubscribed\n    }\n  }\n": types.NewsletterIssuesDocument,
    "\n  query NewsletterIssue($id: ID!) {\n    newsletterIssue(id: $id) {\n      ...CoachNewsletterIssue\n    }\n  }\n": types.NewsletterIssueDocument,
    "\n  query NewsletterIssuePreview($subject: String!, $preheader: String!, $body: String!) {\n    newsletterIssuePreview(subject: $subject, preheader: $preheader, body: $body)\n  }\n": types.NewsletterIssuePreviewDocument,
    "\n  mutation CreateNewsletterIssue($input: NewsletterIssueInput!) {\n    createNewsletterIssue(input: $input) {\n      ...CoachNewsletterIssue\n    }\n  }\n": types.CreateNewsletterIssueDocument,
    "\n  mutation UpdateNewsletterIssue($input: UpdateNewsletterIssueInput!) {\n    updateNewsletterIssue(input: $input) {\n      ...CoachNewsletterIssue\n    }\n  }\n": types.UpdateNewsletterIssueDocument,
    "\n  mutation DeleteNewsletterIssue($id: ID!) {\n    deleteNewsletterIssue(id: $id)\n  }\n": types.DeleteNewsletterIssueDocument,
    "\n  mutation SendNewsletterTest($id: ID!) {\n    sendNewsletterTest(id: $id)\n  }\n": types.SendNewsletterTestDocument,
    "\n  mutation ScheduleNewsletterIssue($id: ID!, $at: DateTime!) {\n    scheduleNewsletterIssue(id: $id, at: $at) {\n      ...CoachNewsletterIssue\n    }\n  }\n": types.ScheduleNewsletterIssueDocument,
    "\n  mutation UnscheduleNewsletterIssue($id: ID!) {\n    unscheduleNewsletterIssue(id: $id) {\n      ...CoachNewsletterIssue\n    }\n  }\n": types.UnscheduleNewsletterIssueDocument,
    "\n  mutation SendNewsletterIssueNow($id: ID!) {\n    sendNewsletterIssueNow(id: $id) {\n      ...CoachNewsletterIssue\n    }\n  }\n": types.SendNewsletterIssueNowDocument,
    "\n  query NewsletterSettings {\n    newsletterSettings {\n      weeklyEnabled\n      weeklyWeekday\n    }\n  }\n": types.NewsletterSettingsDocument,
    "\n  mutation UpdateNewsletterSettings($input: NewsletterSettingsInput!) {\n    updateNewsletterSettings(input: $input) {\n      weeklyEnabled\n      weeklyWeekday\n    }\n  }\n": types.UpdateNewsletterSettingsDocument,
    "\n  query PreviewSubscriberImport($csv: String!, $fileName: String!) {\n    previewSubscriberImport(csv: $csv, fileName: $fileName) {\n      total\n      willSubscribe\n      willSkip\n      errors\n      rows {\n        line\n        email\n        name\n        status\n        consentAt\n        outcome\n        problems\n      }\n    }\n  }\n": types.PreviewSubscriberImportDocument,
    "\n  fragment SubscriberImportFields on SubscriberImport {\n    id\n    fileName\n    status\n    total\n    processed\n    created\n    updated\n    skipped\n    failed\n    errors\n    createdAt\n    finishedAt\n  }\n": types.SubscriberImportFieldsFragmentDoc,
    "\n  mutation ImportSubscribers($csv: String!, $fileName: String!) {\n    importSubscribers(csv: $csv, fileName: $fileName) {\n      ...SubscriberImportFields\n    }\n  }\n": types.ImportSubscribersDocument,
    "\n  query SubscriberImport($id: ID!) {\n    subscriberImport(id: $id) {\n      ...SubscriberImportFields\n    }\n  }\n": types.SubscriberImportDocument,
    "\n  fragment SubscriberCountFields on SubscriberCounts {\n    pending\n    subscribed\n    unsubscribed\n    bounced\n    complained\n  }\n": types.SubscriberCountFieldsFragmentDoc,
    "\n  fragment CoachSubscriber on Subscriber {\n    id\n    email\n    name\n    status\n    source\n    consentAt\n    consentText\n    consentSource\n    consentIp\n    confirmedAt\n    unsubscribedAt\n    createdAt\n  }\n": types.CoachSubscriberFragmentDoc,
    "\n  query Subscribers($filter: SubscriberFilter) {\n    subscribers(filter: $filter) {\n      total\n      counts {\n        ...SubscriberCountFields\n      }\n      subscribers {\n        ...CoachSubscriber\n      }\n    }\n  }\n": types.SubscribersDocument,
    "\n  query SubscriberCounts {\n    subscribers(filter: { limit: 1 }) {\n      counts {\n        ...SubscriberCountFields\n      }\n    }\n  }\n": types.SubscriberCountsDocument,
    "\n  query SubscribersCsv($status: SubscriberStatus) {\n    subscribersCsv(status: $status)\n  }\n": types.SubscribersCsvDocument,
    "\n  mutation UnsubscribeSubscriber($id: ID!) {\n    unsubscribeSubscriber(id: $id) {\n      ...CoachSubscriber\n    }\n  }\n": types.UnsubscribeSubscriberDocument,
    "\n  mutation DeleteSubscriber($id: ID!) {\n    deleteSubscriber(id: $id)\n  }\n": types.DeleteSubscriberDocument,
    "\n  fragment OperatorPracticeFields on OperatorPractice {\n    id\n    slug\n    name\n    createdAt\n    plan\n    status\n    trialEndsAt\n    mrrCents\n    suspended\n    suspendedReason\n    coaches\n    activeClients\n    subscribers\n    emailsThisMonth\n  }\n": types.OperatorPracticeFieldsFragmentDoc,
    "\n  query OperatorPractices {\n    operatorPractices {\n      ...OperatorPracticeFields\n    }\n  }\n": types.OperatorPracticesDocument,
    "\n  query OperatorTotals($days: Int) {\n    operatorTotals(days: $days) {\n      mrrCents\n      activePractices\n      payingPractices\n      trialingPractices\n      suspendedPractices\n      churnedPractices\n      churnRate\n      periodDays\n      mrrHistory {\n        month\n        mrrCents\n        payingPractices\n      }\n    }\n  }\n": types.OperatorTotalsDocument,
    "\n  query OperatorAudit($limit: Int) {\n    operatorAudit(limit: $limit) {\n      id\n      action\n      actorEmail\n      practiceId\n      practiceName\n      detail\n      createdAt\n    }\n  }\n": types.OperatorAuditDocument,
    "\n  query BillingAlerts($limit: Int) {\n    billingAlerts(limit: $limit) {\n      eventId\n      type\n      outcome\n      error\n      receivedAt\n    }\n  }\n": types.BillingAlertsDocument,
    "\n  mutation SuspendPractice($practiceId: ID!, $reason: String!) {\n    suspendPractice(practiceId: $practiceId, reason: $reason) {\n      ...OperatorPracticeFields\n    }\n  }\n": types.SuspendPracticeDocument,
    "\n  mutation ReactivatePractice($practiceId: ID!) {\n    reactivatePractice(practiceId: $practiceId) {\n      ...OperatorPracticeFields\n    }\n  }\n": types.ReactivatePracticeDocument,
    "\n  fragment PortalCheckIn on CheckIn {\n    id\n    weekStart\n    progress\n    energy\n    wins\n    defaultedToDoing\n    declinedOrDelegated\n    strategicWork\n    impactMadeLegible\n    nextCommitments\n    late\n    editable\n    submittedAt\n    acknowledgedAt\n    coachReply\n    repliedAt\n    repliedByName\n  }\n": types.PortalCheckInFragmentDoc,
    "\n  fragment PortalGoal on Goal {\n    id\n    statement\n    whyItMatters\n    successMeasure\n    targetDate\n    status\n    milestones {\n      title\n      dueOn\n    }\n  }\n": types.PortalGoalFragmentDoc,
    "\n  query MyCoaching {\n    myCoaching {\n      clientId\n      name\n      coachName\n      checkInDay\n      timeZone\n      accountabilitySetUp\n      methodProgress {\n        currentStep\n        stepsDone\n        complete\n      }\n      goal {\n        ...PortalGoal\n      }\n      thisWeek {\n        weekStart\n        checkInDate\n        status\n        missedWeekStart\n        checkIn {\n          ...PortalCheckIn\n        }\n      }\n      streakWeeks\n      longestStreakWeeks\n      latestReply {\n        checkInId\n        weekStart\n        reply\n        repliedAt\n        coachName\n      }\n    }\n  }\n": types.MyCoachingDocument,
    "\n  query MyMethod {\n    myMethod {\n      clientId\n      progress {\n        currentStep\n        stepsDone\n        complete\n      }\n      awarenessNotes {\n        id\n        kind\n        body\n      }\n      decision {\n        commitment\n        decidedOn\n      }\n      goal {\n        ...PortalGoal\n      }\n      pastGoals {\n        ...PortalGoal\n      }\n      futureSelf {\n        statement\n      }\n      accountability {\n        checkInDay\n        timeZone\n        setAt\n      }\n    }\n  }\n": types.MyMethodDocument,
    "\n  query MyCheckIns($first: Int, $after: String) {\n    myCheckIns(first: $first, after: $after) {\n      nodes {\n        ...PortalCheckIn\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.MyCheckInsDocument,
    "\n  mutation AddAwarenessNote($input: AddAwarenessNoteInput!) {\n    addAwarenessNote(input: $input) {\n      id\n    }\n  }\n": types.AddAwarenessNoteDocument,
    "\n  mutation UpdateAwarenessNote($input: UpdateAwarenessNoteInput!) {\n    updateAwarenessNote(input: $input) {\n      id\n    }\n  }\n": types.UpdateAwarenessNoteDocument,
    "\n  mutation RemoveAwarenessNote($id: ID!) {\n    removeAwarenessNote(id: $id)\n  }\n": types.RemoveAwarenessNoteDocument,
    "\n  mutation MakeDecision($input: MakeDecisionInput!) {\n    makeDecision(input: $input) {\n      id\n    }\n  }\n": types.MakeDecisionDocument,
    "\n  mutation SetGoal($input: SetGoalInput!) {\n    setGoal(input: $input) {\n      id\n    }\n  }\n": types.SetGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  mutation CloseGoal($id: ID!, $status: GoalStatus!) {\n    closeGoal(id: $id, status: $status) {\n      id\n    }\n  }\n": types.CloseGoalDocument,
    "\n  mutation SetFutureSelf($input: SetFutureSelfInput!) {\n    setFutureSelf(input: $input) {\n      id\n    }\n  }\n": types.SetFutureSelfDocument,
    "\n  mutation SetUpAccountability($input: SetUpAccountabilityInput!) {\n    setUpAccountability(input: $input) {\n      checkInDay\n    }\n  }\n": types.SetUpAccountabilityDocument,
    "\n  mutation SubmitCheckIn($input: SubmitCheckInInput!) {\n    submitCheckIn(input: $input) {\n      ...PortalCheckIn\n    }\n  }\n": types.SubmitCheckInDocument,
    "\n  fragment PublicPracticeProfile on PracticeProfile {\n    id\n    slug\n    name\n    tagline\n    coachName\n    coachBio\n    timeZone\n    photoUrl\n    ctaText\n    ctaUrl\n    socialLinks {\n      label\n      url\n    }\n  }\n": types.PublicPracticeProfileFragmentDoc,
    "\n  query PublicPractice($slug: String!) {\n    practice(slug: $slug) {\n      ...PublicPracticeProfile\n      available\n    }\n  }\n": types.PublicPracticeDocument,
    "\n  mutation ExportClientData($clientId: ID!) {\n    exportClientData(clientId: $clientId)\n  }\n": types.ExportClientDataDocument,
    "\n  mutation EraseClient($clientId: ID!, $confirmEmail: String!) {\n    eraseClient(clientId: $clientId, confirmEmail: $confirmEmail) {\n      reference\n    }\n  }\n": types.EraseClientDocument,
    "\n  fragment RosterClient on Client {\n    id\n    name\n    email\n    status\n    tags\n    startedOn\n    checkInDay\n    timeZone\n    source\n    hasAccount\n    invitationPending\n    coach {\n      id\n      name\n    }\n  }\n": types.RosterClientFragmentDoc,
    "\n  query RosterPage($filter: ClientFilter, $sort: ClientSort, $first: Int, $after: String) {\n    clients(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RosterClient\n      }\n    }\n  }\n": types.RosterPageDocument,
    "\n  mutation AddClient($input: AddClientInput!) {\n    addClient(input: $input) {\n      ...RosterClient\n    }\n  }\n": types.AddClientDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      ...RosterClient\n    }\n  }\n": types.UpdateClientDocument,
    "\n  mutation InviteClient($clientId: ID!) {\n    inviteClient(clientId: $clientId) {\n      ...RosterClient\n    }\n  }\n": types.InviteClientDocument,
    "\n  query ExportClients($filter: ClientFilter) {\n    exportClientsCsv(filter: $filter)\n  }\n": types.ExportClientsDocument,
    "\n  query PreviewClientImport($csv: String!) {\n    previewClientImport(csv: $csv) {\n      row\n      name\n      email\n      status\n      tags\n      coachEmail\n      problems {\n        column\n        message\n      }\n    }\n  }\n": types.PreviewClientImportDocument,
    "\n  mutation ImportClients($csv: String!, $mode: ClientImportMode!) {\n    importClients(csv: $csv, mode: $mode) {\n      added\n      skipped {\n        row\n        email\n        problems {\n          column\n          message\n        }\n      }\n    }\n  }\n": types.ImportClientsDocument,
    "\n  fragment SalesOfferingFields on Offering {\n    id\n    slug\n    title\n    description\n    priceCents\n    currency\n    billing\n    months\n    coachUserId\n    coachName\n    active\n    createdAt\n  }\n": types.SalesOfferingFieldsFragmentDoc,
    "\n  query SalesOfferings {\n    offerings {\n      ...SalesOfferingFields\n    }\n  }\n": types.SalesOfferingsDocument,
    "\n  mutation CreateOffering($input: CreateOfferingInput!) {\n    createOffering(input: $input) {\n      ...SalesOfferingFields\n    }\n  }\n": types.CreateOfferingDocument,
    "\n  mutation UpdateOffering($input: UpdateOfferingInput!) {\n    updateOffering(input: $input) {\n      ...SalesOfferingFields\n    }\n  }\n": types.UpdateOfferingDocument,
    "\n  mutation PayForRegistration($token: String!) {\n    payForRegistration(token: $token) {\n      url\n    }\n  }\n": types.PayForRegistrationDocument,
    "\n  fragment PublicPackageFields on PublicOffering {\n    slug\n    title\n    descriptionHtml\n    priceCents\n    currency\n    billing\n    months\n    coachName\n  }\n": types.PublicPackageFieldsFragmentDoc,
    "\n  query PublicPackages($practiceSlug: String!) {\n    publicOfferings(practiceSlug: $practiceSlug) {\n      ...PublicPackageFields\n    }\n  }\n": types.PublicPackagesDocument,
    "\n  query PublicPackage($practiceSlug: String!, $offeringSlug: String!) {\n    publicOffering(practiceSlug: $practiceSlug, offeringSlug: $offeringSlug) {\n      ...PublicPackageFields\n    }\n  }\n": types.PublicPackageDocument,
    "\n  mutation BuyPackage($input: BuyPackageInput!) {\n    buyPackage(input: $input) {\n      url\n    }\n  }\n": types.BuyPackageDocument,
    "\n  fragment SalesPurchaseFields on Purchase {\n    id\n    kind\n    description\n    buyerName\n    buyerEmail\n    amountCents\n    currency\n    status\n    refundedCents\n    createdAt\n    paidAt\n  }\n": types.SalesPurchaseFieldsFragmentDoc,
    "\n  query SalesPurchases($since: DateTime) {\n    purchases(since: $since) {\n      purchases {\n        ...SalesPurchaseFields\n      }\n      totals {\n        currency\n        paidCents\n        refundedCents\n        netCents\n        purchases\n      }\n    }\n  }\n": types.SalesPurchasesDocument,
    "\n  mutation RefundPurchase($id: ID!) {\n    refundPurchase(id: $id) {\n      ...SalesPurchaseFields\n    }\n  }\n": types.RefundPurchaseDocument,
    "\n  query SalesAccount {\n    salesAccount {\n      connected\n      chargesEnabled\n      billingConfigured\n      paidOfferingsAllowed\n    }\n  }\n": types.SalesAccountDocument,
    "\n  query PaidOfferingPlans {\n    plans {\n      id\n      name\n      monthlyPriceCents\n      limits {\n        paidOfferings\n      }\n    }\n  }\n": types.PaidOfferingPlansDocument,
    "\n  mutation ConnectStripeAccount {\n    connectStripeAccount {\n      url\n    }\n  }\n": types.ConnectStripeAccountDocument,
    "\n  fragment PublicArticleSummary on PublicArticle {\n    slug\n    title\n    description\n    pubDate\n    category\n    tags\n  }\n": types.PublicArticleSummaryFragmentDoc,
    "\n  fragment PublicArticleFields on PublicArticle {\n    ...PublicArticleSummary\n    promo\n    authorName\n    url\n    bodyHtml\n  }\n": types.PublicArticleFieldsFragmentDoc,
    "\n  query SiteArticles($practiceSlug: String!, $category: String, $tag: String, $limit: Int, $offset: Int) {\n    publicArticles(practiceSlug: $practiceSlug, category: $category, tag: $tag, limit: $limit, offset: $offset) {\n      total\n      articles {\n        ...PublicArticleSummary\n      }\n    }\n  }\n": types.SiteArticlesDocument,
    "\n  query SiteArticle($practiceSlug: String!, $slug: String!) {\n    publicArticle(practiceSlug: $practiceSlug, slug: $slug) {\n      ...PublicArticleFields\n    }\n  }\n": types.SiteArticleDocument,
    "\n  query SiteArticleCategories($practiceSlug: String!) {\n    publicArticleCategories(practiceSlug: $practiceSlug) {\n      name\n      slug\n      count\n    }\n  }\n": types.SiteArticleCategoriesDocument,
    "\n  query SiteVideos($practiceSlug: String!) {\n    publicVideos(practiceSlug: $practiceSlug) {\n      ...VideoFields\n    }\n  }\n": types.SiteVideosDocument,
    "\n  query Team {\n    team {\n      membershipId\n      userId\n      name\n      email\n      role\n      joinedAt\n    }\n  }\n": types.TeamDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    expiresAt\n    invitedByName\n    sentCount\n    createdAt\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membershipId\n      userId\n      name\n      email\n      role\n      joinedAt\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').ConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on Account {\n    id\n    email\n    name\n    emailVerified\n    isOperator\n    pendingEmail\n  }\n"): typeof import('./graphql').AccountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountSettings {\n    viewer {\n      account {\n        ...AccountFields\n      }\n      memberships {\n        practiceId\n        practiceSlug\n        practiceName\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').AccountSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyName($input: ChangeNameInput!) {\n    changeMyName(input: $input) {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').ChangeMyNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n"): typeof import('./graphql').ChangeMyPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($input: ChangeEmailInput!) {\n    requestEmailChange(input: $input) {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').RequestEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEmailChange {\n    cancelEmailChange {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').CancelEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($input: DeleteAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n"): typeof import('./graphql').DeleteMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeavePractice($practiceId: ID!) {\n    leavePractice(practiceId: $practiceId)\n  }\n"): typeof import('./graphql').LeavePracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPractice($input: StartPracticeInput!) {\n    startPractice(input: $input) {\n      practiceId\n      practiceSlug\n      practiceName\n      role\n    }\n  }\n"): typeof import('./graphql').StartPracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItemFields on ActionItem {\n    id\n    clientId\n    title\n    owner\n    dueOn\n    status\n    createdByName\n    completedAt\n  }\n"): typeof import('./graphql').ActionItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActionItems {\n    myActionItems {\n      ...ActionItemFields\n    }\n  }\n"): typeof import('./graphql').MyActionItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientActionItems($clientId: ID!) {\n    actionItems(clientId: $clientId) {\n      ...ActionItemFields\n    }\n  }\n"): typeof import('./graphql').ClientActionItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"): typeof import('./graphql').AddActionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"): typeof import('./graphql').UpdateActionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter, $after: String, $first: Int) {\n    auditEvents(filter: $filter, after: $after, first: $first) {\n      events {\n        id\n        action\n        actorEmail\n        targetEmail\n        actorDeleted\n        targetDeleted\n        fromRole\n        toRole\n        ip\n        createdAt\n      }\n      nextCursor\n    }\n  }\n"): typeof import('./graphql').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActions {\n    auditActions\n  }\n"): typeof import('./graphql').AuditActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSignUp($input: ConfirmSignUpInput!) {\n    confirmSignUp(input: $input) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').ConfirmSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoAccounts {\n    demoAccounts {\n      role\n      name\n      email\n      password\n    }\n  }\n"): typeof import('./graphql').DemoAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailLinkValid($token: String!, $purpose: EmailLinkPurpose!) {\n    emailLinkValid(token: $token, purpose: $purpose)\n  }\n"): typeof import('./graphql').EmailLinkValidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): typeof import('./graphql').ResendVerificationEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    account {\n      id\n      email\n      name\n      emailVerified\n      isOperator\n    }\n    memberships {\n      practiceId\n      practiceSlug\n      practiceName\n      role\n    }\n  }\n"): typeof import('./graphql').ViewerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    accessToken\n    accessTokenExpiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      name\n      emailVerified\n      isOperator\n    }\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on Plan {\n    id\n    name\n    summary\n    monthlyPriceCents\n    currency\n    limits {\n      coaches\n      activeClients\n      subscribers\n      emailsPerMonth\n      paidOfferings\n    }\n  }\n"): typeof import('./graphql').PlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PracticeBillingFields on PracticeBilling {\n    configured\n    missingVariables\n    limitsEnforced\n    plan {\n      ...PlanFields\n    }\n    subscribedPlan\n    status\n    trialEndsAt\n    renewsAt\n    cancelsAt\n    graceEndsAt\n    readOnly\n    usage {\n      limit\n      label\n      used\n      allowed\n    }\n    invoices {\n      id\n      number\n      status\n      amountDueCents\n      amountPaidCents\n      currency\n      hostedInvoiceUrl\n      invoicePdfUrl\n      periodStart\n      periodEnd\n      createdAt\n    }\n  }\n"): typeof import('./graphql').PracticeBillingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n"): typeof import('./graphql').PlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeBilling {\n    practiceBilling {\n      ...PracticeBillingFields\n    }\n  }\n"): typeof import('./graphql').PracticeBillingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPlanCheckout($plan: PlanId!) {\n    startPlanCheckout(plan: $plan) {\n      url\n    }\n  }\n"): typeof import('./graphql').StartPlanCheckoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenBillingPortal {\n    openBillingPortal {\n      url\n    }\n  }\n"): typeof import('./graphql').OpenBillingPortalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePlan($plan: PlanId!) {\n    changePlan(plan: $plan) {\n      ...PracticeBillingFields\n    }\n  }\n"): typeof import('./graphql').ChangePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeStanding {\n    practiceStanding {\n      plan\n      status\n      trialEndsAt\n      graceEndsAt\n      readOnly\n      suspended\n      suspendedReason\n    }\n  }\n"): typeof import('./graphql').PracticeStandingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientMasterclasses($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      masterclassRegistrations {\n        id\n        masterclassId\n        status\n        attendance\n        registeredAt\n        masterclassTitle\n      }\n    }\n  }\n"): typeof import('./graphql').ClientMasterclassesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachCheckInFields on CheckIn {\n    id\n    weekStart\n    progress\n    energy\n    wins\n    defaultedToDoing\n    declinedOrDelegated\n    strategicWork\n    impactMadeLegible\n    nextCommitments\n    late\n    submittedAt\n    acknowledgedAt\n    coachReply\n    repliedAt\n    repliedByName\n  }\n"): typeof import('./graphql').CoachCheckInFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientCheckIns($clientId: ID!, $after: String) {\n    clientCheckIns(clientId: $clientId, first: 12, after: $after) {\n      nodes {\n        ...CoachCheckInFields\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').ClientCheckInsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeCheckIn($id: ID!) {\n    acknowledgeCheckIn(id: $id) {\n      ...CoachCheckInFields\n    }\n  }\n"): typeof import('./graphql').AcknowledgeCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToCheckIn($id: ID!, $reply: String!) {\n    replyToCheckIn(id: $id, reply: $reply) {\n      ...CoachCheckInFields\n    }\n  }\n"): typeof import('./graphql').ReplyToCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDetail($clientId: ID!) {\n    clientDetail(clientId: $clientId) {\n      clientId\n      name\n      email\n      status\n      timeZone\n      goal {\n        statement\n        targetDate\n      }\n      methodStep\n      stepsDone\n      streakWeeks\n      flags\n      progressSeries {\n        weekStart\n        progress\n        energy\n      }\n    }\n  }\n"): typeof import('./graphql').ClientDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionNoteFields on SessionNote {\n    id\n    heldOn\n    body\n    authorName\n    updatedAt\n  }\n"): typeof import('./graphql').SessionNoteFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionNotes($clientId: ID!) {\n    sessionNotes(clientId: $clientId) {\n      ...SessionNoteFields\n    }\n  }\n"): typeof import('./graphql').SessionNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSessionNote($input: AddSessionNoteInput!) {\n    addSessionNote(input: $input) {\n      ...SessionNoteFields\n    }\n  }\n"): typeof import('./graphql').AddSessionNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSessionNote($input: UpdateSessionNoteInput!) {\n    updateSessionNote(input: $input) {\n      ...SessionNoteFields\n    }\n  }\n"): typeof import('./graphql').UpdateSessionNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachDashboard($sort: DashboardSort) {\n    coachDashboard(sort: $sort) {\n      clientId\n      name\n      status\n      goal {\n        statement\n        targetDate\n      }\n      methodStep\n      stepsDone\n      recentWeeks {\n        weekStart\n        progress\n        energy\n      }\n      lastCheckIn {\n        id\n        weekStart\n        submittedAt\n        acknowledged\n        late\n      }\n      streakWeeks\n      flags\n      urgency\n    }\n  }\n"): typeof import('./graphql').CoachDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachArticles($filter: ArticleFilter) {\n    articles(filter: $filter) {\n      id\n      slug\n      title\n      pubDate\n      category\n      tags\n      status\n      publicUrl\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').CoachArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachArticleFields on Article {\n    id\n    slug\n    title\n    description\n    body\n    pubDate\n    category\n    tags\n    draft\n    promo\n    status\n    publicUrl\n    authorName\n    updatedAt\n  }\n"): typeof import('./graphql').CoachArticleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachArticle($id: ID!) {\n    article(id: $id) {\n      ...CoachArticleFields\n    }\n  }\n"): typeof import('./graphql').CoachArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticlePreview($markdown: String!) {\n    articlePreview(markdown: $markdown)\n  }\n"): typeof import('./graphql').ArticlePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleCategories {\n    articleCategories\n  }\n"): typeof import('./graphql').ArticleCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) {\n      ...CoachArticleFields\n    }\n  }\n"): typeof import('./graphql').CreateArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      ...CoachArticleFields\n    }\n  }\n"): typeof import('./graphql').UpdateArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteArticle($id: ID!) {\n    deleteArticle(id: $id)\n  }\n"): typeof import('./graphql').DeleteArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportArticles($input: ImportArticlesInput!) {\n    importArticles(input: $input) {\n      committed\n      created\n      updated\n      unchanged\n      failed\n      files {\n        name\n        outcome\n        slug\n        title\n        articleId\n        needsReview\n        problems {\n          field\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ImportArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePracticeProfile($input: PracticeProfileInput!) {\n    updatePracticeProfile(input: $input) {\n      ...PublicPracticeProfile\n    }\n  }\n"): typeof import('./graphql').UpdatePracticeProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VideoFields on Video {\n    id\n    title\n    description\n    provider\n    providerVideoId\n    url\n    embedUrl\n    visibility\n    publishedAt\n  }\n"): typeof import('./graphql').VideoFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachVideos {\n    videos {\n      ...VideoFields\n    }\n  }\n"): typeof import('./graphql').CoachVideosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberVideos {\n    memberVideos {\n      ...VideoFields\n    }\n  }\n"): typeof import('./graphql').MemberVideosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVideo($input: VideoInput!) {\n    createVideo(input: $input) {\n      ...VideoFields\n    }\n  }\n"): typeof import('./graphql').CreateVideoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVideo($input: UpdateVideoInput!) {\n    updateVideo(input: $input) {\n      ...VideoFields\n    }\n  }\n"): typeof import('./graphql').UpdateVideoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVideo($id: ID!) {\n    deleteVideo(id: $id)\n  }\n"): typeof import('./graphql').DeleteVideoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImpactEntryFields on ImpactEntry {\n    id\n    whatIDid\n    outcome\n    outcomeKind\n    beneficiary\n    significance\n    occurredOn\n    checkInId\n  }\n"): typeof import('./graphql').ImpactEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactEntries {\n    myImpactEntries {\n      ...ImpactEntryFields\n    }\n    impactSuggestions {\n      checkInId\n      weekStart\n      impactMadeLegible\n    }\n  }\n"): typeof import('./graphql').ImpactEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactSummary($from: String!, $to: String!) {\n    impactSummary(from: $from, to: $to) {\n      from\n      to\n      title\n      period\n      opening\n      entryCount\n      markdown\n      groups {\n        outcomeKind\n        heading\n        entries {\n          ...ImpactEntryFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ImpactSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddImpactEntry($input: AddImpactEntryInput!) {\n    addImpactEntry(input: $input) {\n      ...ImpactEntryFields\n    }\n  }\n"): typeof import('./graphql').AddImpactEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateImpactEntry($input: UpdateImpactEntryInput!) {\n    updateImpactEntry(input: $input) {\n      ...ImpactEntryFields\n    }\n  }\n"): typeof import('./graphql').UpdateImpactEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveImpactEntry($id: ID!) {\n    removeImpactEntry(id: $id)\n  }\n"): typeof import('./graphql').RemoveImpactEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($practiceId: ID!, $token: String!) {\n    invitationPreview(practiceId: $practiceId, token: $token) {\n      practiceName\n      email\n      role\n      accountExists\n    }\n  }\n"): typeof import('./graphql').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyToWorkWith($input: ApplyToWorkWithInput!) {\n    applyToWorkWith(input: $input)\n  }\n"): typeof import('./graphql').ApplyToWorkWithDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n"): typeof import('./graphql').CalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      webcalUrl\n    }\n  }\n"): typeof import('./graphql').CreateCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): typeof import('./graphql').RevokeCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMasterclassRegistrations {\n    myMasterclassRegistrations {\n      ...MyRegistrationFields\n    }\n  }\n"): typeof import('./graphql').MyMasterclassRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicMasterclassFields on PublicMasterclass {\n    id\n    slug\n    practiceSlug\n    practiceName\n    title\n    descriptionHtml\n    startsAt\n    endsAt\n    durationMinutes\n    timeZone\n    seatsLeft\n    price {\n      amountCents\n      currency\n    }\n    registrationDeadline\n    registrationOpen\n    status\n    hostName\n  }\n"): typeof import('./graphql').PublicMasterclassFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingMasterclasses($practiceSlug: String!) {\n    publicMasterclasses(practiceSlug: $practiceSlug) {\n      ...PublicMasterclassFields\n    }\n  }\n"): typeof import('./graphql').UpcomingMasterclassesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicMasterclassPage($practiceSlug: String!, $slug: String!) {\n    publicMasterclass(practiceSlug: $practiceSlug, slug: $slug) {\n      ...PublicMasterclassFields\n    }\n  }\n"): typeof import('./graphql').PublicMasterclassPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyRegistrationFields on MyRegistration {\n    id\n    name\n    email\n    status\n    waitlistPosition\n    holdExpiresAt\n    joinUrl\n    replayUrl\n    calendarUrl\n    manageToken\n    masterclass {\n      ...PublicMasterclassFields\n    }\n  }\n"): typeof import('./graphql').MyRegistrationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistrationReceiptFields on MyRegistration {\n    id\n    email\n    status\n    waitlistPosition\n    holdExpiresAt\n    calendarUrl\n    manageToken\n    masterclass {\n      practiceSlug\n    }\n  }\n"): typeof import('./graphql').RegistrationReceiptFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForMasterclass($input: RegisterForMasterclassInput!) {\n    registerForMasterclass(input: $input) {\n      alreadyRegistered\n      registration {\n        ...RegistrationReceiptFields\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterForMasterclassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterMeForMasterclass($masterclassId: ID!) {\n    registerMeForMasterclass(masterclassId: $masterclassId) {\n      ...MyRegistrationFields\n    }\n  }\n"): typeof import('./graphql').RegisterMeForMasterclassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationByLink($token: String!) {\n    registrationByLink(token: $token) {\n      ...MyRegistrationFields\n    }\n  }\n"): typeof import('./graphql').RegistrationByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRegistrationByLink($token: String!) {\n    cancelRegistration(token: $token) {\n      ...MyRegistrationFields\n    }\n  }\n"): typeof import('./graphql').CancelRegistrationByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FunnelFigureFields on FunnelFigures {\n    registered\n    waitlisted\n    confirmed\n    attended\n    attendanceRate\n    becameClients\n  }\n"): typeof import('./graphql').FunnelFigureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MasterclassFunnel($from: DateTime!, $to: DateTime!) {\n    masterclassFunnel(from: $from, to: $to) {\n      from\n      to\n      totals {\n        ...FunnelFigureFields\n      }\n      masterclasses {\n        masterclassId\n        title\n        startsAt\n        status\n        figures {\n          ...FunnelFigureFields\n        }\n      }\n      sources {\n        source\n        newsletterIssue\n        utmSource\n        utmCampaign\n        registered\n        attended\n        becameClients\n      }\n    }\n  }\n"): typeof import('./graphql').MasterclassFunnelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachMasterclasses($when: MasterclassPeriod!) {\n    masterclasses(when: $when) {\n      id\n      title\n      startsAt\n      timeZone\n      status\n      capacity\n      seatsTaken\n      waitlisted\n      price {\n        amountCents\n        currency\n      }\n    }\n  }\n"): typeof import('./graphql').CoachMasterclassesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachMasterclass on Masterclass {\n    id\n    slug\n    title\n    description\n    descriptionHtml\n    startsAt\n    endsAt\n    durationMinutes\n    timeZone\n    capacity\n    price {\n      amountCents\n      currency\n    }\n    registrationDeadline\n    joinUrl\n    replayUrl\n    host {\n      userId\n      name\n    }\n    status\n    seatsTaken\n    waitlisted\n    publicUrl\n  }\n"): typeof import('./graphql').CoachMasterclassFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoachMasterclass($id: ID!) {\n    masterclass(id: $id) {\n      ...CoachMasterclass\n    }\n  }\n"): typeof import('./graphql').CoachMasterclassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MasterclassDescriptionPreview($markdown: String!) {\n    masterclassDescriptionPreview(markdown: $markdown)\n  }\n"): typeof import('./graphql').MasterclassDescriptionPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMasterclass($input: MasterclassInput!) {\n    createMasterclass(input: $input) {\n      ...CoachMasterclass\n    }\n  }\n"): typeof import('./graphql').CreateMasterclassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMasterclass($input: UpdateMasterclassInput!) {\n    updateMasterclass(input: $input) {\n      ...CoachMasterclass\n    }\n  }\n"): typeof import('./graphql').UpdateMasterclassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishMasterclass($id: ID!) {\n    publishMasterclass(id: $id) {\n      ...CoachMasterclass\n    }\n  }\n"): typeof import('./graphql').PublishMasterclassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMasterclass($id: ID!) {\n    cancelMasterclass(id: $id) {\n      ...CoachMasterclass\n    }\n  }\n"): typeof import('./graphql').CancelMasterclassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMasterclass($id: ID!) {\n    completeMasterclass(id: $id) {\n      ...CoachMasterclass\n    }\n  }\n"): typeof import('./graphql').CompleteMasterclassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMasterclass($id: ID!) {\n    deleteMasterclass(id: $id)\n  }\n"): typeof import('./graphql').DeleteMasterclassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MasterclassRegistrations($masterclassId: ID!, $filter: RegistrationFilter, $first: Int, $after: String) {\n    masterclassRegistrations(masterclassId: $masterclassId, filter: $filter, first: $first, after: $after) {\n      total\n      nextCursor\n      registrations {\n        ...CoachRegistration\n      }\n    }\n  }\n"): typeof import('./graphql').MasterclassRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachRegistration on Registration {\n    id\n    name\n    email\n    status\n    waitlistPosition\n    holdExpiresAt\n    attendance\n    question\n    registeredAt\n    cancelledAt\n    clientId\n    invitedAsClientAt\n    origin {\n      source\n      newsletterIssue\n      utmSource\n      utmMedium\n      utmCampaign\n    }\n  }\n"): typeof import('./graphql').CoachRegistrationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MasterclassRegistrationsCsv($masterclassId: ID!) {\n    masterclassRegistrationsCsv(masterclassId: $masterclassId)\n  }\n"): typeof import('./graphql').MasterclassRegistrationsCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      ...CoachRegistration\n    }\n  }\n"): typeof import('./graphql').MarkAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteRegistrantAsClient($registrationId: ID!) {\n    inviteRegistrantAsClient(registrationId: $registrationId) {\n      clientId\n      email\n    }\n  }\n"): typeof import('./graphql').InviteRegistrantAsClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewsletterConfirmationFields on NewsletterConfirmation {\n    practiceName\n    practiceSlug\n    email\n    status\n  }\n"): typeof import('./graphql').NewsletterConfirmationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterSignupWording($practiceSlug: String!) {\n    newsletterSignupWording(practiceSlug: $practiceSlug)\n  }\n"): typeof import('./graphql').NewsletterSignupWordingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeToNewsletter($input: SubscribeInput!) {\n    subscribeToNewsletter(input: $input) {\n      message\n    }\n  }\n"): typeof import('./graphql').SubscribeToNewsletterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterConfirmation($token: String!) {\n    newsletterConfirmation(token: $token) {\n      ...NewsletterConfirmationFields\n    }\n  }\n"): typeof import('./graphql').NewsletterConfirmationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmNewsletterSubscription($token: String!) {\n    confirmNewsletterSubscription(token: $token) {\n      ...NewsletterConfirmationFields\n    }\n  }\n"): typeof import('./graphql').ConfirmNewsletterSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeFromNewsletter($token: String!) {\n    unsubscribeFromNewsletter(token: $token) {\n      ...NewsletterConfirmationFields\n    }\n  }\n"): typeof import('./graphql').UnsubscribeFromNewsletterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubscribeToNewsletter($token: String!) {\n    resubscribeToNewsletter(token: $token) {\n      ...NewsletterConfirmationFields\n    }\n  }\n"): typeof import('./graphql').ResubscribeToNewsletterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachNewsletterIssue on NewsletterIssue {\n    id\n    subject\n    preheader\n    body\n    kind\n    weekOf\n    status\n    scheduledAt\n    startedAt\n    finishedAt\n    recipients\n    sent\n    failed\n    pending\n    bounced\n    complained\n    unsubscribed\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').CoachNewsletterIssueFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterIssues {\n    newsletterIssues {\n      id\n      subject\n      kind\n      weekOf\n      status\n      scheduledAt\n      startedAt\n      finishedAt\n      recipients\n      sent\n      failed\n      bounced\n      unsubscribed\n    }\n  }\n"): typeof import('./graphql').NewsletterIssuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterIssue($id: ID!) {\n    newsletterIssue(id: $id) {\n      ...CoachNewsletterIssue\n    }\n  }\n"): typeof import('./graphql').NewsletterIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterIssuePreview($subject: String!, $preheader: String!, $body: String!) {\n    newsletterIssuePreview(subject: $subject, preheader: $preheader, body: $body)\n  }\n"): typeof import('./graphql').NewsletterIssuePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNewsletterIssue($input: NewsletterIssueInput!) {\n    createNewsletterIssue(input: $input) {\n      ...CoachNewsletterIssue\n    }\n  }\n"): typeof import('./graphql').CreateNewsletterIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNewsletterIssue($input: UpdateNewsletterIssueInput!) {\n    updateNewsletterIssue(input: $input) {\n      ...CoachNewsletterIssue\n    }\n  }\n"): typeof import('./graphql').UpdateNewsletterIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNewsletterIssue($id: ID!) {\n    deleteNewsletterIssue(id: $id)\n  }\n"): typeof import('./graphql').DeleteNewsletterIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendNewsletterTest($id: ID!) {\n    sendNewsletterTest(id: $id)\n  }\n"): typeof import('./graphql').SendNewsletterTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleNewsletterIssue($id: ID!, $at: DateTime!) {\n    scheduleNewsletterIssue(id: $id, at: $at) {\n      ...CoachNewsletterIssue\n    }\n  }\n"): typeof import('./graphql').ScheduleNewsletterIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnscheduleNewsletterIssue($id: ID!) {\n    unscheduleNewsletterIssue(id: $id) {\n      ...CoachNewsletterIssue\n    }\n  }\n"): typeof import('./graphql').UnscheduleNewsletterIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendNewsletterIssueNow($id: ID!) {\n    sendNewsletterIssueNow(id: $id) {\n      ...CoachNewsletterIssue\n    }\n  }\n"): typeof import('./graphql').SendNewsletterIssueNowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsletterSettings {\n    newsletterSettings {\n      weeklyEnabled\n      weeklyWeekday\n    }\n  }\n"): typeof import('./graphql').NewsletterSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNewsletterSettings($input: NewsletterSettingsInput!) {\n    updateNewsletterSettings(input: $input) {\n      weeklyEnabled\n      weeklyWeekday\n    }\n  }\n"): typeof import('./graphql').UpdateNewsletterSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewSubscriberImport($csv: String!, $fileName: String!) {\n    previewSubscriberImport(csv: $csv, fileName: $fileName) {\n      total\n      willSubscribe\n      willSkip\n      errors\n      rows {\n        line\n        email\n        name\n        status\n        consentAt\n        outcome\n        problems\n      }\n    }\n  }\n"): typeof import('./graphql').PreviewSubscriberImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubscriberImportFields on SubscriberImport {\n    id\n    fileName\n    status\n    total\n    processed\n    created\n    updated\n    skipped\n    failed\n    errors\n    createdAt\n    finishedAt\n  }\n"): typeof import('./graphql').SubscriberImportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSubscribers($csv: String!, $fileName: String!) {\n    importSubscribers(csv: $csv, fileName: $fileName) {\n      ...SubscriberImportFields\n    }\n  }\n"): typeof import('./graphql').ImportSubscribersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriberImport($id: ID!) {\n    subscriberImport(id: $id) {\n      ...SubscriberImportFields\n    }\n  }\n"): typeof import('./graphql').SubscriberImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubscriberCountFields on SubscriberCounts {\n    pending\n    subscribed\n    unsubscribed\n    bounced\n    complained\n  }\n"): typeof import('./graphql').SubscriberCountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoachSubscriber on Subscriber {\n    id\n    email\n    name\n    status\n    source\n    consentAt\n    consentText\n    consentSource\n    consentIp\n    confirmedAt\n    unsubscribedAt\n    createdAt\n  }\n"): typeof import('./graphql').CoachSubscriberFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Subscribers($filter: SubscriberFilter) {\n    subscribers(filter: $filter) {\n      total\n      counts {\n        ...SubscriberCountFields\n      }\n      subscribers {\n        ...CoachSubscriber\n      }\n    }\n  }\n"): typeof import('./graphql').SubscribersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriberCounts {\n    subscribers(filter: { limit: 1 }) {\n      counts {\n        ...SubscriberCountFields\n      }\n    }\n  }\n"): typeof import('./graphql').SubscriberCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscribersCsv($status: SubscriberStatus) {\n    subscribersCsv(status: $status)\n  }\n"): typeof import('./graphql').SubscribersCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeSubscriber($id: ID!) {\n    unsubscribeSubscriber(id: $id) {\n      ...CoachSubscriber\n    }\n  }\n"): typeof import('./graphql').UnsubscribeSubscriberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSubscriber($id: ID!) {\n    deleteSubscriber(id: $id)\n  }\n"): typeof import('./graphql').DeleteSubscriberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OperatorPracticeFields on OperatorPractice {\n    id\n    slug\n    name\n    createdAt\n    plan\n    status\n    trialEndsAt\n    mrrCents\n    suspended\n    suspendedReason\n    coaches\n    activeClients\n    subscribers\n    emailsThisMonth\n  }\n"): typeof import('./graphql').OperatorPracticeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorPractices {\n    operatorPractices {\n      ...OperatorPracticeFields\n    }\n  }\n"): typeof import('./graphql').OperatorPracticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorTotals($days: Int) {\n    operatorTotals(days: $days) {\n      mrrCents\n      activePractices\n      payingPractices\n      trialingPractices\n      suspendedPractices\n      churnedPractices\n      churnRate\n      periodDays\n      mrrHistory {\n        month\n        mrrCents\n        payingPractices\n      }\n    }\n  }\n"): typeof import('./graphql').OperatorTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorAudit($limit: Int) {\n    operatorAudit(limit: $limit) {\n      id\n      action\n      actorEmail\n      practiceId\n      practiceName\n      detail\n      createdAt\n    }\n  }\n"): typeof import('./graphql').OperatorAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingAlerts($limit: Int) {\n    billingAlerts(limit: $limit) {\n      eventId\n      type\n      outcome\n      error\n      receivedAt\n    }\n  }\n"): typeof import('./graphql').BillingAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendPractice($practiceId: ID!, $reason: String!) {\n    suspendPractice(practiceId: $practiceId, reason: $reason) {\n      ...OperatorPracticeFields\n    }\n  }\n"): typeof import('./graphql').SuspendPracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivatePractice($practiceId: ID!) {\n    reactivatePractice(practiceId: $practiceId) {\n      ...OperatorPracticeFields\n    }\n  }\n"): typeof import('./graphql').ReactivatePracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalCheckIn on CheckIn {\n    id\n    weekStart\n    progress\n    energy\n    wins\n    defaultedToDoing\n    declinedOrDelegated\n    strategicWork\n    impactMadeLegible\n    nextCommitments\n    late\n    editable\n    submittedAt\n    acknowledgedAt\n    coachReply\n    repliedAt\n    repliedByName\n  }\n"): typeof import('./graphql').PortalCheckInFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalGoal on Goal {\n    id\n    statement\n    whyItMatters\n    successMeasure\n    targetDate\n    status\n    milestones {\n      title\n      dueOn\n    }\n  }\n"): typeof import('./graphql').PortalGoalFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCoaching {\n    myCoaching {\n      clientId\n      name\n      coachName\n      checkInDay\n      timeZone\n      accountabilitySetUp\n      methodProgress {\n        currentStep\n        stepsDone\n        complete\n      }\n      goal {\n        ...PortalGoal\n      }\n      thisWeek {\n        weekStart\n        checkInDate\n        status\n        missedWeekStart\n        checkIn {\n          ...PortalCheckIn\n        }\n      }\n      streakWeeks\n      longestStreakWeeks\n      latestReply {\n        checkInId\n        weekStart\n        reply\n        repliedAt\n        coachName\n      }\n    }\n  }\n"): typeof import('./graphql').MyCoachingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMethod {\n    myMethod {\n      clientId\n      progress {\n        currentStep\n        stepsDone\n        complete\n      }\n      awarenessNotes {\n        id\n        kind\n        body\n      }\n      decision {\n        commitment\n        decidedOn\n      }\n      goal {\n        ...PortalGoal\n      }\n      pastGoals {\n        ...PortalGoal\n      }\n      futureSelf {\n        statement\n      }\n      accountability {\n        checkInDay\n        timeZone\n        setAt\n      }\n    }\n  }\n"): typeof import('./graphql').MyMethodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCheckIns($first: Int, $after: String) {\n    myCheckIns(first: $first, after: $after) {\n      nodes {\n        ...PortalCheckIn\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').MyCheckInsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAwarenessNote($input: AddAwarenessNoteInput!) {\n    addAwarenessNote(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddAwarenessNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAwarenessNote($input: UpdateAwarenessNoteInput!) {\n    updateAwarenessNote(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateAwarenessNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAwarenessNote($id: ID!) {\n    removeAwarenessNote(id: $id)\n  }\n"): typeof import('./graphql').RemoveAwarenessNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MakeDecision($input: MakeDecisionInput!) {\n    makeDecision(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').MakeDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGoal($input: SetGoalInput!) {\n    setGoal(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseGoal($id: ID!, $status: GoalStatus!) {\n    closeGoal(id: $id, status: $status) {\n      id\n    }\n  }\n"): typeof import('./graphql').CloseGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFutureSelf($input: SetFutureSelfInput!) {\n    setFutureSelf(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetFutureSelfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUpAccountability($input: SetUpAccountabilityInput!) {\n    setUpAccountability(input: $input) {\n      checkInDay\n    }\n  }\n"): typeof import('./graphql').SetUpAccountabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCheckIn($input: SubmitCheckInInput!) {\n    submitCheckIn(input: $input) {\n      ...PortalCheckIn\n    }\n  }\n"): typeof import('./graphql').SubmitCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicPracticeProfile on PracticeProfile {\n    id\n    slug\n    name\n    tagline\n    coachName\n    coachBio\n    timeZone\n    photoUrl\n    ctaText\n    ctaUrl\n    socialLinks {\n      label\n      url\n    }\n  }\n"): typeof import('./graphql').PublicPracticeProfileFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPractice($slug: String!) {\n    practice(slug: $slug) {\n      ...PublicPracticeProfile\n      available\n    }\n  }\n"): typeof import('./graphql').PublicPracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportClientData($clientId: ID!) {\n    exportClientData(clientId: $clientId)\n  }\n"): typeof import('./graphql').ExportClientDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseClient($clientId: ID!, $confirmEmail: String!) {\n    eraseClient(clientId: $clientId, confirmEmail: $confirmEmail) {\n      reference\n    }\n  }\n"): typeof import('./graphql').EraseClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RosterClient on Client {\n    id\n    name\n    email\n    status\n    tags\n    startedOn\n    checkInDay\n    timeZone\n    source\n    hasAccount\n    invitationPending\n    coach {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RosterClientFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterPage($filter: ClientFilter, $sort: ClientSort, $first: Int, $after: String) {\n    clients(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...RosterClient\n      }\n    }\n  }\n"): typeof import('./graphql').RosterPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddClient($input: AddClientInput!) {\n    addClient(input: $input) {\n      ...RosterClient\n    }\n  }\n"): typeof import('./graphql').AddClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      ...RosterClient\n    }\n  }\n"): typeof import('./graphql').UpdateClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteClient($clientId: ID!) {\n    inviteClient(clientId: $clientId) {\n      ...RosterClient\n    }\n  }\n"): typeof import('./graphql').InviteClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportClients($filter: ClientFilter) {\n    exportClientsCsv(filter: $filter)\n  }\n"): typeof import('./graphql').ExportClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewClientImport($csv: String!) {\n    previewClientImport(csv: $csv) {\n      row\n      name\n      email\n      status\n      tags\n      coachEmail\n      problems {\n        column\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').PreviewClientImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportClients($csv: String!, $mode: ClientImportMode!) {\n    importClients(csv: $csv, mode: $mode) {\n      added\n      skipped {\n        row\n        email\n        problems {\n          column\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ImportClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesOfferingFields on Offering {\n    id\n    slug\n    title\n    description\n    priceCents\n    currency\n    billing\n    months\n    coachUserId\n    coachName\n    active\n    createdAt\n  }\n"): typeof import('./graphql').SalesOfferingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesOfferings {\n    offerings {\n      ...SalesOfferingFields\n    }\n  }\n"): typeof import('./graphql').SalesOfferingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOffering($input: CreateOfferingInput!) {\n    createOffering(input: $input) {\n      ...SalesOfferingFields\n    }\n  }\n"): typeof import('./graphql').CreateOfferingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOffering($input: UpdateOfferingInput!) {\n    updateOffering(input: $input) {\n      ...SalesOfferingFields\n    }\n  }\n"): typeof import('./graphql').UpdateOfferingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayForRegistration($token: String!) {\n    payForRegistration(token: $token) {\n      url\n    }\n  }\n"): typeof import('./graphql').PayForRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicPackageFields on PublicOffering {\n    slug\n    title\n    descriptionHtml\n    priceCents\n    currency\n    billing\n    months\n    coachName\n  }\n"): typeof import('./graphql').PublicPackageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPackages($practiceSlug: String!) {\n    publicOfferings(practiceSlug: $practiceSlug) {\n      ...PublicPackageFields\n    }\n  }\n"): typeof import('./graphql').PublicPackagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPackage($practiceSlug: String!, $offeringSlug: String!) {\n    publicOffering(practiceSlug: $practiceSlug, offeringSlug: $offeringSlug) {\n      ...PublicPackageFields\n    }\n  }\n"): typeof import('./graphql').PublicPackageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuyPackage($input: BuyPackageInput!) {\n    buyPackage(input: $input) {\n      url\n    }\n  }\n"): typeof import('./graphql').BuyPackageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesPurchaseFields on Purchase {\n    id\n    kind\n    description\n    buyerName\n    buyerEmail\n    amountCents\n    currency\n    status\n    refundedCents\n    createdAt\n    paidAt\n  }\n"): typeof import('./graphql').SalesPurchaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesPurchases($since: DateTime) {\n    purchases(since: $since) {\n      purchases {\n        ...SalesPurchaseFields\n      }\n      totals {\n        currency\n        paidCents\n        refundedCents\n        netCents\n        purchases\n      }\n    }\n  }\n"): typeof import('./graphql').SalesPurchasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundPurchase($id: ID!) {\n    refundPurchase(id: $id) {\n      ...SalesPurchaseFields\n    }\n  }\n"): typeof import('./graphql').RefundPurchaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesAccount {\n    salesAccount {\n      connected\n      chargesEnabled\n      billingConfigured\n      paidOfferingsAllowed\n    }\n  }\n"): typeof import('./graphql').SalesAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaidOfferingPlans {\n    plans {\n      id\n      name\n      monthlyPriceCents\n      limits {\n        paidOfferings\n      }\n    }\n  }\n"): typeof import('./graphql').PaidOfferingPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectStripeAccount {\n    connectStripeAccount {\n      url\n    }\n  }\n"): typeof import('./graphql').ConnectStripeAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicArticleSummary on PublicArticle {\n    slug\n    title\n    description\n    pubDate\n    category\n    tags\n  }\n"): typeof import('./graphql').PublicArticleSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicArticleFields on PublicArticle {\n    ...PublicArticleSummary\n    promo\n    authorName\n    url\n    bodyHtml\n  }\n"): typeof import('./graphql').PublicArticleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteArticles($practiceSlug: String!, $category: String, $tag: String, $limit: Int, $offset: Int) {\n    publicArticles(practiceSlug: $practiceSlug, category: $category, tag: $tag, limit: $limit, offset: $offset) {\n      total\n      articles {\n        ...PublicArticleSummary\n      }\n    }\n  }\n"): typeof import('./graphql').SiteArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteArticle($practiceSlug: String!, $slug: String!) {\n    publicArticle(practiceSlug: $practiceSlug, slug: $slug) {\n      ...PublicArticleFields\n    }\n  }\n"): typeof import('./graphql').SiteArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteArticleCategories($practiceSlug: String!) {\n    publicArticleCategories(practiceSlug: $practiceSlug) {\n      name\n      slug\n      count\n    }\n  }\n"): typeof import('./graphql').SiteArticleCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteVideos($practiceSlug: String!) {\n    publicVideos(practiceSlug: $practiceSlug) {\n      ...VideoFields\n    }\n  }\n"): typeof import('./graphql').SiteVideosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Team {\n    team {\n      membershipId\n      userId\n      name\n      email\n      role\n      joinedAt\n    }\n  }\n"): typeof import('./graphql').TeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    status\n    expiresAt\n    invitedByName\n    sentCount\n    createdAt\n  }\n"): typeof import('./graphql').InvitationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n"): typeof import('./graphql').InvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n"): typeof import('./graphql').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): typeof import('./graphql').ResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membershipId\n      userId\n      name\n      email\n      role\n      joinedAt\n    }\n  }\n"): typeof import('./graphql').ChangeMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"): typeof import('./graphql').RemoveMemberDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
