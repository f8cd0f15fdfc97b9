# English (reference catalog). Message ids are named by meaning, not by their English text.

site-name = Heroes
site-tagline = Die Community-Expertinnen und -Experten, die ihr Wissen teilen: Finden Sie Speaker, Mentoren oder Autoren in Ihrer Nähe.

nav-label = Hauptnavigation
nav-skip = Zum Inhalt springen
nav-heroes = Heroes
nav-specializations = Fachgebiete
nav-contributions = Beiträge
nav-api = API

footer-about = Heroes sind Community-Expertinnen und -Experten, die dafür anerkannt werden, dass sie ihr Wissen in Vorträgen, Beiträgen, Videos, Open Source, Antworten und Mentoring weitergeben.
footer-feed-atom = Atom-Feed
footer-feed-json = JSON Feed
footer-api = API
footer-sitemap = Sitemap

feed-all-title = Neueste Beiträge aller Heroes

error-not-found-title = Seite nicht gefunden
error-not-found-body = Diese Seite wurde nicht gefunden. Möglicherweise wurde sie verschoben oder die Adresse ist falsch geschrieben.
error-internal-title = Etwas ist schiefgelaufen
error-internal-body = Auf unserer Seite ist ein Fehler aufgetreten, der protokolliert wurde. Bitte versuchen Sie es gleich noch einmal.
error-go-home = Zur Startseite
error-go-directory = Verzeichnis durchsuchen

home-title = Lernen Sie die Expertinnen und Experten kennen, die die ganze Community voranbringen
home-lead = Heroes sind Praktikerinnen und Praktiker, die für ihr außergewöhnliches Engagement anerkannt werden: Sie sprechen auf Konferenzen und bei User Groups, veröffentlichen Anleitungen, beantworten Fragen, entwickeln Open Source und fördern die nächste Generation.
home-stats-heroes = { $count ->
    [one] { $count } aktiver Hero
   *[other] { $count } aktive Heroes
}
home-stats-countries = { $count ->
    [one] in { $count } Land
   *[other] in { $count } Ländern
}
home-what-title = Was ist ein Hero?
home-what-body = Ein Hero wird von Kolleginnen und Kollegen oder Mitgliedern der Community nominiert und für das geteilte Wissen und die geleistete Unterstützung ausgewählt. Heroes sind nach Fachgebieten gruppiert, treffen sich in einem weltweiten Netzwerk, erhalten frühzeitig Briefings und Zugang zu Produktteams und nutzen dies, damit alle anderen schneller lernen. Sie:
home-what-speak = sprechen auf Konferenzen und bei User Groups,
home-what-write = veröffentlichen Anleitungen und Fachartikel,
home-what-answer = beantworten Fragen und unterstützen andere online,
home-what-mentor = begleiten andere als Mentoren und bauen lokale Communitys auf.
home-specializations-title = Fachgebiete
home-featured-title = Einige unserer Heroes
home-featured-all = Alle Heroes anzeigen
home-latest-title = Neueste Beiträge
home-latest-all = Alle Beiträge anzeigen
home-nominate-title = Kennen Sie jemanden, der ein Hero sein sollte?
home-nominate-body = Jedes Mitglied der Community kann eine Person nominieren, deren Vorträge, Texte, Code oder Mentoring etwas bewirkt haben. Nominierungen sind in jeder Auswahlrunde möglich; Nominierende und Nominierte können jede Phase verfolgen.

specialization-hero-count = { $count ->
    [0] noch keine Heroes
    [one] { $count } Hero
   *[other] { $count } Heroes
}

card-specializations = Fachgebiete
card-hero-since = Hero seit { $year }

status-active = Aktiv
status-alumni = Alumni
status-on-leave = Pausiert

region-americas = Amerika
region-emea = Europa, Naher Osten und Afrika
region-apj = Asien-Pazifik und Japan

kind-blog-post = Blogbeitrag
kind-article = Artikel
kind-video = Video
kind-talk = Vortrag
kind-workshop = Workshop
kind-podcast = Podcast
kind-book = Buch
kind-open-source = Open Source
kind-code-sample = Codebeispiel
kind-online-answers = Online-Antworten
kind-user-group = User Group
kind-mentoring = Mentoring
kind-other = Sonstiges

link-blog = Blog
link-github = GitHub
link-x = X
link-linkedin = LinkedIn
link-youtube = YouTube
link-mastodon = Mastodon
link-bluesky = Bluesky
link-website = Website

directory-search-label = Heroes suchen
directory-search-placeholder = Name, Thema, Unternehmen oder Stadt
directory-search-button = Suchen
directory-title = Hero-Verzeichnis
directory-title-search = Heroes zu „{ $text }“
directory-sort-label = Sortieren nach
directory-sort-relevance = Beste Übereinstimmung
directory-sort-name = Name (A–Z)
directory-sort-newest = Neueste Heroes
directory-filters = Filter
directory-filter-specialization = Fachgebiet
directory-filter-region = Region
directory-filter-country = Land
directory-filter-status = Status
directory-filter-since = Hero seit
directory-status-active = Aktuelle Heroes
directory-status-alumni = Alumni
directory-status-all = Alle
directory-since-any = Beliebiges Jahr
directory-apply = Filter anwenden
directory-ignored = { $parameter } = „{ $value }“ wurde ignoriert, da dieser Wert unbekannt ist; die folgenden Ergebnisse werden ohne ihn angezeigt.
directory-count-none = Keine passenden Heroes.
directory-count = { $total ->
    [one] Der einzige passende Hero wird angezeigt
   *[other] { $first }–{ $last } von { $total } Heroes
}
directory-active-filters = Aktive Filter
directory-remove-filter = Filter entfernen: { $filter }
directory-clear-all = Alle Filter zurücksetzen
directory-chip-search = Suche: { $text }
directory-empty-title = Keine Heroes entsprechen diesen Filtern
directory-empty-body = Verwenden Sie weniger Wörter, eine andere Schreibweise oder entfernen Sie einen Filter. Durchsucht werden Namen, Unternehmen, Städte sowie die Titel von Vorträgen und Beiträgen.
directory-empty-page-title = Diese Seite liegt hinter dem Ende
directory-empty-page-body = { $pages ->
    [one] Die Ergebnisse passen auf eine Seite.
   *[other] Die Ergebnisse passen auf { $pages } Seiten.
}
directory-go-last-page = Zur letzten Seite
directory-go-first-page = Zur ersten Seite

# The directory as people meet it: filters folded on a phone, countries in a menu, counts
# through plural rules, and a search that finds only the other status says so.
directory-filters-summary = { $count ->
    [0] Filter
    [one] Filter · einer ausgewählt
   *[other] Filter · { $count } ausgewählt
}
directory-country-any = Beliebiges Land
directory-country-add = Land hinzufügen
directory-option-count = { $name } ({ $count })
directory-count-past-end = { $total ->
    [one] Ein Hero entspricht den Kriterien.
   *[other] { $total } Heroes entsprechen den Kriterien.
}
directory-only-alumni-match = { $count ->
    [one] Kein aktueller Hero entspricht den Kriterien, aber einer unserer Alumni.
   *[other] Kein aktueller Hero entspricht den Kriterien, aber { $count } unserer Alumni.
}
directory-show-alumni = { $count ->
    [one] Ehemaligen Hero anzeigen
   *[other] Die { $count } Alumni anzeigen
}
directory-only-current-match = { $count ->
    [one] Keine Alumni entsprechen den Kriterien, aber ein aktueller Hero.
   *[other] Keine Alumni entsprechen den Kriterien, aber { $count } aktuelle Heroes.
}
directory-show-current = { $count ->
    [one] Aktuellen Hero anzeigen
   *[other] Die { $count } aktuellen Heroes anzeigen
}

pagination-label = Seiten
pagination-previous = ← Zurück
pagination-next = Weiter →
pagination-position = Seite { $page } von { $pages }

profile-back = ← Alle Heroes
profile-feed-title = Beiträge von { $name }
profile-photo-alt = Foto von { $name }
profile-award-since = seit { $year }
profile-about = Über
profile-hero-since = Hero seit
profile-languages = Sprachen
profile-timezone = Zeitzone
profile-local-time = Ortszeit
profile-links = Weitere Profile
profile-recent = Neueste Beiträge
profile-no-contributions = Noch keine öffentlichen Beiträge.
profile-all-contributions = Alle Beiträge anzeigen
profile-feed = Diesen Beiträgen folgen (Atom-Feed)

stream-title = Beiträge
stream-lead = Vorträge, Beiträge, Videos, Open Source und mehr von allen Heroes, die neuesten zuerst.
stream-filter-kind = Art
stream-feed = Atom-Feed dieser Ansicht
# Before the sites a contribution was also published on: "also on dev.to, medium.com".
contribution-also-on = auch auf
stream-count = { $total ->
    [one] { $total } Beitrag
   *[other] { $total } Beiträge
}
stream-empty-title = Keine Beiträge entsprechen diesen Filtern

specializations-title = Fachgebiete
specializations-lead = Heroes werden in einem oder mehreren Fachgebieten anerkannt. Jedes Fachgebiet hat eigene Heroes, einen eigenen Feed und eine eigene Seite.
specialization-heading = { $name }-Heroes
specialization-retired = Dieses Fachgebiet wurde eingestellt: Seine Historie bleibt erhalten, es werden aber keine neuen Heroes mehr aufgenommen.
specialization-all-heroes = Alle im Verzeichnis anzeigen

api-docs-title = API-Dokumentation
api-docs-lead = Eine schreibgeschützte JSON-API für das öffentliche Verzeichnis. Kein Schlüssel erforderlich; Antworten enthalten ETags, Fehler sind Problem-Dokumente nach RFC 9457.
api-docs-openapi = OpenAPI-3.1-Dokument
api-docs-parameter = Parameter
api-docs-meaning = Bedeutung

nav-account = Konto
nav-account-of = Ihr Konto ({ $name })
nav-unread = { $count ->
        [one] 1 ungelesen
       *[other] { $count } ungelesen
    }
nav-sign-in = Anmelden
nav-sign-out = Abmelden

error-forbidden-title = Nicht für dieses Konto
error-forbidden-body = Sie sind angemeldet, aber diese Seite gehört zu einer Rolle, die Ihr Konto nicht hat. Wenn Sie meinen, dass Sie sie haben sollten, wenden Sie sich an das Programmteam.

problem-empty = Bitte ausfüllen.
problem-too-long = Verwenden Sie höchstens { $max } Zeichen.
problem-too-short = Verwenden Sie mindestens { $min } Zeichen.
problem-invalid = Geben Sie { $expected } ein.
problem-out-of-range = Verwenden Sie eine Zahl von { $min } bis { $max }.
problem-year-out-of-range = Geben Sie ein Jahr von { $min } bis { $max } an.
form-has-errors = Einige Felder müssen Sie noch einmal prüfen; alle Ihre Eingaben sind erhalten geblieben.

field-name = Name
field-email = E-Mail-Adresse
field-password = Passwort
field-password-hint = Mindestens 10 Zeichen, nicht Ihre E-Mail-Adresse und kein gängiges Passwort. Ein kurzer Satz eignet sich gut.
field-current-password = Aktuelles Passwort
field-new-password = Neues Passwort
field-new-email = Neue E-Mail-Adresse

signup-title = Konto erstellen
signup-lead = Mit einem Konto können Sie Expertinnen und Experten nominieren, User Groups beitreten und als Hero Ihre Seite aktuell halten.
signup-submit = Konto erstellen
signup-have-account = Sie haben bereits ein Konto?
signup-sent-title = Prüfen Sie Ihr Postfach
signup-sent-body = Wir haben einen Link an { $email } gesendet. Öffnen Sie ihn, um Ihre Adresse zu bestätigen, und melden Sie sich dann an. Der Link ist drei Tage lang gültig.

verify-done-title = Ihre Adresse ist bestätigt
verify-done-body = Vielen Dank. Sie können sich jetzt anmelden.
link-invalid-title = Dieser Link funktioniert nicht mehr
link-invalid-body = Er wurde bereits verwendet, ist abgelaufen oder wurde unvollständig kopiert. Fordern Sie unten einen neuen an.

login-title = Anmelden
login-submit = Anmelden
login-no-account = Neu hier?
login-failed = Diese E-Mail-Adresse und dieses Passwort passen zu keinem Konto, bei dem derzeit eine Anmeldung möglich ist. Prüfen Sie beides oder setzen Sie Ihr Passwort per E-Mail zurück (damit wird auch ein Konto entsperrt, das nach vielen Versuchen gesperrt wurde).
login-throttled = Zu viele fehlgeschlagene Anmeldungen aus Ihrem Netzwerk. Warten Sie eine Viertelstunde oder setzen Sie Ihr Passwort per E-Mail zurück.
login-unverified = Bestätigen Sie zuerst Ihre E-Mail-Adresse über den Link, den wir Ihnen gesendet haben. E-Mail nicht erhalten? Verwenden Sie unten „Passwort vergessen?“ – der neue Link bestätigt auch Ihre Adresse.
signed-out = Sie sind abgemeldet.

forgot-title = Passwort vergessen?
forgot-lead = Geben Sie die Adresse Ihres Kontos ein; wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen können.
forgot-submit = Link senden
forgot-sent-title = Prüfen Sie Ihr Postfach
forgot-sent-body = Falls { $email } zu einem Konto gehört, ist ein Link zum Festlegen eines neuen Passworts unterwegs. Er ist eine Stunde lang gültig.

reset-title = Neues Passwort festlegen
reset-submit = Neues Passwort speichern
reset-done = Ihr Passwort wurde geändert und alle anderen Sitzungen wurden abgemeldet. Melden Sie sich mit dem neuen Passwort an.

account-title = Ihr Konto
account-roles = Rollen
account-hero-page = Ihre Hero-Seite
account-sections-label = Bereiche Ihres Kontos
account-section-hero = Ihre Hero-Seite
account-section-benefits = Vorteile
account-section-community = Community
account-section-team = Programmteam
account-section-account = Konto und Sicherheit
account-back = Zurück zu Ihrem Konto
account-password-heading = Passwort ändern
account-password-submit = Passwort ändern
account-password-changed = Ihr Passwort wurde geändert. Alle anderen Browser, die bei Ihrem Konto angemeldet waren, wurden abgemeldet.
account-current-password-wrong = Das ist nicht Ihr aktuelles Passwort.
account-email-heading = E-Mail-Adresse ändern
account-email-submit = Bestätigungslink senden
account-email-sent-title = Neue Adresse bestätigen
account-email-sent-body = Wir haben einen Link an { $email } gesendet. Ihre Adresse wird geändert, sobald Sie ihn öffnen (innerhalb eines Tages).
account-email-changed-title = Ihre E-Mail-Adresse wurde geändert
account-email-changed-body = Ab sofort melden Sie sich mit { $email } an.
account-email-taken-title = Diese Adresse ist bereits vergeben
account-email-taken-body = Ein anderes Konto verwendet diese Adresse inzwischen, daher bleibt Ihre Adresse unverändert.
account-sessions-heading = Wo Sie angemeldet sind
account-other-sessions = { $count ->
    [0] Nur dieser Browser ist bei Ihrem Konto angemeldet.
    [one] Ein weiterer Browser ist bei Ihrem Konto angemeldet.
   *[other] { $count } weitere Browser sind bei Ihrem Konto angemeldet.
}
account-sessions-ended = Alle anderen Browser wurden abgemeldet.
account-end-others = Überall sonst abmelden

role-member = Mitglied
role-hero = Hero
role-alumni = Alumni
role-staff = Mitarbeiter
role-reviewer = Reviewer
role-admin = Admin

admin-older = Ältere Einträge
admin-outbox-title = Postausgang
admin-outbox-lead-smtp = Alle E-Mails, die das Programm gesendet hat oder demnächst sendet, die neuesten zuerst. Ein SMTP-Server ist konfiguriert: E-Mails werden innerhalb von Sekunden zugestellt.
admin-outbox-lead-none = Alle E-Mails, die das Programm verfasst hat, die neuesten zuerst. Es ist kein SMTP-Server konfiguriert, daher bleiben die E-Mails hier (starten Sie `heroes` mit --smtp-url, um sie zuzustellen).
admin-outbox-empty = Noch keine E-Mails.
admin-outbox-to = An
admin-outbox-sent = gesendet { $at }
admin-outbox-failed = noch nicht zugestellt: { $error }
admin-outbox-pending = wartet auf Zustellung
admin-audit-title = Audit-Protokoll
admin-audit-lead = Alle privilegierten oder sicherheitsrelevanten Aktionen, die neuesten zuerst. Einträge können weder geändert noch entfernt werden.
admin-audit-when = Wann (UTC)
admin-audit-who = Wer
admin-audit-what = Was
admin-audit-target = Betrifft
admin-audit-from = Von

mail-greeting = Hallo { $name },
mail-footer = Sie erhalten diese E-Mail, weil jemand diese Adresse auf der Heroes-Website angegeben hat. Falls Sie das nicht waren, ignorieren Sie sie einfach: Es ändert sich nichts.
mail-verify-subject = Bestätigen Sie Ihre E-Mail-Adresse
mail-verify-body = Bitte bestätigen Sie, dass dies Ihre Adresse ist, damit Sie sich anmelden können.
mail-verify-action = Meine Adresse bestätigen
mail-reset-subject = Neues Passwort festlegen
mail-reset-body = Jemand (hoffentlich Sie) hat angefordert, das Passwort Ihres Kontos zurückzusetzen. Der Link funktioniert einmal und eine Stunde lang.
mail-reset-action = Neues Passwort festlegen
mail-change-email-subject = Bestätigen Sie Ihre neue E-Mail-Adresse
mail-change-email-body = Öffnen Sie den Link, um { $email } zur Adresse Ihres Kontos zu machen.
mail-change-email-action = Neue Adresse bestätigen
mail-exists-subject = Sie haben bereits ein Konto
mail-exists-body = Jemand hat versucht, mit dieser Adresse ein Konto zu erstellen, doch für sie gibt es bereits eines. Falls Sie das waren, melden Sie sich an oder legen Sie ein neues Passwort fest, wenn Sie es vergessen haben.
mail-exists-action = Mein Passwort zurücksetzen

profile-edit-title = Profil bearbeiten
profile-edit-lead = Was Sie hier ändern, erscheint sofort im Verzeichnis und auf Ihrer Seite.
profile-edit-view = Ihre Seite ansehen
profile-edit-saved = Gespeichert. Ihre Seite zeigt die Änderungen jetzt an.
profile-edit-card = Ihre Karte
profile-edit-about = Über Sie
profile-edit-submit = Profil speichern
profile-edit-submit-hint = Speichert alle Abschnitte auf einmal; die Schaltfläche bleibt beim Scrollen erreichbar.
field-display-name = Angezeigter Name
field-headline = Kurzbeschreibung
field-company = Unternehmen
field-city = Stadt
field-country = Land
field-photo-url = Fotoadresse
field-bio = Biografie
field-bio-hint = Markdown: **fett**, _kursiv_, [Links](https://example.org), Listen. HTML wird entfernt.
field-languages = Sprachen
field-languages-hint = Weitere Sprachen als durch Kommas getrennte Codes, z. B. sw, pt-BR oder zh-Hant.
field-languages-other = Weitere Sprachen
field-timezone = Zeitzone
field-timezone-hint = Ihre Seite zeigt Ihre Ortszeit in dieser Zeitzone an.
zone-region-africa = Afrika
zone-region-america = Amerika
zone-region-antarctica = Antarktis
zone-region-asia = Asien
zone-region-atlantic = Atlantik
zone-region-australia = Australien
zone-region-europe = Europa
zone-region-indian = Indischer Ozean
zone-region-pacific = Pazifik
field-timezone-none = Nicht angezeigt

tokens-title = API-Token
tokens-lead = Mit persönlichen Token können Ihre Skripte die JSON-API in Ihrem Namen nutzen. Senden Sie ein Token als „Authorization: Bearer TOKEN“. Ein Lese-Token kann nur lesen; ein Schreib-Token kann außerdem Ihr Profil ändern.
tokens-created = Ihr neues Token. Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt, und wir speichern nur einen Fingerabdruck davon.
tokens-new = Neues Token
tokens-name = Name
tokens-scope = Bereich
tokens-scope-read = Lesen: Ihr Konto und Profil einsehen
tokens-scope-write = Schreiben: außerdem Ihr Profil ändern
tokens-create = Token erstellen
tokens-yours = Ihre Token
tokens-none = Sie haben keine Token.
tokens-created-at = Erstellt
tokens-last-used = Zuletzt verwendet
tokens-never = nie
tokens-revoke = Widerrufen
account-tokens-link = API-Token

account-export = Alle Ihre Daten herunterladen (JSON)
account-delete-link = Konto löschen
delete-title = Konto löschen
delete-lead = Dies kann nicht rückgängig gemacht werden. Lesen Sie, was passiert, und bestätigen Sie dann mit Ihrem Passwort.
delete-erased-heading = Sofort gelöscht
delete-erased-account = Ihr Konto: Name, E-Mail-Adresse, Passwort, Rollen und API-Token.
delete-erased-sessions = Alle Sitzungen: Sie werden überall abgemeldet.
delete-erased-mail = Alle E-Mails, die wir Ihnen gesendet haben, sowie die mit Ihren Aktionen gespeicherten Netzwerkadressen.
delete-erased-hero = Ihre Hero-Seite mit ihren Links, Fachgebieten und Beiträgen: Sie verschwindet aus dem Verzeichnis, den Feeds und der API.
delete-kept-heading = Aufbewahrt, ohne Ihren Namen
delete-kept-audit = Das Audit-Protokoll des Programms bewahrt die Aufzeichnung dessen auf, was geschehen ist (zum Beispiel „Rolle erteilt“), wie es für seine Nachweise erforderlich ist; Sie werden darin nur als „gelöschtes Konto“ mit einer Nummer geführt.
delete-export-first = Vielleicht möchten Sie zuerst eine Kopie:
delete-submit = Mein Konto löschen
delete-done-title = Ihr Konto wurde gelöscht
delete-done-body = Alles Aufgeführte wurde gelöscht. Vielen Dank, dass Sie Teil des Programms waren.
profile-contact = Kontakt
profile-contact-hint = Wie man Sie erreichen kann und wer welche Angabe sehen darf. Ihre Anmeldeadresse wird nie angezeigt.
profile-contact-visible-to = { $contact }: Wer sieht es
contact-email = E-Mail für Einladungen
contact-phone = Telefon
visibility-public = Alle
visibility-members = Angemeldete Mitglieder
visibility-heroes = Heroes und das Programmteam
visibility-staff = Nur das Programmteam
photo-label = Foto
photo-current = Ihr Foto, wie es im Verzeichnis und auf Ihrer Seite erscheint.
photo-hint = JPEG, PNG oder WebP bis 5 MB. Wir skalieren es auf 512 Pixel und entfernen alles, was in der Datei verborgen ist (Kamera, Standort).
photo-upload = Foto hochladen
photo-remove = Foto entfernen
photo-missing = Wählen Sie zuerst eine Bilddatei aus.
photo-too-large = Diese Datei ist größer als 5 MB. Wählen Sie eine kleinere aus.
photo-unreadable = Diese Datei ist kein lesbares JPEG-, PNG- oder WebP-Bild.
photo-too-small = Dieses Bild ist kleiner als 64 × 64 Pixel; es würde unscharf aussehen.
error-too-large-title = Das war zu viel auf einmal
error-too-large-body = Was Sie gesendet haben, ist größer, als Heroes akzeptiert (8 MB). Gehen Sie zurück und senden Sie etwas Kleineres.
sso-button = Programmteam: Mit Ihrem Unternehmenskonto anmelden
sso-refused-title = Single Sign-On wurde nicht abgeschlossen
sso-refused-browser = Diese Anmeldung wurde in einem anderen Browser gestartet oder bereits verwendet. Beginnen Sie erneut auf der Anmeldeseite.
sso-refused-expired = Diese Anmeldung hat zu lange gedauert oder wurde bereits abgeschlossen. Beginnen Sie erneut auf der Anmeldeseite.
sso-refused-denied = Die Anmeldung wurde auf der Anmeldeseite Ihres Unternehmens abgebrochen.
sso-provider-trouble = Der Anmeldedienst Ihres Unternehmens hat nicht wie erwartet geantwortet. Versuchen Sie es gleich noch einmal; wenn das Problem weiterhin besteht, informieren Sie das Programmteam.

own-title = Ihre Beiträge
own-lead = Alles, was Sie erfasst haben, einschließlich privater Einträge. Öffentliche Einträge erscheinen auf Ihrer Seite, im Beitragsstream und in den Feeds.
own-add = Beitrag hinzufügen
own-edit-title = Beitrag ändern
own-empty = Noch nichts erfasst.
own-added = Hinzugefügt.
own-saved = Gespeichert.
own-deleted = Gelöscht.
own-col-title = Titel
own-col-date = Datum
own-col-actions = Aktionen
own-private = privat
own-edit = Ändern
own-delete = Löschen
own-export-csv = Als CSV herunterladen
own-export-json = Als JSON herunterladen
own-kind-hint = Welche Reichweitenangaben angeboten werden, hängt von der Art ab.
own-kind-refresh = Felder für diese Art anzeigen
own-url = Adresse (URL)
own-url-taken = Sie haben bereits einen Beitrag mit dieser Adresse erfasst.
own-specialization = Fachgebiet
own-specialization-none = Kein bestimmtes
own-specialization-unknown = Wählen Sie eines der aufgeführten Fachgebiete.
own-reach-views = Aufrufe, Wiedergaben oder Downloads
own-reach-attendees = Teilnehmende
own-reach-stars = Sterne
own-reach-answers = Beantwortete Fragen
own-tags = Tags
own-tags-hint = Bis zu 10, durch Kommas getrennt, z. B. serverless, event-driven.
own-description = Beschreibung
own-private-label = Privat: zählt für Sie, wird nie öffentlich angezeigt
own-save = Speichern
own-cancel = Abbrechen
account-contributions-link = Ihre Beiträge
own-imported = { $added } { $added ->
    [one] neuer Beitrag
   *[other] neue Beiträge
} importiert; { $skipped } bereits erfasste blieben unverändert.
own-import-label = Datei importieren
own-import-hint = CSV oder JSON im Format der obigen Downloads. Alles wird zuerst geprüft: Entweder werden alle Zeilen hinzugefügt oder keine, und jedes Problem wird aufgelistet.
own-import-submit = Importieren
own-import-refused = Es wurde nichts importiert:
own-import-missing = Wählen Sie zuerst eine CSV- oder JSON-Datei aus.
own-import-too-large = Die Datei ist größer als 4 MB; teilen Sie sie auf.
own-import-unreadable = Die Datei kann nicht gelesen werden: { $reason }.
own-import-row = Zeile { $row }, { $field }: { $problem }
own-import-unknown-specialization = Es gibt kein Fachgebiet „{ $value }“.

sources-title = Wo Sie veröffentlichen
sources-lead = Fügen Sie die Feeds Ihres Blogs, YouTube-Kanals oder Podcasts sowie Ihr GitHub-Konto hinzu. Heroes prüft sie { $minutes ->
        [60] stündlich
        [1] jede Minute
       *[other] alle { $minutes } Minuten
    } und schlägt Neues für Ihre Liste vor, sodass Sie nie wieder ein Aktivitätsformular ausfüllen müssen.
sources-none = Noch keine Quellen.
sources-added = Hinzugefügt. Die erste Prüfung erfolgt innerhalb einer Minute.
sources-polling = Heroes prüft sie innerhalb einer Minute erneut.
sources-removed = Entfernt.
sources-waiting = { $count ->
    [one] Ein neuer Eintrag wartet auf Sie
   *[other] { $count } neue Einträge warten auf Sie
}
sources-auto = automatisch hinzugefügt
sources-last-success = Zuletzt geprüft: { $at }
sources-never-polled = Noch nicht geprüft.
sources-last-error = Letzter Versuch fehlgeschlagen: { $error }.
sources-poll-now = Jetzt prüfen
sources-remove = Entfernen
sources-add = Quelle hinzufügen
sources-kind = Art
sources-kind-feed = Ein Feed (RSS, Atom oder JSON Feed) oder eine Seite, die auf einen verweist
sources-kind-github = Ein GitHub-Konto (öffentliche Repositorys)
sources-kind-invalid = Wählen Sie einen Feed oder ein GitHub-Konto.
sources-target = Adresse oder GitHub-Benutzername
sources-target-hint = Zum Beispiel https://blog.example.org/feed.xml oder Ihr GitHub-Benutzername.
sources-github-invalid = Ein GitHub-Benutzername besteht nur aus Buchstaben, Ziffern und Bindestrichen.
sources-duplicate = Sie haben diese Quelle bereits hinzugefügt.
sources-auto-label = Neue Einträge automatisch zu meiner Liste hinzufügen (ohne Nachfrage)
sources-add-submit = Quelle hinzufügen
suggestions-title = Für Ihre Liste gefunden
suggestions-lead = Neue Einträge aus Ihren Quellen. Übernehmen Sie, was von Ihnen stammt; abgelehnte Einträge werden nie wieder angeboten.
suggestions-none = Nichts ausstehend.
suggestions-claim = Übernehmen
suggestions-decline = Nicht von mir
suggestions-claimed = Zu Ihrer Liste hinzugefügt.
suggestions-declined = Dieser Eintrag wird nicht erneut angeboten.
jobs-title = Jobs
jobs-lead = Die Hintergrundarbeit aller Instanzen: das Abrufen von Quellen. Fehlerhafte Jobs zuerst; jeder wird mit zunehmender Pause erneut versucht.
jobs-none = Keine Jobs.
jobs-job = Job
jobs-next = Nächste Ausführung (UTC)
jobs-runs = Ausführungen
jobs-state = Status
jobs-running = läuft auf { $worker }
jobs-failing = { $attempts }-mal fehlgeschlagen: { $error }
jobs-ok = in Ordnung
sources-next-poll = Nächste Prüfung: { $at }
own-quick-label = Schnell über eine Adresse hinzufügen
own-quick-hint = Fügen Sie den Link zu Ihrem Beitrag, Video oder Ihrer Vortragsseite ein; Heroes liest Titel, Datum und Beschreibung aus und füllt das Formular unten aus, damit Sie es prüfen können.
own-quick-submit = Aus dieser Seite ausfüllen
own-quick-filled = Aus der Seite ausgefüllt. Prüfen Sie alles und fügen Sie den Beitrag dann hinzu.
own-quick-failed = Diese Seite konnte nicht gelesen werden: { $reason }. Füllen Sie das Formular selbst aus.
own-quick-feed-title = Alles von dieser Website erfassen
own-quick-feed = Die Seite verweist auf einen Feed. Fügen Sie ihn als Quelle hinzu, dann schlägt Heroes Ihnen jeden neuen Beitrag daraus vor, ohne dass Sie Links einfügen müssen:
own-quick-feed-submit = Diesen Feed als Quelle hinzufügen
suggestions-also-at = Auch veröffentlicht auf
sources-auto-on = Neue Einträge automatisch hinzufügen
sources-auto-off = Wieder zuerst nachfragen

## Selection: nominating
nominate-title = Hero nominieren
nominate-lead = Nominierungen für { $cycle } sind bis { $closes } möglich. Sie können in dieser Auswahlrunde bis zu { $limit } Personen nominieren. Die nominierte Person wird benachrichtigt, und Sie beide sehen, wo die Nominierung steht.
nominate-lead-several = Mehrere Auswahlrunden sind geöffnet, jede für eigene Fachgebiete. Sie werden informiert und sehen, wo jede Nominierung steht.
nominate-lead-cycle = { $cycle }: { $specializations }. Geöffnet bis { $closes }; bis zu { $limit } Nominierungen von Ihnen.
nominate-closed = Nominierungen sind geschlossen. Es ist noch keine Auswahlrunde geplant.
nominate-closed-next = Nominierungen sind geschlossen. { $cycle } beginnt am { $opens }.
nominate-specialization = Fachgebiet
nominate-nominee-name = Name der Person
nominate-nominee-email = E-Mail-Adresse der Person
nominate-nominee-email-hint = Wir schreiben der Person an diese Adresse; ist sie bereits Mitglied, verwenden Sie die Adresse ihres Kontos.
nominate-nominee-links = Öffentliche Profile der Person (optional)
nominate-nominee-links-hint = Eine Adresse pro Zeile: Blog, GitHub, YouTube … Hilft uns zu erkennen, ob zwei Personen dieselbe Person nominiert haben.
nominate-statement = Warum diese Person
nominate-statement-hint = Was die Person für die Community tut und wem das hilft (mindestens 30 Zeichen).
nominate-evidence = Nachweise
nominate-evidence-hint = Ein Link pro Zeile zu ihren Vorträgen, Beiträgen, Videos oder Projekten (mindestens einer, höchstens 10).
nominate-submit = Nominierung senden
nominate-rubric = So bewerten Reviewer
nominate-rubric-of = So bewerten Reviewer in { $cycle }
nominate-rubric-lead = Jede Kandidatur wird anhand dieses veröffentlichten Bewertungsschemas mit 1 bis 5 Punkten pro Kriterium bewertet; hier sehen Sie, was eine 5 bedeutet.
rubric-weight = Gewichtung { $weight }
nominations-link = Ihre Nominierungen
nominations-title = Nominierungen
nominations-received = Nominierungen für Sie
nominations-received-none = Bisher hat Sie niemand nominiert.
nominations-made = Ihre abgegebenen Nominierungen
nominations-made-none = Sie haben noch niemanden nominiert.
nominations-col-nominee = Nominierte Person
nominations-col-specialization = Fachgebiet
nominations-col-cycle = Runde
nominations-col-stage = Phase
nominations-renominate-after = Eine neue Nominierung ist ab { $date } möglich.
nominations-nominate = Jemanden nominieren
nominations-notice-nominated = Vielen Dank: Ihre Nominierung wurde erfasst und die nominierte Person benachrichtigt.
nominations-notice-already = Sie hatten diese Person in dieser Runde bereits nominiert; es hat sich nichts geändert.
nominations-notice-accepted = Sie haben die Nominierung angenommen. Die Reviewer werden sie nun prüfen.
nominations-notice-declined = Sie haben die Nominierung abgelehnt. Die Nominierenden wurden benachrichtigt.
nominations-notice-onboarded = Willkommen im Programm!
stage-submitted = Eingereicht
stage-in-review = In Prüfung
stage-decided = Entschieden: { $outcome }
outcome-accepted = angenommen
outcome-declined = abgelehnt
outcome-deferred = auf eine spätere Runde verschoben
outcome-withdrawn = von der nominierten Person abgelehnt
outcome-reopened = wieder in Prüfung
state-nominated = Wartet auf die nominierte Person
state-withdrawn = Zurückgezogen
state-in-review = In Prüfung
state-deferred = Verschoben
state-declined = Abgelehnt
state-accepted = Angenommen (eingeladen)
state-onboarded = Onboarding abgeschlossen
state-announced = Bekanntgegeben

## Selection: the nominee
answer-title = Ihre Nominierung
answer-heading = Ihre Nominierung für { $specialization }
answer-lead = { $cycle } · { $count ->
    [one] ein Mitglied hat Sie nominiert
   *[other] { $count } Mitglieder haben Sie nominiert
}
answer-stage = Phase:
answer-accept = Annehmen und Ihr Kandidatenprofil vervollständigen
answer-sent = Was Sie gesendet haben
answer-sent-lead = Die Reviewer lesen dieses Profil zusammen mit den Nominierungen.
account-nomination-answer = Sie wurden für { $specialization } nominiert: Lesen Sie die Nominierung und antworten Sie darauf.
account-nomination-onboard = Sie wurden für { $specialization } angenommen: Akzeptieren Sie die Bedingungen und vervollständigen Sie Ihr Profil für die Bekanntgabe.
answer-accept-lead = Die Reviewer lesen dieses Profil zusammen mit den Nominierungen. Ihre Beiträge der letzten 12 Monate werden automatisch angehängt: aus Ihrer Beitragsliste, falls vorhanden, und aus dem Feed, den Sie unten angeben.
answer-accept-submit = Nominierung annehmen
answer-decline = Nominierung ablehnen
answer-withdraw = Zurückziehen
answer-country-hint = Zwei Buchstaben, z. B. PT oder JP.
answer-feedback = Feedback des Programms
answer-renominate-after = Sie können ab { $date } erneut nominiert werden.
answer-onboarded = Sie erscheinen am { $date } im Verzeichnis.
answer-announced = Sie sind im Verzeichnis: Sehen Sie sich Ihre öffentliche Seite an.
onboard-title = Dem Programm beitreten
onboard-lead = Herzlichen Glückwunsch! Akzeptieren Sie die Bedingungen und die NDA und prüfen Sie Ihr Profil; Sie werden am { $date } bekanntgegeben.
onboard-terms-text = Als Hero teilen Sie Ihr Fachwissen mit der Community, halten Ihr Profil korrekt und befolgen den Verhaltenskodex der Community. Andernfalls kann das Programm Ihre Mitgliedschaft beenden.
onboard-accept-terms = Ich akzeptiere die Programmbedingungen
onboard-nda-text = Briefings sind vertraulich. Lesen Sie die NDA, Version { $version }:
onboard-accept-nda = Ich akzeptiere die NDA (Version { $version })
onboard-terms-required = Akzeptieren Sie die Programmbedingungen, um beizutreten.
onboard-nda-required = Akzeptieren Sie die NDA, um beizutreten.
onboard-nda-changed = Während Sie diese Seite gelesen haben, wurde eine neue Version der NDA veröffentlicht. Lesen und akzeptieren Sie sie, um beizutreten.
onboard-nda-missing = Es wurde noch keine NDA veröffentlicht, daher kann derzeit niemand beitreten. Schauen Sie wieder vorbei, sobald das Programmteam sie veröffentlicht hat.
onboard-submit = Dem Programm beitreten

## Selection: reviewing
tasks-title = Ihre Bewertungen
tasks-none = Ihnen sind keine Kandidaturen zugewiesen.
tasks-col-yours = Ihre Punktzahl
tasks-conflict = Konflikt erklärt
tasks-to-score = Zu bewerten
review-title = Kandidatur bewerten
review-score = Ihre Punkte
review-comment = Kommentar
review-submit = Meine Bewertung speichern
review-saved = Ihre Bewertung ist gespeichert; Sie können sie ändern, solange die Kandidatur in Prüfung ist.
review-closed = Diese Kandidatur ist nicht in Prüfung (die nominierte Person hat noch nicht angenommen, oder es wurde bereits entschieden).
review-conflict = Interessenkonflikt
review-conflict-reason = Worin besteht der Konflikt?
review-conflict-hint = Zum Beispiel „arbeitet in meinem Team“. Sie geben diese Kandidatur ab, und alle von Ihnen vergebenen Punkte zählen nicht mehr.
review-conflict-submit = Konflikt erklären
review-conflicted = Sie haben einen Interessenkonflikt erklärt ({ $reason }), daher ist diese Akte für Sie geschlossen.
file-links = Profile
file-nominations = { $count ->
    [one] Eine Nominierung
   *[other] { $count } Nominierungen
}
file-nominated-by = Nominiert von { $name }
file-nominator-gone = Nominiert von einem gelöschten Konto
file-nominator-hidden = Nominierende Person verborgen (anonyme Bewertung)
file-evidence = { $count ->
    [one] Ein Beitrag der letzten 12 Monate
   *[other] { $count } Beiträge der letzten 12 Monate
}
file-evidence-none = Keine Beiträge angehängt.
file-views = { $count ->
    [one] { $count } Aufruf
   *[other] { $count } Aufrufe
}
file-attendees = { $count } Teilnehmende
file-stars = { $count ->
    [one] { $count } Stern
   *[other] { $count } Sterne
}

## Selection: the program team
cycles-title = Runden
cycles-none = Noch keine Runden.
cycles-new = Runde eröffnen
cycles-edit = Ändern
cycles-actions = Aktionen
cycles-queue = Prüfwarteschlange
cycles-renewals = Verlängerungen
cycles-kind = Art
cycles-kind-selection = Auswahl
cycles-kind-renewal = Verlängerung
cycles-name = Name
cycles-window = Geöffnet
cycles-opens = Beginnt am
cycles-closes = Endet am (einschließlich)
cycles-specializations = Fachgebiete, die Nominierungen annehmen
cycles-specializations-hint = Nur für Auswahlrunden.
cycles-rubric = Bewertungsschema
cycles-rubric-hint = Reviewer bewerten jedes Kriterium mit 1 bis 5 Punkten; seine Gewichtung (1 bis 100) legt fest, wie stark es in die Gesamtwertung eingeht. Beschreiben Sie, was jede Punktzahl bedeutet. Leere Zeilen werden ignoriert; aktivieren Sie „Entfernen“, um ein Kriterium zu streichen. Das Bewertungsschema kann nicht mehr geändert werden, sobald jemand bewertet hat.
cycles-rubric-rows-invalid = Einige Kriterien müssen korrigiert werden: Beachten Sie die Meldungen bei den Feldern.
cycles-rubric-more = Weitere Zeilen hinzufügen
cycles-criterion = Kriterium { $n }
cycles-criterion-name = Name
cycles-criterion-weight = Gewichtung
cycles-criterion-level = Bedeutung der Punktzahl { $score }
cycles-criterion-remove = Dieses Kriterium entfernen
cycles-rubric-locked = Reviewer haben bereits nach diesem Bewertungsschema bewertet; es kann nicht mehr geändert werden.
cycles-overlap = { $specialization } nimmt bereits in „{ $cycle }“ ({ $opens } bis { $closes }) an einigen derselben Tage Nominierungen an. Runden dürfen sich nur bei unterschiedlichen Fachgebieten überschneiden: Ändern Sie die Daten oder die Fachgebiete.
cycles-unknown-specialization = Eines dieser Fachgebiete existiert nicht.
cycles-limit = Nominierungen pro nominierender Person
cycles-blind = Anonyme Bewertung: Reviewer sehen nicht, wer nominiert hat
cycles-save = Runde speichern
cycles-saved = Die Runde wurde gespeichert.
queue-title = Prüfwarteschlange
queue-cycle = Runde
queue-state = Status
queue-sort = Sortieren nach
queue-sort-score = Punktzahl, höchste zuerst
queue-sort-age = Alter, älteste zuerst
queue-sort-spread = Abweichung, größte zuerst
queue-all = Alle
queue-unassigned = Nur ohne Reviewer
queue-filter = Anzeigen
queue-total = { $count ->
    [one] Eine Kandidatur
   *[other] { $count } Kandidaturen
}
queue-select = Auswählen
queue-select-one = { $name } auswählen
queue-score = Punktzahl
queue-spread = Streuung
queue-reviews = Bewertungen
queue-nominators = Nominierende
queue-age = Seit
queue-assign-to = Reviewer
queue-assign = Zuweisen
queue-assign-specialization = Einen Reviewer einem ganzen Fachgebiet zuweisen
queue-assign-specialization-hint = Die Person bewertet jede Kandidatur dieses Fachgebiets in dieser Runde, auch die ab jetzt nominierten.
queue-assigned = { $count ->
    [0] Keine neuen Zuweisungen: Der Reviewer hatte bereits alle.
    [one] Eine neue Zuweisung.
   *[other] { $count } neue Zuweisungen.
}
queue-pages = Seiten
queue-prev = ← Zurück
queue-next = Weiter →
candidacy-scores = Punktzahlen
candidacy-summary = { $count ->
    [0] Noch keine Punktzahlen.
    [one] Gewichtete Punktzahl { $score } (Streuung { $spread }) aus einer Bewertung.
   *[other] Gewichtete Punktzahl { $score } (Streuung { $spread }) aus { $count } Bewertungen.
}
candidacy-reviewer = Reviewer
candidacy-mean-spread = Mittelwert ± Streuung
candidacy-reviewers = Reviewer
candidacy-no-reviewers = Noch niemand zugewiesen.
candidacy-no-more-reviewers = Diese Kandidatur nimmt keine weiteren Reviewer an: Sie ist entschieden, zurückgezogen oder bekanntgegeben.
candidacy-notice-decided = Entscheidung erfasst: Die Kandidatur hat jetzt den Status „{ $state }“, und die nominierte Person sowie die Nominierenden wurden benachrichtigt.
candidacy-notice-rescheduled = Bekanntgabe für { $date } festgelegt. Die Kandidatur hat den Status „{ $state }“.
announcement-title = Bekanntgabe
announcement-accepted = Angenommen; wartet darauf, dass die Person die Bedingungen akzeptiert und das Profil vervollständigt. Bekanntgabe geplant für { $date }; sie erfolgt an diesem Tag oder sobald die Person fertig ist, je nachdem, was später eintritt.
announcement-onboarded = Die Person hat das Onboarding abgeschlossen. Bekanntgabe geplant für { $date }: An diesem Tag wird sie im Verzeichnis aufgeführt und benachrichtigt.
announcement-date = Datum der Bekanntgabe
announcement-move = Bekanntgabe verschieben
announcement-now = Heute bekanntgeben
candidacy-conflict = Konflikt: { $reason }
candidacy-reviewed = bewertet
candidacy-waiting = noch nicht bewertet
decide-title = Entscheidung
decide-decision = Entscheidung
decide-accept = Annehmen (sendet die Einladung)
decide-decline = Mit Feedback ablehnen
decide-defer = Auf eine spätere Runde verschieben
decide-reopen = Verschobene Kandidatur in der offenen Runde wieder aufnehmen
decide-announce-on = Datum der Bekanntgabe (bei Annahme)
decide-feedback = Feedback an die nominierte Person
decide-feedback-hint = Bei Ablehnung erforderlich; wird mit jeder Entscheidung gesendet.
decide-renominate-after = Erneute Nominierung möglich ab (bei Ablehnung)
decide-submit = Entscheidung erfassen
decide-choose = Wählen Sie eine Entscheidung.
decide-date-past = Wählen Sie heute oder ein späteres Datum.
decide-feedback-required = Nennen Sie Gründe, damit sich die nominierte Person weiterentwickeln kann.

## Refusals
refusal-no-open-cycle = Derzeit ist keine Auswahlrunde geöffnet.
refusal-specialization-not-in-cycle = Diese Runde nimmt keine Nominierungen für dieses Fachgebiet an.
refusal-specialization-retired = Dieses Fachgebiet wurde eingestellt und nimmt keine Nominierungen an.
refusal-limit-reached = Sie haben die { $limit } Nominierungen abgegeben, die diese Runde erlaubt.
refusal-already-hero = Diese Person ist in diesem Fachgebiet bereits Hero.
refusal-too-soon = Diese Person wurde kürzlich abgelehnt; eine neue Nominierung ist ab { $date } möglich.
refusal-self-nomination = Sie können sich nicht selbst nominieren.
refusal-awaiting-nominee = Die nominierte Person hat die Nominierung noch nicht angenommen, daher gibt es nichts zu entscheiden.
refusal-already-decided = Über diese Kandidatur wurde bereits entschieden.
refusal-already-answered = Die Nominierung wurde bereits beantwortet.
refusal-not-deferred = Nur eine verschobene Kandidatur kann wieder aufgenommen werden.
refusal-not-invited = Nur eine angenommene Person kann beitreten.
refusal-not-onboarded = Die Person hat das Onboarding noch nicht abgeschlossen.
refusal-not-assigned = Sie sind kein Reviewer dieser Kandidatur.
refusal-conflicted = Sie haben für diese Kandidatur einen Interessenkonflikt erklärt.
refusal-not-reviewable = Diese Kandidatur ist nicht in Prüfung.
refusal-no-renewal-cycle = Keine Verlängerungsrunde geöffnet: Eröffnen Sie eine, um Entscheidungen zu erfassen.
refusal-not-accepted = Nur die Bekanntgabe einer angenommenen Person kann verschoben oder sofort vorgenommen werden; diese ist bereits bekanntgegeben oder wurde nicht angenommen.

## Renewal
readiness-title = Bereitschaft zur Verlängerung
readiness-lead = Ihre Beiträge seit { $since } (die letzten 12 Monate), bewertet nach dem unten veröffentlichten Bewertungsschema. Private Beiträge zählen ebenfalls.
readiness-cycle-open = { $cycle } ist bis { $closes } geöffnet.
readiness-points = { $points } von { $target } Punkten
readiness-ready = Sie haben das Verlängerungsziel erreicht.
readiness-by-kind = Nach Art
readiness-nothing = In den letzten 12 Monaten noch nichts: Erfassen Sie Ihre Arbeit in Ihrer Beitragsliste oder lassen Sie sie von Ihren Quellen erfassen.
readiness-kind = Art
readiness-items = Beiträge
readiness-earned = Erzielte Punkte
readiness-cap = Obergrenze
readiness-counted = Gezählte Punkte
readiness-capped = (begrenzt)
readiness-every-point = Jeder Punkt erklärt
readiness-base = { $points } Punkte für die Art
readiness-bonus = +{ $points } für Reichweite ({ $value } { $metric })
readiness-metric-views = Aufrufe
readiness-metric-attendees = Teilnehmende
readiness-metric-stars = Sterne
readiness-metric-answers = Antworten
readiness-line-counted = { $points } gezählt
readiness-over-cap = (über der Obergrenze dieser Art)
readiness-rubric = Das Bewertungsschema
readiness-rubric-lead = Jede Art bringt pro Beitrag Punkte bis zu einer Obergrenze, damit Menge nicht Substanz ersetzen kann. Ein Beitrag mit großer Reichweite (1.000 Aufrufe, 50 Teilnehmende, 100 Sterne oder 25 Antworten) bringt die Hälfte seiner Punkte zusätzlich. Mit 100 Punkten ist ein Hero bereit.
readiness-per-item = Punkte pro Beitrag
renewals-title = Verlängerungen
renewals-total = { $count ->
    [one] Ein Hero
   *[other] { $count } Heroes
}
renewals-hero = Hero
renewals-status = Status
renewals-readiness = Bereitschaft
renewals-decision = Entscheidung
renewals-renew = Verlängern
renewals-alumni = Zu den Alumni verschieben
renewals-leave = Auszeit
renewals-expected-return = Voraussichtliche Rückkehr
renewals-note = Hinweis an den Hero (optional)
renewals-save = Erfassen
renewals-decided = Entscheidung für { $name } erfasst.
renewals-confirm-title = { $name } zu den Alumni verschieben?
renewals-confirm-lead = In { $cycle } würde { $name } aus den aktiven Heroes ausscheiden.
renewals-confirm-access = Ab der nächsten Anfrage verliert die Person alles, was nur Heroes vorbehalten ist: Verlängerung, Briefings und das Netzwerk.
renewals-confirm-page = Die öffentliche Seite bleibt bestehen, als Alumni gekennzeichnet, mit allen bisherigen Beiträgen.
renewals-confirm-mail = Die Person erhält die Entscheidung per E-Mail, zusammen mit dem Hinweis unten, falls Sie einen verfassen.
renewals-confirm-undo = Bis zum Ende der Runde können Sie die Entscheidung in der Verlängerungsliste ändern; die Person erhält dann erneut eine E-Mail.
renewals-confirm-submit = { $name } zu den Alumni verschieben
renewals-confirm-cancel = { $name } unverändert lassen

## Notifications and mail
notifications-title = Benachrichtigungen
notifications-link = Ihre Benachrichtigungen
notifications-none = Noch nichts.
mail-open-action = Heroes öffnen
mail-footer-program = Sie erhalten diese E-Mail, weil sie Ihre Teilnahme am Heroes-Programm betrifft.
mail-nominated-subject = Sie wurden für { $specialization } nominiert
mail-nominated-body = { $nominator } hat Sie in { $cycle } für { $specialization } nominiert.
mail-nominated-how = Melden Sie sich mit { $email } an (oder registrieren Sie sich), um anzunehmen oder abzulehnen und Ihr Kandidatenprofil zu vervollständigen.
mail-nomination-received-subject = Ihre Nominierung von { $name }
mail-nomination-received-body = Wir haben Ihre Nominierung von { $name } für { $specialization } erhalten. Sie hören in jeder Phase von uns.
mail-nominee-accepted-subject = { $name } hat die Nominierung angenommen
mail-nominee-accepted-body = { $name } hat die Nominierung angenommen; sie ist jetzt in Prüfung.
mail-nominee-declined-subject = { $name } hat die Nominierung abgelehnt
mail-nominee-declined-body = { $name } hat die Nominierung abgelehnt. Vielen Dank für Ihre Nominierung.
mail-decided-subject = Eine Entscheidung zu { $name }
mail-decided-nominator-body = Das Programm hat über Ihre Nominierung von { $name } entschieden: { $outcome }.
mail-decided-nominee-subject = Ihre Kandidatur für { $specialization }
mail-decided-accepted = Herzlichen Glückwunsch: Sie wurden als Hero für { $specialization } angenommen. Akzeptieren Sie die Bedingungen und die NDA und vervollständigen Sie Ihr Profil; Sie werden am { $date } bekanntgegeben.
mail-decided-declined = Diesmal wurden Sie für { $specialization } nicht ausgewählt. Sie können ab { $date } erneut nominiert werden.
mail-decided-deferred = Ihre Kandidatur für { $specialization } wurde auf eine spätere Runde verschoben.
mail-decided-reopened = Ihre Kandidatur für { $specialization } ist wieder in Prüfung.
mail-announced-subject = Sie sind jetzt Hero für { $specialization }
mail-announced-body = Ihr Profil für { $specialization } ist jetzt im Verzeichnis aufgeführt. Willkommen!
mail-renewal-subject = Ihre Verlängerung in { $cycle }
mail-renewal-renew = Sie wurden in { $cycle } als Hero verlängert. Vielen Dank für ein weiteres Jahr!
mail-renewal-opened-subject = { $cycle } ist geöffnet
mail-renewal-opened = Die Verlängerungsrunde { $cycle } ist bis { $closes } geöffnet. Ihre Bereitschaftsanzeige zeigt, was zählt und was Sie in den letzten zwölf Monaten erfasst haben; ergänzen Sie Fehlendes, bevor die Runde endet.
mail-renewal-alumni = In { $cycle } wechseln Sie zu den Alumni. Ihre öffentliche Seite bleibt mit der Alumni-Kennzeichnung bestehen. Vielen Dank für alles, was Sie geteilt haben.
mail-renewal-leave = Ihre Auszeit ist in { $cycle } erfasst; wir erwarten Sie am { $date } zurück.
nav-nominate = Nominieren
account-notifications-link = { $count ->
    [0] Benachrichtigungen
    [one] Benachrichtigungen (1 neu)
   *[other] Benachrichtigungen ({ $count } neu)
}
mail-assigned-subject = { $count ->
    [one] Eine Kandidatur zu bewerten
   *[other] { $count } Kandidaturen zu bewerten
}
mail-assigned-body = { $count ->
    [one] Ihnen wurde eine Kandidatur zur Bewertung zugewiesen. Erklären Sie einen Interessenkonflikt, falls einer besteht.
   *[other] Ihnen wurden { $count } Kandidaturen zur Bewertung zugewiesen. Erklären Sie einen Interessenkonflikt, wo einer besteht.
}
answer-feed = Feed Ihres Blogs, Kanals oder Podcasts (optional)
answer-feed-hint = Wir lesen ihn einmal und hängen an, was Sie in den letzten 12 Monaten veröffentlicht haben, sodass die Reviewer Ihre Arbeit sehen, ohne dass Sie sie auflisten müssen. Eine Seite, die auf ihren Feed verweist, funktioniert auch.

## Abuse that costs other people: the warning an owner gets when someone keeps guessing
## their password.
mail-attack-subject = Jemand versucht, sich bei Ihrem Konto anzumelden
mail-attack-body = Jemand hat in letzter Zeit viele falsche Passwörter für Ihr Konto ausprobiert, und zwar von Adressen, von denen aus Sie sich nicht angemeldet haben. Wir halten diese Versuche auf: Jede Adresse, die weiter rät, wird gestoppt, und die Versuche werden verlangsamt. Von Ihren üblichen Anmeldeorten aus ändert sich nichts; anderswo muss eine Anmeldung eventuell eine Minute warten.
mail-attack-advice = Falls Sie das nicht waren: Es wurde nichts preisgegeben. Achten Sie darauf, dass Ihr Passwort lang ist und nirgendwo sonst verwendet wird, und legen Sie im Zweifel ein neues fest: Ein neues Passwort hebt auch alle Sperren für Ihr Konto auf.
mail-attack-action = Neues Passwort festlegen

## The server's edge: requests refused before a handler runs, and a database out of reach
error-bad-request-title = Diese Anfrage konnte nicht gelesen werden
error-bad-request-body = Die Adresse oder das Formular enthält etwas, das Heroes nicht akzeptiert, etwa ein NUL-Byte (%00). Prüfen Sie den Link und versuchen Sie es erneut.
error-uri-too-long-title = Diese Adresse ist zu lang
error-uri-too-long-body = Die Adresse ist länger, als Heroes akzeptiert (8 KB). Prüfen Sie den Link oder suchen Sie mit weniger Filtern.
error-unavailable-title = Heroes kann gerade nicht antworten
error-unavailable-body = Unsere Datenbank ist im Moment nicht erreichbar. Das liegt nicht an Ihnen; bitte versuchen Sie es in einer Minute erneut.
error-request-title = Diese Anfrage konnte nicht verarbeitet werden
error-request-body = Gehen Sie zurück und versuchen Sie es erneut. Wenn das Problem weiterhin besteht, informieren Sie bitte das Programmteam.

## Races: a second click on a suggestion already decided (claim and decline at once)
suggestions-was-claimed = Dieser Eintrag wurde bereits zu Ihrer Liste hinzugefügt.
suggestions-was-declined = Dieser Eintrag wurde bereits abgelehnt und daher nicht zu Ihrer Liste hinzugefügt.

## Text in, text out: feed items that cannot be offered, the same work at two addresses
sources-skipped = Bei der letzten Prüfung nicht angeboten (korrigieren Sie den Eintrag in Ihrem Feed oder fügen Sie ihn manuell hinzu):
suggestions-unclaimable = „{ $title }“ kann in dieser Form kein Beitrag werden ({ $field }: { $problem }). Lehnen Sie den Eintrag ab oder fügen Sie ihn manuell mit korrigierten Angaben hinzu.
own-url-same-work = Sie haben diese Arbeit bereits als „{ $title }“ ({ $url }) erfasst. Ändern Sie stattdessen diesen Eintrag oder verwenden Sie eine andere Adresse.
own-import-same-work = Zeile { $row }: Sie haben diese Arbeit bereits als „{ $title }“ ({ $url }) erfasst.
own-import-same-work-in-file = Zeile { $row }: dieselbe Arbeit wie in Zeile { $first } (die Adressen unterscheiden sich nur durch https, www, einen abschließenden Schrägstrich oder Tracking-Parameter).

## Running the program: the admin home and specializations managed by admins (issue 17)
admin-home-title = Programmverwaltung
admin-home-back = ← Programmverwaltung
admin-home-attention = Heute zu erledigen
admin-home-areas = Verwaltungsbereiche
admin-home-unassigned = { $count ->
    [one] Kandidatur ohne Reviewer
   *[other] Kandidaturen ohne Reviewer
}
admin-home-in-review = { $count ->
    [one] Kandidatur wartet auf Bewertungen und eine Entscheidung
   *[other] Kandidaturen warten auf Bewertungen und eine Entscheidung
}
admin-home-failing-sources = { $count ->
    [one] Beitragsquelle mit Fehlern
   *[other] Beitragsquellen mit Fehlern
}
admin-home-failing-jobs = { $count ->
    [one] Hintergrundjob mit Fehlern
   *[other] Hintergrundjobs mit Fehlern
}
admin-home-undelivered-mail = { $count ->
    [one] E-Mail nicht zugestellt
   *[other] E-Mails nicht zugestellt
}
admin-area-cycles = Runden
admin-area-cycles-hint = Auswahl- und Verlängerungsrunden eröffnen, mit Daten, Fachgebieten und Bewertungsschema.
admin-area-candidacies = Kandidaturen
admin-area-candidacies-hint = Die Prüfwarteschlange: Reviewer zuweisen, Akten lesen, entscheiden.
admin-area-renewals = Verlängerungen
admin-area-renewals-hint = Die Bereitschaft aller Heroes; verlängern, zu den Alumni verschieben oder eine Auszeit erfassen.
admin-area-specializations = Fachgebiete
admin-area-specializations-hint = Fachgebiete hinzufügen, umbenennen, einstellen, neu anordnen und einfärben.
admin-area-outbox = Postausgang
admin-area-outbox-hint = Alle E-Mails, die das Programm verfasst hat, mit ihrem Zustellstatus.
admin-area-jobs = Jobs
admin-area-jobs-hint = Die Warteschlange der Hintergrundjobs und was fehlgeschlagen ist.
admin-area-audit = Audit-Protokoll
admin-area-audit-hint = Wer hat was wann von wo aus getan.
admin-area-security = Anmeldesicherheit
admin-area-security-hint = Welche Rollen einen zweiten Faktor verwenden müssen; die Faktoren einer Person zurücksetzen, die sie verloren hat.
admin-specializations-title = Fachgebiete
admin-specializations-lead = Änderungen erscheinen sofort im Verzeichnis, in seinen Filtern, den Feeds, der API und im Nominierungsformular. Ein umbenanntes Fachgebiet behält seine alte Adresse, die zur neuen weiterleitet. Ein eingestelltes Fachgebiet nimmt keine neuen Nominierungen an und verschwindet aus den Filtern, seine Heroes behalten aber ihre Abzeichen.
admin-specializations-saved = Gespeichert.
admin-specializations-name = Name
admin-specializations-slug = Adresse
admin-specializations-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche; die Seite lautet /specializations/ gefolgt davon. Bei einer Änderung funktioniert die alte Adresse weiterhin.
admin-specializations-slug-taken = Ein anderes Fachgebiet hat oder hatte diese Adresse. Wählen Sie eine andere.
admin-specializations-previous = Auch erreichbar unter: { $slugs }
admin-specializations-heroes = Heroes
admin-specializations-state = Status
admin-specializations-active = Aktiv
admin-specializations-retired = Eingestellt
admin-specializations-actions = Aktionen
admin-specializations-up = Nach oben
admin-specializations-up-label = { $name } nach oben verschieben
admin-specializations-down = Nach unten
admin-specializations-down-label = { $name } nach unten verschieben
admin-specializations-edit = Bearbeiten
admin-specializations-edit-label = { $name } bearbeiten
admin-specializations-retire = Einstellen
admin-specializations-retire-label = { $name } einstellen
admin-specializations-reinstate = Reaktivieren
admin-specializations-reinstate-label = { $name } reaktivieren
admin-specializations-new = Fachgebiet hinzufügen
admin-specializations-edit-heading = Fachgebiet ändern
admin-specializations-description = Beschreibung (Markdown)
admin-specializations-colour = Farbe des Abzeichens
admin-specializations-save = Speichern
admin-specializations-cancel = Abbrechen
colour-rose = Rosa
colour-amber = Bernstein
colour-blue = Blau
colour-violet = Violett
colour-teal = Petrol
colour-green = Grün
colour-red = Rot
colour-navy = Marineblau

## Second factor: authenticator app, recovery codes, required roles (issue 23)
second-step-title = Bestätigen Sie Ihre Identität
second-step-lead = Ihr Passwort war korrekt. Geben Sie den sechsstelligen Code ein, den Ihre Authenticator-App für diese Website anzeigt, oder einen Ihrer Wiederherstellungscodes.
second-step-code = Code
second-step-hint = Sechs Ziffern aus der App oder ein Wiederherstellungscode wie abcd-efgh-ijkl-mnop.
second-step-submit = Anmelden
second-step-failed = Dieser Code hat nicht funktioniert. Codes aus der App ändern sich alle 30 Sekunden und funktionieren jeweils einmal; ein Wiederherstellungscode funktioniert einmal.
second-step-lost = Smartphone und Wiederherstellungscodes verloren? Bitten Sie das Programmteam, Ihren zweiten Faktor zurückzusetzen; Sie erhalten dann eine E-Mail.
security-title = Anmeldesicherheit
security-required = Ihre Rolle im Programm erfordert einen zweiten Faktor. Richten Sie eine Authenticator-App ein oder fügen Sie einen Passkey hinzu, um fortzufahren; bis dahin ist nichts anderes zugänglich.
security-app-heading = Authenticator-App
security-app-on = Eine Authenticator-App ist eingerichtet. Bei der Anmeldung wird nach dem Passwort ein Code daraus abgefragt.
security-app-off = Keine Authenticator-App eingerichtet: Ihr Passwort allein genügt zur Anmeldung.
security-app-set-up = Authenticator-App einrichten
security-app-remove = Authenticator-App entfernen
security-proof = Ihr Passwort oder ein Code aus Ihrer Authenticator-App
security-proof-wrong = Das ist weder Ihr Passwort noch ein aktueller Code aus Ihrer App.
security-totp-exists = Es ist bereits eine Authenticator-App eingerichtet. Entfernen Sie sie zuerst, um eine andere einzurichten.
security-setup-lead = Fügen Sie dieses Konto Ihrer Authenticator-App hinzu (z. B. Aegis, Google Authenticator, 1Password oder Microsoft Authenticator): Geben Sie den Schlüssel unten ein oder öffnen Sie den Link auf dem Gerät mit der App. Geben Sie dann den Code ein, den die App anzeigt.
security-setup-secret = Schlüssel
security-setup-link = Link
security-setup-open = In einer Authenticator-App öffnen
security-setup-code = Code aus der App
security-setup-confirm = Aktivieren
security-code-wrong = Dieser Code entspricht nicht dem, den die App gerade anzeigt. Prüfen Sie den Schlüssel und ob die Uhr des Geräts richtig geht, und versuchen Sie es dann mit dem neuesten Code.
security-totp-on = Die Authenticator-App ist aktiviert.
security-removed = Die Authenticator-App und Ihre Wiederherstellungscodes wurden entfernt.
security-codes-heading = Ihre Wiederherstellungscodes
security-codes-once = Bewahren Sie diese sicher und getrennt von Ihrem Smartphone auf. Jeder Code ermöglicht eine einmalige Anmeldung, wenn Sie die App nicht verwenden können. Sie werden nur jetzt angezeigt.
security-codes-new = Neue Wiederherstellungscodes wurden erstellt; die alten funktionieren nicht mehr.
security-codes-left = { $count ->
    [one] Ein Wiederherstellungscode ist noch übrig.
   *[other] { $count } Wiederherstellungscodes sind noch übrig.
}
security-codes-regenerate = Neue Wiederherstellungscodes erstellen
security-setup-qr = Oder scannen Sie diesen Code mit der App.
security-passkeys-heading = Passkeys
security-passkeys-lead = Mit einem Passkey melden Sie sich statt mit einem Passwort per Fingerabdruck, Gesichtserkennung oder Bildschirmsperre Ihres Geräts an; er dient auch als zweiter Schritt nach Ihrem Passwort. Er funktioniert nur auf dieser Website und kann daher nicht durch Phishing abgegriffen werden.
security-passkeys-none = Noch keine Passkeys.
security-passkey-added-at = hinzugefügt
security-passkey-used-at = zuletzt verwendet
security-passkey-change = Umbenennen oder entfernen
security-passkey-new-name = Neuer Name
security-passkey-rename = Umbenennen
security-passkey-remove = Diesen Passkey entfernen
security-passkey-name = Name für einen neuen Passkey
security-passkey-name-hint = Etwas, woran Sie ihn später erkennen, z. B. „Arbeitslaptop“ oder „Blauer Sicherheitsschlüssel“ (bis zu 60 Zeichen).
security-passkey-add = Passkey hinzufügen
security-passkey-name-wrong = Geben Sie dem Passkey einen Namen mit 1 bis 60 Zeichen.
security-passkey-too-many = Dieses Konto hat bereits die maximale Anzahl an Passkeys (20). Entfernen Sie zuerst einen.
security-passkey-registered = Dieser Passkey ist bereits registriert.
security-passkey-failed = Der Passkey konnte nicht hinzugefügt werden. Versuchen Sie es erneut; wenn Ihr Gerät mehrere anbietet, wählen Sie einen geräteeigenen Passkey.
security-passkey-needs-script = Zum Hinzufügen eines Passkeys wird JavaScript benötigt, das in diesem Browser deaktiviert oder blockiert ist. Alles andere auf dieser Seite funktioniert auch ohne.
security-passkey-added = Der Passkey wurde hinzugefügt.
security-passkey-renamed = Der Passkey wurde umbenannt.
security-passkey-removed = Der Passkey wurde entfernt; Sie können sich damit nicht mehr anmelden.
passkey-needs-script = Passkeys benötigen JavaScript, das in diesem Browser deaktiviert oder blockiert ist; der Rest dieser Seite funktioniert auch ohne.
passkey-cancelled = Die Passkey-Anfrage wurde abgebrochen oder ist abgelaufen. Versuchen Sie es erneut, wenn Sie bereit sind.
login-passkey = Mit Passkey anmelden
login-passkey-failed = Mit diesem Passkey konnten Sie nicht angemeldet werden. Verwenden Sie einen Passkey, den Sie für diese Website hinzugefügt haben, oder melden Sie sich mit Ihrem Passwort an.
second-step-passkey = Stattdessen einen Passkey verwenden
second-step-expired = Diese Anmeldung hat zu lange gewartet. Melden Sie sich erneut an.
security-sign-ins-heading = Letzte Anmeldungen
security-sign-ins-none = Noch keine Anmeldungen erfasst.
security-sign-ins-when = Wann
security-sign-ins-from = Von Adresse
admin-security-title = Anmeldesicherheit
admin-security-required-heading = Zweiter Faktor erforderlich
admin-security-required-legend = Konten mit diesen Rollen müssen einen zweiten Faktor haben
admin-security-required-hint = Ein solches Konto ohne zweiten Faktor wird direkt nach der Anmeldung zur Einrichtung geleitet und kann bis dahin nichts anderes tun. Für Konten, die über Single Sign-On angemeldet sind, gelten stattdessen die Regeln des Unternehmensanbieters.
admin-security-save = Speichern
admin-security-saved = Gespeichert.
admin-security-reset-heading = Zweiten Faktor einer Person zurücksetzen
admin-security-reset-lead = Für eine Person, die sowohl ihre Authenticator-App als auch ihre Wiederherstellungscodes verloren hat: Entfernt alle Faktoren des Kontos, sodass wieder das Passwort allein zur Anmeldung genügt (ihre Rolle kann verlangen, einen neuen einzurichten). Die Kontoinhaberin bzw. der Kontoinhaber erhält eine E-Mail, und das Audit-Protokoll erfasst den Vorgang.
admin-security-reset = Zweiten Faktor zurücksetzen
admin-security-reset-done = Der zweite Faktor wurde zurückgesetzt und die Kontoinhaberin bzw. der Kontoinhaber per E-Mail benachrichtigt.
admin-security-no-account = Es gibt kein Konto mit dieser Adresse.
mail-factor-subject = Ihre Anmeldesicherheit wurde geändert
mail-factor-totp-added = Für Ihr Konto wurde eine Authenticator-App eingerichtet. Bei der Anmeldung wird nun nach dem Passwort ein Code daraus abgefragt.
mail-factor-totp-removed = Die Authenticator-App Ihres Kontos wurde samt Wiederherstellungscodes entfernt. Ihr Passwort allein genügt jetzt zur Anmeldung.
mail-factor-codes = Für Ihr Konto wurden neue Wiederherstellungscodes erstellt; die alten funktionieren nicht mehr.
mail-factor-reset = Das Programmteam hat den zweiten Faktor Ihres Kontos zurückgesetzt: Authenticator-App, Wiederherstellungscodes und Passkeys wurden entfernt, und Ihr Passwort allein genügt jetzt zur Anmeldung.
mail-factor-passkey-added = Ihrem Konto wurde ein Passkey hinzugefügt. Er meldet Sie eigenständig an und dient als zweiter Schritt nach Ihrem Passwort.
mail-factor-passkey-renamed = Ein Passkey Ihres Kontos wurde umbenannt. Über jede Änderung an Ihrer Anmeldung werden Sie informiert.
mail-factor-passkey-removed = Ein Passkey wurde von Ihrem Konto entfernt; Sie können sich damit nicht mehr anmelden.
mail-factor-advice = Falls Sie das nicht waren, legen Sie sofort ein neues Passwort fest und informieren Sie das Programmteam.
mail-factor-action = Anmeldesicherheit überprüfen

## Promotion, spotlight and digest (issue 14)
promotion-title = Hervorhebung
promotion-lead = Bitten Sie das Programm, Ihre Arbeit bekannter zu machen: im Spotlight der Startseite, im Digest oder über die Social-Media-Konten des Programms. Das Team plant es ein oder teilt Ihnen mit, warum nicht.
promotion-ask = Hervorhebung anfragen
promotion-no-works = Eine Hervorhebung beginnt mit einem öffentlichen Beitrag in Ihrer Liste (auch ein bevorstehender Vortrag zählt: Erfassen Sie ihn mit seinem Datum).
promotion-contribution = Beitrag
promotion-contribution-choose = Wählen Sie einen Ihrer Beiträge
promotion-contribution-hint = Ein bevorstehender Vortrag ist ein Beitrag mit einem Datum in der Zukunft.
promotion-channels = Kanäle
promotion-channel-spotlight = Spotlight auf der Startseite
promotion-channel-digest = Der Digest
promotion-channel-social = Social-Media-Konten
promotion-from = Erster Tag
promotion-until = Letzter Tag
promotion-note = Hinweis für das Programmteam
promotion-note-hint = Für wen, warum jetzt. Optional.
promotion-submit = Anfrage senden
promotion-requests = Ihre Anfragen
promotion-none = Sie haben noch keine Hervorhebung angefragt.
promotion-stage = Status
promotion-actions = Aktionen
promotion-wanted = Gewünscht:
promotion-granted = Gewährt:
promotion-reason = Grund:
promotion-withdraw = Zurückziehen
promotion-requested = Ihre Anfrage liegt beim Programmteam. Sie erhalten eine E-Mail, sobald entschieden wurde.
promotion-withdrawn = Die Anfrage wurde zurückgezogen.
promotion-not-yours = Wählen Sie einen Ihrer eigenen öffentlichen Beiträge.
promotion-already-waiting = Für diesen Beitrag liegt bereits eine Anfrage vor.
promotion-refusal-decided = Über diese Anfrage wurde bereits entschieden (vielleicht gerade eben); die Seite zeigt den aktuellen Stand.
promotion-refusal-not-approved = Nur bei einer genehmigten Anfrage kann der Zeitplan geändert oder abgesagt werden.
promotion-stage-pending = Wartet auf das Programmteam
promotion-stage-scheduled = Eingeplant
promotion-stage-live = Jetzt im Spotlight
promotion-stage-ended = Beendet
promotion-stage-declined = Abgelehnt
promotion-stage-withdrawn = Zurückgezogen
promotion-queue-title = Anfragen zur Hervorhebung
promotion-queue-empty = Noch keine Anfragen zur Hervorhebung.
promotion-hero = Hero
promotion-window = Zeitraum
promotion-approve = Genehmigen und einplanen
promotion-reschedule = Zeitplan ändern
promotion-decline = Ablehnen
promotion-cancel = Aus dem Spotlight nehmen
promotion-starts = Beginn (Ortszeit)
promotion-ends = Ende (Ortszeit)
promotion-zone = Zeitzone
promotion-zone-hint = Ein IANA-Name wie Europe/Berlin; UTC, wenn leer.
promotion-saved = Gespeichert; der Hero wurde benachrichtigt.
mail-promotion-approved-subject = Hervorhebung von „{ $title }“
mail-promotion-approved = „{ $title }“ wird { $window } hervorgehoben, und zwar über: { $channels }.
mail-promotion-rescheduled = Die Hervorhebung von „{ $title }“ wurde verschoben: { $channels }, { $window }.
mail-promotion-declined-subject = Zu Ihrer Anfrage zur Hervorhebung von „{ $title }“
mail-promotion-declined = Das Programmteam hat die Hervorhebung von „{ $title }“ abgelehnt: { $reason }
mail-promotion-cancelled = Das Programmteam hat „{ $title }“ aus dem Spotlight genommen: { $reason }
spotlight-title = Spotlight
spotlight-lead = Arbeiten, die das Programm gerade hervorhebt.
spotlight-empty = Derzeit ist nichts im Spotlight.
spotlight-all = Alles im Spotlight
spotlight-feeds = Dem Spotlight folgen:
digest-archive-title = Der Digest
digest-archive-lead = Jeden Monat oder, je nach Programm, jede Woche oder jedes Quartal: neue Heroes, die Arbeiten im Spotlight des Programms und die Beiträge mit der größten Reichweite in jedem Fachgebiet.
digest-subscribe-title = Per E-Mail erhalten
digest-subscribe-email = E-Mail-Adresse
digest-subscribe-hint = Wir senden einen Bestätigungslink. Jeder Digest enthält einen Abmeldelink mit einem Klick.
digest-subscribe-submit = Abonnieren
digest-check-inbox = Prüfen Sie Ihren Posteingang: Das Abonnement beginnt, sobald Sie den gesendeten Link öffnen.
digest-past = Frühere Digests
digest-none = Noch kein Digest.
digest-new-heroes = Neue Heroes
digest-spotlighted = Im Spotlight
digest-most-reached = Größte Reichweite in { $specialization }
digest-empty = Eine ruhige Zeit: nichts zu berichten.
digest-title-of = Heroes-Digest, { $month }
digest-confirm-title = Abonnement bestätigen
digest-confirm-body = Klicken Sie auf die Schaltfläche, um den Digest an diese Adresse zu erhalten.
digest-confirm-action = Bestätigen
digest-confirmed-title = Abonniert
digest-confirmed = Sie erhalten den nächsten Digest.
digest-link-invalid-title = Dieser Link funktioniert nicht
digest-link-invalid = Der Link ist unvollständig oder das Abonnement existiert nicht mehr. Abonnieren Sie erneut über die Digest-Seite.
digest-unsubscribe-title = Digest abbestellen
digest-unsubscribe-body = Klicken Sie auf die Schaltfläche, dann wird kein weiterer Digest an diese Adresse gesendet.
digest-unsubscribe-action = Abbestellen
digest-unsubscribed-title = Abbestellt
digest-unsubscribed = An diese Adresse wird kein weiterer Digest gesendet.
digest-account-title = Der Digest
digest-account-is-on = Sie erhalten den Digest per E-Mail.
digest-account-is-off = Sie erhalten den Digest nicht.
digest-account-start = Digest erhalten
digest-account-stop = Digest abbestellen
digest-account-on = Sie erhalten den nächsten Digest.
digest-account-off = Sie erhalten keinen weiteren Digest.
digest-account-verify = Bestätigen Sie zuerst Ihre E-Mail-Adresse (siehe Ihre Kontoseite).
digest-admin-title = Digests
digest-subscribers = { $count ->
    [one] { $count } Abonnent
   *[other] { $count } Abonnenten
}
digest-draft-now = Digest für diesen Zeitraum jetzt entwerfen
digest-draft-exists = Für diesen Zeitraum gibt es bereits einen Digest.
digest-col-title = Digest
digest-col-state = Status
digest-col-sent = Gesendet
digest-state-draft = Entwurf
digest-state-sending = Wird gesendet
digest-state-sent = Gesendet
digest-intro = Einleitung
digest-intro-hint = Markdown. Wird vor den Abschnitten angezeigt, im Web und in der E-Mail.
digest-save = Einleitung speichern
digest-saved = Die Einleitung wurde gespeichert.
digest-send = An alle Abonnenten senden
digest-sending = Der Digest ist an alle Abonnenten unterwegs.
digest-not-draft = Dieser Digest wurde bereits gesendet.
digest-preview = Vorschau
mail-digest-confirm-subject = Bestätigen Sie Ihr Abonnement des Heroes-Digests
mail-digest-confirm-body = Jemand (hoffentlich Sie) möchte den Heroes-Digest an diese Adresse erhalten. Öffnen Sie den Link, um dies zu bestätigen.
mail-digest-confirm-action = Abonnement bestätigen
mail-digest-confirm-footer = Falls Sie das nicht waren, ignorieren Sie diese E-Mail: Ohne Ihre Bestätigung wird nichts gesendet.
mail-digest-read-online = Im Web lesen
mail-digest-footer = Sie erhalten diesen Digest, weil Sie ihn abonniert haben. Mit einem Klick abbestellen: { $link }
admin-home-promotion-waiting = { $count ->
    [one] { $count } Anfrage zur Hervorhebung wartet
   *[other] { $count } Anfragen zur Hervorhebung warten
}
admin-area-promotion = Hervorhebung
admin-area-promotion-hint = Anfragen von Heroes für Spotlight, Digest und Social Media genehmigen, einplanen oder ablehnen.
admin-area-digests = Digests
admin-area-digests-hint = Vorschau des monatlichen Digests ansehen, die Einleitung verfassen und ihn senden.
## Product feedback and office hours (issue 13)
admin-area-product-areas = Produktbereiche
admin-area-product-areas-hint = Die Produktbereiche, an die Heroes Feedback richten, ihre Verantwortlichen und wie schnell jeder antwortet.
product-areas-title = Produktbereiche
product-areas-lead = Heroes richten Feedback an einen Produktbereich; dessen Verantwortliche erfahren von jedem neuen Eintrag. Die Mediane zählen vom Einreichen bis zur ersten Antwort oder Statusänderung des Teams sowie bis zu „Ausgeliefert“, „Abgelehnt“ oder „Duplikat“.
product-areas-none = Noch keine Produktbereiche. Fügen Sie unten den ersten hinzu.
product-areas-name = Name
product-areas-slug = Adresse
product-areas-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche; wird in Warteschlangenfiltern verwendet.
product-areas-slug-taken = Ein anderer Produktbereich hat diese Adresse.
product-areas-description = Beschreibung (Markdown)
product-areas-owners = Verantwortliche
product-areas-owners-hint = E-Mail-Adressen von Mitarbeitern, eine pro Zeile.
product-areas-owner-unknown = { $email } ist nicht die Adresse eines Mitarbeiters.
product-areas-open = Offene Einträge
product-areas-first-answer = Mediane Zeit bis zur ersten Antwort
product-areas-resolution = Mediane Zeit bis zur Lösung
product-areas-no-answers = noch keine
product-areas-actions = Aktionen
product-areas-edit = Bearbeiten
product-areas-edit-label = { $name } bearbeiten
product-areas-edit-heading = Produktbereich bearbeiten
product-areas-new = Produktbereich hinzufügen
product-areas-save = Speichern
product-areas-cancel = Abbrechen
product-areas-saved = Gespeichert.
duration-days = { $count ->
    [one] 1 Tag
   *[other] { $count } Tage
}
duration-hours = { $count ->
    [one] 1 Stunde
   *[other] { $count } Stunden
}
duration-minutes = { $count ->
    [one] 1 Minute
   *[other] { $count } Minuten
}
feedback-title = Produktfeedback
feedback-lead = Sagen Sie den Produktteams, was funktioniert, was nicht und was fehlt. Jeder Eintrag wird beantwortet, und Sie werden über jede Änderung informiert.
feedback-new = Feedback einreichen
feedback-back = Zurück zum Produktfeedback
feedback-mine = Von Ihnen eingereicht
feedback-mine-none = Sie haben noch nichts eingereicht.
feedback-followed = Von Ihnen verfolgt
feedback-followed-none = Sie verfolgen keine Einträge.
feedback-shared = Von anderen Heroes geteilt
feedback-shared-none = Kein anderer Hero hat einen offenen Eintrag geteilt.
feedback-col-title = Titel
feedback-col-area = Produktbereich
feedback-col-kind = Art
feedback-col-state = Status
feedback-col-votes = Ich auch
feedback-col-filed = Eingereicht
feedback-no-areas = Es gibt noch keine Produktbereiche.
feedback-area = Produktbereich
feedback-choose = Auswählen …
feedback-choose-area = Wählen Sie einen Produktbereich.
feedback-field-title = Titel
feedback-field-kind = Art
feedback-field-body = Was ist passiert
feedback-field-body-hint = Markdown: Schritte, was Sie erwartet haben, was Sie gesehen haben.
feedback-field-impact = Auswirkung
feedback-field-impact-hint = In Ihren Worten: Wer ist betroffen und was kostet es diese Personen.
feedback-field-links = Links
feedback-field-links-hint = Bis zu fünf Adressen (eine Reproduktion, ein Issue, ein Beitrag), eine pro Zeile.
feedback-field-shared = Andere Heroes dürfen diesen Eintrag sehen und „Ich auch“ hinzufügen
feedback-submit = Feedback einreichen
feedback-kind-bug = Fehler
feedback-kind-feature-request = Funktionswunsch
feedback-kind-documentation = Dokumentation
feedback-kind-other = Sonstiges
feedback-state-new = Neu
feedback-state-acknowledged = Bestätigt
feedback-state-planned = Geplant
feedback-state-in-progress = In Arbeit
feedback-state-shipped = Ausgeliefert
feedback-state-declined = Abgelehnt
feedback-state-duplicate = Duplikat
feedback-transition-acknowledge = Bestätigen
feedback-transition-plan = Planen
feedback-transition-start = Arbeit beginnen
feedback-transition-ship = Ausliefern
feedback-transition-decline = Ablehnen
feedback-transition-duplicate = Als Duplikat markieren
feedback-refusal-closed = Dieser Eintrag ist geschlossen; er kann nicht mehr verschoben werden.
feedback-refusal-not-acknowledged = Bestätigen Sie den Eintrag zuerst.
feedback-refusal-already-past = Der Eintrag hat diesen Status bereits erreicht oder überschritten.
feedback-refusal-stale = Jemand hat diesen Eintrag in der Zwischenzeit verschoben; prüfen Sie seinen Status erneut.
feedback-decline-needs-reason = Geben Sie an, warum er abgelehnt wird.
feedback-duplicate-needs-original = Geben Sie die Nummer eines anderen Eintrags an, der selbst kein Duplikat ist.
feedback-notice-filed = Eingereicht. Das Produktteam wurde benachrichtigt, und Sie erfahren von jeder Änderung.
feedback-notice-sent = Gesendet.
feedback-notice-noted = Notiz gespeichert; nur das Team sieht sie.
feedback-notice-moved = Status geändert; die verfassende Person und die Follower wurden benachrichtigt.
feedback-visibility = Sichtbar für
feedback-visibility-shared = Sie, andere Heroes und das Programmteam
feedback-visibility-private = Sie und das Programmteam
feedback-duplicate-of = Duplikat von Eintrag Nummer
feedback-duplicate-hint = Nur für „Als Duplikat markieren“: Die Follower verfolgen dann jenen Eintrag.
feedback-team-note = Notiz des Teams
feedback-vote = Ich auch
feedback-unvote = „Ich auch“ zurücknehmen
feedback-follow = Verfolgen
feedback-unfollow = Nicht mehr verfolgen
feedback-thread = Unterhaltung
feedback-thread-empty = Noch nichts geschrieben.
feedback-from-team = Programmteam
feedback-internal-note = interne Notiz
feedback-moved-to = Status: { $state }
feedback-deleted-account = gelöschtes Konto
feedback-reply = Ihre Antwort
feedback-send = Senden
feedback-queue-title = Feedback-Warteschlange
feedback-queue-back = Zurück zur Warteschlange
feedback-queue-count = { $count ->
    [one] 1 Eintrag
   *[other] { $count } Einträge
}
feedback-filter-any = Alle
feedback-filter-age = Eingereicht
feedback-filter-older = { $count ->
    [one] vor mehr als 1 Tag
   *[other] vor mehr als { $count } Tagen
}
feedback-filter-apply = Anzeigen
feedback-sort = Reihenfolge
feedback-sort-votes = Meiste „Ich auch“
feedback-sort-oldest = Älteste zuerst
feedback-sort-newest = Neueste zuerst
feedback-author = Eingereicht von
feedback-followers = Follower
feedback-answer = Antworten
feedback-message = Nachricht (Markdown)
feedback-internal-choice = Interne Notiz (die verfassende Person sieht sie nie)
feedback-change-state = Status ändern
feedback-next-state = Neuer Status
feedback-note = Hinweis für die verfassende Person und die Follower
feedback-note-hint = Zum Ablehnen erforderlich; wird mit dem Status gesendet (nennen Sie, was ausgeliefert wurde und wo).
feedback-move = Status ändern
feedback-mail-filed-subject = Neues Feedback in { $area }: { $title }
feedback-mail-filed-body = Ein Hero hat Feedback an { $area } eingereicht, wofür Sie verantwortlich sind. Bitte bestätigen Sie es.
feedback-mail-answered-subject = Neue Antwort zu „{ $title }“
feedback-mail-answered-body = Es gibt eine neue Antwort in der Unterhaltung.
feedback-mail-moved-subject = „{ $title }“ hat jetzt den Status { $state }
feedback-mail-moved-body = Das Feedback „{ $title }“ hat jetzt den Status: { $state }.
feedback-mail-note = Notiz des Teams: { $note }
office-hours-title = Sprechstunden
office-hours-lead = Eine halbe Stunde mit jemandem aus einem Produktteam: Buchen Sie einen freien Termin und Sie erhalten eine Kalenderdatei sowie am Vortag eine Erinnerung.
office-hours-booked = Ihre Buchungen
office-hours-booked-none = Sie haben keinen Termin gebucht.
office-hours-free = Freie Termine
office-hours-free-none = Derzeit keine freien Termine.
office-hours-minutes = { $count ->
    [one] 1 Minute
   *[other] { $count } Minuten
}
office-hours-with = mit { $name }
office-hours-join = Am Gespräch teilnehmen
office-hours-ics = Zum Kalender hinzufügen (.ics)
office-hours-cancel = Stornieren
office-hours-cancel-label = Termin am { $when } stornieren
office-hours-book = Buchen
office-hours-book-label = Termin am { $when } buchen
office-hours-notice-booked = Gebucht. Die Kalenderdatei finden Sie unten; Sie werden am Vortag erinnert.
office-hours-notice-taken = Jemand anderes hat diesen Termin zuerst gebucht. Wählen Sie einen anderen.
office-hours-notice-past = Dieser Termin hat bereits begonnen; wählen Sie einen anderen.
office-hours-notice-cancelled = Storniert; der Termin ist für andere frei.
office-hours-notice-published = Veröffentlicht.
office-hours-staff-title = Ihre Sprechstunden
office-hours-yours = Ihre Termine
office-hours-yours-none = Sie haben keinen Termin veröffentlicht.
office-hours-booked-by = gebucht von { $name }
office-hours-open = frei
office-hours-publish = Termin veröffentlichen
office-hours-starts = Beginn (Ortszeit)
office-hours-zone = Zeitzone
office-hours-zone-hint = Eine IANA-Zeitzone wie Europe/Berlin oder America/New_York.
office-hours-length = Dauer in Minuten
office-hours-link = Link zum Gespräch
office-hours-ics-summary = Sprechstunde: { $area }
office-hours-ics-description = Teilnehmen: { $link }
office-hours-mail-reminder-subject = Ihre Sprechstunde für { $area } steht bevor
office-hours-mail-reminder-body = Ihre Sprechstunde für { $area } beginnt { $starts }. Teilnehmen unter { $link }.
## Credits
credits-title = Ihr Guthaben
credits-available = Verfügbar für Anfragen
credits-held = Reserviert für Anfragen, die auf eine Entscheidung warten
credits-request-title = Guthaben anfordern
credits-purpose = Zweck
credits-purpose-workshop = Ein Workshop
credits-purpose-demo = Eine Demo oder ein Vortrag
credits-purpose-open-source = Ein Open-Source-Projekt
credits-purpose-other = Etwas anderes (bitte in der Notiz angeben)
credits-amount = Betrag ({ $unit })
credits-amount-hint = Eine ganze Zahl. Der Betrag wird von Ihrem Guthaben reserviert, bis das Team entscheidet.
credits-note = Wofür es gedacht ist
credits-request-submit = Anfrage senden
credits-requested = Ihre Anfrage wurde gesendet; der Betrag ist reserviert, bis das Team entscheidet.
credits-withdrawn = Ihre Anfrage wurde zurückgezogen, und der Betrag wurde Ihrem Guthaben wieder gutgeschrieben.
credits-requests = Ihre Anfragen
credits-no-requests = Noch keine Anfragen.
credits-col-requested = Angefragt am
credits-col-amount = Betrag
credits-col-state = Status
credits-col-actions = Aktionen
credits-col-code = Code
credits-col-value = Wert
credits-col-expires = Läuft ab
credits-col-reveals = Angezeigt
credits-col-date = Datum
credits-col-entry = Buchung
credits-col-hero = Hero
credits-col-balance = Aktueller Stand
credits-col-decision = Entscheidung
credits-col-specialization = Fachgebiet
credits-col-quarter = Quartal
credits-col-codes = Codes
credits-approved-amount = genehmigt: { $amount }
credits-state-requested = Wartet auf Entscheidung
credits-state-approved = Genehmigt
credits-state-partly-approved = Teilweise genehmigt
credits-state-declined = Abgelehnt
credits-state-withdrawn = Zurückgezogen
credits-withdraw = Zurückziehen
credits-codes = Ihre Codes
credits-codes-lead = Codes bleiben verborgen, bis Sie einen anzeigen; jede Anzeige wird protokolliert. Niemand sonst kann sie sehen.
credits-no-codes = Ihnen wurden noch keine Codes ausgegeben.
credits-code-hidden = verborgener Code
credits-reveals = { $count ->
    [0] nie
    [one] einmal
   *[other] { $count }-mal
}
credits-reveal = Anzeigen
credits-history = Verlauf
credits-no-history = Bei Ihrem Guthaben hat sich noch nichts getan.
credits-entry-allotment = Jahreskontingent
credits-entry-hold = Für eine Anfrage reserviert
credits-entry-issue = Code ausgegeben
credits-entry-release = Reservierung aufgehoben
credits-entry-expiry = Abgelaufen
credits-entry-revocation = Widerrufen
credits-request-ref = Anfrage Nr. { $id }
credits-revealed-title = Ihr Code
credits-revealed-lead = Kopieren Sie ihn jetzt; diese Seite wird nicht gespeichert. Sie können ihn jederzeit erneut anzeigen, was jedes Mal protokolliert wird.
credits-back = Zurück zu Ihrem Guthaben
credits-refusal-decided = Über diese Anfrage wurde bereits entschieden (vielleicht gerade eben von jemand anderem).
credits-refusal-more-than-requested = Genehmigen Sie höchstens den angefragten Betrag.
credits-refusal-balance = Ihr Guthaben deckt diesen Betrag nicht.
credits-refusal-pool = Der Code-Pool enthält keine Codes, die diesen Betrag ergeben. Genehmigen Sie einen anderen Betrag oder importieren Sie zuerst Codes.
credits-mail-subject = Ihre Guthabenanfrage Nr. { $id }
credits-mail-approved = Ihre Guthabenanfrage wurde genehmigt: { $amount }. Ihre Codes finden Sie in Ihrem Konto.
credits-mail-partly = Ihre Guthabenanfrage wurde teilweise genehmigt: { $amount } von den angefragten { $requested }. Ihre Codes finden Sie in Ihrem Konto, der Rest wurde Ihrem Guthaben wieder gutgeschrieben.
credits-mail-declined = Ihre Guthabenanfrage wurde abgelehnt, und der Betrag wurde Ihrem Guthaben wieder gutgeschrieben. Grund: { $reason }
credits-admin-title = Guthaben
credits-admin-waiting = { $count ->
    [one] { $count } Anfrage wartet auf eine Entscheidung
   *[other] { $count } Anfragen warten auf eine Entscheidung
}
credits-admin-unit = Einheit
credits-admin-unit-label = Worin Guthaben gezählt wird
credits-admin-unit-hint = Zum Beispiel „USD Cloud-Guthaben“. Beträge sind ganze Zahlen dieser Einheit.
credits-admin-unit-saved = Die Einheit wurde gespeichert.
credits-admin-save = Speichern
credits-admin-allotments = Kontingente für { $year }
credits-admin-year = Jahr
credits-admin-show-year = Anzeigen
credits-admin-allotment-col = Kontingent ({ $unit })
credits-admin-allotments-saved = Die Kontingente wurden gespeichert.
credits-admin-exceptions = Ausnahmen für einzelne Personen
credits-admin-no-exceptions = Keine Ausnahmen in diesem Jahr.
credits-admin-hero = Hero (Adressname der Hero-Seite)
credits-admin-hero-hint = Zum Beispiel ana-souza für /heroes/ana-souza. Die Ausnahme ersetzt das Kontingent des Fachgebiets.
credits-admin-no-such-hero = Kein Hero hat diesen Adressnamen.
credits-admin-exception-saved = Die Ausnahme wurde gespeichert.
credits-admin-grant-title = Kontingente für { $year } gewähren
credits-admin-grant-lead = Jeder aktive Hero, der das diesjährige Kontingent noch nicht erhalten hat, erhält es jetzt: seine Ausnahme oder das größte Kontingent seiner Fachgebiete. Erneutes Gewähren gewährt niemandem doppelt.
credits-admin-grant = { $year } gewähren
credits-admin-granted = { $count ->
    [one] { $count } Hero hat das Kontingent erhalten.
   *[other] { $count } Heroes haben das Kontingent erhalten.
}
credits-admin-pool = Code-Pool
credits-admin-pool-left = { $count ->
    [one] { $count } Code im Wert von { $value } kann ausgegeben werden.
   *[other] { $count } Codes im Wert von { $value } können ausgegeben werden.
}
credits-admin-file = Pool-Datei (CSV)
credits-admin-file-hint = Ein Code pro Zeile: code,value,expiry (JJJJ-MM-TT), mit oder ohne Kopfzeile. Jede Zeile wird geprüft; bei einer fehlerhaften Zeile wird nichts importiert. Codes, die bereits im Pool sind, bleiben unverändert.
credits-admin-import = Codes importieren
credits-admin-file-missing = Wählen Sie eine CSV-Datei mit mindestens einem Code.
credits-admin-file-too-large = Die Datei ist größer als 8 MB; teilen Sie sie auf.
credits-admin-file-row = Zeile { $line }, { $field }: { $problem }
credits-admin-file-rows = { $count ->
    [one] { $count } Zeile muss überprüft werden; es wurde nichts importiert.
   *[other] { $count } Zeilen müssen überprüft werden; es wurde nichts importiert.
}
credits-queue-title = Guthabenanfragen
credits-queue-open = { $count ->
    [one] { $count } Anfrage wartet
   *[other] { $count } Anfragen warten
}
credits-queue-empty = Keine Anfrage wartet auf eine Entscheidung.
credits-queue-approve-amount = Zu genehmigender Betrag
credits-queue-approve = Genehmigen
credits-queue-reason = Ablehnungsgrund
credits-queue-decline = Ablehnen
credits-queue-recent = Kürzlich entschieden
credits-queue-none-decided = Noch nichts entschieden.
credits-queue-decided = Über Anfrage Nr. { $id } wurde entschieden; der Hero wurde benachrichtigt.
credits-reports-title = Guthabenberichte
credits-reports-csv = Berichte als CSV herunterladen
credits-report-spend = Ausgaben pro Fachgebiet und Quartal
credits-report-nothing = Noch nichts anzuzeigen.
credits-report-no-specialization = Kein Fachgebiet
credits-report-expiring = Codes, die bis { $until } ablaufen
credits-report-issued = ausgegeben
credits-report-in-pool = im Pool
credits-report-pool = Verbleibender Pool
credits-report-pool-empty = Der Pool ist leer: Importieren Sie Codes, bevor Sie Anfragen genehmigen.
admin-home-credit-requests = { $count ->
    [one] Guthabenanfrage wartet
   *[other] Guthabenanfragen warten
}
admin-area-credits = Guthaben
admin-area-credits-hint = Einheit, Jahreskontingente und Ausnahmen, Code-Pool, Anfragen und Berichte.
## User groups and events (issue 15)
nav-groups = Gruppen
nav-events = Veranstaltungen
groups-title = User Groups
groups-lead = Lokale und Online-Communitys rund um die Fachgebiete des Programms, organisiert von ihren Mitgliedern.
groups-propose-link = Gruppe vorschlagen
groups-filters = Gruppen filtern
groups-country = Land
groups-region = Region
groups-specialization = Fachgebiet
groups-any = Alle
groups-with-coming = Nur mit bevorstehenden Veranstaltungen
groups-filter = Anzeigen
groups-count = { $count ->
    [one] { $count } Gruppe
   *[other] { $count } Gruppen
}
groups-members = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
groups-coming-events = { $count ->
    [0] keine bevorstehenden Veranstaltungen
    [one] { $count } bevorstehende Veranstaltung
   *[other] { $count } bevorstehende Veranstaltungen
}
groups-online-only = Nur online
groups-back = Alle Gruppen
group-status-proposed = Vorgeschlagen, wartet auf Genehmigung
group-status-active = Aktiv
group-status-dormant = Ruhend
group-status-closed = Geschlossen
group-status-declined = Abgelehnt
group-founded = gegründet { $date }
group-leave = Gruppe verlassen
group-join = Gruppe beitreten
group-edit = Gruppe bearbeiten
group-new-event = Veranstaltung planen
group-sign-in-to-join = Melden Sie sich an, um dieser Gruppe beizutreten
group-leaders = Leitung
group-specializations = Fachgebiete
group-links = Links
group-coming-events = Bevorstehende Veranstaltungen
group-no-coming = Noch keine Veranstaltungen geplant.
group-past-events = Vergangene Veranstaltungen
group-no-past = Keine vergangenen Veranstaltungen.
group-calendar = Kalender dieser Gruppe abonnieren (.ics)
group-notice-saved = Gespeichert.
group-notice-joined = Willkommen: Sie sind jetzt Mitglied.
group-notice-left = Sie haben die Gruppe verlassen.
group-notice-last-leader = Eine Gruppe braucht eine Leitung: Ernennen Sie zuerst ein anderes Mitglied zur Leitung.
group-notice-logo = Das Logo wurde gespeichert.
group-notice-logo-removed = Das Logo wurde entfernt.
group-logo-alt = Logo von { $group }
group-logo-heading = Logo
group-logo-current = Das Logo der Gruppe, wie es im Verzeichnis und auf ihrer Seite erscheint.
group-logo-label = Logo
group-logo-hint = JPEG, PNG oder WebP bis 2 MB, mindestens 32 × 32 Pixel. Wir skalieren es auf 256 Pixel, legen transparente Bereiche auf Weiß und entfernen alles, was in der Datei verborgen ist.
group-logo-upload = Logo hochladen
group-logo-remove = Logo entfernen
group-logo-missing = Wählen Sie zuerst eine Bilddatei aus.
group-logo-too-large = Diese Datei ist größer als 2 MB. Wählen Sie eine kleinere aus.
group-logo-unreadable = Diese Datei ist kein lesbares JPEG-, PNG- oder WebP-Bild.
group-logo-too-small = Dieses Bild ist kleiner als 32 × 32 Pixel; es würde unscharf aussehen.
group-notice-proposed = Vielen Dank: Das Programmteam prüft Ihren Vorschlag. Sobald er genehmigt ist, leiten Sie die Gruppe.
group-edit-title = { $group } bearbeiten
group-propose-title = User Group vorschlagen
group-propose-lead = Erzählen Sie uns von der Gruppe. Sobald ein Admin sie genehmigt, erscheint sie im Verzeichnis und Sie leiten sie.
group-field-name = Name
group-field-city = Stadt
group-field-country = Land
group-choose-country = Land auswählen
group-field-online-only = Die Gruppe trifft sich nur online
group-field-description = Beschreibung
group-field-description-hint = Markdown: Links, Listen und Hervorhebungen bleiben erhalten.
group-field-links = Links
group-field-links-hint = Webadressen (https://…), eine pro Zeile, höchstens 8.
group-field-specializations = Fachgebiete
group-field-founded = Gegründet (optional)
group-field-coordinates = Lage der Stadt (optional, für die Karte)
group-field-latitude = Breitengrad
group-field-longitude = Längengrad
group-field-status = Status
group-save = Speichern
group-propose = Gruppe vorschlagen
group-members-heading = Mitglieder
group-leader = Leitung
group-make-leader = Zur Leitung ernennen
group-unmake-leader = Leitung abgeben
group-make-leader-label = { $name } zur Leitung ernennen
group-unmake-leader-label = { $name } wieder zum Mitglied machen
group-unknown-specialization = Wählen Sie Fachgebiete aus der Liste.
group-name-taken = Wählen Sie einen anderen Namen: Dieser ist bereits zu oft vergeben.
group-mail-approved-subject = Ihre Gruppe { $group } wurde genehmigt
group-mail-approved-body = Das Programmteam hat { $group } genehmigt. Die Gruppe ist jetzt im Verzeichnis, und Sie leiten sie: Planen Sie die erste Veranstaltung auf der Seite der Gruppe.
group-mail-declined-subject = Ihr Gruppenvorschlag { $group }
group-mail-declined-body = Das Programmteam hat { $group } diesmal nicht genehmigt. Antworten Sie auf diese E-Mail, wenn Sie den Grund erfahren möchten.
admin-home-group-proposals = { $count ->
    [one] Gruppenvorschlag wartet
   *[other] Gruppenvorschläge warten
}
admin-area-groups = User Groups
admin-area-groups-hint = Von Mitgliedern vorgeschlagene Gruppen genehmigen oder ablehnen.
admin-area-program-events = Programmveranstaltungen
admin-area-program-events-hint = Eine Veranstaltung des Programms selbst planen.
admin-groups-title = Gruppenvorschläge
admin-groups-none = Keine Vorschläge ausstehend.
admin-groups-proposed-by = vorgeschlagen von { $name } ({ $email })
admin-groups-approve = Genehmigen
admin-groups-decline = Ablehnen
admin-groups-approve-label = { $group } genehmigen
admin-groups-decline-label = { $group } ablehnen
admin-groups-approved = Genehmigt; die vorschlagende Person wurde benachrichtigt.
admin-groups-declined = Abgelehnt; die vorschlagende Person wurde benachrichtigt.
admin-groups-stale = Über diesen Vorschlag wurde bereits entschieden.
events-title = Veranstaltungen
events-lead = Meetups, Konferenzen, Workshops und Online-Sessions des Programms und seiner User Groups.
events-filters = Veranstaltungen filtern
events-when = Wann
events-coming = Bevorstehend
events-past = Vergangen
events-online = Nur mit Online-Link
events-count = { $count ->
    [one] { $count } Veranstaltung
   *[other] { $count } Veranstaltungen
}
event-kind-meetup = Meetup
event-kind-conference = Konferenz
event-kind-workshop = Workshop
event-kind-online-session = Online-Session
event-online = online
event-cancelled = Abgesagt
event-of-the-program = Eine Veranstaltung des Programms
event-kind = Art
event-when-in = Wann ({ $zone })
event-when-yours = Wann (Ihre Zeitzone)
event-when-utc = Wann (UTC)
event-venue = Veranstaltungsort
event-online-link = Online
event-link-for-attendees = Der Link wird angemeldeten Teilnehmenden angezeigt.
event-places = Plätze
event-going-of = { $going } von { $capacity } belegt
event-going = { $count ->
    [one] { $count } Zusage
   *[other] { $count } Zusagen
}
event-waiting = { $count ->
    [one] { $count } auf der Warteliste
   *[other] { $count } auf der Warteliste
}
event-attendance = Teilnahme
event-attended = { $count ->
    [one] { $count } Person war da
   *[other] { $count } Personen waren da
}
event-you-are-going = Sie nehmen teil.
event-you-are-waiting = Sie stehen auf der Warteliste; Sie erhalten eine E-Mail, wenn ein Platz frei wird.
event-cancel-rsvp = Ich kann doch nicht kommen
event-leave-waitlist = Warteliste verlassen
event-rsvp = Ich komme
event-sign-in-to-rsvp = Melden Sie sich an, um zuzusagen
event-edit = Veranstaltung bearbeiten
event-check-in = Check-in-Liste
event-speakers = Speaker
event-add-to-calendar = Zu meinem Kalender hinzufügen (.ics)
event-notice-saved = Gespeichert.
event-notice-going = Sie haben einen Platz. Bis bald!
event-notice-waiting = Die Veranstaltung ist ausgebucht: Sie stehen auf der Warteliste und erhalten eine E-Mail, wenn ein Platz frei wird.
event-notice-cancelled = Sie haben Ihren Platz freigegeben.
rsvp-refused-past = Diese Veranstaltung hat begonnen oder ist vorbei: Es werden keine Antworten mehr angenommen.
rsvp-refused-deadline = Die Anmeldefrist für diese Veranstaltung ist abgelaufen.
rsvp-refused-cancelled = Diese Veranstaltung wurde abgesagt.
rsvp-refused-not-coming = Sie hatten keinen Platz, den Sie freigeben könnten.
rsvp-refused-not-waiting = Nur Personen auf der Warteliste können einen Platz erhalten.
rsvp-state-going = nimmt teil
rsvp-state-waiting = auf der Warteliste
rsvp-state-cancelled = kommt nicht
event-new-title = Veranstaltung planen
event-edit-title = Veranstaltung bearbeiten
event-field-title = Titel
event-field-starts = Beginn (Ortszeit)
event-field-ends = Ende (Ortszeit)
event-field-time_zone = Zeitzone (IANA, z. B. Europe/Berlin)
event-field-venue = Veranstaltungsort
event-field-online_url = Online-Link
event-field-capacity = Kapazität (leer: unbegrenzt)
event-field-rsvp_deadline = Anmeldefrist (Ortszeit, optional)
event-field-link_for_attendees = Online-Link nur angemeldeten Teilnehmenden anzeigen
event-field-kind = Art
event-field-specialization = Fachgebiet
event-field-description = Beschreibung (Markdown)
event-field-speakers = Speaker
event-field-speakers-hint = Eine Angabe pro Zeile: Adresse oder Name eines Heroes oder der Name einer beliebigen Person | Titel des Vortrags.
event-save = Veranstaltung speichern
event-unknown-specialization = Wählen Sie ein Fachgebiet aus der Liste.
event-capacity-below-going = Es haben mehr Personen zugesagt, als diese Kapazität zulässt.
event-mail-promoted-subject = Ein Platz ist frei geworden: Sie nehmen an { $event } teil
event-mail-promoted-body = Hallo { $name }, jemand hat seinen Platz bei { $event } freigegeben, und Sie standen als Erste bzw. Erster auf der Warteliste: Der Platz gehört Ihnen.
event-mail-promoted-cancel = Wenn Sie nicht kommen können, geben Sie den Platz auf der Seite der Veranstaltung frei, damit die nächste Person ihn erhält.
check-in-title = Check-in: { $event }
check-in-search = Nach Name oder Adresse suchen
check-in-find = Suchen
check-in-count = { $count ->
    [one] { $count } Person nimmt teil
   *[other] { $count } Personen nehmen teil
}
check-in-list = Teilnehmende
check-in-name = Name
check-in-email = Adresse
check-in-present = Anwesend
check-in-here = Da
check-in-undo = Rückgängig
check-in-mark = Einchecken
check-in-undo-label = Check-in von { $name } rückgängig machen
check-in-mark-label = { $name } einchecken
calendar-title = Meine Veranstaltungen und mein Kalender
calendar-my-events = Meine Veranstaltungen
calendar-none = Sie haben keine bevorstehenden Veranstaltungen.
calendar-address = Kalenderadresse
calendar-address-lead = Abonnieren Sie diese geheime Adresse in Ihrer Kalender-App, um Ihre Veranstaltungen dort zu sehen. Jeder, der die Adresse kennt, sieht sie: Erstellen Sie jederzeit eine neue (die alte funktioniert dann nicht mehr) oder deaktivieren Sie sie.
calendar-address-once = Die Adresse wird nur dieses eine Mal angezeigt: Kopieren Sie sie jetzt.
calendar-address-exists = Sie haben eine Kalenderadresse. Sie wird nicht erneut angezeigt; erstellen Sie eine neue, wenn Sie sie verloren haben.
calendar-address-make = Meine Kalenderadresse erstellen
calendar-address-replace = Neue Adresse erstellen (die alte funktioniert dann nicht mehr)
calendar-address-revoke = Adresse deaktivieren
calendar-mine-name = Meine Veranstaltungen
calendar-waiting-summary = (Warteliste) { $event }
groups-map-title = { $count ->
    [one] Karte der Gruppen: { $count } Gruppe markiert
   *[other] Karte der Gruppen: { $count } Gruppen markiert
}
groups-map-caption = Jede Markierung ist eine Gruppe (wählen Sie eine aus, um sie zu öffnen); reine Online-Gruppen und Gruppen ohne Koordinaten werden nur unten aufgeführt. Kartendaten: Natural Earth.
## Briefings under NDA (issue 13)
briefings-title = Briefings
briefings-lead = Vertrauliche Briefings der Produktteams. Was Sie hier sehen, ist nur für Sie bestimmt: Geben Sie nichts weiter, bevor es öffentlich ist.
briefings-new = Neues Briefing
briefings-back = Alle Briefings
briefings-upcoming = Bevorstehend
briefings-past = Vergangene Briefings
briefings-none-upcoming = Für Sie steht kein Briefing an.
briefings-none-past = Keine vergangenen Briefings.
briefings-nda-waiting = { $count ->
    [one] Ein Briefing wartet auf Sie, sobald Sie die aktuelle NDA akzeptieren.
   *[other] { $count } Briefings warten auf Sie, sobald Sie die aktuelle NDA akzeptieren.
}
briefings-nda-read = NDA lesen und akzeptieren
briefings-notice-created = Das Briefing wurde veröffentlicht.
briefings-notice-calendar-revoked = Ihre Kalenderadresse funktioniert nicht mehr.
briefings-notice-nda-accepted = Vielen Dank: Sie haben die NDA akzeptiert.
briefings-calendar = Ihr Kalender
briefings-calendar-lead = Abonnieren Sie in Ihrer Kalender-App eine private Adresse, die die Briefings auflistet, auf die Sie geantwortet haben. Jeder, der die Adresse kennt, sieht sie, also behalten Sie sie für sich; Sie können sie jederzeit ersetzen oder widerrufen.
briefings-calendar-new = Ihre Kalenderadresse (wird nur jetzt angezeigt, kopieren Sie sie):
briefings-calendar-create = Kalenderadresse erstellen
briefings-calendar-replace = Kalenderadresse ersetzen
briefings-calendar-revoke = Kalenderadresse widerrufen
briefing-back = Zurück zum Briefing
briefing-embargo-label = Unter Sperrfrist.
briefing-embargo = Aus diesem Briefing darf vor dem { $date } nichts weitergegeben werden.
briefing-when = Wann
briefing-minutes = { $count ->
    [one] eine Minute
   *[other] { $count } Minuten
}
briefing-venue = Veranstaltungsort
briefing-seats = Plätze
briefing-seats-taken = { $taken } von { $capacity } belegt
briefing-waiting = { $count ->
    [one] ein Hero wartet
   *[other] { $count } Heroes warten
}
briefing-nda = NDA-Version
briefing-edit = Briefing bearbeiten
briefing-manage = Zusagen, Teilnahme und Zugriffsprotokoll
briefing-your-answer = Ihre Antwort
briefing-rsvp-going = Sie haben einen Platz.
briefing-rsvp-waiting = Sie stehen auf der Warteliste.
briefing-you-run = Sie leiten es
briefing-rsvp = Ich nehme teil
briefing-join-waitlist = Auf die Warteliste setzen
briefing-cancel = Meine Antwort zurückziehen
briefing-join-link = Online teilnehmen
briefing-recording = Aufzeichnung ansehen
briefing-ics = Zum Kalender hinzufügen (.ics)
briefing-agenda = Agenda
briefing-materials = Unterlagen
briefing-notice-seated = Sie haben einen Platz.
briefing-notice-waitlisted = Das Briefing ist ausgebucht: Sie stehen auf der Warteliste und erhalten eine E-Mail, wenn ein Platz frei wird.
briefing-notice-cancelled = Ihre Antwort wurde zurückgezogen.
briefing-notice-saved = Das Briefing wurde gespeichert.
briefing-notice-already = Sie hatten bereits geantwortet.
briefing-notice-attendance = Die Teilnahme wurde gespeichert.
briefing-notice-attendance-unmatched = { $count ->
    [one] Die Teilnahme wurde gespeichert. Eine Adresse in der Datei passte zu keinem Hero mit Platz.
   *[other] Die Teilnahme wurde gespeichert. { $count } Adressen in der Datei passten zu keinem Hero mit Platz.
}
briefing-import = Teilnahme importieren
briefing-import-label = Teilnahme als CSV
briefing-import-hint = Fügen Sie die Teilnehmerliste ein, die Ihr Meeting-Tool exportiert. Heroes mit Platz, deren Adresse darin vorkommt, werden als anwesend markiert, die anderen als abwesend.
briefing-import-submit = Teilnahme importieren
briefing-unknown = Nichts heißt „{ $value }“.
briefing-field-title = Titel
briefing-field-summary = Zusammenfassung
briefing-field-audience = Zielgruppe
briefing-audience-specializations = Heroes der unten genannten Fachgebiete
briefing-audience-all-heroes = Alle aktiven Heroes
briefing-audience-named = Die unten genannten Heroes
briefing-field-specializations = Fachgebiete
briefing-field-heroes = Namentlich genannte Heroes
briefing-field-heroes-hint = Die Adressen ihrer Seiten (z. B. ana-souza), durch Kommas getrennt.
briefing-field-nda = Erforderliche NDA-Version
briefing-field-embargo = Sperrfrist bis
briefing-field-embargo-hint = Optional. Bis zu diesem Tag zeigt das Briefing einen Hinweis: Es darf nichts weitergegeben werden.
briefing-field-starts = Beginn (Ortszeit)
briefing-field-zone = Zeitzone
briefing-field-zone-hint = Ein IANA-Name wie Europe/Berlin oder America/New_York.
briefing-field-minutes = Dauer in Minuten
briefing-field-join = Online-Link
briefing-field-join-hint = Wird nur berechtigten Heroes angezeigt; jeder Klick wird protokolliert. Geben Sie einen Link, einen Veranstaltungsort oder beides an.
briefing-field-venue = Veranstaltungsort
briefing-field-capacity = Plätze
briefing-field-agenda = Agenda
briefing-field-materials = Unterlagen
briefing-field-recording = Link zur Aufzeichnung
briefing-save = Briefing speichern
briefing-manage-title = Durchführung von „{ $title }“
briefing-rsvps = Zusagen und Warteliste
briefing-rsvps-none = Bisher hat niemand geantwortet.
briefing-who = Wer
briefing-answer = Antwort
briefing-attended = Teilnahme
briefing-present = teilgenommen
briefing-present-label = { $name } hat teilgenommen
briefing-save-attendance = Teilnahme speichern
briefing-access-log = Zugriffsprotokoll
briefing-access-log-none = Bisher hat niemand das Briefing geöffnet.
briefing-what = Was
briefing-at = Wann
briefing-viewed-page = die Seite und die Unterlagen
briefing-viewed-join-link = den Teilnahmelink
briefing-viewed-recording = die Aufzeichnung
briefing-viewed-calendar = die Kalenderdatei
field-markdown-hint = Markdown: Links, Listen, Hervorhebungen.
nda-title = Geheimhaltungsvereinbarung
nda-version = NDA-Version { $version }
nda-effective = In Kraft seit { $date }.
nda-accepted = Sie haben diese Version akzeptiert.
nda-accept = NDA akzeptieren
nda-accept-required = Aktivieren Sie das Kontrollkästchen, um die NDA zu akzeptieren.
admin-nda-title = NDA-Versionen
admin-nda-lead = Veröffentlichen Sie eine neue Version, und jeder Hero wird gebeten, sie ab ihrem Inkrafttreten zu akzeptieren; Briefings, die sie voraussetzen, bleiben für Heroes verborgen, bis sie dies getan haben.
admin-nda-published = Die Version wurde veröffentlicht.
admin-nda-label = Version
admin-nda-effective = Gültig ab
admin-nda-acceptances = Zustimmungen
admin-nda-new = Neue Version veröffentlichen
admin-nda-body = Text
admin-nda-publish = Veröffentlichen
admin-nda-label-taken = Eine Version mit diesem Namen gibt es bereits.
admin-nda-back = Alle NDA-Versionen
admin-nda-accepted-by = { $count ->
    [one] Von einer Person akzeptiert
   *[other] Von { $count } Personen akzeptiert
}
admin-nda-who = Wer
admin-nda-when = Wann
admin-nda-from = Von Adresse
admin-area-nda = NDA-Versionen
admin-area-nda-hint = NDA-Versionen veröffentlichen und sehen, wer welche wann und von wo aus akzeptiert hat.
admin-area-briefings = Briefings
admin-area-briefings-hint = Briefings unter NDA erstellen, Zusagen einsehen, Teilnahme erfassen, Zugriffsprotokoll lesen.
mail-briefing-seat-subject = Ein Platz für Sie: { $title }
mail-briefing-seat-body = Beim Briefing „{ $title }“ ist ein Platz frei geworden, und er gehört Ihnen. Wenn Sie doch nicht kommen können, ziehen Sie Ihre Antwort zurück, damit der nächste Hero ihn erhält.
mail-briefing-digest-subject = { $count ->
    [one] Ein neues Briefing für Sie
   *[other] { $count } neue Briefings für Sie
}
mail-briefing-digest-body = { $count ->
    [one] Ein Briefing, an dem Sie teilnehmen können, wurde veröffentlicht:
   *[other] Briefings, an denen Sie teilnehmen können, wurden veröffentlicht:
}
mail-briefing-reminder-subject = Morgen: { $title }
mail-briefing-reminder-body = Zur Erinnerung: Das Briefing „{ $title }“ beginnt { $start }. Sie haben einen Platz.
## The private network and mentoring (issue 16)
network-title = Das Hero-Netzwerk
network-lead = Alle aktuellen Heroes mit den Kontaktdaten, die sie mit Heroes teilen, woran sie gerade arbeiten und wozu man sie fragen kann. Nur Heroes und das Programmteam sehen diese Seite.
network-asks-link = Anfragen an das Netzwerk
network-card-link = Ihre Netzwerkkarte
mentoring-home-link = Mentoring
network-search-label = Nach Name, Thema, Ort oder aktueller Arbeit suchen
network-filter-specialization = Fachgebiet
network-filter-open = Offen für
network-filter-any = Alle
network-open-cospeaking = Gemeinsame Vorträge
network-open-collaboration = Zusammenarbeit
network-open-mentoring = Mentoring
network-search-button = Suchen
network-count = { $count ->
    [one] Ein Hero
   *[other] { $count } Heroes
}
network-specializations = Fachgebiete
network-working-on = Arbeitet gerade an
network-ask-me-about = Fragen Sie mich zu
network-languages = Sprachen
network-timezone = Zeitzone
network-pages = Seiten
network-previous = Zurück
network-next = Weiter
network-page-of = Seite { $page } von { $pages }
network-card-title = Ihre Netzwerkkarte
network-card-lead = Was andere Heroes im Netzwerk über Ihr öffentliches Profil hinaus von Ihnen sehen. Kontaktdaten stammen aus Ihrem Profil und werden jeweils dem dort gewählten Personenkreis angezeigt.
network-card-saved = Ihre Karte wurde gespeichert.
network-card-open = Offen für
network-card-save = Karte speichern
network-back = Zurück zum Netzwerk
network-asks-title = Anfragen an das Netzwerk
network-asks-lead = Bitten Sie andere Heroes um einen Co-Speaker, einen Reviewer, einen Veranstaltungsort oder etwas anderes. Antworten erhalten Sie per E-Mail; schließen Sie die Anfrage, wenn Sie haben, was Sie brauchen.
network-asks-none = Noch keine Anfragen.
network-answers-count = { $count ->
    [one] Eine Antwort
   *[other] { $count } Antworten
}
network-ask-state-closed = Geschlossen
network-ask-new = Anfrage stellen
network-ask-kind = Was Sie suchen
network-ask-kind-co-speaker = Einen Co-Speaker
network-ask-kind-reviewer = Einen Reviewer
network-ask-kind-venue = Einen Veranstaltungsort
network-ask-kind-other = Etwas anderes
network-ask-title-label = In einer Zeile
network-ask-body = Details
network-markdown-hint = Hier funktioniert Markdown.
network-ask-post = Anfrage veröffentlichen
network-ask-close = Diese Anfrage schließen
network-answer-heading = Antworten
network-answer-label = Ihre Antwort
network-answer-submit = Antwort senden
network-ask-closed = Diese Anfrage ist geschlossen; es werden keine Antworten mehr angenommen.
network-asks-back = Zurück zu den Anfragen
mail-ask-answered-subject = Eine Antwort auf Ihre Anfrage: { $title }
mail-ask-answered = Jemand im Hero-Netzwerk hat auf Ihre Anfrage „{ $title }“ geantwortet:
mentoring-home-title = Mentoring
mentoring-home-lead = Bitten Sie einen Hero, Sie als Mentor zu begleiten, verfolgen Sie Ihre Mentorings und bieten Sie als Hero Mentoring an und antworten Sie den Mitgliedern, die anfragen.
mentoring-as-mentor = Als Mentor
mentoring-offer-summary = { $count ->
    [one] Ein Mentee von { $capacity }
   *[other] { $count } Mentees von { $capacity }
}
mentoring-offer-open = Offen für neue Mentees
mentoring-offer-paused = Pausiert
mentoring-offer-edit = Angebot ändern
mentoring-offer-start = Mentoring anbieten
mentoring-asks-heading = Mitglieder, die Sie angefragt haben
mentoring-asks-none = Bisher hat Sie niemand angefragt.
mentoring-ask-state-pending = Wartet auf Antwort
mentoring-ask-state-accepted = Angenommen
mentoring-ask-state-declined = Abgelehnt
mentoring-ask-state-withdrawn = Zurückgezogen
mentoring-accept = Annehmen
mentoring-decline = Ablehnen
mentoring-mentorships-heading = Mentorings
mentoring-mentorships-none = Noch keine Mentorings.
mentoring-mentorship-line = { $mentor } begleitet { $mentee }
mentoring-sessions-count = { $count ->
    [one] Eine Sitzung
   *[other] { $count } Sitzungen
}
mentoring-ended = Beendet
mentoring-requests-heading = Ihre Anfragen nach einem Mentor
mentoring-request-new = Mentor anfragen
mentoring-request-state-open = Sucht einen Mentor
mentoring-request-state-matched = Vermittelt
mentoring-request-state-withdrawn = Zurückgezogen
mentoring-notice-accepted = Sie haben angenommen; das Mentoring hat begonnen.
mentoring-notice-declined = Ihre Antwort wurde gesendet.
mentoring-notice-withdrawn = Ihre Anfrage wurde zurückgezogen.
mentoring-offer-title = Mentoring anbieten
mentoring-offer-lead = Mitglieder, die einen Mentor suchen, bekommen Sie mit Begründung vorgeschlagen, wenn Ihre Arbeit, Ihr Angebot oder Ihr Profil zu dem passt, was sie lernen möchten.
mentoring-offer-saved = Ihr Angebot wurde gespeichert.
mentoring-topics = Themen
mentoring-topics-hint = Worin Sie als Mentor begleiten, z. B. „Lambda, ereignisgesteuertes Design, öffentliches Sprechen“.
mentoring-specializations = Fachgebiete
mentoring-languages = Sprachen für Treffen
mentoring-languages-hint = Durch Kommas getrennte Sprachcodes, z. B. en, es, pt-BR.
mentoring-time-zones = Zeitzonen, in denen Sie sich treffen können
mentoring-time-zones-hint = Durch Kommas getrennte IANA-Namen, z. B. Europe/Madrid, America/Bogota (höchstens fünf).
mentoring-formats = Formate
mentoring-format-calls = Gespräche
mentoring-format-code-review = Code-Review
mentoring-format-career = Karriereberatung
mentoring-capacity = Gleichzeitige Mentees
mentoring-open-label = Offen für neue Mentees (deaktivieren zum Pausieren; laufende Mentorings gehen weiter)
mentoring-offer-save = Angebot speichern
mentoring-capacity-below-taken = Sie begleiten derzeit mehr Personen; beenden Sie zuerst ein Mentoring oder behalten Sie eine höhere Zahl bei.
mentoring-back = Zurück zum Mentoring
mentoring-request-title = Mentor anfragen
mentoring-request-lead = Beschreiben Sie, was Sie erreichen und lernen möchten; wir schlagen Heroes vor, die darüber schreiben, Ihre Sprache sprechen und zu ähnlichen Zeiten verfügbar sind, jeweils mit Begründung.
mentoring-goals = Ihre Ziele
mentoring-request-topics = Themen, die Sie lernen möchten
mentoring-language = Sprache
mentoring-language-hint = Ein Sprachcode, z. B. en oder es.
mentoring-time-zone = Ihre Zeitzone
mentoring-time-zone-hint = Ein IANA-Name, z. B. America/Bogota.
mentoring-request-submit = Mentoren finden
mentoring-request-page-title = Ihre Anfrage nach einem Mentor
mentoring-asked-heading = Angefragte Mentoren
mentoring-suggestions-heading = Vorgeschlagene Mentoren
mentoring-suggestions-none = Noch passt kein Mentor mit freien Plätzen zu diesen Themen. Versuchen Sie andere Begriffe oder schauen Sie später wieder vorbei.
mentoring-choose-mentors = Wählen Sie einen Mentor oder bis zu { $max } aus den Vorschlägen
mentoring-already-asked = Angefragt
mentoring-ask-submit = Ausgewählte Mentoren anfragen
mentoring-withdraw = Anfrage zurückziehen
mentoring-reason-posts = { $count ->
    [one] ein Beitrag über { $topic }
   *[other] { $count } Beiträge über { $topic }
}
mentoring-reason-offers = begleitet als Mentor in { $topic }
mentoring-reason-profile = Profil erwähnt { $topic }
mentoring-reason-speaks = spricht { $language }
mentoring-reason-hours = { $count ->
    [one] eine gemeinsame Tagesstunde
   *[other] { $count } gemeinsame Tagesstunden
}
mentoring-reason-places = { $count ->
    [one] einer von { $capacity } Plätzen frei
   *[other] { $count } von { $capacity } Plätzen frei
}
mentoring-refusal-answered = Diese Anfrage wurde bereits beantwortet oder zurückgezogen.
mentoring-refusal-full = Alle Plätze dieses Mentors sind belegt.
mentoring-refusal-closed = Für diese Anfrage wurde bereits ein Mentor gefunden, oder sie wurde zurückgezogen.
mentoring-refusal-ended = Dieses Mentoring ist beendet, oder Sie haben bereits Ihr Schlusswort hinterlassen.
mentoring-refusal-not-offering = Dieser Hero nimmt derzeit keine Mentees an.
mentoring-refusal-paused = Ihr Angebot ist pausiert, daher nehmen Sie derzeit keine Mentees an. Öffnen Sie es wieder, um diese Anfrage anzunehmen; bis dahin wartet sie weiter (oder lehnen Sie sie ab).
mentorship-title = Mentoring
mentorship-since = Seit { $date }
mentorship-ended-on = beendet am { $date }
mentorship-private = Nur Sie beide sehen diese Seite; die Sitzungen zählen als Mentoring für die Bereitschaft des Mentors, ohne die Notizen.
mentorship-goals = Ziele
mentorship-log-heading = Sitzung erfassen
mentorship-held-on = Datum
mentorship-notes = Notizen (nur Sie beide sehen sie)
mentorship-log-submit = Sitzung erfassen
mentorship-words = Schlussworte
mentorship-end-label = Mentoring mit einem Wort an die andere Seite beenden
mentorship-word-label = Ihr Schlusswort
mentorship-end-submit = Mentoring beenden
mentorship-word-submit = Schlusswort hinterlassen
mentorship-readiness-link = Ihre Bereitschaft ansehen
mail-mentoring-asked-subject = { $member } bittet Sie um Mentoring
mail-mentoring-asked = { $member } möchte Sie als Mentor für: { $topics }. Die Ziele:
mail-mentoring-accepted-subject = { $mentor } wird Sie als Mentor begleiten
mail-mentoring-accepted = { $mentor } hat Ihre Anfrage angenommen: Ihr Mentoring hat begonnen.
mail-mentoring-declined-subject = { $mentor } kann Sie derzeit nicht begleiten
mail-mentoring-declined = { $mentor } hat Ihre Anfrage diesmal abgelehnt. Ihre Anfrage bleibt für andere Mentoren offen.
mail-mentorship-ended-subject = { $name } hat Ihr Mentoring beendet
mail-mentorship-ended = { $name } hat Ihr Mentoring beendet und folgendes Schlusswort hinterlassen:
admin-mentoring-title = Mentoring
admin-mentoring-waiting = { $count ->
    [one] Eine Anfrage wartet seit über einer Woche
   *[other] { $count } Anfragen warten seit über einer Woche
}
admin-mentoring-member = Mitglied
admin-mentoring-since = Angefragt am
admin-mentoring-pending = Offene Anfragen
admin-mentoring-loads = Auslastung der Mentoren
admin-mentoring-no-mentors = Noch bietet kein Hero Mentoring an.
admin-mentoring-mentor = Mentor
admin-mentoring-taken = Mentees
admin-mentoring-state = Angebot
admin-mentoring-months = Vermittlungen pro Monat
admin-mentoring-no-matches = Im letzten Jahr hat kein Mentoring begonnen.
admin-mentoring-month = Monat
admin-mentoring-matches = Begonnene Mentorings
admin-home-mentoring-waiting = { $count ->
    [one] Mentoring-Anfrage wartet seit über einer Woche
   *[other] Mentoring-Anfragen warten seit über einer Woche
}
admin-area-mentoring = Mentoring
admin-area-mentoring-hint = Anfragen, die auf einen Mentor warten, Auslastung der Mentoren, Vermittlungen pro Monat.

## Benefits II: pool imports from the web (job with progress)
credits-import-title = Pool-Import Nr. { $id }
credits-import-progress = { $done } von { $total } Zeilen verarbeitet
credits-import-running = Der Import läuft; diese Seite wird alle paar Sekunden neu geladen.
credits-import-reload = Jetzt neu laden
credits-import-finished = Der Import ist abgeschlossen.
credits-import-added = { $count ->
    [one] { $count } Code zum Pool hinzugefügt
   *[other] { $count } Codes zum Pool hinzugefügt
}
credits-import-already = { $count ->
    [one] { $count } Code war bereits mit demselben Wert und Ablaufdatum im Pool (unverändert gelassen)
   *[other] { $count } Codes waren bereits mit demselben Wert und Ablaufdatum im Pool (unverändert gelassen)
}
credits-import-refused = { $count ->
    [one] { $count } Zeile abgelehnt
   *[other] { $count } Zeilen abgelehnt
}
credits-import-refused-title = Abgelehnte Zeilen
credits-import-col-line = Zeile
credits-import-col-reason = Grund
credits-import-other-terms = Dieser Code ist bereits mit einem anderen Wert oder Ablaufdatum im Pool; der Pool behält den vorhandenen.
credits-admin-imports = Letzte Importe
credits-admin-import-line = { $when }: { $done } von { $total } Zeilen, { $added } hinzugefügt

## Benefits II: the digest's period
digest-title-week = Heroes-Digest, Woche vom { $day }
digest-title-quarter = Heroes-Digest, { $quarter }
digest-cadence-title = Wie oft
digest-cadence-label = Digest entwerfen
digest-cadence-hint = Der Job entwirft den Digest jedes Zeitraums, wenn dieser endet; eine Änderung gilt ab dem nächsten entworfenen Zeitraum.
digest-cadence-weekly = Jede Woche
digest-cadence-monthly = Jeden Monat
digest-cadence-quarterly = Jedes Quartal
digest-cadence-save = Speichern
digest-cadence-saved = Der Zeitraum des Digests wurde gespeichert.
credits-entry-restoration = Wiederhergestellt (die Verschiebung zu den Alumni wurde rückgängig gemacht)
## Briefing files, product areas of briefings, feedback from briefings (issue 13)
briefing-files = Dateien
briefing-files-none = Noch keine Dateien.
briefing-file-download = { $name } herunterladen
briefing-file-size-kb = { $size } KB
briefing-file-size-mb = { $size } MB
briefing-file-add = Datei hinzufügen
briefing-file-label = Datei
briefing-file-hint = PDF, PNG, JPEG, WebP, PowerPoint, Word, Excel oder Text (.txt, .md, .csv); höchstens { $max } MB. Der Typ wird anhand des Inhalts geprüft, nicht anhand des Namens. Berechtigte Heroes laden sie herunter; jeder Download wird protokolliert.
briefing-file-upload = Datei hochladen
briefing-file-remove = Entfernen
briefing-file-remove-label = { $name } entfernen
briefing-file-empty = Wählen Sie eine Datei, die nicht leer ist.
briefing-file-too-large = Die Datei ist größer als { $max } MB.
briefing-file-type = Dieser Dateityp wird nicht akzeptiert (anhand des Inhalts beurteilt): Verwenden Sie PDF, PNG, JPEG, WebP, PowerPoint, Word, Excel oder Text.
briefing-file-name = Der Dateiname enthält unzulässige Zeichen (z. B. NUL). Benennen Sie die Datei um und versuchen Sie es erneut.
briefing-file-unreadable = Der Upload konnte nicht gelesen werden. Ein Dateiname mit Steuerzeichen (z. B. NUL) wird abgelehnt: Benennen Sie die Datei um und versuchen Sie es erneut.
briefing-notice-file-added = Die Datei wurde hinzugefügt.
briefing-notice-file-removed = Die Datei wurde entfernt.
briefing-viewed-file = eine Datei
briefing-area = Produktbereich
briefing-field-area = Produktbereich
briefing-field-area-none = Keiner
briefing-feedback = Feedback aus diesem Briefing
briefing-feedback-none = Noch kein Feedback nennt dieses Briefing.
feedback-field-briefing = Stammt aus einem Briefing
feedback-field-briefing-none = Keinem
feedback-field-briefing-hint = Optional: das Briefing, in dem Sie davon erfahren haben. Nur das Produktteam sieht es.
feedback-unknown-briefing = Dieses Briefing gibt es nicht.
feedback-from-briefing = Stammt aus dem Briefing
feedback-from-briefing-hidden = einem Briefing (Nr. { $id }), das Sie nicht leiten
briefing-file-feedback = Feedback zu diesem Briefing einreichen
admin-area-dashboard = Dashboard und Exporte
admin-area-dashboard-hint = Diagramme zu Heroes, Beiträgen, Aktivität und Auswahl; alle Heroes, Beiträge und Kandidaturen als CSV oder JSON.
dashboard-title = Dashboard
dashboard-lead = Diagramme des Programms, basierend auf Kennzahlen, die bei jeder Änderung aktualisiert werden. Jedes Diagramm lässt sich nach Fachgebiet, Ort und Zeitraum eingrenzen und als CSV herunterladen.
dashboard-back = ← Dashboard
dashboard-filters = Diagramme filtern
dashboard-any = Alle
dashboard-from = Von Monat
dashboard-to = Bis Monat
dashboard-period-hint = Monate im Format JJJJ-MM. Ohne Zeitraum: die letzten zwölf Monate.
dashboard-filter = Anzeigen
dashboard-period = Von { $from } bis { $to }
dashboard-csv = Daten herunterladen (CSV)
dashboard-table-caption = Die Daten des Diagramms
dashboard-listed = { $count ->
    [one] { $count } Hero zur Nachverfolgung
   *[other] { $count } Heroes zur Nachverfolgung
}
dashboard-more-in-csv = { $count ->
    [one] { $count } weiterer in der CSV-Datei.
   *[other] { $count } weitere in der CSV-Datei.
}
dashboard-no-specialization = Kein Fachgebiet
dashboard-year = Jahr der ersten Ernennung
dashboard-specialization = Fachgebiet
dashboard-region = Region
dashboard-country = Land
dashboard-month = Monat
dashboard-kind = Art
dashboard-hero = Hero
dashboard-heroes = Heroes
dashboard-contributions = Beiträge
dashboard-views = Aufrufe
dashboard-attendees = Teilnehmende
dashboard-stars = Sterne
dashboard-answers = Antworten
dashboard-band = Stufe
dashboard-recent = Letzte 90 Tage
dashboard-before = Die 90 Tage davor
dashboard-latest = Neuester Beitrag
dashboard-none-in-window = keiner in 180 Tagen
dashboard-follow-up = Heroes zur Nachverfolgung
dashboard-band-active = Aktiv
dashboard-band-slowing = Nachlassend
dashboard-band-quiet = Ruhig
dashboard-band-silent = Inaktiv
dashboard-cycle = Runde
dashboard-stage-nominated = Nominiert
dashboard-stage-answered = Beantwortet
dashboard-stage-reviewed = Bewertet
dashboard-stage-decided = Entschieden
dashboard-stage-announced = Bekanntgegeben
dashboard-days-to-answer = Tage bis zur Antwort der nominierten Person (Median)
dashboard-days-to-decide = Tage von der Antwort bis zur Entscheidung (Median)
dashboard-days-to-announce = Tage von der Entscheidung bis zur Bekanntgabe (Median)
dashboard-reviewer = Reviewer
dashboard-assigned = Zugewiesen
dashboard-reviewed = Bewertet
dashboard-conflicts = Erklärte Konflikte
dashboard-distance = Mittlere Abweichung von der Punktzahl des Gremiums (Hundertstel)
dashboard-heroes-by-year = Heroes nach Jahr der ersten Ernennung
dashboard-heroes-by-year-description = Die in jedem Jahr des Zeitraums erstmals ernannten Heroes, aufgeteilt nach ihrem heutigen Status: aktiv, Alumni oder pausiert. Die Länge eines Balkens entspricht den neuen Heroes des Jahres.
dashboard-heroes-by-specialization = Heroes nach Fachgebiet
dashboard-heroes-by-specialization-description = Bis zum Ende des Zeitraums ernannte Heroes in jedem Fachgebiet, nach Status. Ein Hero, der in zwei Fachgebieten ausgezeichnet wurde, zählt in beiden.
dashboard-heroes-by-region = Heroes nach Region
dashboard-heroes-by-region-description = Bis zum Ende des Zeitraums ernannte Heroes in jeder Region, nach Status.
dashboard-heroes-by-country = Heroes nach Land
dashboard-heroes-by-country-description = Bis zum Ende des Zeitraums ernannte Heroes in jedem Land, die meisten zuerst, nach Status.
dashboard-contributions-by-kind = Beiträge pro Monat nach Art
dashboard-contributions-by-kind-description = In jedem Monat des Zeitraums veröffentlichte öffentliche Beiträge, nach Art. Ein Fachgebietsfilter behält die darin erfassten; ein Ortsfilter die von Heroes, die dort leben.
dashboard-contributions-by-specialization = Beiträge pro Monat nach Fachgebiet
dashboard-contributions-by-specialization-description = In jedem Monat des Zeitraums veröffentlichte öffentliche Beiträge, nach dem Fachgebiet, in dem sie erfasst wurden.
dashboard-reach = Reichweite nach Art
dashboard-reach-description = Öffentliche Beiträge des Zeitraums und die von ihren Heroes erfasste Reichweite (Aufrufe, Teilnehmende, Sterne, Antworten), nach Art.
dashboard-most-active = Aktivste Heroes
dashboard-most-active-description = Die zwanzig Heroes mit den meisten öffentlichen Beiträgen im Zeitraum. Ein Fachgebietsfilter behält die darin ausgezeichneten Heroes.
dashboard-activity-bands = Aktivitätsstufen
dashboard-activity-bands-description = Alle aktiven Heroes nach ihren öffentlichen Beiträgen zum heutigen Stand: aktiv (in den letzten 90 Tagen mindestens so viele wie in den 90 davor), nachlassend (weniger), ruhig (keine in den letzten 90 Tagen, aber davor), inaktiv (keine in 180 Tagen). Der Zeitraum gilt hier nicht.
dashboard-selection-funnel = Auswahltrichter
dashboard-selection-funnel-description = Kandidaturen jeder im Zeitraum geöffneten Auswahlrunde, danach, wie weit sie gekommen sind: nominiert, von der nominierten Person beantwortet, mindestens einmal bewertet, entschieden, bekanntgegeben.
dashboard-selection-times = Dauer jeder Auswahlphase
dashboard-selection-times-description = Median der Tage von der Nominierung bis zur Antwort der nominierten Person, von der Antwort bis zur Entscheidung und von der Entscheidung bis zur Bekanntgabe, pro Runde (0, wenn nichts so weit gekommen ist).
dashboard-reviewers = Auslastung und Übereinstimmung der Reviewer
dashboard-reviewers-description = Pro Reviewer in den im Zeitraum geöffneten Auswahlrunden: zugewiesene und bewertete Kandidaturen, erklärte Konflikte und wie weit die gewichteten Punktzahlen vom Mittelwert des Gremiums abweichen, wo zwei oder mehr bewertet haben (niedriger bedeutet größere Übereinstimmung).
dashboard-panel-heroes = Heroes
dashboard-panel-contributions = Beiträge
dashboard-panel-activity = Aktivität und Verlängerung
dashboard-panel-selection = Auswahl
dashboard-panel-briefings = Briefings
dashboard-panel-feedback = Feedback
dashboard-panel-credits = Guthaben
dashboard-panel-events = Veranstaltungen
dashboard-panel-mentoring = Mentoring
dashboard-heroes-map = Weltkarte der Heroes
dashboard-heroes-map-description = Bis zum Ende des Zeitraums ernannte Heroes in jedem Land, dargestellt als Markierung an der mittleren Position der größeren Städte des Landes, deren Fläche proportional zur Zahl der Heroes ist. Länder ohne Stadt mit 100.000 Einwohnern in den Kartendaten erscheinen nur in der Tabelle. Kartendaten: Natural Earth, Städte: GeoNames.
dashboard-renewal-readiness = Bereitschaft zur Verlängerung
dashboard-renewal-readiness-description = Alle aktiven Heroes nach ihrer Bereitschaft zur Verlängerung zum heutigen Stand: die Punkte, die das veröffentlichte Bewertungsschema ihrer Arbeit der letzten zwölf Monate gibt, als Anteil am Ziel – bereit (100 % oder mehr), nah (75–99 %), halb (50–74 %), begonnen (25–49 %), weit entfernt (unter 25 %). Der Zeitraum gilt hier nicht.
dashboard-readiness-level = Bereitschaft
dashboard-readiness-ready = Bereit
dashboard-readiness-near = Nah (75–99 %)
dashboard-readiness-halfway = Halb (50–74 %)
dashboard-readiness-started = Begonnen (25–49 %)
dashboard-readiness-far = Weit entfernt (unter 25 %)
dashboard-briefing-attendance = Teilnahme an Briefings
dashboard-briefing-attendance-description = Briefings, die in jedem Monat des Zeitraums begonnen haben, mit belegten Plätzen, Wartelisten und den als anwesend markierten Personen. Nur der Zeitraum gilt.
dashboard-briefings = Briefings
dashboard-going = Belegte Plätze
dashboard-waiting = Warteliste
dashboard-attended = Teilgenommen
dashboard-feedback-answer-times = Antwortzeiten bei Feedback
dashboard-feedback-answer-times-description = In jedem Monat des Zeitraums eröffnete Feedback-Einträge, die vom Team beantworteten und der Median der vollen Tage von der Eröffnung bis zur ersten Antwort. Nur der Zeitraum gilt.
dashboard-opened = Eröffnet
dashboard-answered = Beantwortet
dashboard-median-days-to-answer = Tage bis zur ersten Antwort (Median)
dashboard-credit-spend = Guthabenausgaben
dashboard-credit-spend-description = Der Wert der in jedem Monat des Zeitraums ausgegebenen Guthabencodes, nach Zweck der Anfrage. Ein Fachgebiet behält die darunter ausgegebenen Codes; ein Ort die von Heroes, die dort leben.
dashboard-spend-workshop = Workshops
dashboard-spend-demo = Demos und Vorträge
dashboard-spend-open-source = Open Source
dashboard-spend-other = Sonstiges
dashboard-spend-no-request = Ohne Anfrage
dashboard-event-attendance = Veranstaltungen und Teilnahme
dashboard-event-attendance-description = Veranstaltungen, die in jedem Monat des Zeitraums begonnen haben (ohne abgesagte), ihre belegten Plätze und die am Eingang eingecheckten Personen. Ein Fachgebiet behält dessen Veranstaltungen; ein Ort die Veranstaltungen der dortigen Gruppen.
dashboard-events = Veranstaltungen
dashboard-checked-in = Eingecheckt
dashboard-mentoring-matches = Mentoring-Vermittlungen
dashboard-mentoring-matches-description = In jedem Monat des Zeitraums gestellte Anfragen nach einem Mentor, die vermittelten und der Median der vollen Tage von der Anfrage bis zur Vermittlung. Nur der Zeitraum gilt.
dashboard-requests = Anfragen
dashboard-matched = Vermittelt
dashboard-median-days-to-match = Tage bis zur Vermittlung (Median)
dashboard-exports = Programmweite Exporte
dashboard-exports-lead = Alle Heroes mit allen Feldern, alle öffentlichen Beiträge, alle Kandidaturen mit ihrer Entscheidung. Ungefiltert.
export-heroes = Heroes
export-contributions = Beiträge
export-candidacies = Kandidaturen und Entscheidungen
## Community projects (issue 16)
nav-projects = Projekte
projects-title = Community-Projekte
projects-lead = Von Heroes gestartete Projekte: Open Source, Übersetzungen, Lernmaterial. Bitten Sie um Aufnahme in die Projekte, bei denen Sie helfen können.
projects-start-link = Projekt starten (Heroes)
projects-filters = Projekte filtern
projects-text = Suchbegriffe
projects-specialization = Fachgebiet
projects-status = Status
projects-any = Alle
projects-help-wanted = Nur Projekte, die Hilfe suchen
projects-filter = Projekte anzeigen
projects-count = { $count ->
    [one] Ein Projekt
   *[other] { $count } Projekte
}
projects-members = { $count ->
    [one] eine Person
   *[other] { $count } Personen
}
projects-feed-atom = Atom-Feed dieser Projekte
projects-feed-json = JSON Feed dieser Projekte
projects-back = Alle Projekte
project-status-active = Aktiv
project-status-looking-for-help = Sucht Hilfe
project-status-paused = Pausiert
project-status-done = Abgeschlossen
project-help-wanted = Hilfe gesucht
project-help-wanted-list = Hilfe gesucht: { $help }
project-help-skills = Gesuchte Fähigkeiten
project-help-roles = Gesuchte Rollen
project-site = Repository oder Website
project-specializations = Fachgebiete
project-who = Wer daran arbeitet
project-owner = Verantwortlich
project-make-owner = Zum Verantwortlichen machen
project-unmake-owner = Verantwortung abgeben
project-make-owner-label = { $name } zum Verantwortlichen machen
project-unmake-owner-label = { $name } ist nicht mehr verantwortlich
project-requests = Beitrittsanfragen
project-no-requests = Niemand wartet.
project-accept = Annehmen
project-decline = Ablehnen
project-accept-label = { $name } annehmen
project-decline-label = { $name } ablehnen
project-contributions = Beiträge zu diesem Projekt
project-no-contributions = Mit diesem Projekt ist noch kein Beitrag verknüpft.
project-leave = Dieses Projekt verlassen
project-edit = Projekt bearbeiten
project-waiting = Sie haben um Aufnahme gebeten; die Verantwortlichen werden antworten.
project-join = Um Aufnahme bitten
project-join-message = Was Sie gerne tun möchten (optional)
project-join-hint = Die Verantwortlichen lesen dies zusammen mit Ihrem Namen und Ihrer Adresse.
project-sign-in-to-join = Melden Sie sich an, um um Aufnahme zu bitten
project-notice-started = Ihr Projekt wurde gestartet. Sie sind dafür verantwortlich.
project-notice-saved = Gespeichert.
project-notice-asked = Ihre Anfrage wurde an die Verantwortlichen gesendet.
project-notice-accepted = Angenommen: Die Person ist jetzt Mitglied.
project-notice-declined = Abgelehnt.
project-notice-left = Sie haben das Projekt verlassen.
project-notice-owners = Die Verantwortlichen wurden geändert.
project-refusal-answered = Diese Anfrage wurde bereits beantwortet.
project-refusal-member = Sie gehören diesem Projekt bereits an.
project-refusal-asked = Sie haben bereits um Aufnahme gebeten; die Verantwortlichen werden antworten.
project-refusal-closed = Dieses Projekt ist abgeschlossen und nimmt niemanden mehr auf.
project-refusal-last-owner = Ein Projekt braucht immer eine verantwortliche Person: Machen Sie zuerst ein anderes Mitglied zum Verantwortlichen.
project-refusal-not-member = Diese Person ist kein Mitglied dieses Projekts.
project-start-title = Projekt starten
project-start-lead = Sie sind dafür verantwortlich. Andere bitten um Aufnahme, und Sie nehmen an oder lehnen ab.
project-edit-title = { $project } bearbeiten
project-field-name = Name
project-field-description = Beschreibung
project-field-description-hint = Markdown: worum es geht, für wen es gedacht ist, wie man helfen kann.
project-field-url = Repository oder Website (optional)
project-field-specializations = Fachgebiete
project-field-skills = Gesuchte Fähigkeiten
project-field-roles = Gesuchte Rollen
project-field-help-hint = Durch Kommas getrennt, höchstens zehn.
project-field-status = Status
project-save = Speichern
project-start = Projekt starten
project-unknown-specialization = Dieses Fachgebiet ist nicht in der Liste.
project-name-taken = Zu viele Projekte tragen diesen Namen; wählen Sie einen anderen.
project-mail-asked-subject = { $name } möchte bei { $project } mitmachen
project-mail-asked-body = { $name } möchte an { $project } mitarbeiten. Nehmen Sie die Anfrage auf der Projektseite an oder lehnen Sie sie ab.
project-mail-accepted-subject = Willkommen bei { $project }
project-mail-accepted-body = Eine verantwortliche Person von { $project } hat Ihre Anfrage angenommen: Sie sind jetzt Mitglied.
project-mail-declined-subject = Ihre Anfrage zur Aufnahme in { $project }
project-mail-declined-body = Die Verantwortlichen von { $project } haben Ihre Anfrage diesmal abgelehnt.
own-project = Projekt
own-project-none = Kein Projekt
own-project-hint = Ein Projekt, dem Sie angehören und zu dem diese Arbeit gehört.
own-project-unknown = Wählen Sie ein Projekt, dem Sie angehören.
## Speaker suggestions and invitations (issue 15)
speaker-reason-topics = spricht über { $topic }
speaker-reason-distance = { $km ->
    [0] in derselben Stadt
    [one] ein km entfernt
   *[other] { $km } km entfernt
}
speaker-reason-hours = { $count ->
    [0] gleiche Zeitzone
    [one] eine Stunde von der Zeitzone der Veranstaltung entfernt
   *[other] { $count } Stunden von der Zeitzone der Veranstaltung entfernt
}
speaker-reason-available = für Vorträge verfügbar
speaker-reason-spoke = { $count ->
    [one] hat im letzten Jahr einmal gesprochen
   *[other] hat im letzten Jahr { $count }-mal gesprochen
}
speaker-account-title = Vorträge
speaker-account-lead = Teilen Sie den Organisatoren der Programmveranstaltungen mit, ob und wo Sie einen Vortrag halten würden. Sie sehen Heroes als Speaker für ihre Veranstaltung gereiht, und Sie beantworten jede Einladung.
speaker-account-saved = Ihre Vortragseinstellungen wurden gespeichert.
speaker-account-save = Vortragseinstellungen speichern
speaker-open-label = Ich bin offen für Einladungen zu Vorträgen
speaker-topics = Worüber Sie gerne sprechen
speaker-topics-hint = Ein paar Stichworte, z. B. „Lambda, ereignisgesteuertes Design“; sie werden mit der Veranstaltung abgeglichen.
speaker-travel-km = Wie weit Sie zu einer Veranstaltung reisen (km)
speaker-travel-km-hint = Leer lassen, wenn die Entfernung keine Rolle spielt.
speaker-remote-only-label = Nur Online-Veranstaltungen
speaker-languages = Sprachen, in denen Sie Vorträge halten
speaker-languages-hint = Durch Kommas getrennte Sprach-Tags, z. B. „es, en“. Leer: die Sprachen Ihres Profils.
speaker-invitations-heading = Einladungen zu Vorträgen
speaker-invitations-none = Noch keine Einladungen.
speaker-invitation-title = Einladung zu einem Vortrag
speaker-invitation-event = Veranstaltung
speaker-invitation-state = Antwort
speaker-invitation-state-pending = wartet auf Antwort
speaker-invitation-state-accepted = angenommen
speaker-invitation-state-declined = abgelehnt
speaker-invitation-state-withdrawn = zurückgezogen
speaker-talk-title = Titel des Vortrags
speaker-message = Nachricht
speaker-accept = Annehmen und vortragen
speaker-decline = Ablehnen
speaker-refusal-answered = Diese Einladung wurde bereits beantwortet.
speaker-suggestions-link = Speaker finden
speaker-suggestions-title = Vorgeschlagene Speaker
speaker-suggestions-heading = Heroes, die sprechen könnten
speaker-suggestions-none = Noch passt die Arbeit keines Heroes zu Titel, Beschreibung oder Fachgebieten dieser Veranstaltung.
speaker-suggestions-refresh = Erneut vorschlagen
speaker-event-languages = Sprachen des Vortrags
speaker-event-languages-hint = Durch Kommas getrennte Sprach-Tags; standardmäßig die Sprachen, die Heroes im Land der Veranstaltung am häufigsten sprechen.
speaker-invited-heading = Eingeladen
speaker-invite = Zum Vortrag einladen
speaker-invite-submit = Einladung senden
speaker-choose-suggested = Wählen Sie einen der vorgeschlagenen Heroes.
speaker-already-invited = Dieser Hero wurde bereits zu dieser Veranstaltung eingeladen.
speaker-notice-invited = Die Einladung wurde gesendet.
speaker-mail-invited-subject = { $organizer } lädt Sie zu einem Vortrag bei { $event } ein
speaker-mail-invited-body = Hallo { $name }, { $organizer } möchte, dass Sie bei { $event } den Vortrag „{ $talk }“ halten.
speaker-mail-invited-answer = Öffnen Sie die Einladung, um sie anzunehmen oder abzulehnen.
speaker-mail-accepted-subject = { $hero } spricht bei { $event }
speaker-mail-accepted-body = Hallo { $name }, { $hero } hat Ihre Einladung angenommen, bei { $event } den Vortrag „{ $talk }“ zu halten, und gehört nun zu den Speakern.
speaker-mail-declined-subject = { $hero } kann bei { $event } nicht sprechen
speaker-mail-declined-body = Hallo { $name }, { $hero } hat Ihre Einladung abgelehnt, bei { $event } den Vortrag „{ $talk }“ zu halten.

## Leaders' mail to their group's members (issue 15)
group-mail-title = E-Mail an die Mitglieder
group-mail-lead = Alle Mitglieder erhalten die E-Mail, außer denen, die die E-Mails dieser Gruppe abbestellt haben; jede E-Mail enthält einen Link zum Abbestellen mit einem Klick.
group-mail-limit = { $count ->
    [one] Eine Gruppe kann alle { $days } Tage eine E-Mail senden.
   *[other] Eine Gruppe kann alle { $days } Tage { $count } E-Mails senden.
}
group-mail-subject = Betreff
group-mail-body = Nachricht
group-mail-send = An die Mitglieder senden
group-mail-sent = { $count ->
    [one] Die E-Mail wurde für ein Mitglied in die Warteschlange gestellt.
   *[other] Die E-Mail wurde für { $count } Mitglieder in die Warteschlange gestellt.
}
group-mail-sent-heading = Gesendete E-Mails
group-mail-recipients = { $count ->
    [one] ein Mitglied
   *[other] { $count } Mitglieder
}
group-mail-limited = Diese Gruppe hat vorerst so viele E-Mails gesendet, wie sie darf. { $limit } Die nächste kann am { $next } gesendet werden.
group-mail-from = { $name } hat dies an die Mitglieder von { $group } geschrieben.
group-mail-open-group = Gruppe öffnen
group-mail-footer = Sie erhalten diese E-Mail als Mitglied der Gruppe. E-Mails der Gruppe abbestellen: { $link }
group-unsubscribe-title = E-Mails dieser Gruppe abbestellen
group-unsubscribe-body = Sie bleiben Mitglied; die Leitung der Gruppe sendet Ihnen keine E-Mails mehr.
group-unsubscribe-action = Abbestellen
group-unsubscribed-title = Abbestellt
group-unsubscribed = Sie erhalten keine E-Mails mehr von der Leitung dieser Gruppe.
list-text-filter = Wörter im Namen oder in der Beschreibung

## Added later: webhooks, the language switcher, validation messages, candidates, time zones, Latin spellings
status-candidate = Kandidat, noch nicht öffentlich
language-switcher-label = Sprache der Website
language-switcher-submit = Wechseln
language-unknown-title = Sprache nicht verfügbar
language-unknown-body = Es gibt keine Seiten in „{ $tag }“. Wählen Sie eine Sprache aus der Liste.
language-back = Zurück
account-language-heading = Sprache
account-language-label = Sprache der Seiten und E-Mails
account-language-browser = Wie von meinem Browser angefragt
account-language-hint = E-Mails an Sie werden ebenfalls in dieser Sprache verfasst.
account-language-submit = Sprache speichern
account-language-saved = Ihre Sprache wurde gespeichert.
account-language-unknown = Wählen Sie eine Sprache aus der Liste.
expected-4-100-printable-characters = 4 bis 100 druckbare Zeichen ohne Leerzeichen
expected-8-64-letters-digits = 8 bis 64 Buchstaben, Ziffern, - oder _
expected-acknowledge-plan-start-ship = acknowledge, plan, start, ship, decline oder duplicate
expected-active-alumni-leave = active, alumni oder on-leave
expected-active-dormant-closed = active, dormant oder closed
expected-active-looking-help-paused = active, looking-for-help, paused oder done
expected-address-someone-other-yourself = die Adresse einer anderen Person als Ihnen selbst
expected-americas-emea-apj = americas, emea oder apj
expected-among-channels-hero-asked = einen der Kanäle, die der Hero gewünscht hat,
expected-blog-github-x-linkedin = blog, github, x, linkedin, youtube, mastodon, bluesky oder website
expected-bug-feature-request-documentation = bug, feature-request, documentation oder other
expected-calls-code-review-career = calls, code-review oder career
expected-co-speaker-reviewer-venue = co-speaker, reviewer, venue oder other
expected-contribution-kind-blog-post = eine Beitragsart wie blog-post, talk oder video
expected-country-code = einen Ländercode nach ISO 3166-1 alpha-2 wie DE oder JP
expected-criterion-line-name-weight = ein Kriterium pro Zeile: Name | Gewichtung | was die Punktzahlen 1, 2, 3, 4 und 5 bedeuten
expected-date-2026-03-14 = ein Datum wie 2026-03-14
expected-date-2027-03-28 = ein Datum wie 2027-03-28
expected-date-after-opening-date = ein Datum am oder nach dem Eröffnungsdatum
expected-date-between-1990-year = ein Datum zwischen 1990 und einem Jahr ab heute
expected-date-since-1970-not = ein Datum ab 1970, das nicht in der Zukunft liegt, z. B. 2019-05-14,
expected-date-since-mentorship-began = ein Datum seit Beginn des Mentorings, das nicht in der Zukunft liegt,
expected-date-time-2027-03 = Datum und Uhrzeit wie 2027-03-28T18:30
expected-date-yyyy-mm-dd = ein Datum im Format JJJJ-MM-TT
expected-day-after-first-most = einen Tag am oder nach dem ersten, höchstens 60 Tage später,
expected-deadline-later-start = eine Frist, die nicht nach dem Beginn liegt,
expected-degrees-52-52-latitude = Grad wie 52.52 (Breite) und 13.40 (Länge)
expected-email-address-name-example = eine E-Mail-Adresse wie name@example.org
expected-empty-kind-contribution = für diese Art von Beitrag keinen Wert
expected-end-after-start = ein Ende nach dem Beginn
expected-http-https-address = eine Adresse mit http:// oder https://
expected-webhook-address = eine Adresse mit http:// oder https:// ohne Benutzername und Passwort
expected-webhook-events = mindestens ein Ereignis
expected-iana-time-zone-europe = eine IANA-Zeitzone wie Europe/Berlin
expected-language-codes-en-de = Sprachcodes wie en, de oder pt-BR
expected-line-character = eine Zeile ohne das Zeichen |
expected-listed-purposes = einen der aufgeführten Zwecke
expected-lowercase-letters-digits-single = Kleinbuchstaben, Ziffern und einzelne Bindestriche (höchstens 64)
expected-meetup-conference-workshop-online = meetup, conference, workshop oder online-session
expected-most-10-criteria = höchstens 10 Kriterien
expected-most-10-links = höchstens 10 Links
expected-most-link-kind = höchstens einen Link jeder Art
expected-name-other-criterion-has = einen Namen, den kein anderes Kriterium hat,
expected-online-link-venue-both = einen Online-Link oder einen Veranstaltungsort (oder beides)
expected-password-not-your-email = ein Passwort, das weder Ihre E-Mail-Adresse noch ein gängiges Passwort ist,
expected-phone-number-49-30 = eine Telefonnummer wie +49 30 1234567
expected-public-members-heroes-staff = public, members, heroes oder staff
expected-read-write = read oder write
expected-rose-amber-blue-violet = rose, amber, blue, violet, teal, green, red oder navy
expected-selection-renewal = selection oder renewal
expected-speaker-line-name-hero = einen Speaker pro Zeile: Name oder Hero-Adresse | Titel des Vortrags
expected-specialization-most-once = jedes Fachgebiet höchstens einmal
expected-specializations-all-heroes-named = Fachgebiete, alle Heroes oder namentlich genannte Heroes
expected-spotlight-digest-social = spotlight, digest oder social
expected-staff-reviewer-admin = staff, reviewer oder admin
expected-tags-lowercase-letters-digits = Tags aus Kleinbuchstaben, Ziffern und Bindestrichen
expected-text-control-characters-unicode = Text ohne Steuerzeichen oder Unicode-Nichtzeichen
expected-three-fields-code-value = drei Felder: code,value,expiry
expected-time-after-start-most = eine Zeit nach dem Beginn, höchstens 60 Tage später,
expected-time-exists-chosen-time = eine Uhrzeit, die es in der gewählten Zeitzone gibt (die Uhren überspringen diese Stunde),
expected-time-future = eine Zeit in der Zukunft
expected-time-still-come = eine Zeit, die noch bevorsteht,
expected-today-later-day-within = heute oder einen späteren Tag innerhalb eines Jahres
expected-up-down = up oder down
expected-venue-online-link-both = einen Veranstaltungsort, einen Online-Link oder beides
expected-weekly-monthly-quarterly = weekly, monthly oder quarterly
expected-whole-number = eine ganze Zahl
expected-whole-number-weight-between = eine ganzzahlige Gewichtung zwischen 1 und 100
role-candidate = Angenommener Kandidat
field-latin-name = Name in lateinischer Schrift
field-latin-name-hint = Optional. Wie Ihr Name in lateinischen Buchstaben geschrieben wird, falls er in einer anderen Schrift geschrieben ist (Yamada Tarō für 山田太郎): wird unter Ihrem Namen angezeigt und von der Suche gefunden.
answer-complete-profile = Vervollständigen Sie Ihr Hero-Profil
admin-area-webhooks = Webhooks
admin-area-webhooks-hint = Andere Systeme benachrichtigen, wenn Heroes bekanntgegeben werden, zu den Alumni wechseln, ihr Profil ändern oder etwas veröffentlichen.
admin-webhooks-title = Webhooks
admin-webhooks-lead = Jeder Endpunkt erhält die abonnierten Ereignisse als signiertes JSON; schlägt die Zustellung fehl, wird sie mit zunehmender Pause erneut versucht.
admin-webhooks-none = Es ist kein Endpunkt registriert.
admin-webhooks-url = Adresse
admin-webhooks-url-hint = Eine http://- oder https://-Adresse, die das Programm aus dem Internet erreichen kann; ohne Benutzername oder Passwort.
admin-webhooks-url-private = Diese Adresse verweist in ein privates oder Loopback-Netzwerk, an das das Programm nichts sendet.
admin-webhooks-events = Ereignisse
admin-webhooks-events-needed = Wählen Sie mindestens ein Ereignis aus.
admin-webhooks-event-hero-announced = ein neuer Hero wird bekanntgegeben
admin-webhooks-event-hero-moved-to-alumni = ein Hero wechselt zu den Alumni
admin-webhooks-event-hero-profile-changed = ein Hero ändert sein öffentliches Profil
admin-webhooks-event-contribution-published = ein öffentlicher Beitrag wird erfasst
admin-webhooks-description = Beschreibung
admin-webhooks-active = Aktiv (bei pausierten Endpunkten warten die Zustellungen)
admin-webhooks-state = Status
admin-webhooks-state-active = Aktiv
admin-webhooks-state-paused = Pausiert
admin-webhooks-waiting = Wartend
admin-webhooks-failed = Fehlgeschlagen
admin-webhooks-new = Neuer Endpunkt
admin-webhooks-add = Endpunkt hinzufügen
admin-webhooks-too-many = Es können höchstens { $max } Endpunkte registriert werden. Entfernen Sie zuerst einen.
admin-webhooks-created = Endpunkt hinzugefügt.
admin-webhooks-removed = Endpunkt entfernt.
admin-webhooks-saved = Gespeichert.
admin-webhooks-rotated = Ein neues Secret wurde erstellt; das alte signiert keine Zustellungen mehr.
admin-webhooks-ping-queued = Ein Test-Ping ist unterwegs.
admin-webhooks-replay-queued = Die Zustellung wird erneut gesendet.
admin-webhooks-back = Alle Webhooks
admin-webhooks-endpoint-title = Webhook-Endpunkt
admin-webhooks-secret = Signatur-Secret
admin-webhooks-secret-once = Kopieren Sie dieses Secret jetzt: Es wird nur einmal angezeigt. Prüfen Sie damit den Header Heroes-Signature jeder Zustellung.
admin-webhooks-settings = Einstellungen
admin-webhooks-save = Speichern
admin-webhooks-ping = Test-Ping senden
admin-webhooks-rotate = Neues Secret erstellen
admin-webhooks-remove = Endpunkt entfernen
admin-webhooks-deliveries = Zustellungen
admin-webhooks-no-deliveries = An diesen Endpunkt wurde noch nichts gesendet.
admin-webhooks-delivery = Zustellung { $id }
admin-webhooks-delivery-pending = wartend
admin-webhooks-delivery-delivered = zugestellt
admin-webhooks-delivery-failed = fehlgeschlagen
admin-webhooks-delivery-skipped = übersprungen (nicht mehr öffentlich)
admin-webhooks-next = nächster Versuch { $at }
admin-webhooks-replay = Erneut senden
admin-webhooks-replay-label = Zustellung { $id } erneut senden
admin-webhooks-attempts-label = Versuche der Zustellung { $id }
admin-webhooks-attempt-at = Wann (UTC)
admin-webhooks-attempt-status = Status
admin-webhooks-attempt-duration = Dauer
admin-webhooks-attempt-answer = Antwort oder Fehler
admin-webhooks-ms = { $ms } ms
# $there: the time where it happens, with its zone; $here: the same moment in the reader's zone.
time-two-zones = { $there } · { $here } bei Ihnen
# The reader's zone is unknown, so the second time is UTC (named in $here), not "for you".
time-two-zones-utc = { $there } · { $here }
time-zone-title = Zeitzone
time-zone-lead = Alle Daten und Uhrzeiten auf diesen Seiten werden in dieser Zeitzone angezeigt.
time-zone-saved = Ihre Zeitzone wurde gespeichert.
# $time: the date and time now, as these pages show it.
time-zone-now = Es ist jetzt { $time }.
time-zone-default = Nicht gewählt: die Zeitzone Ihres Browsers oder UTC
# $zone: the IANA name of the zone on the person's hero profile.
time-zone-default-hero = Nicht gewählt: die Zeitzone Ihres Profils ({ $zone })
time-zone-hint = Veranstaltungen und Briefings zeigen zusätzlich ihre eigene Zeitzone an.
time-zone-submit = Zeitzone speichern
candidate-banner-title = Ihr Profil wird am { $date } öffentlich
candidate-banner-lead = Bis dahin sehen nur Sie Ihr Hero-Profil und Ihre Beiträge. Vervollständigen Sie es jetzt, damit es am Tag der Bekanntgabe bereit ist.
candidate-banner-missing = Es fehlt noch:
candidate-banner-complete = Alles ist vorhanden: Ihre Biografie, Ihr Foto, Ihre Links und Ihre Beiträge.
candidate-missing-bio = eine Biografie, die beschreibt, was Sie tun
candidate-missing-photo = ein Foto
candidate-missing-links = Links zu Ihrem Blog, GitHub oder anderen Profilen
candidate-missing-contributions = Ihre Beiträge der letzten zwölf Monate
candidate-banner-edit = Profil und Foto bearbeiten
candidate-banner-contributions = Beiträge hinzufügen
candidate-banner-sources = Quellen hinzufügen
candidate-banner-preview = Vorschau Ihrer Seite
candidate-preview-notice = Vorschau: Diese Seite ist noch nicht öffentlich. Besucher sehen bis zur Bekanntgabe „Seite nicht gefunden“.
admin-candidate-record = Hero-Datensatz vorbereitet (bis zur Bekanntgabe nicht öffentlich)
