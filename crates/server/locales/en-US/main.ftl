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
status-candidate = Candidate, not public yet

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
nav-account-of = Your account ({ $name })
nav-unread = { $count ->
        [one] 1 unread
       *[other] { $count } unread
    }
nav-sign-in = Sign in
nav-sign-out = Sign out
# Not just "Language": forms on the same page have a field of that name.
language-switcher-label = Site language
language-switcher-submit = Change
language-unknown-title = Language not available
language-unknown-body = There are no pages in “{ $tag }”. Choose a language from the list.
language-back = Back
account-language-heading = Language
account-language-label = Language of pages and mail
account-language-browser = As my browser asks
account-language-hint = Mail to you is written in this language too.
account-language-submit = Save language
account-language-saved = Your language is saved.
account-language-unknown = Choose a language from the list.

error-forbidden-title = Not for this account
error-forbidden-body = You are signed in, but this page belongs to a role your account does not have. If you think it should, ask the program team.

problem-empty = Fill this in.
problem-too-long = Use at most { $max } characters.
problem-too-short = Use at least { $min } characters.
problem-invalid = Enter { $expected }.
problem-out-of-range = Use a number from { $min } to { $max }.
problem-year-out-of-range = Use a year from { $min } to { $max }.

## What a field expects, in "Enter …" (problem-invalid): ids from the domain crate's validation.
expected-4-100-printable-characters = 4 to 100 printable characters without spaces
expected-8-64-letters-digits = 8 to 64 letters, digits, - or _
expected-acknowledge-plan-start-ship = acknowledge, plan, start, ship, decline or duplicate
expected-active-alumni-leave = active, alumni or on-leave
expected-active-dormant-closed = active, dormant or closed
expected-active-looking-help-paused = active, looking-for-help, paused or done
expected-address-someone-other-yourself = the address of someone other than yourself
expected-americas-emea-apj = americas, emea or apj
expected-among-channels-hero-asked = among the channels the hero asked for
expected-blog-github-x-linkedin = blog, github, x, linkedin, youtube, mastodon, bluesky or website
expected-bug-feature-request-documentation = bug, feature-request, documentation or other
expected-calls-code-review-career = calls, code-review or career
expected-co-speaker-reviewer-venue = co-speaker, reviewer, venue or other
expected-contribution-kind-blog-post = a contribution kind such as blog-post, talk or video
expected-country-code = an ISO 3166-1 alpha-2 country code such as DE or JP
expected-criterion-line-name-weight = one criterion per line: name | weight | what scores 1, 2, 3, 4 and 5 mean
expected-date-2026-03-14 = a date like 2026-03-14
expected-date-2027-03-28 = a date such as 2027-03-28
expected-date-after-opening-date = a date on or after the opening date
expected-date-between-1990-year = a date between 1990 and a year from now
expected-date-since-1970-not = a date since 1970 and not in the future, such as 2019-05-14
expected-date-since-mentorship-began = a date since the mentorship began, not in the future
expected-date-time-2027-03 = a date and time such as 2027-03-28T18:30
expected-date-yyyy-mm-dd = a date as YYYY-MM-DD
expected-day-after-first-most = a day on or after the first, at most 60 days later
expected-deadline-later-start = a deadline no later than the start
expected-degrees-52-52-latitude = degrees, such as 52.52 (latitude) and 13.40 (longitude)
expected-email-address-name-example = an email address like name@example.org
expected-empty-kind-contribution = empty for this kind of contribution
expected-end-after-start = an end after the start
expected-http-https-address = an http:// or https:// address
expected-webhook-address = an http:// or https:// address without a user name or password
expected-webhook-events = at least one event
expected-iana-time-zone-europe = an IANA time zone such as Europe/Berlin
expected-language-codes-en-de = language codes such as en, de or pt-BR
expected-line-character = one line without the | character
expected-listed-purposes = one of the listed purposes
expected-lowercase-letters-digits-single = lowercase letters, digits and single hyphens (at most 64)
expected-meetup-conference-workshop-online = meetup, conference, workshop or online-session
expected-most-10-criteria = at most 10 criteria
expected-most-10-links = at most 10 links
expected-most-link-kind = at most one link of each kind
expected-name-other-criterion-has = a name no other criterion has
expected-online-link-venue-both = an online link or a venue (or both)
expected-password-not-your-email = a password that is not your email address or a common password
expected-phone-number-49-30 = a phone number such as +49 30 1234567
expected-public-members-heroes-staff = public, members, heroes or staff
expected-read-write = read or write
expected-rose-amber-blue-violet = one of rose, amber, blue, violet, teal, green, red, navy
expected-selection-renewal = selection or renewal
expected-speaker-line-name-hero = one speaker per line: name or hero address | talk title
expected-specialization-most-once = each specialization at most once
expected-specializations-all-heroes-named = specializations, all heroes or named heroes
expected-spotlight-digest-social = spotlight, digest or social
expected-staff-reviewer-admin = one of staff, reviewer, admin
expected-tags-lowercase-letters-digits = tags of lowercase letters, digits and hyphens
expected-text-control-characters-unicode = text without control characters or Unicode non-characters
expected-three-fields-code-value = three fields: code,value,expiry
expected-time-after-start-most = a time after the start, at most 60 days later
expected-time-exists-chosen-time = a time that exists in the chosen time zone (clocks skip this hour)
expected-time-future = a time in the future
expected-time-still-come = a time still to come
expected-today-later-day-within = today or a later day within a year
expected-up-down = up or down
expected-venue-online-link-both = a venue, an online link, or both
expected-weekly-monthly-quarterly = weekly, monthly or quarterly
expected-whole-number = a whole number
expected-whole-number-weight-between = a whole-number weight between 1 and 100
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
account-sections-label = Your account's pages
account-section-hero = Your hero page
account-section-benefits = Benefits
account-section-community = Community
account-section-team = Program team
account-section-account = Account and security
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
role-candidate = Accepted candidate

admin-older = Older entries
admin-outbox-title = Outbox
admin-outbox-lead-smtp = Every mail the program sent or is about to send, newest first. An SMTP server is configured: mail is delivered within seconds.
admin-outbox-lead-none = Every mail the program wrote, newest first. No SMTP server is configured, so mail stays here (start `heroes` with --smtp-url to deliver it).
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
mail-footer = You get this mail because someone used this address on the Heroes site. If it was not you, ignore it: nothing changes.
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
profile-edit-submit-hint = Saves every section at once; the button stays in reach as you scroll.
field-display-name = Name as shown
field-latin-name = Name in Latin letters
field-latin-name-hint = Optional. How your name is spelled in Latin letters, if it is written in another script (Yamada Tarō for 山田太郎): shown under your name and found by search.
field-headline = Headline
field-company = Company
field-city = City
field-country = Country
field-photo-url = Photo address
field-bio = Bio
field-bio-hint = Markdown: **bold**, _italic_, [links](https://example.org), lists. HTML is removed.
field-languages = Languages
field-languages-hint = Any other languages as codes separated by commas, such as sw, pt-BR or zh-Hant.
field-languages-other = Other languages
field-timezone = Time zone
field-timezone-hint = Your page shows your local time in this zone.
# The regions of the time-zone menu (the first part of an IANA zone's name).
zone-region-africa = Africa
zone-region-america = America
zone-region-antarctica = Antarctica
zone-region-asia = Asia
zone-region-atlantic = Atlantic
zone-region-australia = Australia
zone-region-europe = Europe
zone-region-indian = Indian Ocean
zone-region-pacific = Pacific
field-timezone-none = Not shown

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
profile-contact-visible-to = { $contact }: who sees it
contact-email = Email for invitations
contact-phone = Phone
visibility-public = Everyone
visibility-members = Signed-in members
visibility-heroes = Heroes and the program team
visibility-staff = The program team only
photo-label = Photo
photo-current = Your photo as it shows in the directory and on your page.
photo-hint = JPEG, PNG or WebP up to 5 MB. We scale it to 512 pixels and remove everything hidden in the file (camera, location).
photo-upload = Upload photo
photo-remove = Remove the photo
photo-missing = Choose an image file first.
photo-too-large = This file is larger than 5 MB. Choose a smaller one.
photo-unreadable = This file is not a JPEG, PNG or WebP image we can read.
photo-too-small = This image is smaller than 64 × 64 pixels; it would look blurred.
error-too-large-title = That was too much at once
error-too-large-body = What you sent is larger than Heroes accepts (8 MB). Go back and send something smaller.
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
sources-lead = Add the feeds of your blog, YouTube channel or podcast, and your GitHub account. Heroes looks at them { $minutes ->
        [60] every hour
        [1] every minute
       *[other] every { $minutes } minutes
    } and offers what is new for your log, so you never fill in an activity form again.
sources-none = No sources yet.
sources-added = Added. The first look happens within a minute.
sources-polling = Heroes looks at it again within a minute.
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
own-quick-hint = Paste the link to your post, video or talk page; Heroes reads its title, date and description and fills in the form below for you to check.
own-quick-submit = Fill in from this page
own-quick-filled = Filled in from the page. Check everything, then add it.
own-quick-failed = That page could not be read: { $reason }. Fill in the form yourself.
own-quick-feed-title = Capture everything from this site
own-quick-feed = The page announces a feed. Add it as a source and Heroes offers you each new post from it, without pasting links:
own-quick-feed-submit = Add this feed as a source
suggestions-also-at = Also published at
sources-auto-on = Add new items automatically
sources-auto-off = Ask me first again

## Selection: nominating
nominate-title = Nominate a hero
nominate-lead = Nominations for { $cycle } are open until { $closes }. You can nominate up to { $limit } people in this cycle. The nominee is told, and you both see where the nomination stands.
nominate-lead-several = Several selection cycles are open, each for its own specializations. You are told, and see, where each nomination stands.
nominate-lead-cycle = { $cycle }: { $specializations }. Open until { $closes }; up to { $limit } nominations from you.
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
nominate-rubric-of = How reviewers score in { $cycle }
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
answer-sent = What you sent
answer-sent-lead = Reviewers read this profile with the nominations.
account-nomination-answer = You have been nominated for { $specialization }: read the nomination and answer it.
account-nomination-onboard = You have been accepted for { $specialization }: accept the terms, then complete your hero profile before the announcement.
answer-accept-lead = Reviewers read this profile with the nominations. Your contributions of the last 12 months are attached automatically: from your contribution log if you have one, and from the feed you name below.
answer-accept-submit = Accept the nomination
answer-decline = Decline the nomination
answer-withdraw = Withdraw
answer-country-hint = Two letters, such as PT or JP.
answer-feedback = Feedback from the program
answer-renominate-after = You can be nominated again from { $date }.
answer-onboarded = Your hero profile goes public on { $date }. Until then only you see it: add your photo, links and contributions so it is complete on the day.
answer-complete-profile = Complete your hero profile
answer-announced = You are in the directory: see your public page.
onboard-title = Join the program
onboard-lead = Congratulations! Accept the terms and the NDA and check your profile. You can then complete your hero profile (photo, links, contributions and sources) until it goes public on { $date }.
onboard-terms-text = As a hero you share your expertise with the community, keep your profile accurate, and follow the community code of conduct. The program may end your membership if you do not.
onboard-accept-terms = I accept the program terms
onboard-nda-text = Briefings are confidential. Read the NDA, version { $version }:
onboard-accept-nda = I accept the NDA (version { $version })
onboard-terms-required = Accept the program terms to join.
onboard-nda-required = Accept the NDA to join.
onboard-nda-changed = A new version of the NDA was published while you read this page. Read it and accept it to join.
onboard-nda-missing = No NDA has been published yet, so nobody can join right now. Come back once the program team has published it.
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
file-views = { $count ->
    [one] { $count } view
   *[other] { $count } views
}
file-attendees = { $count ->
    [one] { $count } attendee
   *[other] { $count } attendees
}
file-stars = { $count ->
    [one] { $count } star
   *[other] { $count } stars
}

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
cycles-rubric-hint = Reviewers score every criterion from 1 to 5; its weight (1 to 100) sets how much it counts in the total. Say what each score means. Empty rows are left out; tick “Remove” to drop a criterion. The rubric cannot change once someone has scored.
cycles-rubric-rows-invalid = Some criteria need fixing: see the messages by their fields.
cycles-rubric-more = Add more rows
cycles-criterion = Criterion { $n }
cycles-criterion-name = Name
cycles-criterion-weight = Weight
cycles-criterion-level = What a score of { $score } means
cycles-criterion-remove = Remove this criterion
cycles-rubric-locked = Reviewers have already scored against this rubric; it cannot change any more.
cycles-overlap = { $specialization } already takes nominations in “{ $cycle }” ({ $opens } to { $closes }), on some of the same days. Cycles may overlap only for different specializations: change the dates or the specializations.
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
candidacy-no-more-reviewers = This candidacy takes no more reviewers: it is decided, withdrawn or announced.
candidacy-notice-decided = Decision recorded: the candidacy is now “{ $state }”, and the nominee and nominators have been told.
candidacy-notice-rescheduled = Announcement set for { $date }. The candidacy is “{ $state }”.
announcement-title = Announcement
announcement-accepted = Accepted, waiting for the candidate to accept the terms and complete the profile. Announcement planned for { $date }; it happens on that day or as soon as they finish, whichever is later.
announcement-onboarded = The candidate has completed onboarding. Announcement planned for { $date }: on that day they are listed in the directory and told.
announcement-date = Announcement date
announcement-move = Move the announcement
announcement-now = Announce today
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
decide-date-past = Choose today or a later date.
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
refusal-not-accepted = Only an accepted candidate's announcement can be moved or made now; this one is already announced or was not accepted.

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
renewals-confirm-title = Move { $name } to the alumni?
renewals-confirm-lead = In { $cycle }, { $name } would leave the active heroes.
renewals-confirm-access = From their next request on, they lose what is only for heroes: renewal, briefings and the network.
renewals-confirm-page = Their public page stays, marked as alumni, with everything they contributed.
renewals-confirm-mail = They are mailed the decision, with the note below if you write one.
renewals-confirm-undo = Until the cycle closes you can change the decision on the renewal list; they are then mailed again.
renewals-confirm-submit = Move { $name } to the alumni
renewals-confirm-cancel = Keep { $name } as they are

## Notifications and mail
notifications-title = Notifications
notifications-link = Your notifications
notifications-none = Nothing yet.
mail-open-action = Open heroes
mail-footer-program = You get this mail because it concerns your part in the Heroes program.
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
mail-decided-accepted = Congratulations: you are accepted as a hero for { $specialization }. Accept the terms and the NDA, then complete your hero profile; it goes public on { $date }.
mail-decided-declined = This time you were not selected for { $specialization }. You can be nominated again from { $date }.
mail-decided-deferred = Your candidacy for { $specialization } is deferred to a later cycle.
mail-decided-reopened = Your candidacy for { $specialization } is back in review.
mail-announced-subject = You are now a hero for { $specialization }
mail-announced-body = Your profile for { $specialization } is now listed in the directory. Welcome!
mail-renewal-subject = Your renewal in { $cycle }
mail-renewal-renew = You are renewed as a hero in { $cycle }. Thank you for another year!
mail-renewal-opened-subject = { $cycle } is open
mail-renewal-opened = The renewal cycle { $cycle } is open until { $closes }. Your readiness meter shows what counts and what you logged in the last twelve months; add anything missing before the cycle closes.
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
error-bad-request-body = The address or the form contains something Heroes does not accept, such as a NUL byte (%00). Check the link and try again.
error-uri-too-long-title = That address is too long
error-uri-too-long-body = The address is longer than Heroes accepts (8 KB). Check the link, or search with fewer filters.
error-unavailable-title = Heroes cannot answer right now
error-unavailable-body = We cannot reach our database at the moment. Nothing you did caused this; please try again in a minute.
error-request-title = We could not use that request
error-request-body = Go back and try again. If it keeps happening, please tell the program team.

## Races: a second click on a suggestion already decided (claim and decline at once)
suggestions-was-claimed = This item was already added to your log.
suggestions-was-declined = This item was already declined, so it was not added to your log.

## Text in, text out: feed items that cannot be offered, the same work at two addresses
sources-skipped = Not offered from the last look (fix the item in your feed, or add it by hand):
suggestions-unclaimable = “{ $title }” cannot become a contribution as it is ({ $field }: { $problem }). Decline it, or add it by hand with the details fixed.
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
security-required = Your role in the program requires a second factor. Set up an authenticator app or add a passkey to continue; nothing else opens until you have.
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
security-setup-qr = Or scan this code with the app.
security-passkeys-heading = Passkeys
security-passkeys-lead = A passkey signs you in with your device's fingerprint, face or screen lock instead of a password, and works as the second step after your password too. It only works on this site, so it cannot be phished.
security-passkeys-none = No passkeys yet.
security-passkey-added-at = added
security-passkey-used-at = last used
security-passkey-change = Rename or remove
security-passkey-new-name = New name
security-passkey-rename = Rename
security-passkey-remove = Remove this passkey
security-passkey-name = Name for a new passkey
security-passkey-name-hint = Something to tell it apart later, such as "Work laptop" or "Blue security key" (up to 60 characters).
security-passkey-add = Add a passkey
security-passkey-name-wrong = Give the passkey a name of 1 to 60 characters.
security-passkey-too-many = This account has as many passkeys as it may have (20). Remove one first.
security-passkey-registered = That passkey is already registered.
security-passkey-failed = The passkey could not be added. Try again; if your device offers several, pick one of its own passkeys.
security-passkey-needs-script = Adding a passkey needs JavaScript, which is off or blocked in this browser. Everything else on this page works without it.
security-passkey-added = The passkey is added.
security-passkey-renamed = The passkey is renamed.
security-passkey-removed = The passkey is removed; it no longer signs you in.
passkey-needs-script = Passkeys need JavaScript, which is off or blocked in this browser; the rest of this page works without it.
passkey-cancelled = The passkey request was cancelled or timed out. Try again when you are ready.
login-passkey = Sign in with a passkey
login-passkey-failed = That passkey did not sign you in. Use a passkey you added for this site, or sign in with your password.
second-step-passkey = Use a passkey instead
second-step-expired = This sign-in waited too long. Sign in again.
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
mail-factor-reset = The program team reset the second factor of your account: its authenticator app, recovery codes and passkeys are removed, and your password alone signs you in now.
mail-factor-passkey-added = A passkey was added to your account. It signs you in on its own, and as the second step after your password.
mail-factor-passkey-renamed = A passkey of your account was renamed. Every change to how you sign in is told to you.
mail-factor-passkey-removed = A passkey was removed from your account; it no longer signs you in.
mail-factor-advice = If this was not you, choose a new password at once and tell the program team.
mail-factor-action = Review your sign-in security

## Promotion, spotlight and digest (issue 14)
promotion-title = Promotion
promotion-lead = Ask the program to amplify your work: the home page spotlight, the digest, or the program's social accounts. Staff schedule it or tell you why not.
promotion-ask = Ask for promotion
promotion-no-works = Promotion starts from a public contribution in your log (a coming talk counts: log it with its date).
promotion-contribution = Contribution
promotion-contribution-choose = Choose one of your contributions
promotion-contribution-hint = A coming talk is a contribution dated ahead.
promotion-channels = Channels
promotion-channel-spotlight = Home page spotlight
promotion-channel-digest = The digest
promotion-channel-social = Social accounts
promotion-from = First day
promotion-until = Last day
promotion-note = Note for the program team
promotion-note-hint = Who it is for, why now. Optional.
promotion-submit = Send the request
promotion-requests = Your requests
promotion-none = You have not asked for promotion yet.
promotion-stage = Status
promotion-actions = Actions
promotion-wanted = Wanted:
promotion-granted = Granted:
promotion-reason = Reason:
promotion-withdraw = Withdraw
promotion-requested = Your request is with the program team. You will get a mail when they decide.
promotion-withdrawn = The request is withdrawn.
promotion-not-yours = Choose one of your own public contributions.
promotion-already-waiting = A request for this contribution is already waiting.
promotion-refusal-decided = This request was already decided (perhaps a moment ago); the page shows where it is now.
promotion-refusal-not-approved = Only an approved request has a schedule to change or cancel.
promotion-stage-pending = Waiting for the program team
promotion-stage-scheduled = Scheduled
promotion-stage-live = In the spotlight now
promotion-stage-ended = Ended
promotion-stage-declined = Declined
promotion-stage-withdrawn = Withdrawn
promotion-queue-title = Promotion requests
promotion-queue-empty = No promotion requests yet.
promotion-hero = Hero
promotion-window = Window
promotion-approve = Approve and schedule
promotion-reschedule = Change the schedule
promotion-decline = Decline
promotion-cancel = Take out of the spotlight
promotion-starts = Starts (local time)
promotion-ends = Ends (local time)
promotion-zone = Time zone
promotion-zone-hint = An IANA name such as Europe/Berlin; UTC when empty.
promotion-saved = Saved; the hero was told.
mail-promotion-approved-subject = Promotion of “{ $title }”
mail-promotion-approved = “{ $title }” will be promoted on { $channels }, { $window }.
mail-promotion-rescheduled = The promotion of “{ $title }” moved: { $channels }, { $window }.
mail-promotion-declined-subject = About your promotion request for “{ $title }”
mail-promotion-declined = The program team declined the promotion of “{ $title }”: { $reason }
mail-promotion-cancelled = The program team took “{ $title }” out of the spotlight: { $reason }
spotlight-title = Spotlight
spotlight-lead = Work the program is amplifying right now.
spotlight-empty = Nothing is in the spotlight right now.
spotlight-all = Everything in the spotlight
spotlight-feeds = Follow the spotlight:
digest-archive-title = The digest
digest-archive-lead = Every month, or every week or quarter as the program chooses: new heroes, the work the program spotlighted, and the most reached contributions in each specialization.
digest-subscribe-title = Get it by mail
digest-subscribe-email = Email address
digest-subscribe-hint = We mail a link to confirm. Every digest has a one-click unsubscribe.
digest-subscribe-submit = Subscribe
digest-check-inbox = Check your inbox: the subscription starts when you open the link we sent.
digest-past = Past digests
digest-none = No digest yet.
digest-new-heroes = New heroes
digest-spotlighted = In the spotlight
digest-most-reached = Most reached in { $specialization }
digest-empty = A quiet time: nothing to tell.
digest-title-of = Heroes digest, { $month }
digest-confirm-title = Confirm your subscription
digest-confirm-body = Press the button to get the digest at this address.
digest-confirm-action = Confirm
digest-confirmed-title = Subscribed
digest-confirmed = You will get the next digest.
digest-link-invalid-title = This link does not work
digest-link-invalid = The link is incomplete or its subscription no longer exists. Subscribe again from the digest page.
digest-unsubscribe-title = Unsubscribe from the digest
digest-unsubscribe-body = Press the button and no further digest comes to this address.
digest-unsubscribe-action = Unsubscribe
digest-unsubscribed-title = Unsubscribed
digest-unsubscribed = No further digest comes to this address.
digest-account-title = The digest
digest-account-is-on = You get the digest by mail.
digest-account-is-off = You do not get the digest.
digest-account-start = Get the digest
digest-account-stop = Stop the digest
digest-account-on = You will get the next digest.
digest-account-off = No further digest comes to you.
digest-account-verify = Confirm your email address first (see your account page).
digest-admin-title = Digests
digest-subscribers = { $count ->
    [one] { $count } subscriber
   *[other] { $count } subscribers
}
digest-draft-now = Draft this period's digest now
digest-draft-exists = This period already has a digest.
digest-col-title = Digest
digest-col-state = State
digest-col-sent = Sent
digest-state-draft = Draft
digest-state-sending = Sending
digest-state-sent = Sent
digest-intro = Introduction
digest-intro-hint = Markdown. Shown before the sections, on the web and in the mail.
digest-save = Save the introduction
digest-saved = The introduction is saved.
digest-send = Send to every subscriber
digest-sending = The digest is on its way to every subscriber.
digest-not-draft = This digest was already sent.
digest-preview = Preview
mail-digest-confirm-subject = Confirm your subscription to the heroes digest
mail-digest-confirm-body = Someone (we hope you) asked to get the heroes digest at this address. Open the link to confirm.
mail-digest-confirm-action = Confirm the subscription
mail-digest-confirm-footer = If it was not you, ignore this mail: nothing is sent without your confirmation.
mail-digest-read-online = Read it on the web
mail-digest-footer = You get this digest because you subscribed. Unsubscribe in one click: { $link }
admin-home-promotion-waiting = { $count ->
    [one] { $count } promotion request waiting
   *[other] { $count } promotion requests waiting
}
admin-area-promotion = Promotion
admin-area-promotion-hint = Approve, schedule or decline heroes' requests for the spotlight, the digest and social.
admin-area-digests = Digests
admin-area-digests-hint = Preview the monthly digest, write its introduction and send it.
## Product feedback and office hours (issue 13)
admin-area-product-areas = Product areas
admin-area-product-areas-hint = The product areas heroes file feedback to, their owners, and how fast each answers.
product-areas-title = Product areas
product-areas-lead = Heroes file feedback to a product area; its owners hear of every new item. The medians count from filing to the team's first answer or status change, and to shipped, declined or duplicate.
product-areas-none = No product areas yet. Add the first below.
product-areas-name = Name
product-areas-slug = Address
product-areas-slug-hint = Lower-case letters, digits and hyphens; used in queue filters.
product-areas-slug-taken = Another product area has this address.
product-areas-description = Description (Markdown)
product-areas-owners = Owners
product-areas-owners-hint = Email addresses of staff members, one a line.
product-areas-owner-unknown = { $email } is not a staff member's address.
product-areas-open = Open items
product-areas-first-answer = Median time to first answer
product-areas-resolution = Median time to resolution
product-areas-no-answers = none yet
product-areas-actions = Actions
product-areas-edit = Edit
product-areas-edit-label = Edit { $name }
product-areas-edit-heading = Edit product area
product-areas-new = Add a product area
product-areas-save = Save
product-areas-cancel = Cancel
product-areas-saved = Saved.
duration-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
duration-hours = { $count ->
    [one] 1 hour
   *[other] { $count } hours
}
duration-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
feedback-title = Product feedback
feedback-lead = Tell the product teams what works, what does not and what is missing. Every item is answered, and you are told of every change.
feedback-new = File feedback
feedback-back = Back to product feedback
feedback-mine = What you filed
feedback-mine-none = You have not filed anything yet.
feedback-followed = What you follow
feedback-followed-none = You follow no items.
feedback-shared = Shared by other heroes
feedback-shared-none = No other hero has shared an open item.
feedback-col-title = Title
feedback-col-area = Product area
feedback-col-kind = Kind
feedback-col-state = Status
feedback-col-votes = Me too
feedback-col-filed = Filed
feedback-no-areas = There are no product areas yet.
feedback-area = Product area
feedback-choose = Choose…
feedback-choose-area = Choose a product area.
feedback-field-title = Title
feedback-field-kind = Kind
feedback-field-body = What happened
feedback-field-body-hint = Markdown: steps, what you expected, what you saw.
feedback-field-impact = Impact
feedback-field-impact-hint = In your words: who is affected and what it costs them.
feedback-field-links = Links
feedback-field-links-hint = Up to five addresses (a reproduction, an issue, a post), one a line.
feedback-field-shared = Other heroes may see this item and add "me too"
feedback-submit = File feedback
feedback-kind-bug = Bug
feedback-kind-feature-request = Feature request
feedback-kind-documentation = Documentation
feedback-kind-other = Other
feedback-state-new = New
feedback-state-acknowledged = Acknowledged
feedback-state-planned = Planned
feedback-state-in-progress = In progress
feedback-state-shipped = Shipped
feedback-state-declined = Declined
feedback-state-duplicate = Duplicate
feedback-transition-acknowledge = Acknowledge
feedback-transition-plan = Plan
feedback-transition-start = Start work
feedback-transition-ship = Ship
feedback-transition-decline = Decline
feedback-transition-duplicate = Mark as a duplicate
feedback-refusal-closed = This item is closed; nothing moves it any more.
feedback-refusal-not-acknowledged = Acknowledge the item first.
feedback-refusal-already-past = The item is already there or past it.
feedback-refusal-stale = Someone moved this item in the meantime; look at its status again.
feedback-decline-needs-reason = Say why it is declined.
feedback-duplicate-needs-original = Give the number of another item that is not itself a duplicate.
feedback-notice-filed = Filed. The product team is told, and you will hear of every change.
feedback-notice-sent = Sent.
feedback-notice-noted = Note saved; only the team sees it.
feedback-notice-moved = Status changed; the author and followers are told.
feedback-visibility = Seen by
feedback-visibility-shared = you, other heroes and the program team
feedback-visibility-private = you and the program team
feedback-duplicate-of = Duplicate of item number
feedback-duplicate-hint = Only for "Mark as a duplicate": its followers then follow that item.
feedback-team-note = The team's note
feedback-vote = Me too
feedback-unvote = Take back "me too"
feedback-follow = Follow
feedback-unfollow = Stop following
feedback-thread = Conversation
feedback-thread-empty = Nothing written yet.
feedback-from-team = program team
feedback-internal-note = staff-only note
feedback-moved-to = Status: { $state }
feedback-deleted-account = deleted account
feedback-reply = Your answer
feedback-send = Send
feedback-queue-title = Feedback queue
feedback-queue-back = Back to the queue
feedback-queue-count = { $count ->
    [one] 1 item
   *[other] { $count } items
}
feedback-filter-any = Any
feedback-filter-age = Filed
feedback-filter-older = { $count ->
    [one] more than 1 day ago
   *[other] more than { $count } days ago
}
feedback-filter-apply = Show
feedback-sort = Order
feedback-sort-votes = Most "me too"
feedback-sort-oldest = Oldest first
feedback-sort-newest = Newest first
feedback-author = Filed by
feedback-followers = Followers
feedback-answer = Answer
feedback-message = Message (Markdown)
feedback-internal-choice = Staff-only note (the author never sees it)
feedback-change-state = Change the status
feedback-next-state = New status
feedback-note = Note for the author and followers
feedback-note-hint = Required to decline; sent with the status (say what shipped and where).
feedback-move = Change status
feedback-mail-filed-subject = New feedback in { $area }: { $title }
feedback-mail-filed-body = A hero filed feedback to { $area }, which you own. Please acknowledge it.
feedback-mail-answered-subject = New answer on "{ $title }"
feedback-mail-answered-body = There is a new answer in the conversation.
feedback-mail-moved-subject = "{ $title }" is now { $state }
feedback-mail-moved-body = The feedback "{ $title }" is now: { $state }.
feedback-mail-note = The team's note: { $note }
office-hours-title = Office hours
office-hours-lead = Half an hour with someone from a product team: book a free slot, and you get a calendar file and a reminder the day before.
office-hours-booked = Your bookings
office-hours-booked-none = You have not booked a slot.
office-hours-free = Free slots
office-hours-free-none = No free slots right now.
office-hours-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
office-hours-with = with { $name }
office-hours-join = Join the call
office-hours-ics = Add to calendar (.ics)
office-hours-cancel = Cancel
office-hours-cancel-label = Cancel the slot of { $when }
office-hours-book = Book
office-hours-book-label = Book the slot of { $when }
office-hours-notice-booked = Booked. The calendar file is below; you will be reminded the day before.
office-hours-notice-taken = Someone else booked that slot first. Choose another.
office-hours-notice-past = That slot has started; choose another.
office-hours-notice-cancelled = Cancelled; the slot is free for others.
office-hours-notice-published = Published.
office-hours-staff-title = Your office hours
office-hours-yours = Your slots
office-hours-yours-none = You have not published a slot.
office-hours-booked-by = booked by { $name }
office-hours-open = free
office-hours-publish = Publish a slot
office-hours-starts = Starts (local time)
office-hours-zone = Time zone
office-hours-zone-hint = An IANA time zone such as Europe/Berlin or America/New_York.
office-hours-length = Length in minutes
office-hours-link = Link to the call
office-hours-ics-summary = Office hour: { $area }
office-hours-ics-description = Join: { $link }
office-hours-mail-reminder-subject = Your office hour for { $area } is coming up
office-hours-mail-reminder-body = Your office hour for { $area } starts { $starts }. Join at { $link }.
## Credits
credits-title = Your credits
credits-available = Available to request
credits-held = Held by requests waiting for a decision
credits-request-title = Request credits
credits-purpose = Purpose
credits-purpose-workshop = A workshop
credits-purpose-demo = A demo or a talk
credits-purpose-open-source = An open-source project
credits-purpose-other = Something else (say what in the note)
credits-amount = Amount ({ $unit })
credits-amount-hint = A whole number. It is held from your balance until staff decide.
credits-note = What it is for
credits-request-submit = Send the request
credits-requested = Your request is sent; its amount is held until staff decide.
credits-withdrawn = Your request is withdrawn and its amount is back in your balance.
credits-requests = Your requests
credits-no-requests = No requests yet.
credits-col-requested = Asked on
credits-col-amount = Amount
credits-col-state = State
credits-col-actions = Actions
credits-col-code = Code
credits-col-value = Value
credits-col-expires = Expires
credits-col-reveals = Revealed
credits-col-date = Date
credits-col-entry = Entry
credits-col-hero = Hero
credits-col-balance = Balance now
credits-col-decision = Decision
credits-col-specialization = Specialization
credits-col-quarter = Quarter
credits-col-codes = Codes
credits-approved-amount = approved: { $amount }
credits-state-requested = Waiting for a decision
credits-state-approved = Approved
credits-state-partly-approved = Partly approved
credits-state-declined = Declined
credits-state-withdrawn = Withdrawn
credits-withdraw = Withdraw
credits-codes = Your codes
credits-codes-lead = Codes are hidden until you reveal one; each reveal is recorded. Nobody else can see them.
credits-no-codes = No codes issued to you yet.
credits-code-hidden = hidden code
credits-reveals = { $count ->
    [0] never
    [one] once
   *[other] { $count } times
}
credits-reveal = Reveal
credits-history = History
credits-no-history = Nothing has happened to your balance yet.
credits-entry-allotment = Yearly allotment
credits-entry-hold = Held for a request
credits-entry-issue = Code issued
credits-entry-release = Hold released
credits-entry-expiry = Expired
credits-entry-revocation = Revoked
credits-request-ref = request #{ $id }
credits-revealed-title = Your code
credits-revealed-lead = Copy it now; this page is not kept. Revealing it again is always possible and is recorded each time.
credits-back = Back to your credits
credits-refusal-decided = This request was decided already (perhaps a moment ago by someone else).
credits-refusal-more-than-requested = Approve at most the amount requested.
credits-refusal-balance = Your balance does not cover this amount.
credits-refusal-pool = The code pool has no codes that make up this amount. Approve a different amount, or import codes first.
credits-mail-subject = Your credit request #{ $id }
credits-mail-approved = Your credit request is approved: { $amount }. Your codes are in your account.
credits-mail-partly = Your credit request is approved in part: { $amount } of the { $requested } you asked for. Your codes are in your account, and the rest is back in your balance.
credits-mail-declined = Your credit request is declined, and its amount is back in your balance. The reason: { $reason }
credits-admin-title = Credits
credits-admin-waiting = { $count ->
    [one] { $count } request waits for a decision
   *[other] { $count } requests wait for a decision
}
credits-admin-unit = Unit
credits-admin-unit-label = What credits are counted in
credits-admin-unit-hint = For example "USD of cloud credits". Amounts are whole numbers of this unit.
credits-admin-unit-saved = The unit is saved.
credits-admin-save = Save
credits-admin-allotments = Allotments for { $year }
credits-admin-year = Year
credits-admin-show-year = Show
credits-admin-allotment-col = Allotment ({ $unit })
credits-admin-allotments-saved = The allotments are saved.
credits-admin-exceptions = Exceptions for a person
credits-admin-no-exceptions = No exceptions this year.
credits-admin-hero = Hero (the address name of their page)
credits-admin-hero-hint = For example ana-souza for /heroes/ana-souza. Their exception replaces their specialization's allotment.
credits-admin-no-such-hero = No hero has this address name.
credits-admin-exception-saved = The exception is saved.
credits-admin-grant-title = Grant the allotments of { $year }
credits-admin-grant-lead = Every active hero not granted this year's allotment yet gets it now: their exception, or the largest allotment among their specializations. Granting again grants nobody twice.
credits-admin-grant = Grant { $year }
credits-admin-granted = { $count ->
    [one] { $count } hero was granted the allotment.
   *[other] { $count } heroes were granted the allotment.
}
credits-admin-pool = Code pool
credits-admin-pool-left = { $count ->
    [one] { $count } code worth { $value } can be issued.
   *[other] { $count } codes worth { $value } can be issued.
}
credits-admin-file = Pool file (CSV)
credits-admin-file-hint = One code per line: code,value,expiry (YYYY-MM-DD), with or without a header row. Every line is checked; any wrong line imports nothing. Codes already in the pool are left as they are.
credits-admin-import = Import the codes
credits-admin-file-missing = Choose a CSV file with at least one code.
credits-admin-file-too-large = The file is larger than 8 MB; split it.
credits-admin-file-row = Line { $line }, { $field }: { $problem }
credits-admin-file-rows = { $count ->
    [one] { $count } line needs another look; nothing was imported.
   *[other] { $count } lines need another look; nothing was imported.
}
credits-queue-title = Credit requests
credits-queue-open = { $count ->
    [one] { $count } request waiting
   *[other] { $count } requests waiting
}
credits-queue-empty = No request waits for a decision.
credits-queue-approve-amount = Amount to approve
credits-queue-approve = Approve
credits-queue-reason = Reason to decline
credits-queue-decline = Decline
credits-queue-recent = Decided lately
credits-queue-none-decided = Nothing decided yet.
credits-queue-decided = Request #{ $id } is decided; its hero is told.
credits-reports-title = Credit reports
credits-reports-csv = Download the reports as CSV
credits-report-spend = Spend per specialization and quarter
credits-report-nothing = Nothing to show yet.
credits-report-no-specialization = No specialization
credits-report-expiring = Codes expiring until { $until }
credits-report-issued = issued
credits-report-in-pool = in the pool
credits-report-pool = Pool left
credits-report-pool-empty = The pool is empty: import codes before approving requests.
admin-home-credit-requests = { $count ->
    [one] credit request waiting
   *[other] credit requests waiting
}
admin-area-credits = Credits
admin-area-credits-hint = The unit, yearly allotments and exceptions, the code pool, requests and reports.
## User groups and events (issue 15)
nav-groups = Groups
nav-events = Events
groups-title = User groups
groups-lead = Local and online communities around the program's specializations, run by their members.
groups-propose-link = Propose a group
groups-filters = Filter groups
groups-country = Country
groups-region = Region
groups-specialization = Specialization
groups-any = Any
groups-with-coming = Only with coming events
groups-filter = Show
groups-count = { $count ->
    [one] { $count } group
   *[other] { $count } groups
}
groups-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
groups-coming-events = { $count ->
    [0] no coming events
    [one] { $count } coming event
   *[other] { $count } coming events
}
groups-online-only = Online only
groups-back = All groups
group-status-proposed = Proposed, waiting for approval
group-status-active = Active
group-status-dormant = Dormant
group-status-closed = Closed
group-status-declined = Declined
group-founded = founded { $date }
group-leave = Leave the group
group-join = Join the group
group-edit = Edit the group
group-new-event = Schedule an event
group-sign-in-to-join = Sign in to join this group
group-leaders = Leaders
group-specializations = Specializations
group-links = Links
group-coming-events = Coming events
group-no-coming = No events scheduled yet.
group-past-events = Past events
group-no-past = No past events.
group-calendar = Subscribe to this group's calendar (.ics)
group-notice-saved = Saved.
group-notice-joined = Welcome: you are a member now.
group-notice-left = You left the group.
group-notice-last-leader = A group needs a leader: make another member a leader first.
group-notice-logo = The logo is saved.
group-notice-logo-removed = The logo is removed.
group-logo-alt = Logo of { $group }
group-logo-heading = Logo
group-logo-current = The group's logo as it shows in the directory and on its page.
group-logo-label = Logo
group-logo-hint = JPEG, PNG or WebP up to 2 MB, at least 32 × 32 pixels. We scale it to 256 pixels, lay transparent parts on white and remove everything hidden in the file.
group-logo-upload = Upload logo
group-logo-remove = Remove the logo
group-logo-missing = Choose an image file first.
group-logo-too-large = This file is larger than 2 MB. Choose a smaller one.
group-logo-unreadable = This file is not a JPEG, PNG or WebP image we can read.
group-logo-too-small = This image is smaller than 32 × 32 pixels; it would look blurred.
group-notice-proposed = Thank you: the program team will look at your proposal. You lead the group once it is approved.
group-edit-title = Edit { $group }
group-propose-title = Propose a user group
group-propose-lead = Tell us about the group. Once an admin approves it, it appears in the directory and you lead it.
group-field-name = Name
group-field-city = City
group-field-country = Country
group-choose-country = Choose a country
group-field-online-only = The group meets online only
group-field-description = Description
group-field-description-hint = Markdown: links, lists and emphasis are kept.
group-field-links = Links
group-field-links-hint = Web addresses (https://…), one per line, at most 8.
group-field-specializations = Specializations
group-field-founded = Founded (optional)
group-field-coordinates = Where the city is (optional, for the map)
group-field-latitude = Latitude
group-field-longitude = Longitude
group-field-status = Status
group-save = Save
group-propose = Propose the group
group-members-heading = Members
group-leader = leader
group-make-leader = Make leader
group-unmake-leader = Step down as leader
group-make-leader-label = Make { $name } a leader
group-unmake-leader-label = Make { $name } a member again
group-unknown-specialization = Choose specializations from the list.
group-name-taken = Choose another name: this one is taken too many times.
group-mail-approved-subject = Your group { $group } is approved
group-mail-approved-body = The program team approved { $group }. It is in the directory now, and you lead it: schedule its first event from the group's page.
group-mail-declined-subject = Your group proposal { $group }
group-mail-declined-body = The program team did not approve { $group } this time. Reply to this mail if you would like to know why.
admin-home-group-proposals = { $count ->
    [one] group proposal waiting
   *[other] group proposals waiting
}
admin-area-groups = User groups
admin-area-groups-hint = Approve or decline groups members propose.
admin-area-program-events = Program events
admin-area-program-events-hint = Schedule an event of the program itself.
admin-groups-title = Group proposals
admin-groups-none = No proposals are waiting.
admin-groups-proposed-by = proposed by { $name } ({ $email })
admin-groups-approve = Approve
admin-groups-decline = Decline
admin-groups-approve-label = Approve { $group }
admin-groups-decline-label = Decline { $group }
admin-groups-approved = Approved; the proposer was told.
admin-groups-declined = Declined; the proposer was told.
admin-groups-stale = Someone decided this proposal already.
events-title = Events
events-lead = Meetups, conferences, workshops and online sessions of the program and its user groups.
events-filters = Filter events
events-when = When
events-coming = Coming
events-past = Past
events-online = Only with an online link
events-count = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
event-kind-meetup = Meetup
event-kind-conference = Conference
event-kind-workshop = Workshop
event-kind-online-session = Online session
event-online = online
event-cancelled = Cancelled
event-of-the-program = An event of the program
event-kind = Kind
event-when-in = When ({ $zone })
event-when-yours = When (your time zone)
event-when-utc = When (UTC)
event-venue = Venue
event-online-link = Online
event-link-for-attendees = The link is shown to people going.
event-places = Places
event-going-of = { $going } of { $capacity } taken
event-going = { $count ->
    [one] { $count } going
   *[other] { $count } going
}
event-waiting = { $count ->
    [one] { $count } waiting
   *[other] { $count } waiting
}
event-attendance = Attendance
event-attended = { $count ->
    [one] { $count } person came
   *[other] { $count } people came
}
event-you-are-going = You are going.
event-you-are-waiting = You are on the waitlist; you get a mail if a place comes free.
event-cancel-rsvp = I can't come after all
event-leave-waitlist = Leave the waitlist
event-rsvp = I'm coming
event-sign-in-to-rsvp = Sign in to say you are coming
event-edit = Edit the event
event-check-in = Check-in list
event-speakers = Speakers
event-add-to-calendar = Add to my calendar (.ics)
event-notice-saved = Saved.
event-notice-going = You have a place. See you there!
event-notice-waiting = The event is full: you are on the waitlist, and get a mail if a place comes free.
event-notice-cancelled = Your place is given up.
rsvp-refused-past = This event has started or is over: it takes no more answers.
rsvp-refused-deadline = The RSVP deadline of this event has passed.
rsvp-refused-cancelled = This event was cancelled.
rsvp-refused-not-coming = You had no place to give up.
rsvp-refused-not-waiting = Only someone on the waitlist can be given a place.
rsvp-state-going = going
rsvp-state-waiting = on the waitlist
rsvp-state-cancelled = not coming
event-new-title = Schedule an event
event-edit-title = Edit the event
event-field-title = Title
event-field-starts = Starts (local time)
event-field-ends = Ends (local time)
event-field-time_zone = Time zone (IANA, such as Europe/Berlin)
event-field-venue = Venue
event-field-online_url = Online link
event-field-capacity = Capacity (empty: no limit)
event-field-rsvp_deadline = RSVP deadline (local time, optional)
event-field-link_for_attendees = Show the online link only to people going
event-field-kind = Kind
event-field-specialization = Specialization
event-field-description = Description (Markdown)
event-field-speakers = Speakers
event-field-speakers-hint = One per line: a hero's address or name, or anyone's name | the talk's title.
event-save = Save the event
event-unknown-specialization = Choose a specialization from the list.
event-capacity-below-going = More people are going than this capacity allows.
event-mail-promoted-subject = A place came free: you are going to { $event }
event-mail-promoted-body = Hello { $name }, someone gave up their place at { $event }, and you were first on the waitlist: the place is yours.
event-mail-promoted-cancel = If you can't come, give the place up on the event's page so the next person gets it.
check-in-title = Check-in: { $event }
check-in-search = Find by name or address
check-in-find = Find
check-in-count = { $count ->
    [one] { $count } person going
   *[other] { $count } people going
}
check-in-list = People going
check-in-name = Name
check-in-email = Address
check-in-present = Present
check-in-here = Here
check-in-undo = Undo
check-in-mark = Check in
check-in-undo-label = Undo the check-in of { $name }
check-in-mark-label = Check in { $name }
calendar-title = My events and calendar
calendar-my-events = My events
calendar-none = You have no coming events.
calendar-address = Calendar address
calendar-address-lead = Subscribe to this secret address in your calendar application to see your events there. Anyone with the address sees them: make a new one (the old one stops working) or turn it off whenever you like.
calendar-address-once = This is the only time the address is shown: copy it now.
calendar-address-exists = You have a calendar address. It is not shown again; make a new one if you lost it.
calendar-address-make = Make my calendar address
calendar-address-replace = Make a new address (the old one stops working)
calendar-address-revoke = Turn the address off
calendar-mine-name = My events
calendar-waiting-summary = (waitlist) { $event }
groups-map-title = { $count ->
    [one] Map of the groups: { $count } group marked
   *[other] Map of the groups: { $count } groups marked
}
groups-map-caption = Each mark is a group (choose one to open it); online-only groups and groups without coordinates are listed below only. Map data: Natural Earth.
## Briefings under NDA (issue 13)
briefings-title = Briefings
briefings-lead = Confidential briefings from the product teams. What you see here is for you alone: do not share it before it is public.
briefings-new = New briefing
briefings-back = All briefings
briefings-upcoming = Coming up
briefings-past = Past briefings
briefings-none-upcoming = No briefing is coming up for you.
briefings-none-past = No past briefings.
briefings-nda-waiting = { $count ->
    [one] One briefing is waiting for you once you accept the current NDA.
   *[other] { $count } briefings are waiting for you once you accept the current NDA.
}
briefings-nda-read = Read and accept the NDA
briefings-notice-created = The briefing is published.
briefings-notice-calendar-revoked = Your calendar address no longer works.
briefings-notice-nda-accepted = Thank you: you accepted the NDA.
briefings-calendar = Your calendar
briefings-calendar-lead = Subscribe your calendar application to a private address that lists the briefings you answered. Anyone with the address sees them, so keep it to yourself; you can replace or revoke it at any time.
briefings-calendar-new = Your calendar address (shown only now, copy it):
briefings-calendar-create = Make a calendar address
briefings-calendar-replace = Replace the calendar address
briefings-calendar-revoke = Revoke the calendar address
briefing-back = Back to the briefing
briefing-embargo-label = Under embargo.
briefing-embargo = Nothing of this briefing may be shared before { $date }.
briefing-when = When
briefing-minutes = { $count ->
    [one] one minute
   *[other] { $count } minutes
}
briefing-venue = Venue
briefing-seats = Seats
briefing-seats-taken = { $taken } of { $capacity } taken
briefing-waiting = { $count ->
    [one] one hero waiting
   *[other] { $count } heroes waiting
}
briefing-nda = NDA version
briefing-edit = Edit the briefing
briefing-manage = RSVPs, attendance and access log
briefing-your-answer = Your answer
briefing-rsvp-going = You have a seat.
briefing-rsvp-waiting = You are on the waitlist.
briefing-you-run = you run it
briefing-rsvp = I will attend
briefing-join-waitlist = Join the waitlist
briefing-cancel = Withdraw my answer
briefing-join-link = Join online
briefing-recording = Watch the recording
briefing-ics = Add to calendar (.ics)
briefing-agenda = Agenda
briefing-materials = Materials
briefing-notice-seated = You have a seat.
briefing-notice-waitlisted = The briefing is full: you are on the waitlist and will be mailed if a seat frees up.
briefing-notice-cancelled = Your answer is withdrawn.
briefing-notice-saved = The briefing is saved.
briefing-notice-already = You had already answered.
briefing-notice-attendance = Attendance is saved.
briefing-notice-attendance-unmatched = { $count ->
    [one] Attendance is saved. One address in the file matched no seated hero.
   *[other] Attendance is saved. { $count } addresses in the file matched no seated hero.
}
briefing-import = Import attendance
briefing-import-label = Attendance as CSV
briefing-import-hint = Paste the participant list your meeting tool exports. The seated heroes whose address appears in it are marked present, the others absent.
briefing-import-submit = Import attendance
briefing-unknown = Nothing is called “{ $value }”.
briefing-field-title = Title
briefing-field-summary = Abstract
briefing-field-audience = Audience
briefing-audience-specializations = Heroes of the specializations below
briefing-audience-all-heroes = Every active hero
briefing-audience-named = The heroes named below
briefing-field-specializations = Specializations
briefing-field-heroes = Named heroes
briefing-field-heroes-hint = The addresses of their pages (for example ana-souza), separated by commas.
briefing-field-nda = NDA version required
briefing-field-embargo = Embargo until
briefing-field-embargo-hint = Optional. Until this day the briefing shows a banner: nothing may be shared.
briefing-field-starts = Starts (local time)
briefing-field-zone = Time zone
briefing-field-zone-hint = An IANA name such as Europe/Berlin or America/New_York.
briefing-field-minutes = Length in minutes
briefing-field-join = Online link
briefing-field-join-hint = Shown only to eligible heroes; every click is logged. Give a link, a venue or both.
briefing-field-venue = Venue
briefing-field-capacity = Seats
briefing-field-agenda = Agenda
briefing-field-materials = Materials
briefing-field-recording = Recording link
briefing-save = Save the briefing
briefing-manage-title = Running “{ $title }”
briefing-rsvps = RSVPs and waitlist
briefing-rsvps-none = Nobody has answered yet.
briefing-who = Who
briefing-answer = Answer
briefing-attended = Attendance
briefing-present = attended
briefing-present-label = { $name } attended
briefing-save-attendance = Save attendance
briefing-access-log = Access log
briefing-access-log-none = Nobody has opened the briefing yet.
briefing-what = What
briefing-at = When
briefing-viewed-page = the page and materials
briefing-viewed-join-link = the join link
briefing-viewed-recording = the recording
briefing-viewed-calendar = the calendar file
field-markdown-hint = Markdown: links, lists, emphasis.
nda-title = Non-disclosure agreement
nda-version = NDA version { $version }
nda-effective = In effect since { $date }.
nda-accepted = You accepted this version.
nda-accept = Accept the NDA
nda-accept-required = Tick the box to accept the NDA.
admin-nda-title = NDA versions
admin-nda-lead = Publish a new version and every hero is asked to accept it from its effective date; briefings that require it stay hidden from heroes until they do.
admin-nda-published = The version is published.
admin-nda-label = Version
admin-nda-effective = Effective from
admin-nda-acceptances = Acceptances
admin-nda-new = Publish a new version
admin-nda-body = Text
admin-nda-publish = Publish
admin-nda-label-taken = A version already has this name.
admin-nda-back = All NDA versions
admin-nda-accepted-by = { $count ->
    [one] Accepted by one person
   *[other] Accepted by { $count } people
}
admin-nda-who = Who
admin-nda-when = When
admin-nda-from = From address
admin-area-nda = NDA versions
admin-area-nda-hint = Publish NDA versions and see who accepted which, when and from where.
admin-area-briefings = Briefings
admin-area-briefings-hint = Create briefings under NDA, see RSVPs, mark attendance, read the access log.
mail-briefing-seat-subject = A seat is yours: { $title }
mail-briefing-seat-body = A seat freed up at the briefing “{ $title }” and it is yours. If you cannot come after all, withdraw your answer so the next hero gets it.
mail-briefing-digest-subject = { $count ->
    [one] A new briefing for you
   *[other] { $count } new briefings for you
}
mail-briefing-digest-body = { $count ->
    [one] A briefing you may attend was published:
   *[other] Briefings you may attend were published:
}
mail-briefing-reminder-subject = Tomorrow: { $title }
mail-briefing-reminder-body = A reminder: the briefing “{ $title }” starts { $start }. You have a seat.
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
mentoring-refusal-paused = Your offer is paused, so you take no mentees now. Open it again to accept this ask; it keeps waiting until then (or decline it).
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

## Benefits II: pool imports from the web (job with progress)
credits-import-title = Pool import #{ $id }
credits-import-progress = { $done } of { $total } rows done
credits-import-running = The import is running; this page reloads every few seconds.
credits-import-reload = Reload now
credits-import-finished = The import is finished.
credits-import-added = { $count ->
    [one] { $count } code added to the pool
   *[other] { $count } codes added to the pool
}
credits-import-already = { $count ->
    [one] { $count } code was in the pool already, with the same value and expiry (left as it was)
   *[other] { $count } codes were in the pool already, with the same value and expiry (left as they were)
}
credits-import-refused = { $count ->
    [one] { $count } row refused
   *[other] { $count } rows refused
}
credits-import-refused-title = Refused rows
credits-import-col-line = Line
credits-import-col-reason = Why
credits-import-other-terms = This code is in the pool already with another value or expiry; the pool keeps the one it has.
credits-admin-imports = Recent imports
credits-admin-import-line = { $when }: { $done } of { $total } rows, { $added } added

## Benefits II: the digest's period
digest-title-week = Heroes digest, week of { $day }
digest-title-quarter = Heroes digest, { $quarter }
digest-cadence-title = How often
digest-cadence-label = Draft a digest
digest-cadence-hint = The job drafts the digest of each period when it ends; a change applies from the next period drafted.
digest-cadence-weekly = Every week
digest-cadence-monthly = Every month
digest-cadence-quarterly = Every quarter
digest-cadence-save = Save
digest-cadence-saved = The digest's period is saved.
credits-entry-restoration = Restored (the move to alumni was undone)
## Briefing files, product areas of briefings, feedback from briefings (issue 13)
briefing-files = Files
briefing-files-none = No files yet.
briefing-file-download = Download { $name }
briefing-file-size-kb = { $size } KB
briefing-file-size-mb = { $size } MB
briefing-file-add = Add a file
briefing-file-label = File
briefing-file-hint = PDF, PNG, JPEG, WebP, PowerPoint, Word, Excel, or text (.txt, .md, .csv); at most { $max } MB. The type is checked from the content, not the name. Eligible heroes download it; every download is logged.
briefing-file-upload = Upload the file
briefing-file-remove = Remove
briefing-file-remove-label = Remove { $name }
briefing-file-empty = Choose a file that is not empty.
briefing-file-too-large = The file is larger than { $max } MB.
briefing-file-type = This type of file is not accepted (judged by its content): use PDF, PNG, JPEG, WebP, PowerPoint, Word, Excel, or text.
briefing-file-name = The file name holds characters that are not allowed (such as NUL). Rename the file and try again.
briefing-file-unreadable = The upload could not be read. A file name with control characters (such as NUL) is refused: rename the file and try again.
briefing-notice-file-added = The file was added.
briefing-notice-file-removed = The file was removed.
briefing-viewed-file = a file
briefing-area = Product area
briefing-field-area = Product area
briefing-field-area-none = None
briefing-feedback = Feedback from this briefing
briefing-feedback-none = No feedback names this briefing yet.
feedback-field-briefing = Came from a briefing
feedback-field-briefing-none = None
feedback-field-briefing-hint = Optional: the briefing you learned about this in. Only the product team sees it.
feedback-unknown-briefing = There is no such briefing.
feedback-from-briefing = Came from the briefing
feedback-from-briefing-hidden = a briefing (#{ $id }) you do not run
briefing-file-feedback = File feedback from this briefing
admin-area-dashboard = Dashboard and exports
admin-area-dashboard-hint = Charts of heroes, contributions, activity and selection; every hero, contribution and candidacy as CSV or JSON.
dashboard-title = Dashboard
dashboard-lead = Charts of the program, drawn from figures kept up to date with every change. Each chart can be narrowed by specialization, place and period, and downloaded as CSV.
dashboard-back = ← Dashboard
dashboard-filters = Filter the charts
dashboard-any = Any
dashboard-from = From month
dashboard-to = To month
dashboard-period-hint = Months as YYYY-MM. Without a period, the last twelve months.
dashboard-filter = Show
dashboard-period = From { $from } to { $to }
dashboard-csv = Download the data (CSV)
dashboard-table-caption = The chart's data
dashboard-listed = { $count ->
    [one] { $count } hero to follow up
   *[other] { $count } heroes to follow up
}
dashboard-more-in-csv = { $count ->
    [one] { $count } more in the CSV file.
   *[other] { $count } more in the CSV file.
}
dashboard-no-specialization = No specialization
dashboard-year = Year first named
dashboard-specialization = Specialization
dashboard-region = Region
dashboard-country = Country
dashboard-month = Month
dashboard-kind = Kind
dashboard-hero = Hero
dashboard-heroes = Heroes
dashboard-contributions = Contributions
dashboard-views = Views
dashboard-attendees = Attendees
dashboard-stars = Stars
dashboard-answers = Answers
dashboard-band = Band
dashboard-recent = Last 90 days
dashboard-before = The 90 days before
dashboard-latest = Latest contribution
dashboard-none-in-window = none in 180 days
dashboard-follow-up = Heroes to follow up
dashboard-band-active = Active
dashboard-band-slowing = Slowing
dashboard-band-quiet = Quiet
dashboard-band-silent = Silent
dashboard-cycle = Cycle
dashboard-stage-nominated = Nominated
dashboard-stage-answered = Answered
dashboard-stage-reviewed = Reviewed
dashboard-stage-decided = Decided
dashboard-stage-announced = Announced
dashboard-days-to-answer = Days to the nominee's answer (median)
dashboard-days-to-decide = Days from answer to decision (median)
dashboard-days-to-announce = Days from decision to announcement (median)
dashboard-reviewer = Reviewer
dashboard-assigned = Assigned
dashboard-reviewed = Reviewed
dashboard-conflicts = Conflicts declared
dashboard-distance = Mean distance from the panel's score (hundredths)
dashboard-heroes-by-year = Heroes by year first named
dashboard-heroes-by-year-description = The heroes first named in each year of the period, split by their status today: active, alumni or on leave. A bar's length is the year's new heroes.
dashboard-heroes-by-specialization = Heroes by specialization
dashboard-heroes-by-specialization-description = Heroes named by the end of the period in each specialization, by status. A hero awarded in two specializations counts in both.
dashboard-heroes-by-region = Heroes by region
dashboard-heroes-by-region-description = Heroes named by the end of the period in each region, by status.
dashboard-heroes-by-country = Heroes by country
dashboard-heroes-by-country-description = Heroes named by the end of the period in each country, most first, by status.
dashboard-contributions-by-kind = Contributions per month by kind
dashboard-contributions-by-kind-description = Public contributions published in each month of the period, by kind. A specialization filter keeps those logged in it; a place, those of heroes living there.
dashboard-contributions-by-specialization = Contributions per month by specialization
dashboard-contributions-by-specialization-description = Public contributions published in each month of the period, by the specialization they were logged in.
dashboard-reach = Reach by kind
dashboard-reach-description = Public contributions of the period and the reach their heroes recorded (views, attendees, stars, answers), by kind.
dashboard-most-active = Most active heroes
dashboard-most-active-description = The twenty heroes with the most public contributions in the period. A specialization filter keeps heroes awarded in it.
dashboard-activity-bands = Activity bands
dashboard-activity-bands-description = Every active hero by their public contributions as of today: active (at least as many in the last 90 days as in the 90 before), slowing (fewer), quiet (none in the last 90 days, some before), silent (none in 180 days). The period does not apply.
dashboard-selection-funnel = Selection funnel
dashboard-selection-funnel-description = Candidacies of each selection cycle open in the period, by how far they got: nominated, answered by the nominee, reviewed at least once, decided, announced.
dashboard-selection-times = Time in each selection stage
dashboard-selection-times-description = Median days from nomination to the nominee's answer, from answer to decision and from decision to announcement, per cycle (0 when nothing got that far).
dashboard-reviewers = Reviewers' load and agreement
dashboard-reviewers-description = Per reviewer, in the selection cycles open in the period: candidacies assigned, reviewed, conflicts declared, and how far their weighted scores lie from the panel's mean where two or more reviewed (lower is closer agreement).
dashboard-panel-heroes = Heroes
dashboard-panel-contributions = Contributions
dashboard-panel-activity = Activity and renewal
dashboard-panel-selection = Selection
dashboard-panel-briefings = Briefings
dashboard-panel-feedback = Feedback
dashboard-panel-credits = Credits
dashboard-panel-events = Events
dashboard-panel-mentoring = Mentoring
dashboard-heroes-map = World map of heroes
dashboard-heroes-map-description = Heroes named by the end of the period in each country, as a mark at the mean position of the country's larger cities whose area is proportional to its heroes. Countries without a city of 100,000 people in the map's data are in the table only. Map data: Natural Earth, cities: GeoNames.
dashboard-renewal-readiness = Renewal readiness
dashboard-renewal-readiness-description = Every active hero by their renewal readiness as of today: the points the published rubric gives their last twelve months of work, as a share of the target — ready (100 % or more), near (75–99 %), halfway (50–74 %), started (25–49 %), far (under 25 %). The period does not apply.
dashboard-readiness-level = Readiness
dashboard-readiness-ready = Ready
dashboard-readiness-near = Near (75–99 %)
dashboard-readiness-halfway = Halfway (50–74 %)
dashboard-readiness-started = Started (25–49 %)
dashboard-readiness-far = Far (under 25 %)
dashboard-briefing-attendance = Briefing attendance
dashboard-briefing-attendance-description = Briefings that started in each month of the period, with their seats taken, waiting lists and the people marked as attended. Only the period applies.
dashboard-briefings = Briefings
dashboard-going = Seats taken
dashboard-waiting = Waiting list
dashboard-attended = Attended
dashboard-feedback-answer-times = Feedback answer times
dashboard-feedback-answer-times-description = Feedback items opened in each month of the period, those staff have answered, and the median whole days from opening to the first answer. Only the period applies.
dashboard-opened = Opened
dashboard-answered = Answered
dashboard-median-days-to-answer = Days to the first answer (median)
dashboard-credit-spend = Credit spend
dashboard-credit-spend-description = The value of the credit codes issued in each month of the period, by what the request was for. A specialization keeps codes issued under it; a place, those of heroes living there.
dashboard-spend-workshop = Workshops
dashboard-spend-demo = Demos and talks
dashboard-spend-open-source = Open source
dashboard-spend-other = Other
dashboard-spend-no-request = Without a request
dashboard-event-attendance = Events and attendance
dashboard-event-attendance-description = Events that started in each month of the period (cancelled ones left out), their seats taken and the people checked in at the door. A specialization keeps events of it; a place, events of groups there.
dashboard-events = Events
dashboard-checked-in = Checked in
dashboard-mentoring-matches = Mentoring matches
dashboard-mentoring-matches-description = Requests for a mentor made in each month of the period, those matched with a mentor, and the median whole days from request to match. Only the period applies.
dashboard-requests = Requests
dashboard-matched = Matched
dashboard-median-days-to-match = Days to a match (median)
dashboard-exports = Program-wide exports
dashboard-exports-lead = Every hero with every field, every public contribution, every candidacy with its decision. Not filtered.
export-heroes = Heroes
export-contributions = Contributions
export-candidacies = Candidacies and decisions
## Community projects (issue 16)
nav-projects = Projects
projects-title = Community projects
projects-lead = Projects heroes started: open source, translations, learning material. Ask to join the ones you can help.
projects-start-link = Start a project (heroes)
projects-filters = Filter projects
projects-text = Words
projects-specialization = Specialization
projects-status = Status
projects-any = Any
projects-help-wanted = Only projects that want help
projects-filter = Show projects
projects-count = { $count ->
    [one] One project
   *[other] { $count } projects
}
projects-members = { $count ->
    [one] one person
   *[other] { $count } people
}
projects-feed-atom = Atom feed of these projects
projects-feed-json = JSON Feed of these projects
projects-back = All projects
project-status-active = Active
project-status-looking-for-help = Looking for help
project-status-paused = Paused
project-status-done = Done
project-help-wanted = Help wanted
project-help-wanted-list = Help wanted: { $help }
project-help-skills = Skills wanted
project-help-roles = Roles wanted
project-site = Repository or site
project-specializations = Specializations
project-who = Who works on it
project-owner = owner
project-make-owner = Make owner
project-unmake-owner = Step down as owner
project-make-owner-label = Make { $name } an owner
project-unmake-owner-label = { $name } is no longer an owner
project-requests = Requests to join
project-no-requests = Nobody is waiting.
project-accept = Accept
project-decline = Decline
project-accept-label = Accept { $name }
project-decline-label = Decline { $name }
project-contributions = Contributions to this project
project-no-contributions = No contribution is linked to this project yet.
project-leave = Leave this project
project-edit = Edit the project
project-waiting = You asked to join; the owners will answer.
project-join = Ask to join
project-join-message = What you would like to do (optional)
project-join-hint = The owners read it with your name and address.
project-sign-in-to-join = Sign in to ask to join
project-notice-started = Your project has started. You are its owner.
project-notice-saved = Saved.
project-notice-asked = Your request was sent to the owners.
project-notice-accepted = Accepted: they are a member now.
project-notice-declined = Declined.
project-notice-left = You left the project.
project-notice-owners = The owners changed.
project-refusal-answered = This request was already answered.
project-refusal-member = You already belong to this project.
project-refusal-asked = You already asked to join; the owners will answer.
project-refusal-closed = This project is done and takes nobody new.
project-refusal-last-owner = A project always keeps an owner: make another member an owner first.
project-refusal-not-member = That person is not a member of this project.
project-start-title = Start a project
project-start-lead = You will be its owner. Others ask to join, and you accept or decline.
project-edit-title = Edit { $project }
project-field-name = Name
project-field-description = Description
project-field-description-hint = Markdown: what it is, who it is for, how to help.
project-field-url = Repository or site (optional)
project-field-specializations = Specializations
project-field-skills = Skills wanted
project-field-roles = Roles wanted
project-field-help-hint = Separated by commas, at most ten.
project-field-status = Status
project-save = Save
project-start = Start the project
project-unknown-specialization = That specialization is not in the list.
project-name-taken = Too many projects have this name; choose another.
project-mail-asked-subject = { $name } asks to join { $project }
project-mail-asked-body = { $name } would like to work on { $project }. Accept or decline on the project's page.
project-mail-accepted-subject = Welcome to { $project }
project-mail-accepted-body = An owner of { $project } accepted your request: you are a member now.
project-mail-declined-subject = Your request to join { $project }
project-mail-declined-body = The owners of { $project } declined your request this time.
own-project = Project
own-project-none = No project
own-project-hint = A project you belong to that this work is part of.
own-project-unknown = Choose a project you belong to.
## Speaker suggestions and invitations (issue 15)
speaker-reason-topics = speaks about { $topic }
speaker-reason-distance = { $km ->
    [0] in the same city
    [one] one km away
   *[other] { $km } km away
}
speaker-reason-hours = { $count ->
    [0] same time zone
    [one] one hour from the event's time zone
   *[other] { $count } hours from the event's time zone
}
speaker-reason-available = available to speak
speaker-reason-spoke = { $count ->
    [one] spoke once in the last year
   *[other] spoke { $count } times in the last year
}
speaker-account-title = Speaking
speaker-account-lead = Tell organizers of the program's events whether and where you would give a talk. They see heroes ranked as speakers for their event, and you answer each invitation.
speaker-account-saved = Your speaking settings are saved.
speaker-account-save = Save speaking settings
speaker-open-label = I am open to invitations to speak
speaker-topics = What you like to speak about
speaker-topics-hint = A few words, such as "Lambda, event-driven design"; matched against the event.
speaker-travel-km = How far you travel to an event (km)
speaker-travel-km-hint = Leave empty if distance does not matter.
speaker-remote-only-label = Only online events
speaker-languages = Languages you give talks in
speaker-languages-hint = Language tags separated by commas, such as "es, en". Empty: your profile's languages.
speaker-invitations-heading = Invitations to speak
speaker-invitations-none = No invitations yet.
speaker-invitation-title = Invitation to speak
speaker-invitation-event = Event
speaker-invitation-state = Answer
speaker-invitation-state-pending = waiting for an answer
speaker-invitation-state-accepted = accepted
speaker-invitation-state-declined = declined
speaker-invitation-state-withdrawn = withdrawn
speaker-talk-title = Talk title
speaker-message = Message
speaker-accept = Accept and speak
speaker-decline = Decline
speaker-refusal-answered = This invitation was already answered.
speaker-suggestions-link = Find speakers
speaker-suggestions-title = Suggested speakers
speaker-suggestions-heading = Heroes who could speak
speaker-suggestions-none = No hero's work matches this event's title, description or specializations yet.
speaker-suggestions-refresh = Suggest again
speaker-event-languages = Languages of the talk
speaker-event-languages-hint = Language tags separated by commas; by default the languages heroes in the event's country speak most.
speaker-invited-heading = Invited
speaker-invite = Invite to speak
speaker-invite-submit = Send the invitation
speaker-choose-suggested = Choose one of the suggested heroes.
speaker-already-invited = This hero was already invited to this event.
speaker-notice-invited = The invitation was sent.
speaker-mail-invited-subject = { $organizer } invites you to speak at { $event }
speaker-mail-invited-body = Hello { $name }, { $organizer } would like you to give the talk "{ $talk }" at { $event }.
speaker-mail-invited-answer = Open the invitation to accept or decline it.
speaker-mail-accepted-subject = { $hero } will speak at { $event }
speaker-mail-accepted-body = Hello { $name }, { $hero } accepted your invitation to give "{ $talk }" at { $event } and is now among its speakers.
speaker-mail-declined-subject = { $hero } cannot speak at { $event }
speaker-mail-declined-body = Hello { $name }, { $hero } declined your invitation to give "{ $talk }" at { $event }.

## Leaders' mail to their group's members (issue 15)
group-mail-title = Mail the members
group-mail-lead = Every member gets the mail, except those who unsubscribed from this group's mail; each mail has a link to unsubscribe in one click.
group-mail-limit = { $count ->
    [one] A group can send one mail every { $days } days.
   *[other] A group can send { $count } mails every { $days } days.
}
group-mail-subject = Subject
group-mail-body = Message
group-mail-send = Send to the members
group-mail-sent = { $count ->
    [one] The mail was queued for one member.
   *[other] The mail was queued for { $count } members.
}
group-mail-sent-heading = Mails sent
group-mail-recipients = { $count ->
    [one] one member
   *[other] { $count } members
}
group-mail-limited = This group has sent as many mails as it may for now. { $limit } The next one can go on { $next }.
group-mail-from = { $name } wrote this to the members of { $group }.
group-mail-open-group = Open the group
group-mail-footer = You get this mail as a member of the group. Unsubscribe from its mail: { $link }
group-unsubscribe-title = Unsubscribe from this group's mail
group-unsubscribe-body = You stay a member; the group's leaders will no longer mail you.
group-unsubscribe-action = Unsubscribe
group-unsubscribed-title = Unsubscribed
group-unsubscribed = You will get no more mail from this group's leaders.
list-text-filter = Words in the name or description

## Webhooks (issue 19)
admin-area-webhooks = Webhooks
admin-area-webhooks-hint = Tell other systems when heroes are announced, move to alumni, change their profile or publish.
admin-webhooks-title = Webhooks
admin-webhooks-lead = Each endpoint receives the events it subscribes to as signed JSON, retried with backoff when it fails.
admin-webhooks-none = No endpoint is registered.
admin-webhooks-url = Address
admin-webhooks-url-hint = An http:// or https:// address the program can reach from the internet; no user name or password in it.
admin-webhooks-url-private = This address points into a private or loopback network, which the program does not send to.
admin-webhooks-events = Events
admin-webhooks-events-needed = Choose at least one event.
admin-webhooks-event-hero-announced = a new hero is announced
admin-webhooks-event-hero-moved-to-alumni = a hero moves to alumni
admin-webhooks-event-hero-profile-changed = a hero changes their public profile
admin-webhooks-event-contribution-published = a public contribution is logged
admin-webhooks-description = Description
admin-webhooks-active = Active (paused endpoints keep their deliveries waiting)
admin-webhooks-state = State
admin-webhooks-state-active = Active
admin-webhooks-state-paused = Paused
admin-webhooks-waiting = Waiting
admin-webhooks-failed = Failed
admin-webhooks-new = New endpoint
admin-webhooks-add = Add endpoint
admin-webhooks-too-many = At most { $max } endpoints can be registered. Remove one first.
admin-webhooks-created = Endpoint added.
admin-webhooks-removed = Endpoint removed.
admin-webhooks-saved = Saved.
admin-webhooks-rotated = A new secret was made; the old one no longer signs deliveries.
admin-webhooks-ping-queued = A test ping is on its way.
admin-webhooks-replay-queued = The delivery will be sent again.
admin-webhooks-back = All webhooks
admin-webhooks-endpoint-title = Webhook endpoint
admin-webhooks-secret = Signing secret
admin-webhooks-secret-once = Copy this secret now: it is shown only once. Use it to check the Heroes-Signature header of every delivery.
admin-webhooks-settings = Settings
admin-webhooks-save = Save
admin-webhooks-ping = Send a test ping
admin-webhooks-rotate = Make a new secret
admin-webhooks-remove = Remove endpoint
admin-webhooks-deliveries = Deliveries
admin-webhooks-no-deliveries = Nothing was sent to this endpoint yet.
admin-webhooks-delivery = delivery { $id }
admin-webhooks-delivery-pending = waiting
admin-webhooks-delivery-delivered = delivered
admin-webhooks-delivery-failed = failed
admin-webhooks-delivery-skipped = skipped (no longer public)
admin-webhooks-next = next attempt { $at }
admin-webhooks-replay = Send again
admin-webhooks-replay-label = Send delivery { $id } again
admin-webhooks-attempts-label = Attempts of delivery { $id }
admin-webhooks-attempt-at = When (UTC)
admin-webhooks-attempt-status = Status
admin-webhooks-attempt-duration = Time
admin-webhooks-attempt-answer = Answer or error
admin-webhooks-ms = { $ms } ms

## Times in two zones: an event's (or a hero's) own, then the reader's.
# $there: the time where it happens, with its zone; $here: the same moment in the reader's zone.
time-two-zones = { $there } · { $here } for you
# The reader's zone is unknown, so the second time is UTC (named in $here), not "for you".
time-two-zones-utc = { $there } · { $here }

## /account/time-zone
time-zone-title = Time zone
time-zone-lead = Every date and time on these pages is shown in this zone.
time-zone-saved = Your time zone is saved.
# $time: the date and time now, as these pages show it.
time-zone-now = It is now { $time }.
time-zone-default = Not chosen: your browser's zone, or UTC
# $zone: the IANA name of the zone on the person's hero profile.
time-zone-default-hero = Not chosen: your profile's zone ({ $zone })
time-zone-hint = Events and briefings also show their own zone.
time-zone-submit = Save time zone

## The accepted candidate's hero record before announcement day (issue 12)
candidate-banner-title = Your profile goes public on { $date }
candidate-banner-lead = Until then only you see your hero profile and contributions. Complete it now, so it is ready on the day.
candidate-banner-missing = Still missing:
candidate-banner-complete = Everything is in place: your bio, photo, links and contributions.
candidate-missing-bio = a bio that says what you do
candidate-missing-photo = a photo
candidate-missing-links = links to your blog, GitHub or other profiles
candidate-missing-contributions = your contributions of the last twelve months
candidate-banner-edit = Edit your profile and photo
candidate-banner-contributions = Add contributions
candidate-banner-sources = Add sources
candidate-banner-preview = Preview your page
candidate-preview-notice = Preview: this page is not public yet. Visitors get "page not found" until the announcement.
admin-candidate-record = Hero record prepared (not public until announced)
