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
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    clientId\n    title\n    owner\n    dueOn\n    status\n    createdByName\n    completedAt\n  }\n": typeof types.ActionItemFieldsFragmentDoc,
    "\n  query MyActionItems {\n    myActionItems {\n      ...ActionItemFields\n    }\n  }\n": typeof types.MyActionItemsDocument,
    "\n  query ClientActionItems($clientId: ID!) {\n    actionItems(clientId: $clientId) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.ClientActionItemsDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.AddActionItemDocument,
    "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.UpdateActionItemDocument,
    "\n  query AuditEvents($limit: Int) {\n    auditEvents(limit: $limit) {\n      id\n      action\n      actorEmail\n      targetEmail\n      ip\n      createdAt\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  mutation ConfirmSignUp($input: ConfirmSignUpInput!) {\n    confirmSignUp(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.ConfirmSignUpDocument,
    "\n  query DemoAccounts {\n    demoAccounts {\n      role\n      name\n      email\n      password\n    }\n  }\n": typeof types.DemoAccountsDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment ViewerFields on Viewer {\n    account {\n      id\n      email\n      name\n      emailVerified\n    }\n    memberships {\n      practiceId\n      practiceSlug\n      practiceName\n      role\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  fragment SessionFields on Session {\n    accessToken\n    accessTokenExpiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": typeof types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      name\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
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
    "\n  query PublicPractice($slug: String!) {\n    practice(slug: $slug) {\n      id\n      slug\n      name\n      tagline\n      coachName\n      coachBio\n      timeZone\n    }\n  }\n": typeof types.PublicPracticeDocument,
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
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    clientId\n    title\n    owner\n    dueOn\n    status\n    createdByName\n    completedAt\n  }\n": types.ActionItemFieldsFragmentDoc,
    "\n  query MyActionItems {\n    myActionItems {\n      ...ActionItemFields\n    }\n  }\n": types.MyActionItemsDocument,
    "\n  query ClientActionItems($clientId: ID!) {\n    actionItems(clientId: $clientId) {\n      ...ActionItemFields\n    }\n  }\n": types.ClientActionItemsDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": types.AddActionItemDocument,
    "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": types.UpdateActionItemDocument,
    "\n  query AuditEvents($limit: Int) {\n    auditEvents(limit: $limit) {\n      id\n      action\n      actorEmail\n      targetEmail\n      ip\n      createdAt\n    }\n  }\n": types.AuditEventsDocument,
    "\n  mutation ConfirmSignUp($input: ConfirmSignUpInput!) {\n    confirmSignUp(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.ConfirmSignUpDocument,
    "\n  query DemoAccounts {\n    demoAccounts {\n      role\n      name\n      email\n      password\n    }\n  }\n": types.DemoAccountsDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment ViewerFields on Viewer {\n    account {\n      id\n      email\n      name\n      emailVerified\n    }\n    memberships {\n      practiceId\n      practiceSlug\n      practiceName\n      role\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment SessionFields on Session {\n    accessToken\n    accessTokenExpiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.SignInDocument,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      name\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
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
    "\n  query PublicPractice($slug: String!) {\n    practice(slug: $slug) {\n      id\n      slug\n      name\n      tagline\n      coachName\n      coachBio\n      timeZone\n    }\n  }\n": types.PublicPracticeDocument,
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
export function graphql(source: "\n  query AuditEvents($limit: Int) {\n    auditEvents(limit: $limit) {\n      id\n      action\n      actorEmail\n      targetEmail\n      ip\n      createdAt\n    }\n  }\n"): typeof import('./graphql').AuditEventsDocument;
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
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    account {\n      id\n      email\n      name\n      emailVerified\n    }\n    memberships {\n      practiceId\n      practiceSlug\n      practiceName\n      role\n    }\n  }\n"): typeof import('./graphql').ViewerFieldsFragmentDoc;
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
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      name\n      emailVerified\n    }\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
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
export function graphql(source: "\n  query PublicPractice($slug: String!) {\n    practice(slug: $slug) {\n      id\n      slug\n      name\n      tagline\n      coachName\n      coachBio\n      timeZone\n    }\n  }\n"): typeof import('./graphql').PublicPracticeDocument;
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
