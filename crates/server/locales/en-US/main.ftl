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
directory-count = Showing { $first }–{ $last } of { $total } heroes
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
