# English (reference catalog). Message ids are named by meaning, not by their English text.

site-name = Heroes
site-tagline = Les experts de la communauté qui partagent leur savoir : trouvez un intervenant, un mentor ou un auteur près de chez vous.

nav-label = Navigation principale
nav-skip = Aller au contenu
nav-heroes = Héros
nav-specializations = Spécialités
nav-contributions = Contributions
nav-api = API

footer-about = Les héros sont des experts de la communauté reconnus pour partager leurs connaissances à travers des conférences, des articles, des vidéos, de l’open source, des réponses et du mentorat.
footer-feed-atom = Flux Atom
footer-feed-json = JSON Feed
footer-api = API
footer-sitemap = Plan du site

feed-all-title = Dernières contributions de tous les héros

error-not-found-title = Page introuvable
error-not-found-body = Nous n’avons pas trouvé cette page. Elle a peut-être été déplacée, ou l’adresse contient une faute de frappe.
error-internal-title = Une erreur s’est produite
error-internal-body = Une erreur s’est produite de notre côté et a été enregistrée. Veuillez réessayer dans un instant.
error-go-home = Aller à la page d’accueil
error-go-directory = Parcourir l’annuaire

home-title = Découvrez les experts qui font grandir toute la communauté
home-lead = Les héros sont des praticiens reconnus pour leur engagement exceptionnel : ils interviennent lors de conférences et de groupes d’utilisateurs, publient des guides pratiques, répondent aux questions, développent de l’open source et accompagnent la nouvelle génération.
home-stats-heroes = { $count ->
    [one] { $count } héros actif
   *[other] { $count } héros actifs
}
home-stats-countries = { $count ->
    [one] dans { $count } pays
   *[other] dans { $count } pays
}
home-what-title = Qu’est-ce qu’un héros ?
home-what-body = Un héros est nominé par des collègues ou des membres de la communauté et sélectionné pour les connaissances qu’il partage et les personnes qu’il aide. Les héros sont regroupés par spécialité, se retrouvent au sein d’un réseau mondial, reçoivent des briefings en avant-première et un accès aux équipes produit, et s’en servent pour aider tout le monde à apprendre plus vite. Ils :
home-what-speak = interviennent lors de conférences et de groupes d’utilisateurs,
home-what-write = publient des guides pratiques et des articles techniques,
home-what-answer = répondent aux questions et aident les gens en ligne,
home-what-mentor = accompagnent d’autres personnes en tant que mentors et développent des communautés locales.
home-specializations-title = Spécialités
home-featured-title = Quelques-uns de nos héros
home-featured-all = Voir tous les héros
home-latest-title = Dernières contributions
home-latest-all = Voir toutes les contributions
home-nominate-title = Vous connaissez quelqu’un qui mériterait d’être un héros ?
home-nominate-body = Tout membre de la communauté peut nominer une personne dont les conférences, les écrits, le code ou le mentorat ont fait la différence. Les nominations ouvrent à chaque cycle de sélection ; les auteurs des nominations et les personnes nominées peuvent suivre chaque étape.

specialization-hero-count = { $count ->
    [0] aucun héros pour l’instant
    [one] { $count } héros
   *[other] { $count } héros
}

card-specializations = Spécialités
card-hero-since = Héros depuis { $year }

status-active = Actif
status-alumni = Ancien
status-on-leave = En pause

region-americas = Amériques
region-emea = Europe, Moyen-Orient et Afrique
region-apj = Asie-Pacifique et Japon

kind-blog-post = Article de blog
kind-article = Article
kind-video = Vidéo
kind-talk = Conférence
kind-workshop = Atelier
kind-podcast = Podcast
kind-book = Livre
kind-open-source = Open source
kind-code-sample = Exemple de code
kind-online-answers = Réponses en ligne
kind-user-group = Groupe d’utilisateurs
kind-mentoring = Mentorat
kind-other = Autre

link-blog = Blog
link-github = GitHub
link-x = X
link-linkedin = LinkedIn
link-youtube = YouTube
link-mastodon = Mastodon
link-bluesky = Bluesky
link-website = Site web

directory-search-label = Rechercher des héros
directory-search-placeholder = Nom, sujet, entreprise ou ville
directory-search-button = Rechercher
directory-title = Annuaire des héros
directory-title-search = Héros correspondant à « { $text } »
directory-sort-label = Trier par
directory-sort-relevance = Pertinence
directory-sort-name = Nom (A–Z)
directory-sort-newest = Héros les plus récents
directory-filters = Filtres
directory-filter-specialization = Spécialité
directory-filter-region = Région
directory-filter-country = Pays
directory-filter-status = Statut
directory-filter-since = Héros depuis
directory-status-active = Héros actuels
directory-status-alumni = Anciens héros
directory-status-all = Tout le monde
directory-since-any = Toutes les années
directory-apply = Appliquer les filtres
directory-ignored = Nous avons ignoré { $parameter } = « { $value } », car cette valeur nous est inconnue ; les résultats ci-dessous sont affichés sans en tenir compte.
directory-count-none = Aucun héros ne correspond.
directory-count = { $total ->
    [one] Affichage du seul héros correspondant
   *[other] Affichage de { $first } à { $last } sur { $total } héros
}
directory-active-filters = Filtres actifs
directory-remove-filter = Retirer le filtre : { $filter }
directory-clear-all = Effacer tous les filtres
directory-chip-search = Recherche : { $text }
directory-empty-title = Aucun héros ne correspond à ces filtres
directory-empty-body = Essayez avec moins de mots, une autre orthographe, ou retirez un filtre. La recherche porte sur les noms, les entreprises, les villes et les titres des conférences et des articles.
directory-empty-page-title = Cette page se trouve au-delà de la fin
directory-empty-page-body = { $pages ->
    [one] Les résultats tiennent sur une page.
   *[other] Les résultats tiennent sur { $pages } pages.
}
directory-go-last-page = Aller à la dernière page
directory-go-first-page = Aller à la première page

# The directory as people meet it: filters folded on a phone, countries in a menu, counts
# through plural rules, and a search that finds only the other status says so.
directory-filters-summary = { $count ->
    [0] Filtres
    [one] Filtres · un sélectionné
   *[other] Filtres · { $count } sélectionnés
}
directory-country-any = Tous les pays
directory-country-add = Ajouter un pays
directory-option-count = { $name } ({ $count })
directory-count-past-end = { $total ->
    [one] Un héros correspond.
   *[other] { $total } héros correspondent.
}
directory-only-alumni-match = { $count ->
    [one] Aucun héros actuel ne correspond, mais un de nos anciens héros oui.
   *[other] Aucun héros actuel ne correspond, mais { $count } de nos anciens héros oui.
}
directory-show-alumni = { $count ->
    [one] Afficher l’ancien héros
   *[other] Afficher les { $count } anciens héros
}
directory-only-current-match = { $count ->
    [one] Aucun ancien héros ne correspond, mais un héros actuel oui.
   *[other] Aucun ancien héros ne correspond, mais { $count } héros actuels oui.
}
directory-show-current = { $count ->
    [one] Afficher le héros actuel
   *[other] Afficher les { $count } héros actuels
}

pagination-label = Pages
pagination-previous = ← Précédent
pagination-next = Suivant →
pagination-position = Page { $page } sur { $pages }

profile-back = ← Tous les héros
profile-feed-title = Contributions de { $name }
profile-photo-alt = Photo de { $name }
profile-award-since = depuis { $year }
profile-about = À propos
profile-hero-since = Héros depuis
profile-languages = Langues
profile-timezone = Fuseau horaire
profile-local-time = Heure locale
profile-links = Ailleurs sur le web
profile-recent = Contributions récentes
profile-no-contributions = Aucune contribution publique pour l’instant.
profile-all-contributions = Voir toutes les contributions
profile-feed = Suivre ces contributions (flux Atom)

stream-title = Contributions
stream-lead = Conférences, articles, vidéos, open source et plus encore, de tous les héros, des plus récents aux plus anciens.
stream-filter-kind = Type
stream-feed = Flux Atom de cette vue
# Before the sites a contribution was also published on: "also on dev.to, medium.com".
contribution-also-on = également sur
stream-count = { $total ->
    [one] { $total } contribution
   *[other] { $total } contributions
}
stream-empty-title = Aucune contribution ne correspond à ces filtres

specializations-title = Spécialités
specializations-lead = Les héros sont reconnus dans un ou plusieurs domaines techniques. Chaque domaine a ses propres héros, son flux et sa page.
specialization-heading = Héros { $name }
specialization-retired = Cette spécialité est retirée : elle conserve son historique mais n’accueille plus de nouveaux héros.
specialization-all-heroes = Les voir tous dans l’annuaire

api-docs-title = Documentation de l’API
api-docs-lead = Une API JSON en lecture seule sur l’annuaire public. Aucune clé n’est nécessaire ; les réponses comportent des ETags et les erreurs sont des documents de problème RFC 9457.
api-docs-openapi = Document OpenAPI 3.1
api-docs-parameter = Paramètre
api-docs-meaning = Signification

nav-account = Compte
nav-account-of = Votre compte ({ $name })
nav-unread = { $count ->
        [one] 1 non lu
       *[other] { $count } non lus
    }
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter

error-forbidden-title = Pas pour ce compte
error-forbidden-body = Vous êtes connecté, mais cette page relève d’un rôle que votre compte n’a pas. Si vous pensez qu’il devrait l’avoir, adressez-vous à l’équipe du programme.

problem-empty = Veuillez remplir ce champ.
problem-too-long = Utilisez au maximum { $max } caractères.
problem-too-short = Utilisez au moins { $min } caractères.
problem-invalid = Saisissez { $expected }.
problem-out-of-range = Utilisez un nombre compris entre { $min } et { $max }.
problem-year-out-of-range = Indiquez une année comprise entre { $min } et { $max }.
form-has-errors = Certains champs sont à revoir ; tout ce que vous avez saisi a été conservé.

field-name = Nom
field-email = Adresse e-mail
field-password = Mot de passe
field-password-hint = Au moins 10 caractères, différent de votre adresse e-mail et pas un mot de passe courant. Une courte phrase fonctionne bien.
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
field-new-email = Nouvelle adresse e-mail

signup-title = Créer un compte
signup-lead = Avec un compte, vous pouvez nominer des experts, rejoindre des groupes d’utilisateurs et, en tant que héros, tenir votre page à jour.
signup-submit = Créer le compte
signup-have-account = Vous avez déjà un compte ?
signup-sent-title = Consultez votre messagerie
signup-sent-body = Nous avons envoyé un lien à { $email }. Suivez-le pour confirmer votre adresse, puis connectez-vous. Le lien est valable trois jours.

verify-done-title = Votre adresse est confirmée
verify-done-body = Merci. Vous pouvez maintenant vous connecter.
link-invalid-title = Ce lien ne fonctionne plus
link-invalid-body = Il a déjà été utilisé, a expiré ou a été copié de façon incomplète. Demandez-en un nouveau ci-dessous.

login-title = Connexion
login-submit = Se connecter
login-no-account = Nouveau ici ?
login-failed = Cette adresse e-mail et ce mot de passe ne correspondent à aucun compte auquel nous pouvons vous connecter pour le moment. Vérifiez les deux, ou réinitialisez votre mot de passe par e-mail (ce qui déverrouille aussi un compte bloqué après de nombreuses tentatives).
login-throttled = Trop de tentatives de connexion échouées depuis votre réseau. Patientez un quart d’heure, ou réinitialisez votre mot de passe par e-mail.
login-unverified = Confirmez d’abord votre adresse e-mail en suivant le lien que nous vous avons envoyé. Vous avez perdu l’e-mail ? Utilisez « Mot de passe oublié ? » ci-dessous : le nouveau lien confirme aussi votre adresse.
signed-out = Vous êtes déconnecté.

forgot-title = Mot de passe oublié ?
forgot-lead = Saisissez l’adresse de votre compte et nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent-title = Consultez votre messagerie
forgot-sent-body = Si { $email } correspond à un compte, un lien pour choisir un nouveau mot de passe est en route. Il est valable une heure.

reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
reset-done = Votre mot de passe a été modifié et toutes les autres sessions ont été déconnectées. Connectez-vous avec le nouveau mot de passe.

account-title = Votre compte
account-roles = Rôles
account-hero-page = Votre page de héros
account-sections-label = Pages de votre compte
account-section-hero = Votre page de héros
account-section-benefits = Avantages
account-section-community = Communauté
account-section-team = Équipe du programme
account-section-account = Compte et sécurité
account-back = Retour à votre compte
account-password-heading = Modifier votre mot de passe
account-password-submit = Modifier le mot de passe
account-password-changed = Votre mot de passe a été modifié. Tous les autres navigateurs connectés à votre compte ont été déconnectés.
account-current-password-wrong = Ce n’est pas votre mot de passe actuel.
account-email-heading = Modifier votre adresse e-mail
account-email-submit = Envoyer un lien de confirmation
account-email-sent-title = Confirmez la nouvelle adresse
account-email-sent-body = Nous avons envoyé un lien à { $email }. Votre adresse sera modifiée lorsque vous le suivrez (dans un délai d’un jour).
account-email-changed-title = Votre adresse e-mail a été modifiée
account-email-changed-body = Vous vous connectez désormais avec { $email }.
account-email-taken-title = Cette adresse est déjà utilisée
account-email-taken-body = Un autre compte a commencé à utiliser cette adresse entre-temps ; la vôtre reste donc inchangée.
account-sessions-heading = Où vous êtes connecté
account-other-sessions = { $count ->
    [0] Ce navigateur est le seul connecté à votre compte.
    [one] Un autre navigateur est connecté à votre compte.
   *[other] { $count } autres navigateurs sont connectés à votre compte.
}
account-sessions-ended = Tous les autres navigateurs ont été déconnectés.
account-end-others = Se déconnecter partout ailleurs

role-member = Membre
role-hero = Héros
role-alumni = Ancien héros
role-staff = Personnel
role-reviewer = Évaluateur
role-admin = Administrateur

admin-older = Entrées plus anciennes
admin-outbox-title = Boîte d’envoi
admin-outbox-lead-smtp = Tous les e-mails envoyés par le programme ou sur le point de l’être, du plus récent au plus ancien. Un serveur SMTP est configuré : les e-mails sont distribués en quelques secondes.
admin-outbox-lead-none = Tous les e-mails rédigés par le programme, du plus récent au plus ancien. Aucun serveur SMTP n’est configuré, les e-mails restent donc ici (lancez `heroes` avec --smtp-url pour les distribuer).
admin-outbox-empty = Aucun e-mail pour l’instant.
admin-outbox-to = À
admin-outbox-sent = envoyé { $at }
admin-outbox-failed = pas encore distribué : { $error }
admin-outbox-pending = en attente de distribution
admin-audit-title = Journal d’audit
admin-audit-lead = Toutes les actions privilégiées ou sensibles pour la sécurité, de la plus récente à la plus ancienne. Les entrées ne peuvent être ni modifiées ni supprimées.
admin-audit-when = Quand (UTC)
admin-audit-who = Qui
admin-audit-what = Quoi
admin-audit-target = Concerne
admin-audit-from = Depuis

mail-greeting = Bonjour { $name },
mail-footer = Vous recevez cet e-mail parce que quelqu’un a utilisé cette adresse sur le site Heroes. Si ce n’était pas vous, ignorez-le : rien ne change.
mail-verify-subject = Confirmez votre adresse e-mail
mail-verify-body = Veuillez confirmer qu’il s’agit bien de votre adresse afin de pouvoir vous connecter.
mail-verify-action = Confirmer mon adresse
mail-reset-subject = Choisissez un nouveau mot de passe
mail-reset-body = Quelqu’un (vous, espérons-le) a demandé la réinitialisation du mot de passe de votre compte. Le lien fonctionne une seule fois, pendant une heure.
mail-reset-action = Choisir un nouveau mot de passe
mail-change-email-subject = Confirmez votre nouvelle adresse e-mail
mail-change-email-body = Suivez le lien pour faire de { $email } l’adresse de votre compte.
mail-change-email-action = Confirmer la nouvelle adresse
mail-exists-subject = Vous avez déjà un compte
mail-exists-body = Quelqu’un a essayé de créer un compte avec cette adresse, qui en possède déjà un. Si c’était vous, connectez-vous, ou choisissez un nouveau mot de passe si vous l’avez oublié.
mail-exists-action = Réinitialiser mon mot de passe

profile-edit-title = Modifier votre profil
profile-edit-lead = Vos modifications apparaissent immédiatement dans l’annuaire et sur votre page.
profile-edit-view = Voir votre page
profile-edit-saved = Enregistré. Votre page affiche désormais les modifications.
profile-edit-card = Votre fiche
profile-edit-about = À propos de vous
profile-edit-submit = Enregistrer le profil
profile-edit-submit-hint = Enregistre toutes les sections en une fois ; le bouton reste accessible pendant le défilement.
field-display-name = Nom affiché
field-headline = Accroche
field-company = Entreprise
field-city = Ville
field-country = Pays
field-photo-url = Adresse de la photo
field-bio = Biographie
field-bio-hint = Markdown : **gras**, _italique_, [liens](https://example.org), listes. Le HTML est supprimé.
field-languages = Langues
field-languages-hint = Toute autre langue, sous forme de codes séparés par des virgules, par exemple sw, pt-BR ou zh-Hant.
field-languages-other = Autres langues
field-timezone = Fuseau horaire
field-timezone-hint = Votre page affiche votre heure locale dans ce fuseau.
zone-region-africa = Afrique
zone-region-america = Amérique
zone-region-antarctica = Antarctique
zone-region-asia = Asie
zone-region-atlantic = Atlantique
zone-region-australia = Australie
zone-region-europe = Europe
zone-region-indian = Océan Indien
zone-region-pacific = Pacifique
field-timezone-none = Non affiché

tokens-title = Jetons d’API
tokens-lead = Les jetons personnels permettent à vos scripts d’utiliser l’API JSON en votre nom. Envoyez-en un sous la forme « Authorization: Bearer TOKEN ». Un jeton de lecture ne fait que lire ; un jeton d’écriture peut aussi modifier votre profil.
tokens-created = Votre nouveau jeton. Copiez-le maintenant : il ne s’affiche qu’une seule fois, et nous n’en conservons qu’une empreinte.
tokens-new = Nouveau jeton
tokens-name = Nom
tokens-scope = Portée
tokens-scope-read = Lecture : consulter votre compte et votre profil
tokens-scope-write = Écriture : modifier aussi votre profil
tokens-create = Créer le jeton
tokens-yours = Vos jetons
tokens-none = Vous n’avez aucun jeton.
tokens-created-at = Créé le
tokens-last-used = Dernière utilisation
tokens-never = jamais
tokens-revoke = Révoquer
account-tokens-link = Jetons d’API

account-export = Télécharger toutes vos données (JSON)
account-delete-link = Supprimer votre compte
delete-title = Supprimer votre compte
delete-lead = Cette action est irréversible. Lisez ce qui va se passer, puis confirmez avec votre mot de passe.
delete-erased-heading = Effacé immédiatement
delete-erased-account = Votre compte : nom, adresse e-mail, mot de passe, rôles et jetons d’API.
delete-erased-sessions = Toutes les sessions : vous êtes déconnecté partout.
delete-erased-mail = Tous les e-mails que nous vous avons envoyés, ainsi que les adresses réseau enregistrées avec vos actions.
delete-erased-hero = Votre page de héros, avec ses liens, spécialités et contributions : elle disparaît de l’annuaire, des flux et de l’API.
delete-kept-heading = Conservé, sans votre nom
delete-kept-audit = Le journal d’audit du programme conserve la trace de ce qui s’est passé (par exemple « rôle attribué »), comme l’exigent ses obligations d’archivage ; il ne vous y désigne que comme « compte supprimé » suivi d’un numéro.
delete-export-first = Vous souhaiterez peut-être d’abord en obtenir une copie :
delete-submit = Supprimer mon compte
delete-done-title = Votre compte est supprimé
delete-done-body = Tous les éléments listés ont été effacés. Merci d’avoir fait partie du programme.
profile-contact = Contact
profile-contact-hint = Comment vous joindre, et qui peut voir chaque information. Votre adresse de connexion n’est jamais affichée.
profile-contact-visible-to = { $contact } : visible par
contact-email = E-mail pour les invitations
contact-phone = Téléphone
visibility-public = Tout le monde
visibility-members = Membres connectés
visibility-heroes = Les héros et l’équipe du programme
visibility-staff = L’équipe du programme uniquement
photo-label = Photo
photo-current = Votre photo telle qu’elle apparaît dans l’annuaire et sur votre page.
photo-hint = JPEG, PNG ou WebP jusqu’à 5 Mo. Nous la redimensionnons à 512 pixels et supprimons tout ce qui est caché dans le fichier (appareil, position).
photo-upload = Téléverser une photo
photo-remove = Supprimer la photo
photo-missing = Choisissez d’abord un fichier image.
photo-too-large = Ce fichier dépasse 5 Mo. Choisissez-en un plus petit.
photo-unreadable = Ce fichier n’est pas une image JPEG, PNG ou WebP que nous pouvons lire.
photo-too-small = Cette image fait moins de 64 × 64 pixels ; elle paraîtrait floue.
error-too-large-title = C’était trop en une seule fois
error-too-large-body = Ce que vous avez envoyé dépasse la taille acceptée par Heroes (8 Mo). Revenez en arrière et envoyez quelque chose de plus petit.
sso-button = Équipe du programme : se connecter avec votre compte d’entreprise
sso-refused-title = L’authentification unique n’a pas abouti
sso-refused-browser = Cette connexion a été lancée dans un autre navigateur ou a déjà été utilisée. Recommencez depuis la page de connexion.
sso-refused-expired = Cette connexion a pris trop de temps ou était déjà terminée. Recommencez depuis la page de connexion.
sso-refused-denied = La connexion a été annulée sur la page de connexion de votre entreprise.
sso-provider-trouble = Le service de connexion de votre entreprise n’a pas répondu comme prévu. Réessayez dans un instant ; si le problème persiste, prévenez l’équipe du programme.

own-title = Vos contributions
own-lead = Tout ce que vous avez enregistré, éléments privés compris. Les éléments publics apparaissent sur votre page, dans le fil des contributions et dans les flux.
own-add = Ajouter une contribution
own-edit-title = Modifier une contribution
own-empty = Rien d’enregistré pour l’instant.
own-added = Ajouté.
own-saved = Enregistré.
own-deleted = Supprimé.
own-col-title = Titre
own-col-date = Date
own-col-actions = Actions
own-private = privé
own-edit = Modifier
own-delete = Supprimer
own-export-csv = Télécharger au format CSV
own-export-json = Télécharger au format JSON
own-kind-hint = Les indicateurs d’audience proposés dépendent du type.
own-kind-refresh = Afficher les champs pour ce type
own-url = Adresse (URL)
own-url-taken = Vous avez déjà enregistré une contribution avec cette adresse.
own-specialization = Spécialité
own-specialization-none = Aucune en particulier
own-specialization-unknown = Choisissez l’une des spécialités proposées.
own-reach-views = Vues, lectures ou téléchargements
own-reach-attendees = Participants
own-reach-stars = Étoiles
own-reach-answers = Questions répondues
own-tags = Tags
own-tags-hint = Jusqu’à 10, séparés par des virgules, par exemple serverless, event-driven.
own-description = Description
own-private-label = Privé : compte pour vous, jamais affiché publiquement
own-save = Enregistrer
own-cancel = Annuler
account-contributions-link = Vos contributions
own-imported = { $added } { $added ->
    [one] nouvelle contribution importée
   *[other] nouvelles contributions importées
} ; { $skipped } déjà présentes dans votre registre n’ont pas été modifiées.
own-import-label = Importer un fichier
own-import-hint = CSV ou JSON au format des téléchargements ci-dessus. Tout est vérifié d’abord : soit toutes les lignes sont ajoutées, soit aucune ne l’est et chaque problème est listé.
own-import-submit = Importer
own-import-refused = Rien n’a été importé :
own-import-missing = Choisissez d’abord un fichier CSV ou JSON.
own-import-too-large = Le fichier dépasse 4 Mo ; divisez-le en plusieurs parties.
own-import-unreadable = Le fichier ne peut pas être lu : { $reason }.
own-import-row = Ligne { $row }, { $field } : { $problem }
own-import-unknown-specialization = La spécialité « { $value } » n’existe pas.

sources-title = Où vous publiez
sources-lead = Ajoutez les flux de votre blog, de votre chaîne YouTube ou de votre podcast, ainsi que votre compte GitHub. Heroes les consulte { $minutes ->
        [60] toutes les heures
        [1] chaque minute
       *[other] toutes les { $minutes } minutes
    } et vous propose les nouveautés pour votre registre : vous n’aurez plus jamais à remplir de formulaire d’activité.
sources-none = Aucune source pour l’instant.
sources-added = Ajouté. La première consultation a lieu dans la minute.
sources-polling = Heroes la consulte de nouveau dans la minute.
sources-removed = Supprimé.
sources-waiting = { $count ->
    [one] Un nouvel élément vous attend
   *[other] { $count } nouveaux éléments vous attendent
}
sources-auto = ajouté automatiquement
sources-last-success = Dernière consultation : { $at }
sources-never-polled = Pas encore consultée.
sources-last-error = Échec de la dernière tentative : { $error }.
sources-poll-now = Consulter maintenant
sources-remove = Supprimer
sources-add = Ajouter une source
sources-kind = Type
sources-kind-feed = Un flux (RSS, Atom ou JSON Feed), ou une page qui y renvoie
sources-kind-github = Un compte GitHub (dépôts publics)
sources-kind-invalid = Choisissez un flux ou un compte GitHub.
sources-target = Adresse ou nom d’utilisateur GitHub
sources-target-hint = Par exemple https://blog.example.org/feed.xml, ou votre nom d’utilisateur GitHub.
sources-github-invalid = Un nom d’utilisateur GitHub ne contient que des lettres, des chiffres et des traits d’union.
sources-duplicate = Vous avez déjà ajouté cette source.
sources-auto-label = Ajouter automatiquement les nouveaux éléments à mon registre (sans me demander)
sources-add-submit = Ajouter la source
suggestions-title = Trouvé pour votre registre
suggestions-lead = Nouveaux éléments issus de vos sources. Revendiquez ce que vous avez créé ; les éléments refusés ne seront plus jamais proposés.
suggestions-none = Rien en attente.
suggestions-claim = Revendiquer
suggestions-decline = Pas de moi
suggestions-claimed = Ajouté à votre registre.
suggestions-declined = Il ne sera plus proposé.
jobs-title = Tâches
jobs-lead = Le travail en arrière-plan de chaque instance : la consultation des sources. Les tâches en échec d’abord ; chacune est relancée avec un délai croissant.
jobs-none = Aucune tâche.
jobs-job = Tâche
jobs-next = Prochaine exécution (UTC)
jobs-runs = Exécutions
jobs-state = État
jobs-running = en cours sur { $worker }
jobs-failing = { $attempts } échecs : { $error }
jobs-ok = OK
sources-next-poll = Prochaine consultation : { $at }
own-quick-label = Ajout rapide à partir d’une adresse
own-quick-hint = Collez le lien vers votre article, votre vidéo ou la page de votre conférence ; Heroes en lit le titre, la date et la description et remplit le formulaire ci-dessous pour que vous le vérifiiez.
own-quick-submit = Remplir à partir de cette page
own-quick-filled = Rempli à partir de la page. Vérifiez tout, puis ajoutez-la.
own-quick-failed = Impossible de lire cette page : { $reason }. Remplissez le formulaire vous-même.
own-quick-feed-title = Tout récupérer de ce site
own-quick-feed = La page annonce un flux. Ajoutez-le comme source et Heroes vous proposera chacun de ses nouveaux articles, sans avoir à coller de liens :
own-quick-feed-submit = Ajouter ce flux comme source
suggestions-also-at = Également publié sur
sources-auto-on = Ajouter automatiquement les nouveaux éléments
sources-auto-off = Me demander à nouveau d’abord

## Selection: nominating
nominate-title = Nominer un héros
nominate-lead = Les nominations pour { $cycle } sont ouvertes jusqu’au { $closes }. Vous pouvez nominer jusqu’à { $limit } personnes au cours de ce cycle. La personne nominée en est informée, et vous voyez tous deux où en est la nomination.
nominate-lead-several = Plusieurs cycles de sélection sont ouverts, chacun pour ses propres spécialités. Vous êtes informé de l’avancement de chaque nomination et pouvez le suivre.
nominate-lead-cycle = { $cycle } : { $specializations }. Ouvert jusqu’au { $closes } ; jusqu’à { $limit } nominations de votre part.
nominate-closed = Les nominations sont closes. Aucun cycle de sélection n’est encore prévu.
nominate-closed-next = Les nominations sont closes. { $cycle } ouvre le { $opens }.
nominate-specialization = Spécialité
nominate-nominee-name = Son nom
nominate-nominee-email = Son adresse e-mail
nominate-nominee-email-hint = Nous lui écrirons à cette adresse ; si la personne est déjà membre, utilisez l’adresse de son compte.
nominate-nominee-links = Ses profils publics (facultatif)
nominate-nominee-links-hint = Une adresse par ligne : blog, GitHub, YouTube… Cela nous aide à voir si deux personnes ont nominé la même personne.
nominate-statement = Pourquoi cette personne
nominate-statement-hint = Ce qu’elle fait pour la communauté et qui cela aide (au moins 30 caractères).
nominate-evidence = Justificatifs
nominate-evidence-hint = Un lien par ligne vers ses conférences, articles, vidéos ou projets (au moins un, au plus 10).
nominate-submit = Envoyer la nomination
nominate-rubric = Comment les évaluateurs notent
nominate-rubric-of = Comment les évaluateurs notent dans { $cycle }
nominate-rubric-lead = Chaque candidature est notée selon cette grille publiée, de 1 à 5 par critère ; vous voyez ici ce que signifie un 5.
rubric-weight = coefficient { $weight }
nominations-link = Vos nominations
nominations-title = Nominations
nominations-received = Vos nominations reçues
nominations-received-none = Personne ne vous a encore nominé.
nominations-made = Nominations que vous avez faites
nominations-made-none = Vous n’avez encore nominé personne.
nominations-col-nominee = Personne nominée
nominations-col-specialization = Spécialité
nominations-col-cycle = Cycle
nominations-col-stage = Étape
nominations-renominate-after = Une nouvelle nomination est possible à partir du { $date }.
nominations-nominate = Nominer quelqu’un
nominations-notice-nominated = Merci : votre nomination est enregistrée et la personne nominée a été informée.
nominations-notice-already = Vous aviez déjà nominé cette personne au cours de ce cycle ; rien n’a changé.
nominations-notice-accepted = Vous avez accepté la nomination. Les évaluateurs vont maintenant l’examiner.
nominations-notice-declined = Vous avez décliné la nomination. Les auteurs de la nomination en ont été informés.
nominations-notice-onboarded = Bienvenue dans le programme !
stage-submitted = Soumise
stage-in-review = En évaluation
stage-decided = Décision : { $outcome }
outcome-accepted = acceptée
outcome-declined = refusée
outcome-deferred = reportée à un cycle ultérieur
outcome-withdrawn = déclinée par la personne nominée
outcome-reopened = de nouveau en évaluation
state-nominated = En attente de la personne nominée
state-withdrawn = Retirée
state-in-review = En évaluation
state-deferred = Reportée
state-declined = Refusée
state-accepted = Acceptée (invitation envoyée)
state-onboarded = Intégration terminée
state-announced = Annoncée

## Selection: the nominee
answer-title = Votre nomination
answer-heading = Votre nomination pour { $specialization }
answer-lead = { $cycle } · { $count ->
    [one] un membre vous a nominé
   *[other] { $count } membres vous ont nominé
}
answer-stage = Étape :
answer-accept = Accepter et compléter votre profil de candidat
answer-sent = Ce que vous avez envoyé
answer-sent-lead = Les évaluateurs lisent ce profil avec les nominations.
account-nomination-answer = Vous avez été nominé pour { $specialization } : lisez la nomination et répondez-y.
account-nomination-onboard = Vous avez été accepté pour { $specialization } : acceptez les conditions et complétez votre profil en vue de l’annonce.
answer-accept-lead = Les évaluateurs lisent ce profil avec les nominations. Vos contributions des 12 derniers mois sont jointes automatiquement : depuis votre registre de contributions si vous en avez un, et depuis le flux que vous indiquez ci-dessous.
answer-accept-submit = Accepter la nomination
answer-decline = Décliner la nomination
answer-withdraw = Retirer
answer-country-hint = Deux lettres, par exemple PT ou JP.
answer-feedback = Retour du programme
answer-renominate-after = Vous pourrez être nominé de nouveau à partir du { $date }.
answer-onboarded = Vous apparaîtrez dans l’annuaire le { $date }.
answer-announced = Vous figurez dans l’annuaire : consultez votre page publique.
onboard-title = Rejoindre le programme
onboard-lead = Félicitations ! Acceptez les conditions et le NDA, puis vérifiez votre profil ; vous serez annoncé le { $date }.
onboard-terms-text = En tant que héros, vous partagez votre expertise avec la communauté, maintenez votre profil exact et respectez le code de conduite de la communauté. À défaut, le programme peut mettre fin à votre participation.
onboard-accept-terms = J’accepte les conditions du programme
onboard-nda-text = Les briefings sont confidentiels. Lisez le NDA (accord de confidentialité), version { $version } :
onboard-accept-nda = J’accepte le NDA (version { $version })
onboard-terms-required = Acceptez les conditions du programme pour le rejoindre.
onboard-nda-required = Acceptez le NDA pour rejoindre le programme.
onboard-nda-changed = Une nouvelle version du NDA a été publiée pendant que vous lisiez cette page. Lisez-la et acceptez-la pour rejoindre le programme.
onboard-nda-missing = Aucun NDA n’a encore été publié, personne ne peut donc rejoindre le programme pour le moment. Revenez une fois que l’équipe du programme l’aura publié.
onboard-submit = Rejoindre le programme

## Selection: reviewing
tasks-title = Vos évaluations
tasks-none = Aucune candidature ne vous est attribuée.
tasks-col-yours = Votre note
tasks-conflict = Conflit déclaré
tasks-to-score = À noter
review-title = Évaluer une candidature
review-score = Vos notes
review-comment = Commentaire
review-submit = Enregistrer mon évaluation
review-saved = Votre évaluation est enregistrée ; vous pouvez la modifier tant que la candidature est en évaluation.
review-closed = Cette candidature n’est pas en évaluation (la personne nominée n’a pas encore accepté, ou une décision a été prise).
review-conflict = Conflit d’intérêts
review-conflict-reason = Quel est le conflit ?
review-conflict-hint = Par exemple « travaille dans mon équipe ». Vous quittez cette candidature et les notes que vous avez attribuées ne comptent plus.
review-conflict-submit = Déclarer un conflit
review-conflicted = Vous avez déclaré un conflit d’intérêts ({ $reason }) ; ce dossier vous est donc fermé.
file-links = Profils
file-nominations = { $count ->
    [one] Une nomination
   *[other] { $count } nominations
}
file-nominated-by = Nominé par { $name }
file-nominator-gone = Nominé par un compte supprimé
file-nominator-hidden = Auteur de la nomination masqué (évaluation à l’aveugle)
file-evidence = { $count ->
    [one] Une contribution des 12 derniers mois
   *[other] { $count } contributions des 12 derniers mois
}
file-evidence-none = Aucune contribution jointe.
file-views = { $count ->
    [one] { $count } vue
   *[other] { $count } vues
}
file-attendees = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
file-stars = { $count ->
    [one] { $count } étoile
   *[other] { $count } étoiles
}

## Selection: the program team
cycles-title = Cycles
cycles-none = Aucun cycle pour l’instant.
cycles-new = Ouvrir un cycle
cycles-edit = Modifier
cycles-actions = Actions
cycles-queue = File d’évaluation
cycles-renewals = Renouvellements
cycles-kind = Type
cycles-kind-selection = Sélection
cycles-kind-renewal = Renouvellement
cycles-name = Nom
cycles-window = Ouverture
cycles-opens = Ouvre le
cycles-closes = Ferme le (inclus)
cycles-specializations = Spécialités ouvertes aux nominations
cycles-specializations-hint = Cycles de sélection uniquement.
cycles-rubric = Grille d’évaluation
cycles-rubric-hint = Les évaluateurs notent chaque critère de 1 à 5 ; son coefficient (1 à 100) détermine son poids dans le total. Précisez ce que signifie chaque note. Les lignes vides sont ignorées ; cochez « Supprimer » pour retirer un critère. La grille ne peut plus changer dès que quelqu’un a noté.
cycles-rubric-rows-invalid = Certains critères sont à corriger : consultez les messages à côté des champs.
cycles-rubric-more = Ajouter des lignes
cycles-criterion = Critère { $n }
cycles-criterion-name = Nom
cycles-criterion-weight = Coefficient
cycles-criterion-level = Signification d’une note de { $score }
cycles-criterion-remove = Supprimer ce critère
cycles-rubric-locked = Des évaluateurs ont déjà noté selon cette grille ; elle ne peut plus être modifiée.
cycles-overlap = { $specialization } accepte déjà des nominations dans « { $cycle } » (du { $opens } au { $closes }), sur certains des mêmes jours. Les cycles ne peuvent se chevaucher que pour des spécialités différentes : modifiez les dates ou les spécialités.
cycles-unknown-specialization = L’une de ces spécialités n’existe pas.
cycles-limit = Nominations par auteur
cycles-blind = Évaluation à l’aveugle : les évaluateurs ne voient pas qui a nominé
cycles-save = Enregistrer le cycle
cycles-saved = Le cycle est enregistré.
queue-title = File d’évaluation
queue-cycle = Cycle
queue-state = État
queue-sort = Trier par
queue-sort-score = Note, la plus élevée d’abord
queue-sort-age = Ancienneté, la plus ancienne d’abord
queue-sort-spread = Désaccord, le plus grand d’abord
queue-all = Toutes
queue-unassigned = Sans évaluateur uniquement
queue-filter = Afficher
queue-total = { $count ->
    [one] Une candidature
   *[other] { $count } candidatures
}
queue-select = Sélectionner
queue-select-one = Sélectionner { $name }
queue-score = Note
queue-spread = Écart
queue-reviews = Évaluations
queue-nominators = Auteurs des nominations
queue-age = Depuis
queue-assign-to = Évaluateur
queue-assign = Attribuer
queue-assign-specialization = Attribuer un évaluateur à toute une spécialité
queue-assign-specialization-hint = Il évalue toutes les candidatures de cette spécialité dans ce cycle, y compris celles nominées à partir de maintenant.
queue-assigned = { $count ->
    [0] Aucune nouvelle attribution : l’évaluateur les avait déjà toutes.
    [one] Une nouvelle attribution.
   *[other] { $count } nouvelles attributions.
}
queue-pages = Pages
queue-prev = ← Précédent
queue-next = Suivant →
candidacy-scores = Notes
candidacy-summary = { $count ->
    [0] Aucune note pour l’instant.
    [one] Note pondérée { $score } (écart { $spread }) sur une évaluation.
   *[other] Note pondérée { $score } (écart { $spread }) sur { $count } évaluations.
}
candidacy-reviewer = Évaluateur
candidacy-mean-spread = Moyenne ± écart
candidacy-reviewers = Évaluateurs
candidacy-no-reviewers = Personne n’est encore attribué.
candidacy-no-more-reviewers = Cette candidature n’accepte plus d’évaluateurs : elle est décidée, retirée ou annoncée.
candidacy-notice-decided = Décision enregistrée : la candidature est désormais « { $state } », et la personne nominée ainsi que les auteurs de la nomination en ont été informés.
candidacy-notice-rescheduled = Annonce fixée au { $date }. La candidature est « { $state } ».
announcement-title = Annonce
announcement-accepted = Acceptée, en attente que la personne accepte les conditions et complète son profil. Annonce prévue le { $date } ; elle a lieu ce jour-là ou dès que la personne a terminé, selon ce qui arrive en dernier.
announcement-onboarded = La personne a terminé son intégration. Annonce prévue le { $date } : ce jour-là, elle apparaîtra dans l’annuaire et en sera informée.
announcement-date = Date d’annonce
announcement-move = Déplacer l’annonce
announcement-now = Annoncer aujourd’hui
candidacy-conflict = conflit : { $reason }
candidacy-reviewed = notée
candidacy-waiting = pas encore notée
decide-title = Décision
decide-decision = Décision
decide-accept = Accepter (envoie l’invitation)
decide-decline = Refuser avec un retour
decide-defer = Reporter à un cycle ultérieur
decide-reopen = Rouvrir une candidature reportée dans le cycle ouvert
decide-announce-on = Date d’annonce (en cas d’acceptation)
decide-feedback = Retour à la personne nominée
decide-feedback-hint = Obligatoire en cas de refus ; envoyé avec toute décision.
decide-renominate-after = Nouvelle nomination possible à partir du (en cas de refus)
decide-submit = Enregistrer la décision
decide-choose = Choisissez une décision.
decide-date-past = Choisissez aujourd’hui ou une date ultérieure.
decide-feedback-required = Expliquez pourquoi, pour que la personne nominée puisse progresser.

## Refusals
refusal-no-open-cycle = Aucun cycle de sélection n’est ouvert pour le moment.
refusal-specialization-not-in-cycle = Ce cycle n’accepte pas de nominations pour cette spécialité.
refusal-specialization-retired = Cette spécialité est retirée et n’accepte plus de nominations.
refusal-limit-reached = Vous avez fait les { $limit } nominations autorisées pour ce cycle.
refusal-already-hero = Cette personne est déjà un héros dans cette spécialité.
refusal-too-soon = Cette personne a été refusée récemment ; une nouvelle nomination est possible à partir du { $date }.
refusal-self-nomination = Vous ne pouvez pas vous nominer vous-même.
refusal-awaiting-nominee = La personne nominée n’a pas encore accepté la nomination ; il n’y a donc rien à décider.
refusal-already-decided = Une décision a déjà été prise pour cette candidature.
refusal-already-answered = Une réponse a déjà été donnée à cette nomination.
refusal-not-deferred = Seule une candidature reportée peut être rouverte.
refusal-not-invited = Seule une personne acceptée peut rejoindre le programme.
refusal-not-onboarded = La personne n’a pas encore terminé son intégration.
refusal-not-assigned = Vous n’êtes pas évaluateur de cette candidature.
refusal-conflicted = Vous avez déclaré un conflit d’intérêts avec cette candidature.
refusal-not-reviewable = Cette candidature n’est pas en évaluation.
refusal-no-renewal-cycle = Aucun cycle de renouvellement n’est ouvert : ouvrez-en un pour enregistrer des décisions.
refusal-not-accepted = Seule l’annonce d’une personne acceptée peut être déplacée ou faite immédiatement ; celle-ci est déjà annoncée ou n’a pas été acceptée.

## Renewal
readiness-title = Préparation au renouvellement
readiness-lead = Vos contributions depuis le { $since } (les 12 derniers mois), notées selon la grille publiée ci-dessous. Les contributions privées comptent aussi.
readiness-cycle-open = { $cycle } est ouvert jusqu’au { $closes }.
readiness-points = { $points } points sur { $target }
readiness-ready = Vous avez atteint l’objectif de renouvellement.
readiness-by-kind = Par type
readiness-nothing = Rien au cours des 12 derniers mois pour l’instant : ajoutez votre travail dans votre registre de contributions, ou laissez vos sources le récupérer.
readiness-kind = Type
readiness-items = Contributions
readiness-earned = Points obtenus
readiness-cap = Plafond
readiness-counted = Points comptés
readiness-capped = (plafonné)
readiness-every-point = Chaque point expliqué
readiness-base = { $points } points pour le type
readiness-bonus = +{ $points } pour l’audience ({ $value } { $metric })
readiness-metric-views = vues
readiness-metric-attendees = participants
readiness-metric-stars = étoiles
readiness-metric-answers = réponses
readiness-line-counted = { $points } comptés
readiness-over-cap = (au-delà du plafond de son type)
readiness-rubric = La grille
readiness-rubric-lead = Chaque type rapporte des points par contribution jusqu’à un plafond, afin que la quantité ne remplace pas la qualité. Une contribution à forte audience (1 000 vues, 50 participants, 100 étoiles ou 25 réponses) rapporte la moitié de ses points en plus. Avec 100 points, un héros est prêt.
readiness-per-item = Points par contribution
renewals-title = Renouvellements
renewals-total = { $count ->
    [one] Un héros
   *[other] { $count } héros
}
renewals-hero = Héros
renewals-status = Statut
renewals-readiness = Préparation
renewals-decision = Décision
renewals-renew = Renouveler
renewals-alumni = Passer en ancien héros
renewals-leave = Mise en pause
renewals-expected-return = Retour prévu
renewals-note = Note au héros (facultatif)
renewals-save = Enregistrer
renewals-decided = Décision enregistrée pour { $name }.
renewals-confirm-title = Faire passer { $name } parmi les anciens héros ?
renewals-confirm-lead = Dans { $cycle }, { $name } quitterait les héros actifs.
renewals-confirm-access = Dès sa prochaine requête, la personne perd ce qui est réservé aux héros : le renouvellement, les briefings et le réseau.
renewals-confirm-page = Sa page publique reste, marquée comme ancien héros, avec tout ce qu’elle a apporté.
renewals-confirm-mail = La décision lui est envoyée par e-mail, avec la note ci-dessous si vous en rédigez une.
renewals-confirm-undo = Jusqu’à la clôture du cycle, vous pouvez modifier la décision dans la liste des renouvellements ; la personne reçoit alors un nouvel e-mail.
renewals-confirm-submit = Faire passer { $name } parmi les anciens héros
renewals-confirm-cancel = Laisser { $name } tel quel

## Notifications and mail
notifications-title = Notifications
notifications-link = Vos notifications
notifications-none = Rien pour l’instant.
mail-open-action = Ouvrir Heroes
mail-footer-program = Vous recevez cet e-mail parce qu’il concerne votre participation au programme Heroes.
mail-nominated-subject = Vous avez été nominé pour { $specialization }
mail-nominated-body = { $nominator } vous a nominé pour { $specialization } dans { $cycle }.
mail-nominated-how = Connectez-vous (ou inscrivez-vous) avec { $email } pour accepter ou décliner, et pour compléter votre profil de candidat.
mail-nomination-received-subject = Votre nomination de { $name }
mail-nomination-received-body = Nous avons bien reçu votre nomination de { $name } pour { $specialization }. Nous vous tiendrons informé à chaque étape.
mail-nominee-accepted-subject = { $name } a accepté la nomination
mail-nominee-accepted-body = { $name } a accepté la nomination ; elle est maintenant en évaluation.
mail-nominee-declined-subject = { $name } a décliné la nomination
mail-nominee-declined-body = { $name } a décliné la nomination. Merci d’avoir proposé cette personne.
mail-decided-subject = Une décision concernant { $name }
mail-decided-nominator-body = Le programme a statué sur votre nomination de { $name } : { $outcome }.
mail-decided-nominee-subject = Votre candidature pour { $specialization }
mail-decided-accepted = Félicitations : vous êtes accepté comme héros pour { $specialization }. Acceptez les conditions et le NDA, puis complétez votre profil ; vous serez annoncé le { $date }.
mail-decided-declined = Vous n’avez pas été retenu cette fois-ci pour { $specialization }. Vous pourrez être nominé de nouveau à partir du { $date }.
mail-decided-deferred = Votre candidature pour { $specialization } est reportée à un cycle ultérieur.
mail-decided-reopened = Votre candidature pour { $specialization } est de nouveau en évaluation.
mail-announced-subject = Vous êtes désormais un héros pour { $specialization }
mail-announced-body = Votre profil pour { $specialization } figure désormais dans l’annuaire. Bienvenue !
mail-renewal-subject = Votre renouvellement dans { $cycle }
mail-renewal-renew = Vous êtes renouvelé en tant que héros dans { $cycle }. Merci pour cette nouvelle année !
mail-renewal-opened-subject = { $cycle } est ouvert
mail-renewal-opened = Le cycle de renouvellement { $cycle } est ouvert jusqu’au { $closes }. Votre indicateur de préparation montre ce qui compte et ce que vous avez enregistré au cours des douze derniers mois ; ajoutez ce qui manque avant la clôture du cycle.
mail-renewal-alumni = Dans { $cycle }, vous rejoignez les anciens héros. Votre page publique reste en ligne, avec la mention d’ancien héros. Merci pour tout ce que vous avez partagé.
mail-renewal-leave = Votre mise en pause est enregistrée dans { $cycle } ; nous comptons sur votre retour le { $date }.
nav-nominate = Nominer
account-notifications-link = { $count ->
    [0] Notifications
    [one] Notifications (1 nouvelle)
   *[other] Notifications ({ $count } nouvelles)
}
mail-assigned-subject = { $count ->
    [one] Une candidature à évaluer
   *[other] { $count } candidatures à évaluer
}
mail-assigned-body = { $count ->
    [one] Une candidature vous a été attribuée pour évaluation. Déclarez un conflit d’intérêts si vous en avez un.
   *[other] { $count } candidatures vous ont été attribuées pour évaluation. Déclarez un conflit d’intérêts le cas échéant.
}
answer-feed = Flux de votre blog, chaîne ou podcast (facultatif)
answer-feed-hint = Nous le lisons une fois et joignons ce que vous avez publié au cours des 12 derniers mois, pour que les évaluateurs voient votre travail sans que vous ayez à le lister. Une page qui renvoie vers son flux fonctionne aussi.

## Abuse that costs other people: the warning an owner gets when someone keeps guessing
## their password.
mail-attack-subject = Quelqu’un essaie de se connecter à votre compte
mail-attack-body = Quelqu’un a récemment essayé de nombreux mots de passe erronés sur votre compte, depuis des adresses à partir desquelles vous ne vous êtes jamais connecté. Nous le freinons : chaque adresse qui continue d’essayer est bloquée, et les tentatives sont ralenties. Depuis vos lieux de connexion habituels, rien ne change ; ailleurs, une connexion peut devoir attendre une minute.
mail-attack-advice = Si ce n’était pas vous, rien n’a été divulgué. Assurez-vous que votre mot de passe est long et n’est utilisé nulle part ailleurs, et choisissez-en un nouveau en cas de doute : un nouveau mot de passe lève aussi tous les blocages sur votre compte.
mail-attack-action = Choisir un nouveau mot de passe

## The server's edge: requests refused before a handler runs, and a database out of reach
error-bad-request-title = Impossible de lire cette requête
error-bad-request-body = L’adresse ou le formulaire contient quelque chose que Heroes n’accepte pas, comme un octet NUL (%00). Vérifiez le lien et réessayez.
error-uri-too-long-title = Cette adresse est trop longue
error-uri-too-long-body = L’adresse dépasse la longueur acceptée par Heroes (8 Ko). Vérifiez le lien, ou lancez une recherche avec moins de filtres.
error-unavailable-title = Heroes ne peut pas répondre pour le moment
error-unavailable-body = Notre base de données est injoignable pour le moment. Vous n’y êtes pour rien ; veuillez réessayer dans une minute.
error-request-title = Impossible de traiter cette requête
error-request-body = Revenez en arrière et réessayez. Si le problème persiste, prévenez l’équipe du programme.

## Races: a second click on a suggestion already decided (claim and decline at once)
suggestions-was-claimed = Cet élément a déjà été ajouté à votre registre.
suggestions-was-declined = Cet élément a déjà été refusé ; il n’a donc pas été ajouté à votre registre.

## Text in, text out: feed items that cannot be offered, the same work at two addresses
sources-skipped = Non proposés lors de la dernière consultation (corrigez l’élément dans votre flux, ou ajoutez-le à la main) :
suggestions-unclaimable = « { $title } » ne peut pas devenir une contribution en l’état ({ $field } : { $problem }). Refusez-le, ou ajoutez-le à la main avec les informations corrigées.
own-url-same-work = Vous avez déjà enregistré ce travail sous le titre « { $title } » ({ $url }). Modifiez plutôt cette entrée, ou utilisez une autre adresse.
own-import-same-work = Ligne { $row } : vous avez déjà enregistré ce travail sous le titre « { $title } » ({ $url }).
own-import-same-work-in-file = Ligne { $row } : même travail qu’à la ligne { $first } (les adresses ne diffèrent que par https, www, une barre oblique finale ou des paramètres de suivi).

## Running the program: the admin home and specializations managed by admins (issue 17)
admin-home-title = Administration du programme
admin-home-back = ← Administration du programme
admin-home-attention = À traiter aujourd’hui
admin-home-areas = Espaces d’administration
admin-home-unassigned = { $count ->
    [one] candidature sans évaluateur
   *[other] candidatures sans évaluateur
}
admin-home-in-review = { $count ->
    [one] candidature en attente d’évaluations et d’une décision
   *[other] candidatures en attente d’évaluations et d’une décision
}
admin-home-failing-sources = { $count ->
    [one] source de contributions en échec
   *[other] sources de contributions en échec
}
admin-home-failing-jobs = { $count ->
    [one] tâche d’arrière-plan en échec
   *[other] tâches d’arrière-plan en échec
}
admin-home-undelivered-mail = { $count ->
    [one] e-mail non distribué
   *[other] e-mails non distribués
}
admin-area-cycles = Cycles
admin-area-cycles-hint = Ouvrir des cycles de sélection et de renouvellement, avec leurs dates, spécialités et grille.
admin-area-candidacies = Candidatures
admin-area-candidacies-hint = La file d’évaluation : attribuer des évaluateurs, lire les dossiers, décider.
admin-area-renewals = Renouvellements
admin-area-renewals-hint = La préparation de chaque héros ; renouveler, faire passer parmi les anciens héros ou enregistrer une mise en pause.
admin-area-specializations = Spécialités
admin-area-specializations-hint = Ajouter, renommer, retirer, réordonner et colorer les spécialités.
admin-area-outbox = Boîte d’envoi
admin-area-outbox-hint = Tous les e-mails rédigés par le programme, avec leur état de distribution.
admin-area-jobs = Tâches
admin-area-jobs-hint = La file des tâches d’arrière-plan et ce qui a échoué.
admin-area-audit = Journal d’audit
admin-area-audit-hint = Qui a fait quoi, quand et d’où.
admin-area-security = Sécurité de connexion
admin-area-security-hint = Quels rôles doivent utiliser un second facteur ; réinitialiser les facteurs d’une personne qui les a perdus.
admin-specializations-title = Spécialités
admin-specializations-lead = Les modifications apparaissent immédiatement dans l’annuaire, ses filtres, les flux, l’API et le formulaire de nomination. Une spécialité renommée conserve son ancienne adresse, qui redirige vers la nouvelle. Une spécialité retirée n’accepte plus de nominations et disparaît des filtres, mais ses héros conservent leurs badges.
admin-specializations-saved = Enregistré.
admin-specializations-name = Nom
admin-specializations-slug = Adresse
admin-specializations-slug-hint = Lettres minuscules, chiffres et traits d’union ; la page est /specializations/ suivi de cette valeur. En cas de modification, l’ancienne adresse continue de fonctionner.
admin-specializations-slug-taken = Une autre spécialité a, ou a eu, cette adresse. Choisissez-en une autre.
admin-specializations-previous = Répond aussi à : { $slugs }
admin-specializations-heroes = Héros
admin-specializations-state = État
admin-specializations-active = Active
admin-specializations-retired = Retirée
admin-specializations-actions = Actions
admin-specializations-up = Monter
admin-specializations-up-label = Monter { $name }
admin-specializations-down = Descendre
admin-specializations-down-label = Descendre { $name }
admin-specializations-edit = Modifier
admin-specializations-edit-label = Modifier { $name }
admin-specializations-retire = Retirer
admin-specializations-retire-label = Retirer { $name }
admin-specializations-reinstate = Rétablir
admin-specializations-reinstate-label = Rétablir { $name }
admin-specializations-new = Ajouter une spécialité
admin-specializations-edit-heading = Modifier la spécialité
admin-specializations-description = Description (Markdown)
admin-specializations-colour = Couleur du badge
admin-specializations-save = Enregistrer
admin-specializations-cancel = Annuler
colour-rose = Rose
colour-amber = Ambre
colour-blue = Bleu
colour-violet = Violet
colour-teal = Bleu canard
colour-green = Vert
colour-red = Rouge
colour-navy = Bleu marine

## Second factor: authenticator app, recovery codes, required roles (issue 23)
second-step-title = Confirmez votre identité
second-step-lead = Votre mot de passe est correct. Saisissez le code à six chiffres que votre application d’authentification affiche pour ce site, ou l’un de vos codes de récupération.
second-step-code = Code
second-step-hint = Six chiffres de l’application, ou un code de récupération comme abcd-efgh-ijkl-mnop.
second-step-submit = Se connecter
second-step-failed = Ce code n’a pas fonctionné. Les codes de l’application changent toutes les 30 secondes et chacun ne sert qu’une fois ; un code de récupération ne sert qu’une fois.
second-step-lost = Vous avez perdu votre téléphone et vos codes de récupération ? Demandez à l’équipe du programme de réinitialiser votre second facteur ; vous recevrez un e-mail lorsque ce sera fait.
security-title = Sécurité de connexion
security-required = Votre rôle dans le programme exige un second facteur. Configurez une application d’authentification ou ajoutez une clé d’accès pour continuer ; rien d’autre n’est accessible tant que ce n’est pas fait.
security-app-heading = Application d’authentification
security-app-on = Une application d’authentification est configurée. La connexion vous demande un code de celle-ci après votre mot de passe.
security-app-off = Aucune application d’authentification n’est configurée : votre mot de passe suffit pour vous connecter.
security-app-set-up = Configurer une application d’authentification
security-app-remove = Supprimer l’application d’authentification
security-proof = Votre mot de passe, ou un code de votre application d’authentification
security-proof-wrong = Ce n’est ni votre mot de passe ni un code actuel de votre application.
security-totp-exists = Une application d’authentification est déjà configurée. Supprimez-la d’abord pour en configurer une autre.
security-setup-lead = Ajoutez ce compte à votre application d’authentification (comme Aegis, Google Authenticator, 1Password ou Microsoft Authenticator) : saisissez la clé ci-dessous, ou ouvrez le lien sur l’appareil qui contient l’application. Saisissez ensuite le code affiché par l’application.
security-setup-secret = Clé
security-setup-link = Lien
security-setup-open = Ouvrir dans une application d’authentification
security-setup-code = Code de l’application
security-setup-confirm = Activer
security-code-wrong = Ce code ne correspond pas à celui que l’application affiche actuellement. Vérifiez la clé et l’heure de l’appareil, puis essayez le code le plus récent.
security-totp-on = L’application d’authentification est activée.
security-removed = L’application d’authentification et vos codes de récupération ont été supprimés.
security-codes-heading = Vos codes de récupération
security-codes-once = Conservez-les en lieu sûr, à l’écart de votre téléphone. Chacun vous permet de vous connecter une fois lorsque vous ne pouvez pas utiliser l’application. Ils ne s’affichent que maintenant.
security-codes-new = De nouveaux codes de récupération ont été générés ; les anciens ne fonctionnent plus.
security-codes-left = { $count ->
    [one] Il reste un code de récupération.
   *[other] Il reste { $count } codes de récupération.
}
security-codes-regenerate = Générer de nouveaux codes de récupération
security-setup-qr = Ou scannez ce code avec l’application.
security-passkeys-heading = Clés d’accès
security-passkeys-lead = Une clé d’accès vous connecte grâce à l’empreinte digitale, au visage ou au verrouillage d’écran de votre appareil au lieu d’un mot de passe, et sert aussi de seconde étape après votre mot de passe. Elle ne fonctionne que sur ce site ; elle est donc à l’abri du hameçonnage.
security-passkeys-none = Aucune clé d’accès pour l’instant.
security-passkey-added-at = ajoutée
security-passkey-used-at = dernière utilisation
security-passkey-change = Renommer ou supprimer
security-passkey-new-name = Nouveau nom
security-passkey-rename = Renommer
security-passkey-remove = Supprimer cette clé d’accès
security-passkey-name = Nom de la nouvelle clé d’accès
security-passkey-name-hint = Un nom pour la reconnaître plus tard, comme « Ordinateur du bureau » ou « Clé de sécurité bleue » (60 caractères au maximum).
security-passkey-add = Ajouter une clé d’accès
security-passkey-name-wrong = Donnez à la clé d’accès un nom de 1 à 60 caractères.
security-passkey-too-many = Ce compte a atteint le nombre maximal de clés d’accès (20). Supprimez-en une d’abord.
security-passkey-registered = Cette clé d’accès est déjà enregistrée.
security-passkey-failed = La clé d’accès n’a pas pu être ajoutée. Réessayez ; si votre appareil en propose plusieurs, choisissez l’une de ses propres clés d’accès.
security-passkey-needs-script = L’ajout d’une clé d’accès nécessite JavaScript, qui est désactivé ou bloqué dans ce navigateur. Tout le reste de cette page fonctionne sans.
security-passkey-added = La clé d’accès a été ajoutée.
security-passkey-renamed = La clé d’accès a été renommée.
security-passkey-removed = La clé d’accès a été supprimée ; elle ne permet plus de vous connecter.
passkey-needs-script = Les clés d’accès nécessitent JavaScript, qui est désactivé ou bloqué dans ce navigateur ; le reste de cette page fonctionne sans.
passkey-cancelled = La demande de clé d’accès a été annulée ou a expiré. Réessayez quand vous serez prêt.
login-passkey = Se connecter avec une clé d’accès
login-passkey-failed = Cette clé d’accès ne vous a pas connecté. Utilisez une clé d’accès ajoutée pour ce site, ou connectez-vous avec votre mot de passe.
second-step-passkey = Utiliser plutôt une clé d’accès
second-step-expired = Cette connexion a attendu trop longtemps. Reconnectez-vous.
security-sign-ins-heading = Connexions récentes
security-sign-ins-none = Aucune connexion enregistrée pour l’instant.
security-sign-ins-when = Quand
security-sign-ins-from = Adresse d’origine
admin-security-title = Sécurité de connexion
admin-security-required-heading = Second facteur obligatoire
admin-security-required-legend = Les comptes ayant ces rôles doivent disposer d’un second facteur
admin-security-required-hint = Un tel compte qui n’en a pas est invité à en configurer un juste après la connexion et ne peut rien faire d’autre tant que ce n’est pas fait. Les comptes connectés par authentification unique suivent plutôt les règles du fournisseur de l’entreprise.
admin-security-save = Enregistrer
admin-security-saved = Enregistré.
admin-security-reset-heading = Réinitialiser le second facteur d’une personne
admin-security-reset-lead = Pour une personne qui a perdu à la fois son application d’authentification et ses codes de récupération : supprime tous les facteurs du compte, de sorte que le mot de passe suffise de nouveau pour se connecter (son rôle peut lui demander d’en configurer un). Le titulaire reçoit un e-mail, et le journal d’audit enregistre l’opération.
admin-security-reset = Réinitialiser le second facteur
admin-security-reset-done = Le second facteur a été réinitialisé et le titulaire a été informé par e-mail.
admin-security-no-account = Aucun compte n’utilise cette adresse.
mail-factor-subject = La sécurité de votre connexion a changé
mail-factor-totp-added = Une application d’authentification a été configurée pour votre compte. La connexion vous demande désormais un code de celle-ci après votre mot de passe.
mail-factor-totp-removed = L’application d’authentification de votre compte a été supprimée, ainsi que ses codes de récupération. Votre mot de passe suffit désormais pour vous connecter.
mail-factor-codes = De nouveaux codes de récupération ont été générés pour votre compte ; les anciens ne fonctionnent plus.
mail-factor-reset = L’équipe du programme a réinitialisé le second facteur de votre compte : son application d’authentification, ses codes de récupération et ses clés d’accès ont été supprimés, et votre mot de passe suffit désormais pour vous connecter.
mail-factor-passkey-added = Une clé d’accès a été ajoutée à votre compte. Elle vous connecte à elle seule, et sert de seconde étape après votre mot de passe.
mail-factor-passkey-renamed = Une clé d’accès de votre compte a été renommée. Vous êtes informé de toute modification de votre mode de connexion.
mail-factor-passkey-removed = Une clé d’accès a été supprimée de votre compte ; elle ne permet plus de vous connecter.
mail-factor-advice = Si ce n’était pas vous, choisissez immédiatement un nouveau mot de passe et prévenez l’équipe du programme.
mail-factor-action = Vérifier la sécurité de votre connexion

## Promotion, spotlight and digest (issue 14)
promotion-title = Mise en avant
promotion-lead = Demandez au programme de donner plus de visibilité à votre travail : la rubrique « À la une » de la page d’accueil, le récapitulatif ou les comptes sociaux du programme. L’équipe la planifie ou vous explique pourquoi ce n’est pas possible.
promotion-ask = Demander une mise en avant
promotion-no-works = Une mise en avant part d’une contribution publique de votre registre (une conférence à venir compte : enregistrez-la avec sa date).
promotion-contribution = Contribution
promotion-contribution-choose = Choisissez l’une de vos contributions
promotion-contribution-hint = Une conférence à venir est une contribution datée dans le futur.
promotion-channels = Canaux
promotion-channel-spotlight = « À la une » de la page d’accueil
promotion-channel-digest = Le récapitulatif
promotion-channel-social = Comptes sociaux
promotion-from = Premier jour
promotion-until = Dernier jour
promotion-note = Note pour l’équipe du programme
promotion-note-hint = À qui elle s’adresse, pourquoi maintenant. Facultatif.
promotion-submit = Envoyer la demande
promotion-requests = Vos demandes
promotion-none = Vous n’avez encore demandé aucune mise en avant.
promotion-stage = Statut
promotion-actions = Actions
promotion-wanted = Souhaité :
promotion-granted = Accordé :
promotion-reason = Motif :
promotion-withdraw = Retirer
promotion-requested = Votre demande a été transmise à l’équipe du programme. Vous recevrez un e-mail lorsqu’elle aura statué.
promotion-withdrawn = La demande a été retirée.
promotion-not-yours = Choisissez l’une de vos propres contributions publiques.
promotion-already-waiting = Une demande pour cette contribution est déjà en attente.
promotion-refusal-decided = Une décision a déjà été prise pour cette demande (peut-être à l’instant) ; la page indique où elle en est.
promotion-refusal-not-approved = Seule une demande approuvée a un calendrier à modifier ou à annuler.
promotion-stage-pending = En attente de l’équipe du programme
promotion-stage-scheduled = Planifiée
promotion-stage-live = À la une en ce moment
promotion-stage-ended = Terminée
promotion-stage-declined = Refusée
promotion-stage-withdrawn = Retirée
promotion-queue-title = Demandes de mise en avant
promotion-queue-empty = Aucune demande de mise en avant pour l’instant.
promotion-hero = Héros
promotion-window = Période
promotion-approve = Approuver et planifier
promotion-reschedule = Modifier le calendrier
promotion-decline = Refuser
promotion-cancel = Retirer de la une
promotion-starts = Début (heure locale)
promotion-ends = Fin (heure locale)
promotion-zone = Fuseau horaire
promotion-zone-hint = Un nom IANA comme Europe/Paris ; UTC si vide.
promotion-saved = Enregistré ; le héros a été informé.
mail-promotion-approved-subject = Mise en avant de « { $title } »
mail-promotion-approved = « { $title } » sera mis en avant sur { $channels }, { $window }.
mail-promotion-rescheduled = La mise en avant de « { $title } » a été déplacée : { $channels }, { $window }.
mail-promotion-declined-subject = À propos de votre demande de mise en avant pour « { $title } »
mail-promotion-declined = L’équipe du programme a refusé la mise en avant de « { $title } » : { $reason }
mail-promotion-cancelled = L’équipe du programme a retiré « { $title } » de la une : { $reason }
spotlight-title = À la une
spotlight-lead = Les travaux que le programme met en avant en ce moment.
spotlight-empty = Rien n’est à la une en ce moment.
spotlight-all = Tout ce qui est à la une
spotlight-feeds = Suivre la une :
digest-archive-title = Le récapitulatif
digest-archive-lead = Chaque mois, ou chaque semaine ou trimestre selon le choix du programme : les nouveaux héros, les travaux mis à la une par le programme et les contributions ayant eu le plus d’audience dans chaque spécialité.
digest-subscribe-title = Le recevoir par e-mail
digest-subscribe-email = Adresse e-mail
digest-subscribe-hint = Nous envoyons un lien de confirmation. Chaque récapitulatif permet de se désabonner en un clic.
digest-subscribe-submit = S’abonner
digest-check-inbox = Consultez votre boîte de réception : l’abonnement commence lorsque vous ouvrez le lien que nous avons envoyé.
digest-past = Récapitulatifs précédents
digest-none = Aucun récapitulatif pour l’instant.
digest-new-heroes = Nouveaux héros
digest-spotlighted = À la une
digest-most-reached = Plus forte audience en { $specialization }
digest-empty = Une période calme : rien à signaler.
digest-title-of = Récapitulatif Heroes, { $month }
digest-confirm-title = Confirmez votre abonnement
digest-confirm-body = Appuyez sur le bouton pour recevoir le récapitulatif à cette adresse.
digest-confirm-action = Confirmer
digest-confirmed-title = Abonnement confirmé
digest-confirmed = Vous recevrez le prochain récapitulatif.
digest-link-invalid-title = Ce lien ne fonctionne pas
digest-link-invalid = Le lien est incomplet ou l’abonnement correspondant n’existe plus. Abonnez-vous de nouveau depuis la page du récapitulatif.
digest-unsubscribe-title = Se désabonner du récapitulatif
digest-unsubscribe-body = Appuyez sur le bouton et plus aucun récapitulatif ne sera envoyé à cette adresse.
digest-unsubscribe-action = Se désabonner
digest-unsubscribed-title = Désabonnement effectué
digest-unsubscribed = Plus aucun récapitulatif ne sera envoyé à cette adresse.
digest-account-title = Le récapitulatif
digest-account-is-on = Vous recevez le récapitulatif par e-mail.
digest-account-is-off = Vous ne recevez pas le récapitulatif.
digest-account-start = Recevoir le récapitulatif
digest-account-stop = Ne plus recevoir le récapitulatif
digest-account-on = Vous recevrez le prochain récapitulatif.
digest-account-off = Vous ne recevrez plus de récapitulatif.
digest-account-verify = Confirmez d’abord votre adresse e-mail (voir la page de votre compte).
digest-admin-title = Récapitulatifs
digest-subscribers = { $count ->
    [one] { $count } abonné
   *[other] { $count } abonnés
}
digest-draft-now = Préparer dès maintenant le récapitulatif de cette période
digest-draft-exists = Cette période a déjà un récapitulatif.
digest-col-title = Récapitulatif
digest-col-state = État
digest-col-sent = Envoyé
digest-state-draft = Brouillon
digest-state-sending = Envoi en cours
digest-state-sent = Envoyé
digest-intro = Introduction
digest-intro-hint = Markdown. Affichée avant les sections, sur le web et dans l’e-mail.
digest-save = Enregistrer l’introduction
digest-saved = L’introduction est enregistrée.
digest-send = Envoyer à tous les abonnés
digest-sending = Le récapitulatif est en cours d’envoi à tous les abonnés.
digest-not-draft = Ce récapitulatif a déjà été envoyé.
digest-preview = Aperçu
mail-digest-confirm-subject = Confirmez votre abonnement au récapitulatif Heroes
mail-digest-confirm-body = Quelqu’un (vous, espérons-le) a demandé à recevoir le récapitulatif Heroes à cette adresse. Ouvrez le lien pour confirmer.
mail-digest-confirm-action = Confirmer l’abonnement
mail-digest-confirm-footer = Si ce n’était pas vous, ignorez cet e-mail : rien n’est envoyé sans votre confirmation.
mail-digest-read-online = Lire sur le web
mail-digest-footer = Vous recevez ce récapitulatif parce que vous vous y êtes abonné. Désabonnement en un clic : { $link }
admin-home-promotion-waiting = { $count ->
    [one] { $count } demande de mise en avant en attente
   *[other] { $count } demandes de mise en avant en attente
}
admin-area-promotion = Mise en avant
admin-area-promotion-hint = Approuver, planifier ou refuser les demandes des héros pour la une, le récapitulatif et les réseaux sociaux.
admin-area-digests = Récapitulatifs
admin-area-digests-hint = Prévisualiser le récapitulatif mensuel, rédiger son introduction et l’envoyer.
## Product feedback and office hours (issue 13)
admin-area-product-areas = Domaines produit
admin-area-product-areas-hint = Les domaines produit auxquels les héros adressent leurs retours, leurs responsables et leur délai de réponse.
product-areas-title = Domaines produit
product-areas-lead = Les héros adressent leurs retours à un domaine produit ; ses responsables sont informés de chaque nouvel élément. Les médianes sont calculées entre le dépôt et la première réponse ou le premier changement de statut de l’équipe, puis jusqu’à « Livré », « Refusé » ou « Doublon ».
product-areas-none = Aucun domaine produit pour l’instant. Ajoutez le premier ci-dessous.
product-areas-name = Nom
product-areas-slug = Adresse
product-areas-slug-hint = Lettres minuscules, chiffres et traits d’union ; utilisée dans les filtres de la file.
product-areas-slug-taken = Un autre domaine produit utilise cette adresse.
product-areas-description = Description (Markdown)
product-areas-owners = Responsables
product-areas-owners-hint = Adresses e-mail de membres du personnel, une par ligne.
product-areas-owner-unknown = { $email } n’est pas l’adresse d’un membre du personnel.
product-areas-open = Éléments ouverts
product-areas-first-answer = Délai médian avant la première réponse
product-areas-resolution = Délai médian de résolution
product-areas-no-answers = aucune pour l’instant
product-areas-actions = Actions
product-areas-edit = Modifier
product-areas-edit-label = Modifier { $name }
product-areas-edit-heading = Modifier le domaine produit
product-areas-new = Ajouter un domaine produit
product-areas-save = Enregistrer
product-areas-cancel = Annuler
product-areas-saved = Enregistré.
duration-days = { $count ->
    [one] 1 jour
   *[other] { $count } jours
}
duration-hours = { $count ->
    [one] 1 heure
   *[other] { $count } heures
}
duration-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
feedback-title = Retours produit
feedback-lead = Dites aux équipes produit ce qui fonctionne, ce qui ne fonctionne pas et ce qui manque. Chaque élément reçoit une réponse, et vous êtes informé de chaque changement.
feedback-new = Envoyer un retour
feedback-back = Retour aux retours produit
feedback-mine = Vos retours
feedback-mine-none = Vous n’avez encore rien envoyé.
feedback-followed = Ce que vous suivez
feedback-followed-none = Vous ne suivez aucun élément.
feedback-shared = Partagés par d’autres héros
feedback-shared-none = Aucun autre héros n’a partagé d’élément ouvert.
feedback-col-title = Titre
feedback-col-area = Domaine produit
feedback-col-kind = Type
feedback-col-state = Statut
feedback-col-votes = Moi aussi
feedback-col-filed = Déposé le
feedback-no-areas = Il n’y a pas encore de domaine produit.
feedback-area = Domaine produit
feedback-choose = Choisir…
feedback-choose-area = Choisissez un domaine produit.
feedback-field-title = Titre
feedback-field-kind = Type
feedback-field-body = Ce qui s’est passé
feedback-field-body-hint = Markdown : les étapes, ce que vous attendiez, ce que vous avez constaté.
feedback-field-impact = Impact
feedback-field-impact-hint = Avec vos mots : qui est concerné et ce que cela lui coûte.
feedback-field-links = Liens
feedback-field-links-hint = Jusqu’à cinq adresses (une reproduction, un ticket, un article), une par ligne.
feedback-field-shared = Les autres héros peuvent voir cet élément et ajouter « moi aussi »
feedback-submit = Envoyer le retour
feedback-kind-bug = Bug
feedback-kind-feature-request = Demande de fonctionnalité
feedback-kind-documentation = Documentation
feedback-kind-other = Autre
feedback-state-new = Nouveau
feedback-state-acknowledged = Pris en compte
feedback-state-planned = Planifié
feedback-state-in-progress = En cours
feedback-state-shipped = Livré
feedback-state-declined = Refusé
feedback-state-duplicate = Doublon
feedback-transition-acknowledge = Prendre en compte
feedback-transition-plan = Planifier
feedback-transition-start = Commencer le travail
feedback-transition-ship = Livrer
feedback-transition-decline = Refuser
feedback-transition-duplicate = Marquer comme doublon
feedback-refusal-closed = Cet élément est clos ; plus rien ne peut le faire évoluer.
feedback-refusal-not-acknowledged = Prenez d’abord l’élément en compte.
feedback-refusal-already-past = L’élément en est déjà là ou l’a déjà dépassé.
feedback-refusal-stale = Quelqu’un a modifié cet élément entre-temps ; vérifiez de nouveau son statut.
feedback-decline-needs-reason = Indiquez pourquoi il est refusé.
feedback-duplicate-needs-original = Indiquez le numéro d’un autre élément qui n’est pas lui-même un doublon.
feedback-notice-filed = Envoyé. L’équipe produit est informée, et vous serez tenu au courant de chaque changement.
feedback-notice-sent = Envoyé.
feedback-notice-noted = Note enregistrée ; seule l’équipe la voit.
feedback-notice-moved = Statut modifié ; l’auteur et les abonnés en sont informés.
feedback-visibility = Visible par
feedback-visibility-shared = vous, les autres héros et l’équipe du programme
feedback-visibility-private = vous et l’équipe du programme
feedback-duplicate-of = Doublon de l’élément numéro
feedback-duplicate-hint = Uniquement pour « Marquer comme doublon » : ses abonnés suivent alors cet autre élément.
feedback-team-note = Note de l’équipe
feedback-vote = Moi aussi
feedback-unvote = Retirer « moi aussi »
feedback-follow = Suivre
feedback-unfollow = Ne plus suivre
feedback-thread = Conversation
feedback-thread-empty = Rien d’écrit pour l’instant.
feedback-from-team = équipe du programme
feedback-internal-note = note interne
feedback-moved-to = Statut : { $state }
feedback-deleted-account = compte supprimé
feedback-reply = Votre réponse
feedback-send = Envoyer
feedback-queue-title = File des retours
feedback-queue-back = Retour à la file
feedback-queue-count = { $count ->
    [one] 1 élément
   *[other] { $count } éléments
}
feedback-filter-any = Tous
feedback-filter-age = Déposé
feedback-filter-older = { $count ->
    [one] il y a plus d’1 jour
   *[other] il y a plus de { $count } jours
}
feedback-filter-apply = Afficher
feedback-sort = Ordre
feedback-sort-votes = Le plus de « moi aussi »
feedback-sort-oldest = Les plus anciens d’abord
feedback-sort-newest = Les plus récents d’abord
feedback-author = Déposé par
feedback-followers = Abonnés
feedback-answer = Répondre
feedback-message = Message (Markdown)
feedback-internal-choice = Note interne (l’auteur ne la voit jamais)
feedback-change-state = Modifier le statut
feedback-next-state = Nouveau statut
feedback-note = Note pour l’auteur et les abonnés
feedback-note-hint = Obligatoire pour refuser ; envoyée avec le statut (précisez ce qui a été livré et où).
feedback-move = Modifier le statut
feedback-mail-filed-subject = Nouveau retour dans { $area } : { $title }
feedback-mail-filed-body = Un héros a envoyé un retour à { $area }, dont vous êtes responsable. Merci de le prendre en compte.
feedback-mail-answered-subject = Nouvelle réponse sur « { $title } »
feedback-mail-answered-body = Il y a une nouvelle réponse dans la conversation.
feedback-mail-moved-subject = « { $title } » est désormais { $state }
feedback-mail-moved-body = Le retour « { $title } » est désormais : { $state }.
feedback-mail-note = Note de l’équipe : { $note }
office-hours-title = Permanences
office-hours-lead = Une demi-heure avec un membre d’une équipe produit : réservez un créneau libre, et vous recevrez un fichier de calendrier ainsi qu’un rappel la veille.
office-hours-booked = Vos réservations
office-hours-booked-none = Vous n’avez réservé aucun créneau.
office-hours-free = Créneaux libres
office-hours-free-none = Aucun créneau libre pour le moment.
office-hours-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
office-hours-with = avec { $name }
office-hours-join = Rejoindre l’appel
office-hours-ics = Ajouter au calendrier (.ics)
office-hours-cancel = Annuler
office-hours-cancel-label = Annuler le créneau du { $when }
office-hours-book = Réserver
office-hours-book-label = Réserver le créneau du { $when }
office-hours-notice-booked = Réservé. Le fichier de calendrier est ci-dessous ; vous recevrez un rappel la veille.
office-hours-notice-taken = Quelqu’un d’autre a réservé ce créneau avant vous. Choisissez-en un autre.
office-hours-notice-past = Ce créneau a déjà commencé ; choisissez-en un autre.
office-hours-notice-cancelled = Annulé ; le créneau est libre pour d’autres.
office-hours-notice-published = Publié.
office-hours-staff-title = Vos permanences
office-hours-yours = Vos créneaux
office-hours-yours-none = Vous n’avez publié aucun créneau.
office-hours-booked-by = réservé par { $name }
office-hours-open = libre
office-hours-publish = Publier un créneau
office-hours-starts = Début (heure locale)
office-hours-zone = Fuseau horaire
office-hours-zone-hint = Un fuseau horaire IANA comme Europe/Paris ou America/New_York.
office-hours-length = Durée en minutes
office-hours-link = Lien vers l’appel
office-hours-ics-summary = Permanence : { $area }
office-hours-ics-description = Rejoindre : { $link }
office-hours-mail-reminder-subject = Votre permanence pour { $area } approche
office-hours-mail-reminder-body = Votre permanence pour { $area } commence { $starts }. Rejoignez-la sur { $link }.
## Credits
credits-title = Vos crédits
credits-available = Disponibles pour une demande
credits-held = Réservés par des demandes en attente de décision
credits-request-title = Demander des crédits
credits-purpose = Objet
credits-purpose-workshop = Un atelier
credits-purpose-demo = Une démo ou une conférence
credits-purpose-open-source = Un projet open source
credits-purpose-other = Autre chose (précisez dans la note)
credits-amount = Montant ({ $unit })
credits-amount-hint = Un nombre entier. Il est réservé sur votre solde jusqu’à la décision de l’équipe.
credits-note = À quoi ils serviront
credits-request-submit = Envoyer la demande
credits-requested = Votre demande est envoyée ; son montant est réservé jusqu’à la décision de l’équipe.
credits-withdrawn = Votre demande est retirée et son montant a été recrédité sur votre solde.
credits-requests = Vos demandes
credits-no-requests = Aucune demande pour l’instant.
credits-col-requested = Demandé le
credits-col-amount = Montant
credits-col-state = État
credits-col-actions = Actions
credits-col-code = Code
credits-col-value = Valeur
credits-col-expires = Expire le
credits-col-reveals = Affiché
credits-col-date = Date
credits-col-entry = Opération
credits-col-hero = Héros
credits-col-balance = Solde actuel
credits-col-decision = Décision
credits-col-specialization = Spécialité
credits-col-quarter = Trimestre
credits-col-codes = Codes
credits-approved-amount = approuvé : { $amount }
credits-state-requested = En attente de décision
credits-state-approved = Approuvée
credits-state-partly-approved = Partiellement approuvée
credits-state-declined = Refusée
credits-state-withdrawn = Retirée
credits-withdraw = Retirer
credits-codes = Vos codes
credits-codes-lead = Les codes restent masqués jusqu’à ce que vous en affichiez un ; chaque affichage est enregistré. Personne d’autre ne peut les voir.
credits-no-codes = Aucun code ne vous a encore été attribué.
credits-code-hidden = code masqué
credits-reveals = { $count ->
    [0] jamais
    [one] une fois
   *[other] { $count } fois
}
credits-reveal = Afficher
credits-history = Historique
credits-no-history = Aucun mouvement sur votre solde pour l’instant.
credits-entry-allotment = Dotation annuelle
credits-entry-hold = Réservé pour une demande
credits-entry-issue = Code attribué
credits-entry-release = Réservation levée
credits-entry-expiry = Expiré
credits-entry-revocation = Révoqué
credits-request-ref = demande nº { $id }
credits-revealed-title = Votre code
credits-revealed-lead = Copiez-le maintenant ; cette page n’est pas conservée. Vous pouvez toujours l’afficher de nouveau, et chaque affichage est enregistré.
credits-back = Retour à vos crédits
credits-refusal-decided = Une décision a déjà été prise pour cette demande (peut-être à l’instant, par quelqu’un d’autre).
credits-refusal-more-than-requested = N’approuvez pas plus que le montant demandé.
credits-refusal-balance = Votre solde ne couvre pas ce montant.
credits-refusal-pool = La réserve ne contient pas de codes permettant d’atteindre ce montant. Approuvez un autre montant, ou importez d’abord des codes.
credits-mail-subject = Votre demande de crédits nº { $id }
credits-mail-approved = Votre demande de crédits est approuvée : { $amount }. Vos codes sont disponibles dans votre compte.
credits-mail-partly = Votre demande de crédits est partiellement approuvée : { $amount } sur les { $requested } demandés. Vos codes sont disponibles dans votre compte, et le reste a été recrédité sur votre solde.
credits-mail-declined = Votre demande de crédits est refusée et son montant a été recrédité sur votre solde. Motif : { $reason }
credits-admin-title = Crédits
credits-admin-waiting = { $count ->
    [one] { $count } demande en attente de décision
   *[other] { $count } demandes en attente de décision
}
credits-admin-unit = Unité
credits-admin-unit-label = Unité de compte des crédits
credits-admin-unit-hint = Par exemple « USD de crédits cloud ». Les montants sont des nombres entiers de cette unité.
credits-admin-unit-saved = L’unité est enregistrée.
credits-admin-save = Enregistrer
credits-admin-allotments = Dotations pour { $year }
credits-admin-year = Année
credits-admin-show-year = Afficher
credits-admin-allotment-col = Dotation ({ $unit })
credits-admin-allotments-saved = Les dotations sont enregistrées.
credits-admin-exceptions = Exceptions individuelles
credits-admin-no-exceptions = Aucune exception cette année.
credits-admin-hero = Héros (identifiant de l’adresse de sa page)
credits-admin-hero-hint = Par exemple ana-souza pour /heroes/ana-souza. Son exception remplace la dotation de sa spécialité.
credits-admin-no-such-hero = Aucun héros n’a cet identifiant.
credits-admin-exception-saved = L’exception est enregistrée.
credits-admin-grant-title = Attribuer les dotations de { $year }
credits-admin-grant-lead = Chaque héros actif qui n’a pas encore reçu la dotation de cette année la reçoit maintenant : son exception, ou la plus grande dotation parmi ses spécialités. Une nouvelle attribution ne crédite personne deux fois.
credits-admin-grant = Attribuer { $year }
credits-admin-granted = { $count ->
    [one] { $count } héros a reçu la dotation.
   *[other] { $count } héros ont reçu la dotation.
}
credits-admin-pool = Réserve de codes
credits-admin-pool-left = { $count ->
    [one] { $count } code d’une valeur de { $value } peut être attribué.
   *[other] { $count } codes d’une valeur de { $value } peuvent être attribués.
}
credits-admin-file = Fichier de réserve (CSV)
credits-admin-file-hint = Un code par ligne : code,value,expiry (AAAA-MM-JJ), avec ou sans ligne d’en-tête. Chaque ligne est vérifiée ; une seule ligne erronée et rien n’est importé. Les codes déjà présents dans la réserve restent inchangés.
credits-admin-import = Importer les codes
credits-admin-file-missing = Choisissez un fichier CSV contenant au moins un code.
credits-admin-file-too-large = Le fichier dépasse 8 Mo ; divisez-le.
credits-admin-file-row = Ligne { $line }, { $field } : { $problem }
credits-admin-file-rows = { $count ->
    [one] { $count } ligne est à revoir ; rien n’a été importé.
   *[other] { $count } lignes sont à revoir ; rien n’a été importé.
}
credits-queue-title = Demandes de crédits
credits-queue-open = { $count ->
    [one] { $count } demande en attente
   *[other] { $count } demandes en attente
}
credits-queue-empty = Aucune demande n’attend de décision.
credits-queue-approve-amount = Montant à approuver
credits-queue-approve = Approuver
credits-queue-reason = Motif du refus
credits-queue-decline = Refuser
credits-queue-recent = Décidées récemment
credits-queue-none-decided = Aucune décision pour l’instant.
credits-queue-decided = La demande nº { $id } a fait l’objet d’une décision ; le héros en est informé.
credits-reports-title = Rapports sur les crédits
credits-reports-csv = Télécharger les rapports au format CSV
credits-report-spend = Dépenses par spécialité et par trimestre
credits-report-nothing = Rien à afficher pour l’instant.
credits-report-no-specialization = Aucune spécialité
credits-report-expiring = Codes expirant d’ici le { $until }
credits-report-issued = attribués
credits-report-in-pool = dans la réserve
credits-report-pool = Réserve restante
credits-report-pool-empty = La réserve est vide : importez des codes avant d’approuver des demandes.
admin-home-credit-requests = { $count ->
    [one] demande de crédits en attente
   *[other] demandes de crédits en attente
}
admin-area-credits = Crédits
admin-area-credits-hint = L’unité, les dotations annuelles et les exceptions, la réserve de codes, les demandes et les rapports.
## User groups and events (issue 15)
nav-groups = Groupes
nav-events = Événements
groups-title = Groupes d’utilisateurs
groups-lead = Des communautés locales et en ligne autour des spécialités du programme, animées par leurs membres.
groups-propose-link = Proposer un groupe
groups-filters = Filtrer les groupes
groups-country = Pays
groups-region = Région
groups-specialization = Spécialité
groups-any = Tous
groups-with-coming = Uniquement avec des événements à venir
groups-filter = Afficher
groups-count = { $count ->
    [one] { $count } groupe
   *[other] { $count } groupes
}
groups-members = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
groups-coming-events = { $count ->
    [0] aucun événement à venir
    [one] { $count } événement à venir
   *[other] { $count } événements à venir
}
groups-online-only = En ligne uniquement
groups-back = Tous les groupes
group-status-proposed = Proposé, en attente d’approbation
group-status-active = Actif
group-status-dormant = En sommeil
group-status-closed = Fermé
group-status-declined = Refusé
group-founded = fondé le { $date }
group-leave = Quitter le groupe
group-join = Rejoindre le groupe
group-edit = Modifier le groupe
group-new-event = Planifier un événement
group-sign-in-to-join = Connectez-vous pour rejoindre ce groupe
group-leaders = Responsables
group-specializations = Spécialités
group-links = Liens
group-coming-events = Événements à venir
group-no-coming = Aucun événement planifié pour l’instant.
group-past-events = Événements passés
group-no-past = Aucun événement passé.
group-calendar = S’abonner au calendrier de ce groupe (.ics)
group-notice-saved = Enregistré.
group-notice-joined = Bienvenue : vous êtes désormais membre.
group-notice-left = Vous avez quitté le groupe.
group-notice-last-leader = Un groupe a besoin d’un responsable : nommez d’abord un autre membre responsable.
group-notice-logo = Le logo est enregistré.
group-notice-logo-removed = Le logo a été supprimé.
group-logo-alt = Logo de { $group }
group-logo-heading = Logo
group-logo-current = Le logo du groupe tel qu’il apparaît dans l’annuaire et sur sa page.
group-logo-label = Logo
group-logo-hint = JPEG, PNG ou WebP jusqu’à 2 Mo, au moins 32 × 32 pixels. Nous le redimensionnons à 256 pixels, plaçons les parties transparentes sur fond blanc et supprimons tout ce qui est caché dans le fichier.
group-logo-upload = Téléverser un logo
group-logo-remove = Supprimer le logo
group-logo-missing = Choisissez d’abord un fichier image.
group-logo-too-large = Ce fichier dépasse 2 Mo. Choisissez-en un plus petit.
group-logo-unreadable = Ce fichier n’est pas une image JPEG, PNG ou WebP que nous pouvons lire.
group-logo-too-small = Cette image fait moins de 32 × 32 pixels ; elle paraîtrait floue.
group-notice-proposed = Merci : l’équipe du programme va examiner votre proposition. Vous animerez le groupe une fois qu’il sera approuvé.
group-edit-title = Modifier { $group }
group-propose-title = Proposer un groupe d’utilisateurs
group-propose-lead = Présentez-nous le groupe. Une fois approuvé par un administrateur, il apparaît dans l’annuaire et vous en êtes responsable.
group-field-name = Nom
group-field-city = Ville
group-field-country = Pays
group-choose-country = Choisissez un pays
group-field-online-only = Le groupe se réunit uniquement en ligne
group-field-description = Description
group-field-description-hint = Markdown : les liens, les listes et la mise en forme sont conservés.
group-field-links = Liens
group-field-links-hint = Adresses web (https://…), une par ligne, 8 au maximum.
group-field-specializations = Spécialités
group-field-founded = Date de fondation (facultatif)
group-field-coordinates = Emplacement de la ville (facultatif, pour la carte)
group-field-latitude = Latitude
group-field-longitude = Longitude
group-field-status = Statut
group-save = Enregistrer
group-propose = Proposer le groupe
group-members-heading = Membres
group-leader = responsable
group-make-leader = Nommer responsable
group-unmake-leader = Quitter le rôle de responsable
group-make-leader-label = Nommer { $name } responsable
group-unmake-leader-label = Refaire de { $name } un simple membre
group-unknown-specialization = Choisissez des spécialités dans la liste.
group-name-taken = Choisissez un autre nom : celui-ci est déjà trop souvent utilisé.
group-mail-approved-subject = Votre groupe { $group } est approuvé
group-mail-approved-body = L’équipe du programme a approuvé { $group }. Il figure désormais dans l’annuaire, et vous en êtes responsable : planifiez son premier événement depuis la page du groupe.
group-mail-declined-subject = Votre proposition de groupe { $group }
group-mail-declined-body = L’équipe du programme n’a pas approuvé { $group } cette fois-ci. Répondez à cet e-mail si vous souhaitez savoir pourquoi.
admin-home-group-proposals = { $count ->
    [one] proposition de groupe en attente
   *[other] propositions de groupe en attente
}
admin-area-groups = Groupes d’utilisateurs
admin-area-groups-hint = Approuver ou refuser les groupes proposés par les membres.
admin-area-program-events = Événements du programme
admin-area-program-events-hint = Planifier un événement du programme lui-même.
admin-groups-title = Propositions de groupe
admin-groups-none = Aucune proposition en attente.
admin-groups-proposed-by = proposé par { $name } ({ $email })
admin-groups-approve = Approuver
admin-groups-decline = Refuser
admin-groups-approve-label = Approuver { $group }
admin-groups-decline-label = Refuser { $group }
admin-groups-approved = Approuvé ; l’auteur de la proposition a été informé.
admin-groups-declined = Refusé ; l’auteur de la proposition a été informé.
admin-groups-stale = Quelqu’un a déjà statué sur cette proposition.
events-title = Événements
events-lead = Meetups, conférences, ateliers et sessions en ligne du programme et de ses groupes d’utilisateurs.
events-filters = Filtrer les événements
events-when = Quand
events-coming = À venir
events-past = Passés
events-online = Uniquement avec un lien en ligne
events-count = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}
event-kind-meetup = Meetup
event-kind-conference = Conférence
event-kind-workshop = Atelier
event-kind-online-session = Session en ligne
event-online = en ligne
event-cancelled = Annulé
event-of-the-program = Un événement du programme
event-kind = Type
event-when-in = Quand ({ $zone })
event-when-yours = Quand (votre fuseau horaire)
event-when-utc = Quand (UTC)
event-venue = Lieu
event-online-link = En ligne
event-link-for-attendees = Le lien est affiché aux participants inscrits.
event-places = Places
event-going-of = { $going } sur { $capacity } prises
event-going = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
event-waiting = { $count ->
    [one] { $count } en liste d’attente
   *[other] { $count } en liste d’attente
}
event-attendance = Présence
event-attended = { $count ->
    [one] { $count } personne est venue
   *[other] { $count } personnes sont venues
}
event-you-are-going = Vous participez.
event-you-are-waiting = Vous êtes sur la liste d’attente ; vous recevrez un e-mail si une place se libère.
event-cancel-rsvp = Finalement, je ne peux pas venir
event-leave-waitlist = Quitter la liste d’attente
event-rsvp = Je viens
event-sign-in-to-rsvp = Connectez-vous pour indiquer que vous venez
event-edit = Modifier l’événement
event-check-in = Liste d’enregistrement
event-speakers = Intervenants
event-add-to-calendar = Ajouter à mon calendrier (.ics)
event-notice-saved = Enregistré.
event-notice-going = Vous avez une place. À bientôt !
event-notice-waiting = L’événement est complet : vous êtes sur la liste d’attente et recevrez un e-mail si une place se libère.
event-notice-cancelled = Vous avez libéré votre place.
rsvp-refused-past = Cet événement a commencé ou est terminé : il n’accepte plus de réponses.
rsvp-refused-deadline = La date limite d’inscription à cet événement est dépassée.
rsvp-refused-cancelled = Cet événement a été annulé.
rsvp-refused-not-coming = Vous n’aviez pas de place à libérer.
rsvp-refused-not-waiting = Seule une personne sur la liste d’attente peut recevoir une place.
rsvp-state-going = participe
rsvp-state-waiting = sur la liste d’attente
rsvp-state-cancelled = ne vient pas
event-new-title = Planifier un événement
event-edit-title = Modifier l’événement
event-field-title = Titre
event-field-starts = Début (heure locale)
event-field-ends = Fin (heure locale)
event-field-time_zone = Fuseau horaire (IANA, par exemple Europe/Paris)
event-field-venue = Lieu
event-field-online_url = Lien en ligne
event-field-capacity = Capacité (vide : pas de limite)
event-field-rsvp_deadline = Date limite d’inscription (heure locale, facultatif)
event-field-link_for_attendees = N’afficher le lien en ligne qu’aux participants inscrits
event-field-kind = Type
event-field-specialization = Spécialité
event-field-description = Description (Markdown)
event-field-speakers = Intervenants
event-field-speakers-hint = Un par ligne : l’adresse ou le nom d’un héros, ou le nom de toute autre personne | le titre de l’intervention.
event-save = Enregistrer l’événement
event-unknown-specialization = Choisissez une spécialité dans la liste.
event-capacity-below-going = Il y a plus de participants inscrits que cette capacité ne le permet.
event-mail-promoted-subject = Une place s’est libérée : vous participez à { $event }
event-mail-promoted-body = Bonjour { $name }, quelqu’un a libéré sa place pour { $event }, et vous étiez en tête de la liste d’attente : la place est à vous.
event-mail-promoted-cancel = Si vous ne pouvez pas venir, libérez la place sur la page de l’événement pour que la personne suivante en profite.
check-in-title = Enregistrement : { $event }
check-in-search = Rechercher par nom ou adresse
check-in-find = Rechercher
check-in-count = { $count ->
    [one] { $count } participant inscrit
   *[other] { $count } participants inscrits
}
check-in-list = Participants inscrits
check-in-name = Nom
check-in-email = Adresse
check-in-present = Présent
check-in-here = Présent
check-in-undo = Annuler
check-in-mark = Enregistrer
check-in-undo-label = Annuler l’enregistrement de { $name }
check-in-mark-label = Enregistrer { $name }
calendar-title = Mes événements et mon calendrier
calendar-my-events = Mes événements
calendar-none = Vous n’avez aucun événement à venir.
calendar-address = Adresse du calendrier
calendar-address-lead = Abonnez-vous à cette adresse secrète dans votre application de calendrier pour y voir vos événements. Toute personne disposant de l’adresse les voit : créez-en une nouvelle (l’ancienne cesse de fonctionner) ou désactivez-la quand vous le souhaitez.
calendar-address-once = L’adresse n’est affichée qu’une seule fois : copiez-la maintenant.
calendar-address-exists = Vous avez une adresse de calendrier. Elle n’est plus affichée ; créez-en une nouvelle si vous l’avez perdue.
calendar-address-make = Créer mon adresse de calendrier
calendar-address-replace = Créer une nouvelle adresse (l’ancienne cesse de fonctionner)
calendar-address-revoke = Désactiver l’adresse
calendar-mine-name = Mes événements
calendar-waiting-summary = (liste d’attente) { $event }
groups-map-title = { $count ->
    [one] Carte des groupes : { $count } groupe indiqué
   *[other] Carte des groupes : { $count } groupes indiqués
}
groups-map-caption = Chaque repère est un groupe (choisissez-en un pour l’ouvrir) ; les groupes uniquement en ligne et ceux sans coordonnées ne figurent que dans la liste ci-dessous. Données cartographiques : Natural Earth.
## Briefings under NDA (issue 13)
briefings-title = Briefings
briefings-lead = Briefings confidentiels des équipes produit. Ce que vous voyez ici vous est strictement réservé : ne le partagez pas avant qu’il soit public.
briefings-new = Nouveau briefing
briefings-back = Tous les briefings
briefings-upcoming = À venir
briefings-past = Briefings passés
briefings-none-upcoming = Aucun briefing à venir pour vous.
briefings-none-past = Aucun briefing passé.
briefings-nda-waiting = { $count ->
    [one] Un briefing vous attend dès que vous aurez accepté le NDA en vigueur.
   *[other] { $count } briefings vous attendent dès que vous aurez accepté le NDA en vigueur.
}
briefings-nda-read = Lire et accepter le NDA
briefings-notice-created = Le briefing est publié.
briefings-notice-calendar-revoked = Votre adresse de calendrier ne fonctionne plus.
briefings-notice-nda-accepted = Merci : vous avez accepté le NDA.
briefings-calendar = Votre calendrier
briefings-calendar-lead = Abonnez votre application de calendrier à une adresse privée qui liste les briefings auxquels vous avez répondu. Toute personne disposant de l’adresse les voit : gardez-la pour vous ; vous pouvez la remplacer ou la révoquer à tout moment.
briefings-calendar-new = Votre adresse de calendrier (affichée uniquement maintenant, copiez-la) :
briefings-calendar-create = Créer une adresse de calendrier
briefings-calendar-replace = Remplacer l’adresse de calendrier
briefings-calendar-revoke = Révoquer l’adresse de calendrier
briefing-back = Retour au briefing
briefing-embargo-label = Sous embargo.
briefing-embargo = Rien de ce briefing ne peut être partagé avant le { $date }.
briefing-when = Quand
briefing-minutes = { $count ->
    [one] une minute
   *[other] { $count } minutes
}
briefing-venue = Lieu
briefing-seats = Places
briefing-seats-taken = { $taken } sur { $capacity } prises
briefing-waiting = { $count ->
    [one] un héros en attente
   *[other] { $count } héros en attente
}
briefing-nda = Version du NDA
briefing-edit = Modifier le briefing
briefing-manage = Réponses, présence et journal d’accès
briefing-your-answer = Votre réponse
briefing-rsvp-going = Vous avez une place.
briefing-rsvp-waiting = Vous êtes sur la liste d’attente.
briefing-you-run = vous l’animez
briefing-rsvp = Je participerai
briefing-join-waitlist = Rejoindre la liste d’attente
briefing-cancel = Retirer ma réponse
briefing-join-link = Rejoindre en ligne
briefing-recording = Regarder l’enregistrement
briefing-ics = Ajouter au calendrier (.ics)
briefing-agenda = Ordre du jour
briefing-materials = Documents
briefing-notice-seated = Vous avez une place.
briefing-notice-waitlisted = Le briefing est complet : vous êtes sur la liste d’attente et recevrez un e-mail si une place se libère.
briefing-notice-cancelled = Votre réponse est retirée.
briefing-notice-saved = Le briefing est enregistré.
briefing-notice-already = Vous aviez déjà répondu.
briefing-notice-attendance = La présence est enregistrée.
briefing-notice-attendance-unmatched = { $count ->
    [one] La présence est enregistrée. Une adresse du fichier ne correspond à aucun héros ayant une place.
   *[other] La présence est enregistrée. { $count } adresses du fichier ne correspondent à aucun héros ayant une place.
}
briefing-import = Importer la présence
briefing-import-label = Présence au format CSV
briefing-import-hint = Collez la liste des participants exportée par votre outil de réunion. Les héros ayant une place dont l’adresse y figure sont marqués présents, les autres absents.
briefing-import-submit = Importer la présence
briefing-unknown = Rien ne s’appelle « { $value } ».
briefing-field-title = Titre
briefing-field-summary = Résumé
briefing-field-audience = Public
briefing-audience-specializations = Les héros des spécialités ci-dessous
briefing-audience-all-heroes = Tous les héros actifs
briefing-audience-named = Les héros désignés ci-dessous
briefing-field-specializations = Spécialités
briefing-field-heroes = Héros désignés
briefing-field-heroes-hint = Les adresses de leurs pages (par exemple ana-souza), séparées par des virgules.
briefing-field-nda = Version du NDA requise
briefing-field-embargo = Embargo jusqu’au
briefing-field-embargo-hint = Facultatif. Jusqu’à ce jour, le briefing affiche une bannière : rien ne peut être partagé.
briefing-field-starts = Début (heure locale)
briefing-field-zone = Fuseau horaire
briefing-field-zone-hint = Un nom IANA comme Europe/Paris ou America/New_York.
briefing-field-minutes = Durée en minutes
briefing-field-join = Lien en ligne
briefing-field-join-hint = Affiché uniquement aux héros admissibles ; chaque clic est enregistré. Indiquez un lien, un lieu ou les deux.
briefing-field-venue = Lieu
briefing-field-capacity = Places
briefing-field-agenda = Ordre du jour
briefing-field-materials = Documents
briefing-field-recording = Lien vers l’enregistrement
briefing-save = Enregistrer le briefing
briefing-manage-title = Gestion de « { $title } »
briefing-rsvps = Réponses et liste d’attente
briefing-rsvps-none = Personne n’a encore répondu.
briefing-who = Qui
briefing-answer = Réponse
briefing-attended = Présence
briefing-present = présent
briefing-present-label = { $name } était présent
briefing-save-attendance = Enregistrer la présence
briefing-access-log = Journal d’accès
briefing-access-log-none = Personne n’a encore ouvert le briefing.
briefing-what = Quoi
briefing-at = Quand
briefing-viewed-page = la page et les documents
briefing-viewed-join-link = le lien de connexion
briefing-viewed-recording = l’enregistrement
briefing-viewed-calendar = le fichier de calendrier
field-markdown-hint = Markdown : liens, listes, mise en forme.
nda-title = Accord de confidentialité
nda-version = Version { $version } du NDA
nda-effective = En vigueur depuis le { $date }.
nda-accepted = Vous avez accepté cette version.
nda-accept = Accepter le NDA
nda-accept-required = Cochez la case pour accepter le NDA.
admin-nda-title = Versions du NDA
admin-nda-lead = Publiez une nouvelle version et chaque héros sera invité à l’accepter à partir de sa date d’entrée en vigueur ; les briefings qui l’exigent restent masqués aux héros tant qu’ils ne l’ont pas fait.
admin-nda-published = La version est publiée.
admin-nda-label = Version
admin-nda-effective = En vigueur à partir du
admin-nda-acceptances = Acceptations
admin-nda-new = Publier une nouvelle version
admin-nda-body = Texte
admin-nda-publish = Publier
admin-nda-label-taken = Une version porte déjà ce nom.
admin-nda-back = Toutes les versions du NDA
admin-nda-accepted-by = { $count ->
    [one] Accepté par une personne
   *[other] Accepté par { $count } personnes
}
admin-nda-who = Qui
admin-nda-when = Quand
admin-nda-from = Adresse d’origine
admin-area-nda = Versions du NDA
admin-area-nda-hint = Publier des versions du NDA et voir qui a accepté laquelle, quand et d’où.
admin-area-briefings = Briefings
admin-area-briefings-hint = Créer des briefings sous NDA, consulter les réponses, noter la présence, lire le journal d’accès.
mail-briefing-seat-subject = Une place vous est attribuée : { $title }
mail-briefing-seat-body = Une place s’est libérée pour le briefing « { $title } » et elle est à vous. Si finalement vous ne pouvez pas venir, retirez votre réponse pour que le héros suivant en profite.
mail-briefing-digest-subject = { $count ->
    [one] Un nouveau briefing pour vous
   *[other] { $count } nouveaux briefings pour vous
}
mail-briefing-digest-body = { $count ->
    [one] Un briefing auquel vous pouvez participer a été publié :
   *[other] Des briefings auxquels vous pouvez participer ont été publiés :
}
mail-briefing-reminder-subject = Demain : { $title }
mail-briefing-reminder-body = Petit rappel : le briefing « { $title } » commence { $start }. Vous avez une place.
## The private network and mentoring (issue 16)
network-title = Le réseau des héros
network-lead = Tous les héros actuels, avec les coordonnées qu’ils partagent avec les héros, ce sur quoi ils travaillent en ce moment et les sujets sur lesquels les solliciter. Seuls les héros et l’équipe du programme voient cette page.
network-asks-link = Demandes au réseau
network-card-link = Votre fiche réseau
mentoring-home-link = Mentorat
network-search-label = Rechercher par nom, sujet, lieu ou travail en cours
network-filter-specialization = Spécialité
network-filter-open = Ouvert à
network-filter-any = Tous
network-open-cospeaking = Co-intervention
network-open-collaboration = Collaboration
network-open-mentoring = Mentorat
network-search-button = Rechercher
network-count = { $count ->
    [one] Un héros
   *[other] { $count } héros
}
network-specializations = Spécialités
network-working-on = Travaille actuellement sur
network-ask-me-about = Sollicitez-moi sur
network-languages = Langues
network-timezone = Fuseau horaire
network-pages = Pages
network-previous = Précédent
network-next = Suivant
network-page-of = Page { $page } sur { $pages }
network-card-title = Votre fiche réseau
network-card-lead = Ce que les autres héros voient de vous dans le réseau, au-delà de votre profil public. Les coordonnées proviennent de votre profil, chacune étant visible par le public que vous y avez choisi.
network-card-saved = Votre fiche est enregistrée.
network-card-open = Ouvert à
network-card-save = Enregistrer la fiche
network-back = Retour au réseau
network-asks-title = Demandes au réseau
network-asks-lead = Demandez aux autres héros un co-intervenant, un relecteur, un lieu ou toute autre chose. Les réponses vous sont envoyées par e-mail ; clôturez la demande lorsque vous avez ce qu’il vous faut.
network-asks-none = Aucune demande pour l’instant.
network-answers-count = { $count ->
    [one] Une réponse
   *[other] { $count } réponses
}
network-ask-state-closed = Close
network-ask-new = Publier une demande
network-ask-kind = Ce que vous cherchez
network-ask-kind-co-speaker = Un co-intervenant
network-ask-kind-reviewer = Un relecteur
network-ask-kind-venue = Un lieu
network-ask-kind-other = Autre chose
network-ask-title-label = En une ligne
network-ask-body = Détails
network-markdown-hint = Le Markdown fonctionne ici.
network-ask-post = Publier la demande
network-ask-close = Clôturer cette demande
network-answer-heading = Répondre
network-answer-label = Votre réponse
network-answer-submit = Envoyer la réponse
network-ask-closed = Cette demande est close ; elle n’accepte plus de réponses.
network-asks-back = Retour aux demandes
mail-ask-answered-subject = Une réponse à votre demande : { $title }
mail-ask-answered = Quelqu’un du réseau des héros a répondu à votre demande « { $title } » :
mentoring-home-title = Mentorat
mentoring-home-lead = Demandez à un héros d’être votre mentor, suivez vos mentorats et, en tant que héros, proposez du mentorat et répondez aux membres qui vous sollicitent.
mentoring-as-mentor = En tant que mentor
mentoring-offer-summary = { $count ->
    [one] Un mentoré sur { $capacity }
   *[other] { $count } mentorés sur { $capacity }
}
mentoring-offer-open = Ouvert à de nouveaux mentorés
mentoring-offer-paused = En pause
mentoring-offer-edit = Modifier votre offre
mentoring-offer-start = Proposer du mentorat
mentoring-asks-heading = Membres qui vous ont sollicité
mentoring-asks-none = Personne ne vous a encore sollicité.
mentoring-ask-state-pending = En attente de réponse
mentoring-ask-state-accepted = Acceptée
mentoring-ask-state-declined = Refusée
mentoring-ask-state-withdrawn = Retirée
mentoring-accept = Accepter
mentoring-decline = Refuser
mentoring-mentorships-heading = Mentorats
mentoring-mentorships-none = Aucun mentorat pour l’instant.
mentoring-mentorship-line = { $mentor } accompagne { $mentee }
mentoring-sessions-count = { $count ->
    [one] Une séance
   *[other] { $count } séances
}
mentoring-ended = Terminé
mentoring-requests-heading = Vos demandes de mentor
mentoring-request-new = Demander un mentor
mentoring-request-state-open = Recherche d’un mentor
mentoring-request-state-matched = Mentor trouvé
mentoring-request-state-withdrawn = Retirée
mentoring-notice-accepted = Vous avez accepté ; le mentorat a commencé.
mentoring-notice-declined = Votre réponse est envoyée.
mentoring-notice-withdrawn = Votre demande est retirée.
mentoring-offer-title = Proposer du mentorat
mentoring-offer-lead = Les membres qui cherchent un mentor vous voient suggéré, avec la raison, lorsque votre travail, votre offre ou votre profil correspond à ce qu’ils veulent apprendre.
mentoring-offer-saved = Votre offre est enregistrée.
mentoring-topics = Sujets
mentoring-topics-hint = Les domaines dans lesquels vous accompagnez, par exemple « Lambda, architecture orientée événements, prise de parole en public ».
mentoring-specializations = Spécialités
mentoring-languages = Langues de vos échanges
mentoring-languages-hint = Codes de langue séparés par des virgules, par exemple en, es, pt-BR.
mentoring-time-zones = Fuseaux horaires dans lesquels vous pouvez vous rencontrer
mentoring-time-zones-hint = Noms IANA séparés par des virgules, par exemple Europe/Madrid, America/Bogota (cinq au maximum).
mentoring-formats = Formats
mentoring-format-calls = Appels
mentoring-format-code-review = Revue de code
mentoring-format-career = Conseils de carrière
mentoring-capacity = Mentorés simultanés
mentoring-open-label = Ouvert à de nouveaux mentorés (décochez pour mettre en pause ; les mentorats en cours se poursuivent)
mentoring-offer-save = Enregistrer l’offre
mentoring-capacity-below-taken = Vous accompagnez actuellement plus de personnes que cela ; mettez d’abord fin à un mentorat ou conservez un nombre plus élevé.
mentoring-back = Retour au mentorat
mentoring-request-title = Demander un mentor
mentoring-request-lead = Dites ce que vous voulez atteindre et apprendre ; nous vous suggérons des héros qui écrivent sur le sujet, parlent votre langue et partagent vos horaires, chacun avec la raison.
mentoring-goals = Vos objectifs
mentoring-request-topics = Sujets à apprendre
mentoring-language = Langue
mentoring-language-hint = Un code de langue, par exemple en ou es.
mentoring-time-zone = Votre fuseau horaire
mentoring-time-zone-hint = Un nom IANA, par exemple America/Bogota.
mentoring-request-submit = Trouver des mentors
mentoring-request-page-title = Votre demande de mentor
mentoring-asked-heading = Mentors sollicités
mentoring-suggestions-heading = Mentors suggérés
mentoring-suggestions-none = Aucun mentor disposant encore de places ne correspond à ces sujets pour l’instant. Essayez d’autres mots, ou revenez plus tard.
mentoring-choose-mentors = Choisissez un mentor, ou jusqu’à { $max }, parmi les suggestions
mentoring-already-asked = Sollicité
mentoring-ask-submit = Solliciter les mentors choisis
mentoring-withdraw = Retirer la demande
mentoring-reason-posts = { $count ->
    [one] un article sur { $topic }
   *[other] { $count } articles sur { $topic }
}
mentoring-reason-offers = accompagne en { $topic }
mentoring-reason-profile = le profil mentionne { $topic }
mentoring-reason-speaks = parle { $language }
mentoring-reason-hours = { $count ->
    [one] une heure de journée en commun
   *[other] { $count } heures de journée en commun
}
mentoring-reason-places = { $count ->
    [one] une place libre sur { $capacity }
   *[other] { $count } places libres sur { $capacity }
}
mentoring-refusal-answered = Cette sollicitation a déjà reçu une réponse ou a été retirée.
mentoring-refusal-full = Toutes les places de ce mentor sont prises.
mentoring-refusal-closed = Cette demande a déjà trouvé son mentor ou a été retirée.
mentoring-refusal-ended = Ce mentorat est terminé, ou vous avez déjà laissé votre mot.
mentoring-refusal-not-offering = Ce héros n’accepte pas de mentorés pour le moment.
mentoring-refusal-paused = Votre offre est en pause ; vous n’acceptez donc pas de mentorés pour le moment. Rouvrez-la pour accepter cette sollicitation ; elle reste en attente d’ici là (ou refusez-la).
mentorship-title = Mentorat
mentorship-since = Depuis le { $date }
mentorship-ended-on = terminé le { $date }
mentorship-private = Vous seuls voyez cette page ; les séances comptent comme mentorat dans la préparation du mentor, sans leurs notes.
mentorship-goals = Objectifs
mentorship-log-heading = Enregistrer une séance
mentorship-held-on = Date
mentorship-notes = Notes (vous seuls les voyez)
mentorship-log-submit = Enregistrer la séance
mentorship-words = Mots de clôture
mentorship-end-label = Mettre fin au mentorat avec un mot pour l’autre personne
mentorship-word-label = Votre mot de clôture
mentorship-end-submit = Mettre fin au mentorat
mentorship-word-submit = Laisser votre mot
mentorship-readiness-link = Voir votre préparation
mail-mentoring-asked-subject = { $member } vous demande d’être son mentor
mail-mentoring-asked = { $member } aimerait vous avoir comme mentor pour : { $topics }. Ses objectifs :
mail-mentoring-accepted-subject = { $mentor } sera votre mentor
mail-mentoring-accepted = { $mentor } a accepté votre demande : votre mentorat a commencé.
mail-mentoring-declined-subject = { $mentor } ne peut pas être votre mentor pour le moment
mail-mentoring-declined = { $mentor } a refusé votre demande cette fois-ci. Votre demande reste ouverte à d’autres mentors.
mail-mentorship-ended-subject = { $name } a mis fin à votre mentorat
mail-mentorship-ended = { $name } a mis fin à votre mentorat et a laissé ce mot :
admin-mentoring-title = Mentorat
admin-mentoring-waiting = { $count ->
    [one] Une demande en attente depuis plus d’une semaine
   *[other] { $count } demandes en attente depuis plus d’une semaine
}
admin-mentoring-member = Membre
admin-mentoring-since = Demandé le
admin-mentoring-pending = Sollicitations en attente
admin-mentoring-loads = Charge de chaque mentor
admin-mentoring-no-mentors = Aucun héros ne propose encore de mentorat.
admin-mentoring-mentor = Mentor
admin-mentoring-taken = Mentorés
admin-mentoring-state = Offre
admin-mentoring-months = Mises en relation par mois
admin-mentoring-no-matches = Aucun mentorat n’a commencé au cours de l’année écoulée.
admin-mentoring-month = Mois
admin-mentoring-matches = Mentorats commencés
admin-home-mentoring-waiting = { $count ->
    [one] demande de mentorat en attente depuis plus d’une semaine
   *[other] demandes de mentorat en attente depuis plus d’une semaine
}
admin-area-mentoring = Mentorat
admin-area-mentoring-hint = Les demandes en attente d’un mentor, la charge de chaque mentor, les mises en relation par mois.

## Benefits II: pool imports from the web (job with progress)
credits-import-title = Import de réserve nº { $id }
credits-import-progress = { $done } lignes traitées sur { $total }
credits-import-running = L’import est en cours ; cette page se recharge toutes les quelques secondes.
credits-import-reload = Recharger maintenant
credits-import-finished = L’import est terminé.
credits-import-added = { $count ->
    [one] { $count } code ajouté à la réserve
   *[other] { $count } codes ajoutés à la réserve
}
credits-import-already = { $count ->
    [one] { $count } code était déjà dans la réserve, avec la même valeur et la même date d’expiration (laissé tel quel)
   *[other] { $count } codes étaient déjà dans la réserve, avec la même valeur et la même date d’expiration (laissés tels quels)
}
credits-import-refused = { $count ->
    [one] { $count } ligne refusée
   *[other] { $count } lignes refusées
}
credits-import-refused-title = Lignes refusées
credits-import-col-line = Ligne
credits-import-col-reason = Motif
credits-import-other-terms = Ce code figure déjà dans la réserve avec une autre valeur ou une autre date d’expiration ; la réserve conserve celui qu’elle a.
credits-admin-imports = Imports récents
credits-admin-import-line = { $when } : { $done } lignes sur { $total }, { $added } ajoutés

## Benefits II: the digest's period
digest-title-week = Récapitulatif Heroes, semaine du { $day }
digest-title-quarter = Récapitulatif Heroes, { $quarter }
digest-cadence-title = Fréquence
digest-cadence-label = Préparer un récapitulatif
digest-cadence-hint = La tâche prépare le récapitulatif de chaque période à sa fin ; une modification s’applique à partir de la prochaine période préparée.
digest-cadence-weekly = Chaque semaine
digest-cadence-monthly = Chaque mois
digest-cadence-quarterly = Chaque trimestre
digest-cadence-save = Enregistrer
digest-cadence-saved = La fréquence du récapitulatif est enregistrée.
credits-entry-restoration = Rétabli (le passage parmi les anciens héros a été annulé)
## Briefing files, product areas of briefings, feedback from briefings (issue 13)
briefing-files = Fichiers
briefing-files-none = Aucun fichier pour l’instant.
briefing-file-download = Télécharger { $name }
briefing-file-size-kb = { $size } Ko
briefing-file-size-mb = { $size } Mo
briefing-file-add = Ajouter un fichier
briefing-file-label = Fichier
briefing-file-hint = PDF, PNG, JPEG, WebP, PowerPoint, Word, Excel ou texte (.txt, .md, .csv) ; { $max } Mo au maximum. Le type est vérifié d’après le contenu, pas d’après le nom. Les héros admissibles le téléchargent ; chaque téléchargement est enregistré.
briefing-file-upload = Téléverser le fichier
briefing-file-remove = Supprimer
briefing-file-remove-label = Supprimer { $name }
briefing-file-empty = Choisissez un fichier qui n’est pas vide.
briefing-file-too-large = Le fichier dépasse { $max } Mo.
briefing-file-type = Ce type de fichier n’est pas accepté (d’après son contenu) : utilisez PDF, PNG, JPEG, WebP, PowerPoint, Word, Excel ou texte.
briefing-file-name = Le nom du fichier contient des caractères non autorisés (comme NUL). Renommez le fichier et réessayez.
briefing-file-unreadable = Le fichier téléversé n’a pas pu être lu. Un nom de fichier contenant des caractères de contrôle (comme NUL) est refusé : renommez le fichier et réessayez.
briefing-notice-file-added = Le fichier a été ajouté.
briefing-notice-file-removed = Le fichier a été supprimé.
briefing-viewed-file = un fichier
briefing-area = Domaine produit
briefing-field-area = Domaine produit
briefing-field-area-none = Aucun
briefing-feedback = Retours issus de ce briefing
briefing-feedback-none = Aucun retour ne mentionne encore ce briefing.
feedback-field-briefing = Issu d’un briefing
feedback-field-briefing-none = Aucun
feedback-field-briefing-hint = Facultatif : le briefing au cours duquel vous en avez pris connaissance. Seule l’équipe produit le voit.
feedback-unknown-briefing = Ce briefing n’existe pas.
feedback-from-briefing = Issu du briefing
feedback-from-briefing-hidden = un briefing (nº { $id }) que vous n’animez pas
briefing-file-feedback = Envoyer un retour sur ce briefing
admin-area-dashboard = Tableau de bord et exports
admin-area-dashboard-hint = Graphiques sur les héros, les contributions, l’activité et la sélection ; tous les héros, contributions et candidatures au format CSV ou JSON.
dashboard-title = Tableau de bord
dashboard-lead = Graphiques du programme, établis à partir de chiffres tenus à jour à chaque modification. Chaque graphique peut être affiné par spécialité, lieu et période, et téléchargé au format CSV.
dashboard-back = ← Tableau de bord
dashboard-filters = Filtrer les graphiques
dashboard-any = Tous
dashboard-from = Du mois
dashboard-to = Au mois
dashboard-period-hint = Mois au format AAAA-MM. Sans période : les douze derniers mois.
dashboard-filter = Afficher
dashboard-period = Du { $from } au { $to }
dashboard-csv = Télécharger les données (CSV)
dashboard-table-caption = Les données du graphique
dashboard-listed = { $count ->
    [one] { $count } héros à suivre
   *[other] { $count } héros à suivre
}
dashboard-more-in-csv = { $count ->
    [one] { $count } autre dans le fichier CSV.
   *[other] { $count } autres dans le fichier CSV.
}
dashboard-no-specialization = Aucune spécialité
dashboard-year = Année de première désignation
dashboard-specialization = Spécialité
dashboard-region = Région
dashboard-country = Pays
dashboard-month = Mois
dashboard-kind = Type
dashboard-hero = Héros
dashboard-heroes = Héros
dashboard-contributions = Contributions
dashboard-views = Vues
dashboard-attendees = Participants
dashboard-stars = Étoiles
dashboard-answers = Réponses
dashboard-band = Niveau
dashboard-recent = 90 derniers jours
dashboard-before = Les 90 jours précédents
dashboard-latest = Dernière contribution
dashboard-none-in-window = aucune en 180 jours
dashboard-follow-up = Héros à suivre
dashboard-band-active = Actif
dashboard-band-slowing = En baisse
dashboard-band-quiet = Discret
dashboard-band-silent = Silencieux
dashboard-cycle = Cycle
dashboard-stage-nominated = Nominées
dashboard-stage-answered = Réponse donnée
dashboard-stage-reviewed = Évaluées
dashboard-stage-decided = Décidées
dashboard-stage-announced = Annoncées
dashboard-days-to-answer = Jours jusqu’à la réponse de la personne nominée (médiane)
dashboard-days-to-decide = Jours entre la réponse et la décision (médiane)
dashboard-days-to-announce = Jours entre la décision et l’annonce (médiane)
dashboard-reviewer = Évaluateur
dashboard-assigned = Attribuées
dashboard-reviewed = Évaluées
dashboard-conflicts = Conflits déclarés
dashboard-distance = Écart moyen par rapport à la note du jury (centièmes)
dashboard-heroes-by-year = Héros par année de première désignation
dashboard-heroes-by-year-description = Les héros désignés pour la première fois chaque année de la période, répartis selon leur statut actuel : actif, ancien héros ou en pause. La longueur d’une barre correspond aux nouveaux héros de l’année.
dashboard-heroes-by-specialization = Héros par spécialité
dashboard-heroes-by-specialization-description = Héros désignés à la fin de la période dans chaque spécialité, par statut. Un héros distingué dans deux spécialités compte dans les deux.
dashboard-heroes-by-region = Héros par région
dashboard-heroes-by-region-description = Héros désignés à la fin de la période dans chaque région, par statut.
dashboard-heroes-by-country = Héros par pays
dashboard-heroes-by-country-description = Héros désignés à la fin de la période dans chaque pays, du plus grand nombre au plus petit, par statut.
dashboard-contributions-by-kind = Contributions par mois et par type
dashboard-contributions-by-kind-description = Contributions publiques publiées chaque mois de la période, par type. Un filtre de spécialité conserve celles qui y sont enregistrées ; un filtre de lieu, celles des héros qui y vivent.
dashboard-contributions-by-specialization = Contributions par mois et par spécialité
dashboard-contributions-by-specialization-description = Contributions publiques publiées chaque mois de la période, selon la spécialité dans laquelle elles ont été enregistrées.
dashboard-reach = Audience par type
dashboard-reach-description = Contributions publiques de la période et l’audience enregistrée par leurs héros (vues, participants, étoiles, réponses), par type.
dashboard-most-active = Héros les plus actifs
dashboard-most-active-description = Les vingt héros ayant le plus de contributions publiques sur la période. Un filtre de spécialité conserve les héros distingués dans celle-ci.
dashboard-activity-bands = Niveaux d’activité
dashboard-activity-bands-description = Tous les héros actifs selon leurs contributions publiques à ce jour : actif (au moins autant au cours des 90 derniers jours que lors des 90 précédents), en baisse (moins), discret (aucune au cours des 90 derniers jours, mais avant), silencieux (aucune en 180 jours). La période ne s’applique pas.
dashboard-selection-funnel = Entonnoir de sélection
dashboard-selection-funnel-description = Candidatures de chaque cycle de sélection ouvert pendant la période, selon l’étape atteinte : nominées, réponse de la personne nominée, évaluées au moins une fois, décidées, annoncées.
dashboard-selection-times = Durée de chaque étape de sélection
dashboard-selection-times-description = Nombre médian de jours entre la nomination et la réponse de la personne nominée, entre la réponse et la décision, et entre la décision et l’annonce, par cycle (0 quand rien n’est allé aussi loin).
dashboard-reviewers = Charge et concordance des évaluateurs
dashboard-reviewers-description = Par évaluateur, dans les cycles de sélection ouverts pendant la période : candidatures attribuées, évaluées, conflits déclarés, et écart entre ses notes pondérées et la moyenne du jury lorsque deux évaluateurs ou plus ont noté (plus l’écart est faible, plus la concordance est forte).
dashboard-panel-heroes = Héros
dashboard-panel-contributions = Contributions
dashboard-panel-activity = Activité et renouvellement
dashboard-panel-selection = Sélection
dashboard-panel-briefings = Briefings
dashboard-panel-feedback = Retours
dashboard-panel-credits = Crédits
dashboard-panel-events = Événements
dashboard-panel-mentoring = Mentorat
dashboard-heroes-map = Carte du monde des héros
dashboard-heroes-map-description = Héros désignés à la fin de la période dans chaque pays, représentés par un repère placé à la position moyenne des grandes villes du pays, dont la surface est proportionnelle au nombre de héros. Les pays sans ville de 100 000 habitants dans les données de la carte figurent uniquement dans le tableau. Données cartographiques : Natural Earth ; villes : GeoNames.
dashboard-renewal-readiness = Préparation au renouvellement
dashboard-renewal-readiness-description = Tous les héros actifs selon leur préparation au renouvellement à ce jour : les points que la grille publiée attribue à leurs douze derniers mois de travail, en proportion de l’objectif — prêt (100 % ou plus), proche (75–99 %), à mi-chemin (50–74 %), engagé (25–49 %), loin (moins de 25 %). La période ne s’applique pas.
dashboard-readiness-level = Préparation
dashboard-readiness-ready = Prêt
dashboard-readiness-near = Proche (75–99 %)
dashboard-readiness-halfway = À mi-chemin (50–74 %)
dashboard-readiness-started = Engagé (25–49 %)
dashboard-readiness-far = Loin (moins de 25 %)
dashboard-briefing-attendance = Présence aux briefings
dashboard-briefing-attendance-description = Briefings ayant commencé chaque mois de la période, avec les places prises, les listes d’attente et les personnes marquées présentes. Seule la période s’applique.
dashboard-briefings = Briefings
dashboard-going = Places prises
dashboard-waiting = Liste d’attente
dashboard-attended = Présents
dashboard-feedback-answer-times = Délais de réponse aux retours
dashboard-feedback-answer-times-description = Retours ouverts chaque mois de la période, ceux auxquels l’équipe a répondu, et le nombre médian de jours entiers entre l’ouverture et la première réponse. Seule la période s’applique.
dashboard-opened = Ouverts
dashboard-answered = Avec réponse
dashboard-median-days-to-answer = Jours jusqu’à la première réponse (médiane)
dashboard-credit-spend = Dépenses de crédits
dashboard-credit-spend-description = La valeur des codes de crédit attribués chaque mois de la période, selon l’objet de la demande. Une spécialité conserve les codes attribués à ce titre ; un lieu, ceux des héros qui y vivent.
dashboard-spend-workshop = Ateliers
dashboard-spend-demo = Démos et conférences
dashboard-spend-open-source = Open source
dashboard-spend-other = Autre
dashboard-spend-no-request = Sans demande
dashboard-event-attendance = Événements et fréquentation
dashboard-event-attendance-description = Événements ayant commencé chaque mois de la période (hors événements annulés), leurs places prises et les personnes enregistrées à l’entrée. Une spécialité conserve ses événements ; un lieu, les événements des groupes qui s’y trouvent.
dashboard-events = Événements
dashboard-checked-in = Enregistrés
dashboard-mentoring-matches = Mises en relation de mentorat
dashboard-mentoring-matches-description = Demandes de mentor faites chaque mois de la période, celles qui ont abouti à une mise en relation, et le nombre médian de jours entiers entre la demande et la mise en relation. Seule la période s’applique.
dashboard-requests = Demandes
dashboard-matched = Mises en relation
dashboard-median-days-to-match = Jours jusqu’à la mise en relation (médiane)
dashboard-exports = Exports de l’ensemble du programme
dashboard-exports-lead = Tous les héros avec tous leurs champs, toutes les contributions publiques, toutes les candidatures avec leur décision. Sans filtre.
export-heroes = Héros
export-contributions = Contributions
export-candidacies = Candidatures et décisions
## Community projects (issue 16)
nav-projects = Projets
projects-title = Projets communautaires
projects-lead = Des projets lancés par des héros : open source, traductions, supports d’apprentissage. Demandez à rejoindre ceux auxquels vous pouvez contribuer.
projects-start-link = Lancer un projet (héros)
projects-filters = Filtrer les projets
projects-text = Mots-clés
projects-specialization = Spécialité
projects-status = Statut
projects-any = Tous
projects-help-wanted = Uniquement les projets qui cherchent de l’aide
projects-filter = Afficher les projets
projects-count = { $count ->
    [one] Un projet
   *[other] { $count } projets
}
projects-members = { $count ->
    [one] une personne
   *[other] { $count } personnes
}
projects-feed-atom = Flux Atom de ces projets
projects-feed-json = JSON Feed de ces projets
projects-back = Tous les projets
project-status-active = Actif
project-status-looking-for-help = Cherche de l’aide
project-status-paused = En pause
project-status-done = Terminé
project-help-wanted = Aide recherchée
project-help-wanted-list = Aide recherchée : { $help }
project-help-skills = Compétences recherchées
project-help-roles = Rôles recherchés
project-site = Dépôt ou site
project-specializations = Spécialités
project-who = Qui y travaille
project-owner = responsable
project-make-owner = Nommer responsable
project-unmake-owner = Quitter le rôle de responsable
project-make-owner-label = Nommer { $name } responsable
project-unmake-owner-label = { $name } n’est plus responsable
project-requests = Demandes d’adhésion
project-no-requests = Personne n’attend.
project-accept = Accepter
project-decline = Refuser
project-accept-label = Accepter { $name }
project-decline-label = Refuser { $name }
project-contributions = Contributions à ce projet
project-no-contributions = Aucune contribution n’est encore liée à ce projet.
project-leave = Quitter ce projet
project-edit = Modifier le projet
project-waiting = Vous avez demandé à rejoindre le projet ; les responsables vous répondront.
project-join = Demander à rejoindre
project-join-message = Ce que vous aimeriez faire (facultatif)
project-join-hint = Les responsables le lisent avec votre nom et votre adresse.
project-sign-in-to-join = Connectez-vous pour demander à rejoindre le projet
project-notice-started = Votre projet est lancé. Vous en êtes responsable.
project-notice-saved = Enregistré.
project-notice-asked = Votre demande a été envoyée aux responsables.
project-notice-accepted = Acceptée : la personne est désormais membre.
project-notice-declined = Refusée.
project-notice-left = Vous avez quitté le projet.
project-notice-owners = Les responsables ont changé.
project-refusal-answered = Une réponse a déjà été donnée à cette demande.
project-refusal-member = Vous faites déjà partie de ce projet.
project-refusal-asked = Vous avez déjà demandé à rejoindre le projet ; les responsables vous répondront.
project-refusal-closed = Ce projet est terminé et n’accueille plus personne.
project-refusal-last-owner = Un projet doit toujours avoir un responsable : nommez d’abord un autre membre responsable.
project-refusal-not-member = Cette personne n’est pas membre de ce projet.
project-start-title = Lancer un projet
project-start-lead = Vous en serez responsable. D’autres demandent à le rejoindre, et vous acceptez ou refusez.
project-edit-title = Modifier { $project }
project-field-name = Nom
project-field-description = Description
project-field-description-hint = Markdown : de quoi il s’agit, à qui il s’adresse, comment aider.
project-field-url = Dépôt ou site (facultatif)
project-field-specializations = Spécialités
project-field-skills = Compétences recherchées
project-field-roles = Rôles recherchés
project-field-help-hint = Séparés par des virgules, dix au maximum.
project-field-status = Statut
project-save = Enregistrer
project-start = Lancer le projet
project-unknown-specialization = Cette spécialité ne figure pas dans la liste.
project-name-taken = Trop de projets portent ce nom ; choisissez-en un autre.
project-mail-asked-subject = { $name } demande à rejoindre { $project }
project-mail-asked-body = { $name } aimerait travailler sur { $project }. Acceptez ou refusez sur la page du projet.
project-mail-accepted-subject = Bienvenue dans { $project }
project-mail-accepted-body = Un responsable de { $project } a accepté votre demande : vous êtes désormais membre.
project-mail-declined-subject = Votre demande pour rejoindre { $project }
project-mail-declined-body = Les responsables de { $project } ont refusé votre demande cette fois-ci.
own-project = Projet
own-project-none = Aucun projet
own-project-hint = Un projet dont vous faites partie et auquel ce travail se rattache.
own-project-unknown = Choisissez un projet dont vous faites partie.
## Speaker suggestions and invitations (issue 15)
speaker-reason-topics = intervient sur { $topic }
speaker-reason-distance = { $km ->
    [0] dans la même ville
    [one] à un km
   *[other] à { $km } km
}
speaker-reason-hours = { $count ->
    [0] même fuseau horaire
    [one] à une heure du fuseau horaire de l’événement
   *[other] à { $count } heures du fuseau horaire de l’événement
}
speaker-reason-available = disponible pour intervenir
speaker-reason-spoke = { $count ->
    [one] est intervenu une fois au cours de l’année écoulée
   *[other] est intervenu { $count } fois au cours de l’année écoulée
}
speaker-account-title = Interventions
speaker-account-lead = Indiquez aux organisateurs des événements du programme si et où vous donneriez une conférence. Ils voient les héros classés comme intervenants pour leur événement, et vous répondez à chaque invitation.
speaker-account-saved = Vos préférences d’intervention sont enregistrées.
speaker-account-save = Enregistrer les préférences d’intervention
speaker-open-label = Je suis ouvert aux invitations à intervenir
speaker-topics = Les sujets dont vous aimez parler
speaker-topics-hint = Quelques mots, par exemple « Lambda, architecture orientée événements » ; ils sont comparés à l’événement.
speaker-travel-km = Distance que vous acceptez de parcourir pour un événement (km)
speaker-travel-km-hint = Laissez vide si la distance n’a pas d’importance.
speaker-remote-only-label = Uniquement des événements en ligne
speaker-languages = Langues dans lesquelles vous intervenez
speaker-languages-hint = Étiquettes de langue séparées par des virgules, par exemple « es, en ». Vide : les langues de votre profil.
speaker-invitations-heading = Invitations à intervenir
speaker-invitations-none = Aucune invitation pour l’instant.
speaker-invitation-title = Invitation à intervenir
speaker-invitation-event = Événement
speaker-invitation-state = Réponse
speaker-invitation-state-pending = en attente de réponse
speaker-invitation-state-accepted = acceptée
speaker-invitation-state-declined = déclinée
speaker-invitation-state-withdrawn = retirée
speaker-talk-title = Titre de l’intervention
speaker-message = Message
speaker-accept = Accepter et intervenir
speaker-decline = Décliner
speaker-refusal-answered = Une réponse a déjà été donnée à cette invitation.
speaker-suggestions-link = Trouver des intervenants
speaker-suggestions-title = Intervenants suggérés
speaker-suggestions-heading = Héros susceptibles d’intervenir
speaker-suggestions-none = Le travail d’aucun héros ne correspond encore au titre, à la description ou aux spécialités de cet événement.
speaker-suggestions-refresh = Suggérer de nouveau
speaker-event-languages = Langues de l’intervention
speaker-event-languages-hint = Étiquettes de langue séparées par des virgules ; par défaut, les langues les plus parlées par les héros du pays de l’événement.
speaker-invited-heading = Invités
speaker-invite = Inviter à intervenir
speaker-invite-submit = Envoyer l’invitation
speaker-choose-suggested = Choisissez l’un des héros suggérés.
speaker-already-invited = Ce héros a déjà été invité à cet événement.
speaker-notice-invited = L’invitation a été envoyée.
speaker-mail-invited-subject = { $organizer } vous invite à intervenir lors de { $event }
speaker-mail-invited-body = Bonjour { $name }, { $organizer } aimerait que vous donniez l’intervention « { $talk } » lors de { $event }.
speaker-mail-invited-answer = Ouvrez l’invitation pour l’accepter ou la décliner.
speaker-mail-accepted-subject = { $hero } interviendra lors de { $event }
speaker-mail-accepted-body = Bonjour { $name }, { $hero } a accepté votre invitation à donner « { $talk } » lors de { $event } et figure désormais parmi les intervenants.
speaker-mail-declined-subject = { $hero } ne peut pas intervenir lors de { $event }
speaker-mail-declined-body = Bonjour { $name }, { $hero } a décliné votre invitation à donner « { $talk } » lors de { $event }.

## Leaders' mail to their group's members (issue 15)
group-mail-title = Écrire aux membres
group-mail-lead = Tous les membres reçoivent l’e-mail, sauf ceux qui se sont désabonnés des e-mails de ce groupe ; chaque e-mail contient un lien de désabonnement en un clic.
group-mail-limit = { $count ->
    [one] Un groupe peut envoyer un e-mail tous les { $days } jours.
   *[other] Un groupe peut envoyer { $count } e-mails tous les { $days } jours.
}
group-mail-subject = Objet
group-mail-body = Message
group-mail-send = Envoyer aux membres
group-mail-sent = { $count ->
    [one] L’e-mail a été mis en file d’attente pour un membre.
   *[other] L’e-mail a été mis en file d’attente pour { $count } membres.
}
group-mail-sent-heading = E-mails envoyés
group-mail-recipients = { $count ->
    [one] un membre
   *[other] { $count } membres
}
group-mail-limited = Ce groupe a envoyé autant d’e-mails qu’il le peut pour le moment. { $limit } Le prochain pourra partir le { $next }.
group-mail-from = { $name } a écrit ce message aux membres de { $group }.
group-mail-open-group = Ouvrir le groupe
group-mail-footer = Vous recevez cet e-mail en tant que membre du groupe. Se désabonner de ses e-mails : { $link }
group-unsubscribe-title = Se désabonner des e-mails de ce groupe
group-unsubscribe-body = Vous restez membre ; les responsables du groupe ne vous enverront plus d’e-mails.
group-unsubscribe-action = Se désabonner
group-unsubscribed-title = Désabonnement effectué
group-unsubscribed = Vous ne recevrez plus d’e-mails des responsables de ce groupe.
list-text-filter = Mots du nom ou de la description

## Added later: webhooks, the language switcher, validation messages, candidates, time zones, Latin spellings
status-candidate = Candidat, pas encore public
language-switcher-label = Langue du site
language-switcher-submit = Changer
language-unknown-title = Langue non disponible
language-unknown-body = Il n’y a aucune page en « { $tag } ». Choisissez une langue dans la liste.
language-back = Retour
account-language-heading = Langue
account-language-label = Langue des pages et des e-mails
account-language-browser = Selon la demande de mon navigateur
account-language-hint = Les e-mails qui vous sont adressés sont aussi rédigés dans cette langue.
account-language-submit = Enregistrer la langue
account-language-saved = Votre langue a été enregistrée.
account-language-unknown = Choisissez une langue dans la liste.
expected-4-100-printable-characters = 4 à 100 caractères imprimables sans espace
expected-8-64-letters-digits = 8 à 64 lettres, chiffres, - ou _
expected-acknowledge-plan-start-ship = acknowledge, plan, start, ship, decline ou duplicate
expected-active-alumni-leave = active, alumni ou on-leave
expected-active-dormant-closed = active, dormant ou closed
expected-active-looking-help-paused = active, looking-for-help, paused ou done
expected-address-someone-other-yourself = l’adresse d’une autre personne que vous
expected-americas-emea-apj = americas, emea ou apj
expected-among-channels-hero-asked = l’un des canaux demandés par le héros
expected-blog-github-x-linkedin = blog, github, x, linkedin, youtube, mastodon, bluesky ou website
expected-bug-feature-request-documentation = bug, feature-request, documentation ou other
expected-calls-code-review-career = calls, code-review ou career
expected-co-speaker-reviewer-venue = co-speaker, reviewer, venue ou other
expected-contribution-kind-blog-post = un type de contribution tel que blog-post, talk ou video
expected-country-code = un code pays ISO 3166-1 alpha-2 tel que DE ou JP
expected-criterion-line-name-weight = un critère par ligne : nom | coefficient | ce que signifient les notes 1, 2, 3, 4 et 5
expected-date-2026-03-14 = une date comme 2026-03-14
expected-date-2027-03-28 = une date telle que 2027-03-28
expected-date-after-opening-date = une date égale ou postérieure à la date d’ouverture
expected-date-between-1990-year = une date à partir de 1990 et au plus tard dans un an
expected-date-since-1970-not = une date à partir de 1970 et non future, par exemple 2019-05-14
expected-date-since-mentorship-began = une date à partir du début du mentorat, non future
expected-date-time-2027-03 = une date et une heure telles que 2027-03-28T18:30
expected-date-yyyy-mm-dd = une date au format AAAA-MM-JJ
expected-day-after-first-most = un jour égal ou postérieur au premier, au plus 60 jours plus tard
expected-deadline-later-start = une date limite qui ne dépasse pas le début
expected-degrees-52-52-latitude = des degrés, par exemple 52.52 (latitude) et 13.40 (longitude)
expected-email-address-name-example = une adresse e-mail comme nom@example.org
expected-empty-kind-contribution = une valeur vide pour ce type de contribution
expected-end-after-start = une fin postérieure au début
expected-http-https-address = une adresse http:// ou https://
expected-webhook-address = une adresse http:// ou https:// sans nom d'utilisateur ni mot de passe
expected-webhook-events = au moins un événement
expected-iana-time-zone-europe = un fuseau horaire IANA tel que Europe/Berlin
expected-language-codes-en-de = des codes de langue tels que en, de ou pt-BR
expected-line-character = une seule ligne sans le caractère |
expected-listed-purposes = l’un des usages proposés
expected-lowercase-letters-digits-single = des lettres minuscules, des chiffres et des traits d’union simples (64 au maximum)
expected-meetup-conference-workshop-online = meetup, conference, workshop ou online-session
expected-most-10-criteria = 10 critères au maximum
expected-most-10-links = 10 liens au maximum
expected-most-link-kind = au plus un lien de chaque type
expected-name-other-criterion-has = un nom qu’aucun autre critère ne porte
expected-online-link-venue-both = un lien en ligne ou un lieu (ou les deux)
expected-password-not-your-email = un mot de passe qui n’est ni votre adresse e-mail ni un mot de passe courant
expected-phone-number-49-30 = un numéro de téléphone tel que +49 30 1234567
expected-public-members-heroes-staff = public, members, heroes ou staff
expected-read-write = read ou write
expected-rose-amber-blue-violet = l’une des valeurs rose, amber, blue, violet, teal, green, red, navy
expected-selection-renewal = selection ou renewal
expected-speaker-line-name-hero = un intervenant par ligne : nom ou adresse du héros | titre de la conférence
expected-specialization-most-once = chaque spécialité une seule fois au plus
expected-specializations-all-heroes-named = des spécialités, tous les héros ou des héros nommés
expected-spotlight-digest-social = spotlight, digest ou social
expected-staff-reviewer-admin = l’une des valeurs staff, reviewer, admin
expected-tags-lowercase-letters-digits = des tags composés de lettres minuscules, de chiffres et de traits d’union
expected-text-control-characters-unicode = un texte sans caractères de contrôle ni non-caractères Unicode
expected-three-fields-code-value = trois champs : code,value,expiry
expected-time-after-start-most = une heure postérieure au début, au plus 60 jours plus tard
expected-time-exists-chosen-time = une heure qui existe dans le fuseau horaire choisi (les horloges sautent cette heure-là)
expected-time-future = une heure dans le futur
expected-time-still-come = une heure encore à venir
expected-today-later-day-within = aujourd’hui ou un jour ultérieur dans l’année qui vient
expected-up-down = up ou down
expected-venue-online-link-both = un lieu, un lien en ligne, ou les deux
expected-weekly-monthly-quarterly = weekly, monthly ou quarterly
expected-whole-number = un nombre entier
expected-whole-number-weight-between = un coefficient entier compris entre 1 et 100
role-candidate = Candidat accepté
field-latin-name = Nom en caractères latins
field-latin-name-hint = Facultatif. L’orthographe de votre nom en caractères latins, s’il s’écrit dans une autre écriture (Yamada Tarō pour 山田太郎) : affichée sous votre nom et trouvée par la recherche.
answer-complete-profile = Complétez votre profil de héros
admin-area-webhooks = Webhooks
admin-area-webhooks-hint = Prévenir d’autres systèmes lorsque des héros sont annoncés, passent parmi les anciens héros, modifient leur profil ou publient.
admin-webhooks-title = Webhooks
admin-webhooks-lead = Chaque point de terminaison reçoit les événements auxquels il est abonné sous forme de JSON signé, avec de nouvelles tentatives à intervalle croissant en cas d’échec.
admin-webhooks-none = Aucun point de terminaison n’est enregistré.
admin-webhooks-url = Adresse
admin-webhooks-url-hint = Une adresse http:// ou https:// que le programme peut joindre depuis Internet, sans nom d’utilisateur ni mot de passe.
admin-webhooks-url-private = Cette adresse pointe vers un réseau privé ou de bouclage, vers lequel le programme n’envoie rien.
admin-webhooks-events = Événements
admin-webhooks-events-needed = Choisissez au moins un événement.
admin-webhooks-event-hero-announced = un nouveau héros est annoncé
admin-webhooks-event-hero-moved-to-alumni = un héros passe parmi les anciens héros
admin-webhooks-event-hero-profile-changed = un héros modifie son profil public
admin-webhooks-event-contribution-published = une contribution publique est enregistrée
admin-webhooks-description = Description
admin-webhooks-active = Actif (les envois d’un point de terminaison en pause restent en attente)
admin-webhooks-state = État
admin-webhooks-state-active = Actif
admin-webhooks-state-paused = En pause
admin-webhooks-waiting = En attente
admin-webhooks-failed = En échec
admin-webhooks-new = Nouveau point de terminaison
admin-webhooks-add = Ajouter le point de terminaison
admin-webhooks-too-many = Vous pouvez enregistrer au maximum { $max } points de terminaison. Supprimez-en d’abord un.
admin-webhooks-created = Point de terminaison ajouté.
admin-webhooks-removed = Point de terminaison supprimé.
admin-webhooks-saved = Enregistré.
admin-webhooks-rotated = Un nouveau secret a été créé ; l’ancien ne signe plus les envois.
admin-webhooks-ping-queued = Un ping de test est en route.
admin-webhooks-replay-queued = L’envoi sera renvoyé.
admin-webhooks-back = Tous les webhooks
admin-webhooks-endpoint-title = Point de terminaison du webhook
admin-webhooks-secret = Secret de signature
admin-webhooks-secret-once = Copiez ce secret maintenant : il ne s’affiche qu’une seule fois. Utilisez-le pour vérifier l’en-tête Heroes-Signature de chaque envoi.
admin-webhooks-settings = Paramètres
admin-webhooks-save = Enregistrer
admin-webhooks-ping = Envoyer un ping de test
admin-webhooks-rotate = Créer un nouveau secret
admin-webhooks-remove = Supprimer le point de terminaison
admin-webhooks-deliveries = Envois
admin-webhooks-no-deliveries = Rien n’a encore été envoyé à ce point de terminaison.
admin-webhooks-delivery = envoi { $id }
admin-webhooks-delivery-pending = en attente
admin-webhooks-delivery-delivered = distribué
admin-webhooks-delivery-failed = en échec
admin-webhooks-delivery-skipped = ignoré (n’est plus public)
admin-webhooks-next = prochaine tentative { $at }
admin-webhooks-replay = Renvoyer
admin-webhooks-replay-label = Renvoyer l’envoi { $id }
admin-webhooks-attempts-label = Tentatives de l’envoi { $id }
admin-webhooks-attempt-at = Quand (UTC)
admin-webhooks-attempt-status = Statut
admin-webhooks-attempt-duration = Durée
admin-webhooks-attempt-answer = Réponse ou erreur
admin-webhooks-ms = { $ms } ms
# $there: the time where it happens, with its zone; $here: the same moment in the reader's zone.
time-two-zones = { $there } · { $here } pour vous
# The reader's zone is unknown, so the second time is UTC (named in $here), not "for you".
time-two-zones-utc = { $there } · { $here }
time-zone-title = Fuseau horaire
time-zone-lead = Toutes les dates et heures de ces pages sont affichées dans ce fuseau.
time-zone-saved = Votre fuseau horaire a été enregistré.
# $time: the date and time now, as these pages show it.
time-zone-now = Date et heure actuelles : { $time }.
time-zone-default = Non choisi : le fuseau de votre navigateur, ou UTC
# $zone: the IANA name of the zone on the person's hero profile.
time-zone-default-hero = Non choisi : le fuseau de votre profil ({ $zone })
time-zone-hint = Les événements et les briefings indiquent aussi leur propre fuseau.
time-zone-submit = Enregistrer le fuseau horaire
candidate-banner-title = Votre profil devient public le { $date }
candidate-banner-lead = D’ici là, vous seul voyez votre profil de héros et vos contributions. Complétez-le dès maintenant pour qu’il soit prêt le jour venu.
candidate-banner-missing = Il manque encore :
candidate-banner-complete = Tout est en place : votre biographie, votre photo, vos liens et vos contributions.
candidate-missing-bio = une biographie qui dit ce que vous faites
candidate-missing-photo = une photo
candidate-missing-links = des liens vers votre blog, GitHub ou d’autres profils
candidate-missing-contributions = vos contributions des douze derniers mois
candidate-banner-edit = Modifier votre profil et votre photo
candidate-banner-contributions = Ajouter des contributions
candidate-banner-sources = Ajouter des sources
candidate-banner-preview = Aperçu de votre page
candidate-preview-notice = Aperçu : cette page n’est pas encore publique. Les visiteurs voient « Page introuvable » jusqu’à l’annonce.
admin-candidate-record = Fiche de héros préparée (non publique avant l’annonce)
