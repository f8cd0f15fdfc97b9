# English (reference catalog). Message ids are named by meaning, not by their English text.

site-name = Heroes
site-tagline = The community experts who share what they know: find a speaker, a mentor or an author near you.

nav-label = Main
nav-skip = Skip to content
nav-heroes = Heroes
nav-specializations = Specializations
nav-contributions = Contributions
nav-api = API

footer-about = Heroes are community experts recognized for sharing their knowledge through talks, posts, videos, open source, answers and mentoring.
footer-feed-atom = Atom feed
footer-feed-json = JSON Feed
footer-api = API
footer-sitemap = Sitemap

feed-all-title = Latest contributions of all heroes

error-not-found-title = Page not found
error-not-found-body = We could not find that page. It may have moved, or the address may be mistyped.
error-internal-title = Something went wrong
error-internal-body = An error happened on our side and has been logged. Please try again in a moment.
error-go-home = Go to the home page
error-go-directory = Browse the directory

home-title = Meet the experts who lift the whole community
home-lead = Heroes are practitioners recognized for going above and beyond: they speak at conferences and user groups, publish how-to guides, answer questions, build open source and mentor the next generation.
home-stats-heroes = { $count ->
    [one] { $count } active hero
   *[other] { $count } active heroes
}
home-stats-countries = { $count ->
    [one] in { $count } country
   *[other] in { $count } countries
}
home-what-title = What is a hero?
home-what-body = A hero is nominated by colleagues or community members and selected for the knowledge they share and the people they help. Heroes are grouped by specialization, meet as a global network, get early briefings and access to product teams, and use them to help everyone else learn faster. They:
home-what-speak = speak at conferences and user groups,
home-what-write = publish how-to content and technical articles,
home-what-answer = answer questions and support people online,
home-what-mentor = mentor others and grow local communities.
home-specializations-title = Specializations
home-featured-title = Some of our heroes
home-featured-all = See all heroes
home-latest-title = Latest contributions
home-latest-all = See all contributions
home-nominate-title = Know someone who should be a hero?
home-nominate-body = Anyone in the community can nominate a person whose talks, writing, code or mentoring made a difference. Nominations open with each selection cycle; nominators and nominees can follow every stage.

specialization-hero-count = { $count ->
    [0] no heroes yet
    [one] { $count } hero
   *[other] { $count } heroes
}

card-specializations = Specializations
card-hero-since = Hero since { $year }

status-active = Active
status-alumni = Alumni
status-on-leave = On leave

region-americas = Americas
region-emea = Europe, Middle East & Africa
region-apj = Asia Pacific & Japan

kind-blog-post = Blog post
kind-article = Article
kind-video = Video
kind-talk = Talk
kind-workshop = Workshop
kind-podcast = Podcast
kind-book = Book
kind-open-source = Open source
kind-code-sample = Code sample
kind-online-answers = Online answers
kind-user-group = User group
kind-mentoring = Mentoring
kind-other = Other

link-blog = Blog
link-github = GitHub
link-x = X
link-linkedin = LinkedIn
link-youtube = YouTube
link-mastodon = Mastodon
link-bluesky = Bluesky
link-website = Website

directory-search-label = Search heroes
directory-search-placeholder = Name, topic, company or city
directory-search-button = Search
directory-title = Hero directory
directory-title-search = Heroes matching “{ $text }”
directory-sort-label = Sort by
directory-sort-relevance = Best match
directory-sort-name = Name (A–Z)
directory-sort-newest = Newest heroes
directory-filters = Filters
directory-filter-specialization = Specialization
directory-filter-region = Region
directory-filter-country = Country
directory-filter-status = Status
directory-filter-since = Hero since
directory-status-active = Current heroes
directory-status-alumni = Alumni
directory-status-all = Everyone
directory-since-any = Any year
directory-apply = Apply filters
directory-ignored = We ignored { $parameter } = “{ $value }” because it is not a value we know; the results below are shown without it.
directory-count-none = No heroes match.
directory-count = { $total ->
    [one] Showing the one matching hero
   *[other] Showing { $first }–{ $last } of { $total } heroes
}
directory-active-filters = Active filters
directory-remove-filter = Remove filter: { $filter }
directory-clear-all = Clear all filters
directory-chip-search = Search: { $text }
directory-empty-title = No heroes match these filters
directory-empty-body = Try fewer words, another spelling, or remove a filter. Names, companies, cities and the titles of talks and posts are all searched.
directory-empty-page-title = This page is past the end
directory-empty-page-body = { $pages ->
    [one] The results fit on one page.
   *[other] The results fit on { $pages } pages.
}
directory-go-last-page = Go to the last page
directory-go-first-page = Go to the first page

# The directory as people meet it: filters folded on a phone, countries in a menu, counts
# through plural rules, and a search that finds only the other status says so.
directory-filters-summary = { $count ->
    [0] Filters
    [one] Filters · one chosen
   *[other] Filters · { $count } chosen
}
directory-country-any = Any country
directory-country-add = Add a country
directory-option-count = { $name } ({ $count })
directory-count-past-end = { $total ->
    [one] One hero matches.
   *[other] { $total } heroes match.
}
directory-only-alumni-match = { $count ->
    [one] No current hero matches, but one of our alumni does.
   *[other] No current hero matches, but { $count } of our alumni do.
}
directory-show-alumni = { $count ->
    [one] Show the former hero
   *[other] Show the { $count } alumni
}
directory-only-current-match = { $count ->
    [one] No alumni match, but one current hero does.
   *[other] No alumni match, but { $count } current heroes do.
}
directory-show-current = { $count ->
    [one] Show the current hero
   *[other] Show the { $count } current heroes
}

pagination-label = Pages
pagination-previous = ← Previous
pagination-next = Next →
pagination-position = Page { $page } of { $pages }

profile-back = ← All heroes
profile-feed-title = Contributions of { $name }
profile-photo-alt = Photo of { $name }
profile-award-since = since { $year }
profile-about = About
profile-hero-since = Hero since
profile-languages = Languages
profile-timezone = Time zone
profile-local-time = Local time
profile-links = Elsewhere
profile-recent = Recent contributions
profile-no-contributions = No public contributions yet.
profile-all-contributions = See all contributions
profile-feed = Follow these contributions (Atom feed)

stream-title = Contributions
stream-lead = Talks, posts, videos, open source and more from every hero, newest first.
stream-filter-kind = Kind
stream-feed = Atom feed of this view
# Before the sites a contribution was also published on: "also on dev.to, medium.com".
contribution-also-on = also on
stream-count = { $total ->
    [one] { $total } contribution
   *[other] { $total } contributions
}
stream-empty-title = No contributions match these filters

specializations-title = Specializations
specializations-lead = Heroes are recognized in one or more technical fields. Each field has its own heroes, feed and page.
specialization-heading = { $name } heroes
specialization-retired = This specialization is retired: it keeps its history but no longer takes new heroes.
specialization-all-heroes = See all of them in the directory

api-docs-title = API documentation
api-docs-lead = A read-only JSON API over the public directory. No key needed; responses carry ETags and errors are RFC 9457 problem documents.
api-docs-openapi = OpenAPI 3.1 document
api-docs-parameter = Parameter
api-docs-meaning = Meaning

nav-account = Account
nav-sign-in = Sign in
nav-sign-out = Sign out

error-forbidden-title = Not for this account
error-forbidden-body = You are signed in, but this page belongs to a role your account does not have. If you think it should, ask the program team.

problem-empty = Fill this in.
problem-too-long = Use at most { $max } characters.
problem-too-short = Use at least { $min } characters.
problem-invalid = Enter { $expected }.
problem-out-of-range = Use a number from { $min } to { $max }.
form-has-errors = Some fields need another look; everything you typed is still here.

field-name = Name
field-email = Email address
field-password = Password
field-password-hint = At least 10 characters, not your email address and not a common password. A short sentence works well.
field-current-password = Current password
field-new-password = New password
field-new-email = New email address

signup-title = Create an account
signup-lead = With an account you can nominate experts, join user groups and, as a hero, keep your page up to date.
signup-submit = Create account
signup-have-account = Already have an account?
signup-sent-title = Check your mail
signup-sent-body = We sent a link to { $email }. Follow it to confirm your address, then sign in. The link works for three days.

verify-done-title = Your address is confirmed
verify-done-body = Thank you. You can sign in now.
link-invalid-title = This link no longer works
link-invalid-body = It was used already, has expired, or was copied incompletely. Ask for a new one below.

login-title = Sign in
login-submit = Sign in
login-no-account = New here?
login-failed = That email address and password do not match an account we can sign in right now. Check both, or reset your password by email (which also unlocks an account locked after many attempts).
login-throttled = Too many failed sign-ins from your network. Wait a quarter of an hour, or reset your password by email.
login-unverified = Confirm your email address first: follow the link we mailed you. Lost the mail? Use "Forgot your password?" below and the new link confirms your address too.
signed-out = You are signed out.

forgot-title = Forgot your password?
forgot-lead = Enter the address of your account and we will mail you a link to choose a new password.
forgot-submit = Send the link
forgot-sent-title = Check your mail
forgot-sent-body = If { $email } belongs to an account, a link to choose a new password is on its way. It works for one hour.

reset-title = Choose a new password
reset-submit = Save the new password
reset-done = Your password is changed and every other session is signed out. Sign in with the new password.

account-title = Your account
account-roles = Roles
account-hero-page = Your hero page
account-back = Back to your account
account-password-heading = Change your password
account-password-submit = Change password
account-password-changed = Your password is changed. Every other browser signed in to your account was signed out.
account-current-password-wrong = This is not your current password.
account-email-heading = Change your email address
account-email-submit = Send a confirmation link
account-email-sent-title = Confirm the new address
account-email-sent-body = We sent a link to { $email }. Your address changes when you follow it (within a day).
account-email-changed-title = Your email address is changed
account-email-changed-body = You sign in with { $email } from now on.
account-email-taken-title = That address is taken
account-email-taken-body = Another account started using this address in the meantime, so yours stays as it was.
account-sessions-heading = Where you are signed in
account-other-sessions = { $count ->
    [0] This is the only browser signed in to your account.
    [one] One other browser is signed in to your account.
   *[other] { $count } other browsers are signed in to your account.
}
account-sessions-ended = Every other browser was signed out.
account-end-others = Sign out everywhere else

role-member = Member
role-hero = Hero
role-alumni = Alumni
role-staff = Staff
role-reviewer = Reviewer
role-admin = Admin

admin-older = Older entries
admin-outbox-title = Outbox
admin-outbox-lead-smtp = Every mail the program sent or is about to send, newest first. An SMTP server is configured: mail is delivered within seconds.
admin-outbox-lead-none = Every mail the program wrote, newest first. No SMTP server is configured, so mail stays here (start heroes with --smtp-url to deliver it).
admin-outbox-empty = No mail yet.
admin-outbox-to = To
admin-outbox-sent = sent { $at }
admin-outbox-failed = not delivered yet: { $error }
admin-outbox-pending = waiting for delivery
admin-audit-title = Audit log
admin-audit-lead = Every privileged or security-relevant action, newest first. Entries cannot be changed or removed.
admin-audit-when = When (UTC)
admin-audit-who = Who
admin-audit-what = What
admin-audit-target = Concerning
admin-audit-from = From

mail-greeting = Hello { $name },
mail-footer = You get this mail because someone used this address on the heroes site. If it was not you, ignore it: nothing changes.
mail-verify-subject = Confirm your email address
mail-verify-body = Please confirm that this is your address, so that you can sign in.
mail-verify-action = Confirm my address
mail-reset-subject = Choose a new password
mail-reset-body = Someone (hopefully you) asked to reset the password of your account. The link works once, for one hour.
mail-reset-action = Choose a new password
mail-change-email-subject = Confirm your new email address
mail-change-email-body = Follow the link to make { $email } the address of your account.
mail-change-email-action = Confirm the new address
mail-exists-subject = You already have an account
mail-exists-body = Someone tried to create an account with this address, which already has one. If it was you, sign in, or choose a new password if you forgot it.
mail-exists-action = Reset my password

profile-edit-title = Edit your profile
profile-edit-lead = What you change here shows in the directory and on your page at once.
profile-edit-view = See your page
profile-edit-saved = Saved. Your page shows the changes now.
profile-edit-card = Your card
profile-edit-about = About you
profile-edit-submit = Save profile
field-display-name = Name as shown
field-headline = Headline
field-company = Company
field-city = City
field-country = Country
field-photo-url = Photo address
field-bio = Bio
field-bio-hint = Markdown: **bold**, _italic_, [links](https://example.org), lists. HTML is removed.
field-languages = Languages
field-languages-hint = Language codes separated by commas, such as en, de, pt-BR.
field-timezone = Time zone
field-timezone-hint = A name such as Europe/Berlin or America/Sao_Paulo; your page shows your local time.

tokens-title = API tokens
tokens-lead = Personal tokens let your scripts use the JSON API as you. Send one as "Authorization: Bearer TOKEN". A read token only reads; a write token may also change your profile.
tokens-created = Your new token. Copy it now: it is shown only this once, and we keep only a fingerprint of it.
tokens-new = New token
tokens-name = Name
tokens-scope = Scope
tokens-scope-read = Read: see your account and profile
tokens-scope-write = Write: also change your profile
tokens-create = Create token
tokens-yours = Your tokens
tokens-none = You have no tokens.
tokens-created-at = Created
tokens-last-used = Last used
tokens-never = never
tokens-revoke = Revoke
account-tokens-link = API tokens

account-export = Download all your data (JSON)
account-delete-link = Delete your account
delete-title = Delete your account
delete-lead = This cannot be undone. Read what happens, then confirm with your password.
delete-erased-heading = Erased at once
delete-erased-account = Your account: name, email address, password, roles and API tokens.
delete-erased-sessions = Every session: you are signed out everywhere.
delete-erased-mail = Every mail we sent you, and the network addresses recorded with your actions.
delete-erased-hero = Your hero page, with its links, specializations and contributions: it disappears from the directory, the feeds and the API.
delete-kept-heading = Kept, without your name
delete-kept-audit = The program's audit log keeps the record of what happened (for example "role granted"), as required for its records; it names you only as "deleted account" with a number.
delete-export-first = You may want a copy first:
delete-submit = Delete my account
delete-done-title = Your account is deleted
delete-done-body = Everything listed has been erased. Thank you for being part of the program.
profile-contact = Contact
profile-contact-hint = How people can reach you, and who may see each detail. Your sign-in address is never shown.
profile-contact-visible-to = Visible to
contact-email = Email for invitations
contact-phone = Phone
visibility-public = Everyone
visibility-members = Signed-in members
visibility-heroes = Heroes and the program team
visibility-staff = The program team only
photo-label = Photo
photo-hint = JPEG, PNG or WebP up to 5 MB. We scale it to 512 pixels and remove everything hidden in the file (camera, location).
photo-upload = Upload photo
photo-remove = Remove the photo
photo-missing = Choose an image file first.
photo-too-large = This file is larger than 5 MB. Choose a smaller one.
photo-unreadable = This file is not a JPEG, PNG or WebP image we can read.
photo-too-small = This image is smaller than 64 × 64 pixels; it would look blurred.
error-too-large-title = That was too much at once
error-too-large-body = What you sent is larger than heroes accepts (8 MB). Go back and send something smaller.
sso-button = Program team: sign in with your company account
sso-refused-title = Single sign-on did not finish
sso-refused-browser = This sign-in was started in another browser or has already been used. Start again from the sign-in page.
sso-refused-expired = This sign-in took too long or was already finished. Start again from the sign-in page.
sso-refused-denied = The sign-in was cancelled at your company's sign-in page.
sso-provider-trouble = Your company's sign-in service did not answer as expected. Try again in a moment; if it keeps happening, tell the program team.

own-title = Your contributions
own-lead = Everything you logged, private items included. Public items show on your page, in the content stream and in the feeds.
own-add = Add a contribution
own-edit-title = Change a contribution
own-empty = Nothing logged yet.
own-added = Added.
own-saved = Saved.
own-deleted = Deleted.
own-col-title = Title
own-col-date = Date
own-col-actions = Actions
own-private = private
own-edit = Change
own-delete = Delete
own-export-csv = Download as CSV
own-export-json = Download as JSON
own-kind-hint = The reach figures offered depend on the kind.
own-kind-refresh = Show the fields for this kind
own-url = Address (URL)
own-url-taken = You already logged a contribution with this address.
own-specialization = Specialization
own-specialization-none = None in particular
own-specialization-unknown = Choose one of the listed specializations.
own-reach-views = Views, plays or downloads
own-reach-attendees = Attendees
own-reach-stars = Stars
own-reach-answers = Questions answered
own-tags = Tags
own-tags-hint = Up to 10, separated by commas, such as serverless, event-driven.
own-description = Description
own-private-label = Private: counts for you, never shown publicly
own-save = Save
own-cancel = Cancel
account-contributions-link = Your contributions
own-imported = Imported { $added } new { $added ->
    [one] contribution
   *[other] contributions
}; { $skipped } already in your log were left as they were.
own-import-label = Import a file
own-import-hint = CSV or JSON in the format of the downloads above. Everything is checked first: either every row is added, or nothing is and each problem is listed.
own-import-submit = Import
own-import-refused = Nothing was imported:
own-import-missing = Choose a CSV or JSON file first.
own-import-too-large = The file is larger than 4 MB; split it in parts.
own-import-unreadable = The file cannot be read: { $reason }.
own-import-row = Row { $row }, { $field }: { $problem }
own-import-unknown-specialization = There is no specialization "{ $value }".

sources-title = Where you publish
sources-lead = Add the feeds of your blog, YouTube channel or podcast, and your GitHub account. heroes looks at them every hour and offers what is new for your log, so you never fill in an activity form again.
sources-none = No sources yet.
sources-added = Added. The first look happens within a minute.
sources-polling = heroes looks at it again within a minute.
sources-removed = Removed.
sources-waiting = { $count ->
    [one] One new item is waiting for you
   *[other] { $count } new items are waiting for you
}
sources-auto = added automatically
sources-last-success = Last looked: { $at }
sources-never-polled = Not looked at yet.
sources-last-error = Last attempt failed: { $error }.
sources-poll-now = Look now
sources-remove = Remove
sources-add = Add a source
sources-kind = Kind
sources-kind-feed = A feed (RSS, Atom or JSON Feed), or a page that links one
sources-kind-github = A GitHub account (public repositories)
sources-kind-invalid = Choose a feed or a GitHub account.
sources-target = Address or GitHub user name
sources-target-hint = For example https://blog.example.org/feed.xml, or your GitHub user name.
sources-github-invalid = A GitHub user name has letters, digits and hyphens only.
sources-duplicate = You already added this source.
sources-auto-label = Add new items to my log automatically (without asking)
sources-add-submit = Add source
suggestions-title = Found for your log
suggestions-lead = New items from your sources. Claim what you made; declined items are never offered again.
suggestions-none = Nothing waiting.
suggestions-claim = Claim
suggestions-decline = Not mine
suggestions-claimed = Added to your log.
suggestions-declined = It will not be offered again.
jobs-title = Jobs
jobs-lead = The background work of every instance: polling sources. Failing jobs first; each is retried with a growing pause.
jobs-none = No jobs.
jobs-job = Job
jobs-next = Next run (UTC)
jobs-runs = Runs
jobs-state = State
jobs-running = running on { $worker }
jobs-failing = failed { $attempts } times: { $error }
jobs-ok = fine
sources-next-poll = Next look: { $at }
own-quick-label = Quick add from an address
own-quick-hint = Paste the link to your post, video or talk page; heroes reads its title, date and description and fills in the form below for you to check.
own-quick-submit = Fill in from this page
own-quick-filled = Filled in from the page. Check everything, then add it.
own-quick-failed = That page could not be read: { $reason }. Fill in the form yourself.
own-quick-feed-title = Capture everything from this site
own-quick-feed = The page announces a feed. Add it as a source and heroes offers you each new post from it, without pasting links:
own-quick-feed-submit = Add this feed as a source
suggestions-also-at = Also published at
sources-auto-on = Add new items automatically
sources-auto-off = Ask me first again

## Selection: nominating
nominate-title = Nominate a hero
nominate-lead = Nominations for { $cycle } are open until { $closes }. You can nominate up to { $limit } people in this cycle. The nominee is told, and you both see where the nomination stands.
nominate-closed = Nominations are closed. No selection cycle is planned yet.
nominate-closed-next = Nominations are closed. { $cycle } opens on { $opens }.
nominate-specialization = Specialization
nominate-nominee-name = Their name
nominate-nominee-email = Their email address
nominate-nominee-email-hint = We write to them at this address; if they are a member already, use the address of their account.
nominate-nominee-links = Their public profiles (optional)
nominate-nominee-links-hint = One address per line: blog, GitHub, YouTube… Helps us see that two people nominated the same person.
nominate-statement = Why this person
nominate-statement-hint = What they do for the community and whom it helps (at least 30 characters).
nominate-evidence = Evidence
nominate-evidence-hint = One link per line to their talks, posts, videos or projects (at least one, at most 10).
nominate-submit = Send the nomination
nominate-rubric = How reviewers score
nominate-rubric-lead = Every candidacy is scored against this published rubric, from 1 to 5 per criterion; shown here is what a 5 means.
rubric-weight = weight { $weight }
nominations-link = Your nominations
nominations-title = Nominations
nominations-received = Nominations of you
nominations-received-none = Nobody has nominated you yet.
nominations-made = Nominations you made
nominations-made-none = You have not nominated anyone yet.
nominations-col-nominee = Nominee
nominations-col-specialization = Specialization
nominations-col-cycle = Cycle
nominations-col-stage = Stage
nominations-renominate-after = A new nomination is possible from { $date }.
nominations-nominate = Nominate someone
nominations-notice-nominated = Thank you: your nomination is recorded and the nominee has been told.
nominations-notice-already = You had already nominated this person in this cycle; nothing changed.
nominations-notice-accepted = You accepted the nomination. Reviewers will now look at it.
nominations-notice-declined = You declined the nomination. The nominators have been told.
nominations-notice-onboarded = Welcome to the program!
stage-submitted = Submitted
stage-in-review = In review
stage-decided = Decided: { $outcome }
outcome-accepted = accepted
outcome-declined = declined
outcome-deferred = deferred to a later cycle
outcome-withdrawn = declined by the nominee
outcome-reopened = back in review
state-nominated = Waiting for the nominee
state-withdrawn = Withdrawn
state-in-review = In review
state-deferred = Deferred
state-declined = Declined
state-accepted = Accepted (invited)
state-onboarded = Onboarded
state-announced = Announced

## Selection: the nominee
answer-title = Your nomination
answer-heading = Your nomination for { $specialization }
answer-lead = { $cycle } · { $count ->
    [one] one member nominated you
   *[other] { $count } members nominated you
}
answer-stage = Stage:
answer-accept = Accept and complete your candidate profile
answer-accept-lead = Reviewers read this profile with the nominations. Your contributions of the last 12 months are attached automatically: from your contribution log if you have one, and from the feed you name below.
answer-accept-submit = Accept the nomination
answer-decline = Decline the nomination
answer-withdraw = Withdraw
answer-country-hint = Two letters, such as PT or JP.
answer-feedback = Feedback from the program
answer-renominate-after = You can be nominated again from { $date }.
answer-onboarded = You will appear in the directory on { $date }.
answer-announced = You are in the directory: see your public page.
onboard-title = Join the program
onboard-lead = Congratulations! Accept the terms and the NDA and check your profile; you will be announced on { $date }.
onboard-terms-text = As a hero you share your expertise with the community, keep your profile accurate, and follow the community code of conduct. The program may end your membership if you do not.
onboard-accept-terms = I accept the program terms
onboard-nda-text = Briefings are confidential. NDA version { $version }: you will not share what you learn in briefings until it is public.
onboard-accept-nda = I accept the NDA (version { $version })
onboard-terms-required = Accept the program terms to join.
onboard-nda-required = Accept the NDA to join.
onboard-submit = Join the program

## Selection: reviewing
tasks-title = Your reviews
tasks-none = No candidacies are assigned to you.
tasks-col-yours = Your score
tasks-conflict = Conflict declared
tasks-to-score = To score
review-title = Review a candidacy
review-score = Your scores
review-comment = Comment
review-submit = Save my review
review-saved = Your review is saved; you can change it while the candidacy is in review.
review-closed = This candidacy is not in review (the nominee has not accepted yet, or it is decided).
review-conflict = Conflict of interest
review-conflict-reason = What is the conflict?
review-conflict-hint = For example "works in my team". You leave this candidacy and any score you gave stops counting.
review-conflict-submit = Declare a conflict
review-conflicted = You declared a conflict of interest ({ $reason }), so this file is closed to you.
file-links = Profiles
file-nominations = { $count ->
    [one] One nomination
   *[other] { $count } nominations
}
file-nominated-by = Nominated by { $name }
file-nominator-gone = Nominated by a deleted account
file-nominator-hidden = Nominator hidden (blind review)
file-evidence = { $count ->
    [one] One contribution of the last 12 months
   *[other] { $count } contributions of the last 12 months
}
file-evidence-none = No contributions attached.
file-views = { $count } views
file-attendees = { $count } attendees
file-stars = { $count } stars

## Selection: the program team
cycles-title = Cycles
cycles-none = No cycles yet.
cycles-new = Open a cycle
cycles-edit = Change
cycles-actions = Actions
cycles-queue = Review queue
cycles-renewals = Renewals
cycles-kind = Kind
cycles-kind-selection = Selection
cycles-kind-renewal = Renewal
cycles-name = Name
cycles-window = Open
cycles-opens = Opens on
cycles-closes = Closes on (inclusive)
cycles-specializations = Specializations taking nominations
cycles-specializations-hint = Selection cycles only.
cycles-rubric = Rubric
cycles-rubric-hint = One criterion per line: name | weight | what scores 1, 2, 3, 4 and 5 mean. It cannot change once someone has scored.
cycles-rubric-locked = Reviewers have already scored against this rubric; it cannot change any more.
cycles-unknown-specialization = One of these specializations does not exist.
cycles-limit = Nominations per nominator
cycles-blind = Blind review: reviewers do not see who nominated
cycles-save = Save the cycle
cycles-saved = The cycle is saved.
queue-title = Review queue
queue-cycle = Cycle
queue-state = State
queue-sort = Sort by
queue-sort-score = Score, highest first
queue-sort-age = Age, oldest first
queue-sort-spread = Disagreement, largest first
queue-all = All
queue-unassigned = Without reviewers only
queue-filter = Show
queue-total = { $count ->
    [one] One candidacy
   *[other] { $count } candidacies
}
queue-select = Select
queue-select-one = Select { $name }
queue-score = Score
queue-spread = Spread
queue-reviews = Reviews
queue-nominators = Nominators
queue-age = Since
queue-assign-to = Reviewer
queue-assign = Assign
queue-assign-specialization = Assign a reviewer to a whole specialization
queue-assign-specialization-hint = They review every candidacy of it in this cycle, including those nominated from now on.
queue-assigned = { $count ->
    [0] No new assignments: the reviewer had them all already.
    [one] One new assignment.
   *[other] { $count } new assignments.
}
queue-pages = Pages
queue-prev = ← Previous
queue-next = Next →
candidacy-scores = Scores
candidacy-summary = { $count ->
    [0] No scores yet.
    [one] Weighted score { $score } (spread { $spread }) from one review.
   *[other] Weighted score { $score } (spread { $spread }) from { $count } reviews.
}
candidacy-reviewer = Reviewer
candidacy-mean-spread = Mean ± spread
candidacy-reviewers = Reviewers
candidacy-no-reviewers = Nobody is assigned yet.
candidacy-conflict = conflict: { $reason }
candidacy-reviewed = scored
candidacy-waiting = not scored yet
decide-title = Decision
decide-decision = Decision
decide-accept = Accept (sends the invitation)
decide-decline = Decline with feedback
decide-defer = Defer to a later cycle
decide-reopen = Reopen a deferred candidacy in the open cycle
decide-announce-on = Announcement date (when accepting)
decide-feedback = Feedback to the nominee
decide-feedback-hint = Required when declining; sent with any decision.
decide-renominate-after = Nomination possible again from (when declining)
decide-submit = Record the decision
decide-choose = Choose a decision.
decide-date-past = Choose a date in the future.
decide-feedback-required = Say why, so the nominee can grow.

## Refusals
refusal-no-open-cycle = No selection cycle is open right now.
refusal-specialization-not-in-cycle = This cycle does not take nominations for that specialization.
refusal-specialization-retired = That specialization is retired and takes no nominations.
refusal-limit-reached = You have made the { $limit } nominations this cycle allows.
refusal-already-hero = This person already is a hero in that specialization.
refusal-too-soon = This person was declined recently; a new nomination is possible from { $date }.
refusal-self-nomination = You cannot nominate yourself.
refusal-awaiting-nominee = The nominee has not accepted the nomination yet, so there is nothing to decide.
refusal-already-decided = This candidacy is already decided.
refusal-already-answered = The nomination was already answered.
refusal-not-deferred = Only a deferred candidacy can be reopened.
refusal-not-invited = Only an accepted candidate can join.
refusal-not-onboarded = The candidate has not completed the onboarding yet.
refusal-not-assigned = You are not a reviewer of this candidacy.
refusal-conflicted = You declared a conflict of interest with this candidacy.
refusal-not-reviewable = This candidacy is not in review.
refusal-no-renewal-cycle = No renewal cycle is open: open one to record decisions.

## Renewal
readiness-title = Renewal readiness
readiness-lead = Your contributions since { $since } (the last 12 months), scored by the published rubric below. Private contributions count too.
readiness-cycle-open = { $cycle } is open until { $closes }.
readiness-points = { $points } of { $target } points
readiness-ready = You have reached the renewal target.
readiness-by-kind = By kind
readiness-nothing = Nothing in the last 12 months yet: add your work in your contribution log, or let your sources capture it.
readiness-kind = Kind
readiness-items = Contributions
readiness-earned = Points earned
readiness-cap = Cap
readiness-counted = Points counted
readiness-capped = (capped)
readiness-every-point = Every point explained
readiness-base = { $points } points for the kind
readiness-bonus = +{ $points } for reach ({ $value } { $metric })
readiness-metric-views = views
readiness-metric-attendees = attendees
readiness-metric-stars = stars
readiness-metric-answers = answers
readiness-line-counted = { $points } counted
readiness-over-cap = (over the cap of its kind)
readiness-rubric = The rubric
readiness-rubric-lead = Each kind earns points per contribution up to a cap, so volume cannot replace substance. A contribution with large reach (1,000 views, 50 attendees, 100 stars or 25 answers) earns half its points again. 100 points make a hero ready.
readiness-per-item = Points each
renewals-title = Renewals
renewals-total = { $count ->
    [one] One hero
   *[other] { $count } heroes
}
renewals-hero = Hero
renewals-status = Status
renewals-readiness = Readiness
renewals-decision = Decision
renewals-renew = Renew
renewals-alumni = Move to alumni
renewals-leave = Leave of absence
renewals-expected-return = Expected return
renewals-note = Note to the hero (optional)
renewals-save = Record
renewals-decided = Decision recorded for { $name }.

## Notifications and mail
notifications-title = Notifications
notifications-link = Your notifications
notifications-none = Nothing yet.
mail-open-action = Open heroes
mail-footer-program = You get this mail because it concerns your part in the heroes program.
mail-nominated-subject = You were nominated for { $specialization }
mail-nominated-body = { $nominator } nominated you for { $specialization } in { $cycle }.
mail-nominated-how = Sign in (or sign up) with { $email } to accept or decline, and to complete your candidate profile.
mail-nomination-received-subject = Your nomination of { $name }
mail-nomination-received-body = We received your nomination of { $name } for { $specialization }. You will hear from us at every stage.
mail-nominee-accepted-subject = { $name } accepted the nomination
mail-nominee-accepted-body = { $name } accepted the nomination; it is now in review.
mail-nominee-declined-subject = { $name } declined the nomination
mail-nominee-declined-body = { $name } declined the nomination. Thank you for nominating.
mail-decided-subject = A decision on { $name }
mail-decided-nominator-body = The program decided on your nomination of { $name }: { $outcome }.
mail-decided-nominee-subject = Your candidacy for { $specialization }
mail-decided-accepted = Congratulations: you are accepted as a hero for { $specialization }. Accept the terms and the NDA and complete your profile; you will be announced on { $date }.
mail-decided-declined = This time you were not selected for { $specialization }. You can be nominated again from { $date }.
mail-decided-deferred = Your candidacy for { $specialization } is deferred to a later cycle.
mail-decided-reopened = Your candidacy for { $specialization } is back in review.
mail-announced-subject = You are now a hero for { $specialization }
mail-announced-body = Your profile for { $specialization } is now listed in the directory. Welcome!
mail-renewal-subject = Your renewal in { $cycle }
mail-renewal-renew = You are renewed as a hero in { $cycle }. Thank you for another year!
mail-renewal-alumni = In { $cycle } you move to the alumni. Your public page stays, with the alumni mark. Thank you for everything you shared.
mail-renewal-leave = Your leave of absence is recorded in { $cycle }; we expect you back on { $date }.
nav-nominate = Nominate
account-notifications-link = { $count ->
    [0] Notifications
    [one] Notifications (1 new)
   *[other] Notifications ({ $count } new)
}
mail-assigned-subject = { $count ->
    [one] A candidacy to review
   *[other] { $count } candidacies to review
}
mail-assigned-body = { $count ->
    [one] You were assigned a candidacy to review. Declare a conflict of interest if you have one.
   *[other] You were assigned { $count } candidacies to review. Declare a conflict of interest where you have one.
}
answer-feed = Your blog's, channel's or podcast's feed (optional)
answer-feed-hint = We read it once and attach what you published in the last 12 months, so reviewers see your work without you listing it. A page that links its feed works too.

## Abuse that costs other people: the warning an owner gets when someone keeps guessing
## their password.
mail-attack-subject = Someone is trying to sign in to your account
mail-attack-body = Someone has tried many wrong passwords for your account lately, from addresses you have not signed in from. We are holding them back: each address that keeps guessing is stopped, and the attempts slow down. From where you usually sign in, nothing changes; elsewhere, a sign-in may have to wait a minute.
mail-attack-advice = If this was not you, nothing has been given away. Make sure your password is long and used nowhere else, and choose a new one if in doubt: a new password also lifts every hold on your account.
mail-attack-action = Choose a new password

## The server's edge: requests refused before a handler runs, and a database out of reach
error-bad-request-title = That request could not be read
error-bad-request-body = The address or the form contains something heroes does not accept, such as a NUL byte (%00). Check the link and try again.
error-uri-too-long-title = That address is too long
error-uri-too-long-body = The address is longer than heroes accepts (8 KB). Check the link, or search with fewer filters.
error-unavailable-title = heroes cannot answer right now
error-unavailable-body = We cannot reach our database at the moment. Nothing you did caused this; please try again in a minute.
error-request-title = We could not use that request
error-request-body = Go back and try again. If it keeps happening, please tell the program team.

## Races: a second click on a suggestion already decided (claim and decline at once)
suggestions-was-claimed = This item was already added to your log.
suggestions-was-declined = This item was already declined, so it was not added to your log.

## Text in, text out: feed items that cannot be offered, the same work at two addresses
sources-skipped = Not offered from the last look (fix the item in your feed, or add it by hand):
suggestions-unclaimable = “{ $title }” cannot become a contribution as it is ({ $field }: { $problem }) Decline it, or add it by hand with the details fixed.
own-url-same-work = You logged this work already as “{ $title }” ({ $url }). Change that entry instead, or use another address.
own-import-same-work = Row { $row }: you logged this work already as “{ $title }” ({ $url }).
own-import-same-work-in-file = Row { $row }: the same work as row { $first } (the addresses differ only in https, www, a trailing slash or tracking parameters).

## Running the program: the admin home and specializations managed by admins (issue 17)
admin-home-title = Program administration
admin-home-back = ← Program administration
admin-home-attention = Needs attention today
admin-home-areas = Admin areas
admin-home-unassigned = { $count ->
    [one] candidacy without a reviewer
   *[other] candidacies without a reviewer
}
admin-home-in-review = { $count ->
    [one] candidacy waiting for reviews and a decision
   *[other] candidacies waiting for reviews and a decision
}
admin-home-failing-sources = { $count ->
    [one] contribution source failing
   *[other] contribution sources failing
}
admin-home-failing-jobs = { $count ->
    [one] background job failing
   *[other] background jobs failing
}
admin-home-undelivered-mail = { $count ->
    [one] mail not delivered
   *[other] mails not delivered
}
admin-area-cycles = Cycles
admin-area-cycles-hint = Open selection and renewal cycles, their dates, specializations and rubric.
admin-area-candidacies = Candidacies
admin-area-candidacies-hint = The review queue: assign reviewers, read files, decide.
admin-area-renewals = Renewals
admin-area-renewals-hint = Every hero's readiness; renew, move to alumni or record a leave.
admin-area-specializations = Specializations
admin-area-specializations-hint = Add, rename, retire, reorder and colour specializations.
admin-area-outbox = Outbox
admin-area-outbox-hint = Every mail the program wrote, with its delivery state.
admin-area-jobs = Jobs
admin-area-jobs-hint = The background job queue and what failed.
admin-area-audit = Audit log
admin-area-audit-hint = Who did what, when, from where.
admin-area-security = Sign-in security
admin-area-security-hint = Which roles must use a second factor; reset the factors of someone who lost them.
admin-specializations-title = Specializations
admin-specializations-lead = Changes show at once in the directory, its filters, feeds, the API and the nomination form. A renamed specialization keeps its old address, which leads to the new one. A retired one takes no new nominations and leaves the filters, but its heroes keep their badges.
admin-specializations-saved = Saved.
admin-specializations-name = Name
admin-specializations-slug = Address
admin-specializations-slug-hint = Lowercase letters, digits and hyphens; the page is /specializations/ followed by it. Changing it keeps the old address working.
admin-specializations-slug-taken = Another specialization has, or had, this address. Choose another.
admin-specializations-previous = Also answers to: { $slugs }
admin-specializations-heroes = Heroes
admin-specializations-state = State
admin-specializations-active = Active
admin-specializations-retired = Retired
admin-specializations-actions = Actions
admin-specializations-up = Up
admin-specializations-up-label = Move { $name } up
admin-specializations-down = Down
admin-specializations-down-label = Move { $name } down
admin-specializations-edit = Edit
admin-specializations-edit-label = Edit { $name }
admin-specializations-retire = Retire
admin-specializations-retire-label = Retire { $name }
admin-specializations-reinstate = Reinstate
admin-specializations-reinstate-label = Reinstate { $name }
admin-specializations-new = Add a specialization
admin-specializations-edit-heading = Change the specialization
admin-specializations-description = Description (Markdown)
admin-specializations-colour = Badge colour
admin-specializations-save = Save
admin-specializations-cancel = Cancel
colour-rose = Rose
colour-amber = Amber
colour-blue = Blue
colour-violet = Violet
colour-teal = Teal
colour-green = Green
colour-red = Red
colour-navy = Navy

## Second factor: authenticator app, recovery codes, required roles (issue 23)
second-step-title = Confirm it is you
second-step-lead = Your password was right. Enter the six-digit code your authenticator app shows for this site, or one of your recovery codes.
second-step-code = Code
second-step-hint = Six digits from the app, or a recovery code like abcd-efgh-ijkl-mnop.
second-step-submit = Sign in
second-step-failed = That code did not work. Codes from the app change every 30 seconds and each works once; a recovery code works once.
second-step-lost = Lost your phone and your recovery codes? Ask the program team to reset your second factor; you will be mailed when they do.
security-title = Sign-in security
security-required = Your role in the program requires a second factor. Set up an authenticator app to continue; nothing else opens until you have.
security-app-heading = Authenticator app
security-app-on = An authenticator app is set up. Signing in asks for a code from it after your password.
security-app-off = No authenticator app is set up: your password alone signs you in.
security-app-set-up = Set up an authenticator app
security-app-remove = Remove the authenticator app
security-proof = Your password, or a code from your authenticator app
security-proof-wrong = That is neither your password nor a current code from your app.
security-totp-exists = An authenticator app is already set up. Remove it first to set up another.
security-setup-lead = Add this account to your authenticator app (such as Aegis, Google Authenticator, 1Password or Microsoft Authenticator): type in the key below, or open the link on the device that has the app. Then enter the code the app shows.
security-setup-secret = Key
security-setup-link = Link
security-setup-open = Open in an authenticator app
security-setup-code = Code from the app
security-setup-confirm = Turn on
security-code-wrong = That code is not the one the app shows now. Check the key and that the device's clock is right, then try the newest code.
security-totp-on = The authenticator app is on.
security-removed = The authenticator app and your recovery codes are removed.
security-codes-heading = Your recovery codes
security-codes-once = Keep these somewhere safe, away from your phone. Each signs you in once when you cannot use the app. They are shown only now.
security-codes-new = New recovery codes are made; the old ones no longer work.
security-codes-left = { $count ->
    [one] One recovery code is left.
   *[other] { $count } recovery codes are left.
}
security-codes-regenerate = Make new recovery codes
security-sign-ins-heading = Recent sign-ins
security-sign-ins-none = No sign-ins recorded yet.
security-sign-ins-when = When
security-sign-ins-from = From address
admin-security-title = Sign-in security
admin-security-required-heading = Second factor required
admin-security-required-legend = Accounts with these roles must have a second factor
admin-security-required-hint = Such an account without one is led to set one up right after signing in and can do nothing else until it has. Accounts signed in through single sign-on follow the company provider instead.
admin-security-save = Save
admin-security-saved = Saved.
admin-security-reset-heading = Reset someone's second factor
admin-security-reset-lead = For a person who lost both their authenticator app and their recovery codes: removes every factor of the account, so the password alone signs them in again (and their role may ask them to set one up). The owner is mailed, and the audit log records it.
admin-security-reset = Reset the second factor
admin-security-reset-done = The second factor is reset and the owner is mailed.
admin-security-no-account = There is no account with this address.
mail-factor-subject = Your sign-in security changed
mail-factor-totp-added = An authenticator app was set up for your account. Signing in now asks for a code from it after your password.
mail-factor-totp-removed = The authenticator app of your account was removed, with its recovery codes. Your password alone signs you in now.
mail-factor-codes = New recovery codes were made for your account; the old ones no longer work.
mail-factor-reset = The program team reset the second factor of your account: its authenticator app and recovery codes are removed, and your password alone signs you in now.
mail-factor-advice = If this was not you, choose a new password at once and tell the program team.
mail-factor-action = Review your sign-in security

## The private network and mentoring (issue 16)
network-title = The hero network
network-lead = Every current hero, with the contact details they share with heroes, what they work on now and what to ask them. Only heroes and the program team see this page.
network-asks-link = Asks to the network
network-card-link = Your network card
mentoring-home-link = Mentoring
network-search-label = Search by name, topic, place or what someone works on
network-filter-specialization = Specialization
network-filter-open = Open to
network-filter-any = Any
network-open-cospeaking = Co-speaking
network-open-collaboration = Collaboration
network-open-mentoring = Mentoring
network-search-button = Search
network-count = { $count ->
    [one] One hero
   *[other] { $count } heroes
}
network-specializations = Specializations
network-working-on = Working on now
network-ask-me-about = Ask me about
network-languages = Languages
network-timezone = Time zone
network-pages = Pages
network-previous = Previous
network-next = Next
network-page-of = Page { $page } of { $pages }
network-card-title = Your network card
network-card-lead = What other heroes see about you in the network, beyond your public profile. Contact details come from your profile, each shown to the audience you chose there.
network-card-saved = Your card is saved.
network-card-open = Open to
network-card-save = Save the card
network-back = Back to the network
network-asks-title = Asks to the network
network-asks-lead = Ask the other heroes for a co-speaker, a reviewer, a venue or anything else. Answers are mailed to you; close the ask when you have what you need.
network-asks-none = No asks yet.
network-answers-count = { $count ->
    [one] One answer
   *[other] { $count } answers
}
network-ask-state-closed = Closed
network-ask-new = Post an ask
network-ask-kind = What you look for
network-ask-kind-co-speaker = A co-speaker
network-ask-kind-reviewer = A reviewer
network-ask-kind-venue = A venue
network-ask-kind-other = Something else
network-ask-title-label = In one line
network-ask-body = Details
network-markdown-hint = Markdown works here.
network-ask-post = Post the ask
network-ask-close = Close this ask
network-answer-heading = Answer
network-answer-label = Your answer
network-answer-submit = Send the answer
network-ask-closed = This ask is closed; it takes no more answers.
network-asks-back = Back to the asks
mail-ask-answered-subject = An answer to your ask: { $title }
mail-ask-answered = Someone in the hero network answered your ask "{ $title }":
mentoring-home-title = Mentoring
mentoring-home-lead = Ask a hero to mentor you, follow your mentorships and, as a hero, offer mentoring and answer the members who ask.
mentoring-as-mentor = As a mentor
mentoring-offer-summary = { $count ->
    [one] One mentee of { $capacity }
   *[other] { $count } mentees of { $capacity }
}
mentoring-offer-open = Open to new mentees
mentoring-offer-paused = Paused
mentoring-offer-edit = Change your offer
mentoring-offer-start = Offer mentoring
mentoring-asks-heading = Members who asked you
mentoring-asks-none = Nobody has asked you yet.
mentoring-ask-state-pending = Waiting for an answer
mentoring-ask-state-accepted = Accepted
mentoring-ask-state-declined = Declined
mentoring-ask-state-withdrawn = Withdrawn
mentoring-accept = Accept
mentoring-decline = Decline
mentoring-mentorships-heading = Mentorships
mentoring-mentorships-none = No mentorships yet.
mentoring-mentorship-line = { $mentor } mentors { $mentee }
mentoring-sessions-count = { $count ->
    [one] One session
   *[other] { $count } sessions
}
mentoring-ended = Ended
mentoring-requests-heading = Your requests for a mentor
mentoring-request-new = Ask for a mentor
mentoring-request-state-open = Looking for a mentor
mentoring-request-state-matched = Matched
mentoring-request-state-withdrawn = Withdrawn
mentoring-notice-accepted = You accepted; the mentorship has begun.
mentoring-notice-declined = Your answer is sent.
mentoring-notice-withdrawn = Your request is withdrawn.
mentoring-offer-title = Offer mentoring
mentoring-offer-lead = Members who ask for a mentor see you suggested when your work, your offer or your profile matches what they want to learn, with the reason.
mentoring-offer-saved = Your offer is saved.
mentoring-topics = Topics
mentoring-topics-hint = What you mentor in, such as "Lambda, event-driven design, public speaking".
mentoring-specializations = Specializations
mentoring-languages = Languages you meet in
mentoring-languages-hint = Language codes separated by commas, such as en, es, pt-BR.
mentoring-time-zones = Time zones you can meet in
mentoring-time-zones-hint = IANA names separated by commas, such as Europe/Madrid, America/Bogota (at most five).
mentoring-formats = Formats
mentoring-format-calls = Calls
mentoring-format-code-review = Code review
mentoring-format-career = Career advice
mentoring-capacity = Mentees at once
mentoring-open-label = Open to new mentees (untick to pause; running mentorships go on)
mentoring-offer-save = Save the offer
mentoring-capacity-below-taken = You mentor more people than that now; end a mentorship first or keep a higher number.
mentoring-back = Back to mentoring
mentoring-request-title = Ask for a mentor
mentoring-request-lead = Say what you want to reach and learn; we suggest heroes who write about it, speak your language and share your hours, each with the reason.
mentoring-goals = Your goals
mentoring-request-topics = Topics to learn
mentoring-language = Language
mentoring-language-hint = A language code, such as en or es.
mentoring-time-zone = Your time zone
mentoring-time-zone-hint = An IANA name, such as America/Bogota.
mentoring-request-submit = Find mentors
mentoring-request-page-title = Your request for a mentor
mentoring-asked-heading = Mentors you asked
mentoring-suggestions-heading = Suggested mentors
mentoring-suggestions-none = No mentor with a place left matches these topics yet. Try other words, or come back later.
mentoring-choose-mentors = Choose one mentor, or up to { $max }, among the suggestions
mentoring-already-asked = Asked
mentoring-ask-submit = Ask the chosen mentors
mentoring-withdraw = Withdraw the request
mentoring-reason-posts = { $count ->
    [one] one post about { $topic }
   *[other] { $count } posts about { $topic }
}
mentoring-reason-offers = mentors in { $topic }
mentoring-reason-profile = profile mentions { $topic }
mentoring-reason-speaks = speaks { $language }
mentoring-reason-hours = { $count ->
    [one] one daytime hour in common
   *[other] { $count } daytime hours in common
}
mentoring-reason-places = { $count ->
    [one] one of { $capacity } places left
   *[other] { $count } of { $capacity } places left
}
mentoring-refusal-answered = This ask was already answered or withdrawn.
mentoring-refusal-full = Every place of this mentor is taken.
mentoring-refusal-closed = This request already found its mentor or was withdrawn.
mentoring-refusal-ended = This mentorship has ended, or you already left your word.
mentoring-refusal-not-offering = This hero is not taking mentees now.
mentorship-title = Mentorship
mentorship-since = Since { $date }
mentorship-ended-on = ended { $date }
mentorship-private = Only the two of you see this page; the sessions count as mentoring in the mentor's readiness, without their notes.
mentorship-goals = Goals
mentorship-log-heading = Log a session
mentorship-held-on = Date
mentorship-notes = Notes (only the two of you see them)
mentorship-log-submit = Log the session
mentorship-words = Closing words
mentorship-end-label = End the mentorship with a word for the other side
mentorship-word-label = Your closing word
mentorship-end-submit = End the mentorship
mentorship-word-submit = Leave your word
mentorship-readiness-link = See your readiness
mail-mentoring-asked-subject = { $member } asks you to mentor them
mail-mentoring-asked = { $member } would like you as a mentor for: { $topics }. Their goals:
mail-mentoring-accepted-subject = { $mentor } will mentor you
mail-mentoring-accepted = { $mentor } accepted your request: your mentorship has begun.
mail-mentoring-declined-subject = { $mentor } cannot mentor you now
mail-mentoring-declined = { $mentor } declined your request this time. Your request stays open for other mentors.
mail-mentorship-ended-subject = { $name } ended your mentorship
mail-mentorship-ended = { $name } ended your mentorship and left this word:
admin-mentoring-title = Mentoring
admin-mentoring-waiting = { $count ->
    [one] One request waiting longer than a week
   *[other] { $count } requests waiting longer than a week
}
admin-mentoring-member = Member
admin-mentoring-since = Asked on
admin-mentoring-pending = Asks waiting
admin-mentoring-loads = Each mentor's load
admin-mentoring-no-mentors = No hero offers mentoring yet.
admin-mentoring-mentor = Mentor
admin-mentoring-taken = Mentees
admin-mentoring-state = Offer
admin-mentoring-months = Matches per month
admin-mentoring-no-matches = No mentorship began in the last year.
admin-mentoring-month = Month
admin-mentoring-matches = Mentorships begun
admin-home-mentoring-waiting = { $count ->
    [one] mentoring request waiting over a week
   *[other] mentoring requests waiting over a week
}
admin-area-mentoring = Mentoring
admin-area-mentoring-hint = Requests waiting for a mentor, each mentor's load, matches per month.
