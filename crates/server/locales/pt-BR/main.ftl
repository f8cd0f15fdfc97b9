# English (reference catalog). Message ids are named by meaning, not by their English text.

site-name = Heroes
site-tagline = Os especialistas da comunidade que compartilham o que sabem: encontre palestrantes, mentores ou autores perto de você.

nav-label = Principal
nav-skip = Pular para o conteúdo
nav-heroes = Heróis
nav-specializations = Especializações
nav-contributions = Contribuições
nav-api = API

footer-about = Os heróis são especialistas da comunidade reconhecidos por compartilhar conhecimento por meio de palestras, artigos, vídeos, código aberto, respostas e mentoria.
footer-feed-atom = Feed Atom
footer-feed-json = JSON Feed
footer-api = API
footer-sitemap = Mapa do site

feed-all-title = Contribuições mais recentes de todos os heróis

error-not-found-title = Página não encontrada
error-not-found-body = Não encontramos essa página. Ela pode ter sido movida, ou o endereço pode estar digitado errado.
error-internal-title = Algo deu errado
error-internal-body = Ocorreu um erro do nosso lado e ele foi registrado. Tente novamente em instantes.
error-go-home = Ir para a página inicial
error-go-directory = Navegar pelo diretório

home-title = Conheça os especialistas que fortalecem toda a comunidade
home-lead = Os heróis são profissionais reconhecidos por irem além: palestram em conferências e grupos de usuários, publicam guias práticos, respondem perguntas, criam código aberto e são mentores da próxima geração.
home-stats-heroes = { $count ->
    [one] { $count } herói ativo
   *[other] { $count } heróis ativos
}
home-stats-countries = { $count ->
    [one] em { $count } país
   *[other] em { $count } países
}
home-what-title = O que é um herói?
home-what-body = Um herói é indicado por colegas ou membros da comunidade e selecionado pelo conhecimento que compartilha e pelas pessoas que ajuda. Os heróis são agrupados por especialização, formam uma rede global, recebem briefings antecipados e acesso às equipes de produto, e usam isso para ajudar todo mundo a aprender mais rápido. Eles:
home-what-speak = palestram em conferências e grupos de usuários,
home-what-write = publicam conteúdo prático e artigos técnicos,
home-what-answer = respondem perguntas e ajudam pessoas online,
home-what-mentor = são mentores de outras pessoas e fazem as comunidades locais crescerem.
home-specializations-title = Especializações
home-featured-title = Alguns dos nossos heróis
home-featured-all = Ver todos os heróis
home-latest-title = Contribuições mais recentes
home-latest-all = Ver todas as contribuições
home-nominate-title = Conhece alguém que deveria ser herói?
home-nominate-body = Qualquer pessoa da comunidade pode indicar alguém cujas palestras, textos, código ou mentoria fizeram diferença. As indicações abrem a cada ciclo de seleção; quem indica e quem é indicado pode acompanhar cada etapa.

specialization-hero-count = { $count ->
    [0] nenhum herói ainda
    [one] { $count } herói
   *[other] { $count } heróis
}

card-specializations = Especializações
card-hero-since = Herói desde { $year }

status-active = Ativo
status-alumni = Ex-herói
status-on-leave = Afastado

region-americas = Américas
region-emea = Europa, Oriente Médio e África
region-apj = Ásia-Pacífico e Japão

kind-blog-post = Post de blog
kind-article = Artigo
kind-video = Vídeo
kind-talk = Palestra
kind-workshop = Workshop
kind-podcast = Podcast
kind-book = Livro
kind-open-source = Código aberto
kind-code-sample = Exemplo de código
kind-online-answers = Respostas online
kind-user-group = Grupo de usuários
kind-mentoring = Mentoria
kind-other = Outro

link-blog = Blog
link-github = GitHub
link-x = X
link-linkedin = LinkedIn
link-youtube = YouTube
link-mastodon = Mastodon
link-bluesky = Bluesky
link-website = Site

directory-search-label = Buscar heróis
directory-search-placeholder = Nome, tema, empresa ou cidade
directory-search-button = Buscar
directory-title = Diretório de heróis
directory-title-search = Heróis que correspondem a “{ $text }”
directory-sort-label = Ordenar por
directory-sort-relevance = Mais relevantes
directory-sort-name = Nome (A–Z)
directory-sort-newest = Heróis mais recentes
directory-filters = Filtros
directory-filter-specialization = Especialização
directory-filter-region = Região
directory-filter-country = País
directory-filter-status = Status
directory-filter-since = Herói desde
directory-status-active = Heróis atuais
directory-status-alumni = Ex-heróis
directory-status-all = Todos
directory-since-any = Qualquer ano
directory-apply = Aplicar filtros
directory-ignored = Ignoramos { $parameter } = “{ $value }” porque não é um valor que conhecemos; os resultados abaixo são exibidos sem ele.
directory-count-none = Nenhum herói corresponde.
directory-count = { $total ->
    [one] Exibindo o único herói correspondente
   *[other] Exibindo { $first }–{ $last } de { $total } heróis
}
directory-active-filters = Filtros ativos
directory-remove-filter = Remover filtro: { $filter }
directory-clear-all = Limpar todos os filtros
directory-chip-search = Busca: { $text }
directory-empty-title = Nenhum herói corresponde a esses filtros
directory-empty-body = Tente menos palavras, outra grafia ou remova um filtro. A busca inclui nomes, empresas, cidades e títulos de palestras e artigos.
directory-empty-page-title = Esta página está além do fim
directory-empty-page-body = { $pages ->
    [one] Os resultados cabem em uma página.
   *[other] Os resultados cabem em { $pages } páginas.
}
directory-go-last-page = Ir para a última página
directory-go-first-page = Ir para a primeira página

# The directory as people meet it: filters folded on a phone, countries in a menu, counts
# through plural rules, and a search that finds only the other status says so.
directory-filters-summary = { $count ->
    [0] Filtros
    [one] Filtros · um selecionado
   *[other] Filtros · { $count } selecionados
}
directory-country-any = Qualquer país
directory-country-add = Adicionar um país
directory-option-count = { $name } ({ $count })
directory-count-past-end = { $total ->
    [one] Um herói corresponde.
   *[other] { $total } heróis correspondem.
}
directory-only-alumni-match = { $count ->
    [one] Nenhum herói atual corresponde, mas um dos nossos ex-heróis sim.
   *[other] Nenhum herói atual corresponde, mas { $count } dos nossos ex-heróis sim.
}
directory-show-alumni = { $count ->
    [one] Mostrar o ex-herói
   *[other] Mostrar os { $count } ex-heróis
}
directory-only-current-match = { $count ->
    [one] Nenhum ex-herói corresponde, mas um herói atual sim.
   *[other] Nenhum ex-herói corresponde, mas { $count } heróis atuais sim.
}
directory-show-current = { $count ->
    [one] Mostrar o herói atual
   *[other] Mostrar os { $count } heróis atuais
}

pagination-label = Páginas
pagination-previous = ← Anterior
pagination-next = Próxima →
pagination-position = Página { $page } de { $pages }

profile-back = ← Todos os heróis
profile-feed-title = Contribuições de { $name }
profile-photo-alt = Foto de { $name }
profile-award-since = desde { $year }
profile-about = Sobre
profile-hero-since = Herói desde
profile-languages = Idiomas
profile-timezone = Fuso horário
profile-local-time = Horário local
profile-links = Em outros lugares
profile-recent = Contribuições recentes
profile-no-contributions = Ainda não há contribuições públicas.
profile-all-contributions = Ver todas as contribuições
profile-feed = Acompanhar estas contribuições (feed Atom)

stream-title = Contribuições
stream-lead = Palestras, artigos, vídeos, código aberto e mais de todos os heróis, das mais recentes às mais antigas.
stream-filter-kind = Tipo
stream-feed = Feed Atom desta visualização
# Before the sites a contribution was also published on: "also on dev.to, medium.com".
contribution-also-on = também em
stream-count = { $total ->
    [one] { $total } contribuição
   *[other] { $total } contribuições
}
stream-empty-title = Nenhuma contribuição corresponde a esses filtros

specializations-title = Especializações
specializations-lead = Os heróis são reconhecidos em uma ou mais áreas técnicas. Cada área tem seus próprios heróis, feed e página.
specialization-heading = Heróis de { $name }
specialization-retired = Esta especialização foi descontinuada: ela mantém seu histórico, mas não recebe mais novos heróis.
specialization-all-heroes = Ver todos no diretório

api-docs-title = Documentação da API
api-docs-lead = Uma API JSON somente leitura sobre o diretório público. Não precisa de chave; as respostas trazem ETags e os erros são documentos de problema RFC 9457.
api-docs-openapi = Documento OpenAPI 3.1
api-docs-parameter = Parâmetro
api-docs-meaning = Significado

nav-account = Conta
nav-account-of = Sua conta ({ $name })
nav-unread = { $count ->
        [one] 1 não lida
       *[other] { $count } não lidas
    }
nav-sign-in = Entrar
nav-sign-out = Sair

error-forbidden-title = Não disponível para esta conta
error-forbidden-body = Você está conectado, mas esta página pertence a uma função que sua conta não tem. Se você acha que deveria ter, fale com a equipe do programa.

problem-empty = Preencha este campo.
problem-too-long = Use no máximo { $max } caracteres.
problem-too-short = Use pelo menos { $min } caracteres.
problem-invalid = Informe { $expected }.
problem-out-of-range = Use um número de { $min } a { $max }.
problem-year-out-of-range = Informe um ano de { $min } a { $max }.
form-has-errors = Alguns campos precisam de revisão; tudo o que você digitou continua aqui.

field-name = Nome
field-email = Endereço de e-mail
field-password = Senha
field-password-hint = Pelo menos 10 caracteres, diferente do seu e-mail e que não seja uma senha comum. Uma frase curta funciona bem.
field-current-password = Senha atual
field-new-password = Nova senha
field-new-email = Novo endereço de e-mail

signup-title = Criar uma conta
signup-lead = Com uma conta, você pode indicar especialistas, participar de grupos de usuários e, como herói, manter sua página atualizada.
signup-submit = Criar conta
signup-have-account = Já tem uma conta?
signup-sent-title = Confira seu e-mail
signup-sent-body = Enviamos um link para { $email }. Abra-o para confirmar seu endereço e depois entre. O link vale por três dias.

verify-done-title = Seu endereço foi confirmado
verify-done-body = Obrigado. Você já pode entrar.
link-invalid-title = Este link não funciona mais
link-invalid-body = Ele já foi usado, expirou ou foi copiado pela metade. Peça um novo abaixo.

login-title = Entrar
login-submit = Entrar
login-no-account = Novo por aqui?
login-failed = Esse e-mail e essa senha não correspondem a uma conta com a qual seja possível entrar agora. Confira os dois ou redefina sua senha por e-mail (isso também desbloqueia uma conta bloqueada após muitas tentativas).
login-throttled = Muitas tentativas de login sem sucesso a partir da sua rede. Aguarde quinze minutos ou redefina sua senha por e-mail.
login-unverified = Primeiro confirme seu endereço de e-mail: abra o link que enviamos. Perdeu o e-mail? Use “Esqueceu sua senha?” abaixo e o novo link também confirma seu endereço.
signed-out = Você saiu da sua conta.

forgot-title = Esqueceu sua senha?
forgot-lead = Informe o endereço da sua conta e enviaremos um link para você escolher uma nova senha.
forgot-submit = Enviar o link
forgot-sent-title = Confira seu e-mail
forgot-sent-body = Se { $email } pertencer a uma conta, um link para escolher uma nova senha está a caminho. Ele vale por uma hora.

reset-title = Escolha uma nova senha
reset-submit = Salvar a nova senha
reset-done = Sua senha foi alterada e todas as outras sessões foram encerradas. Entre com a nova senha.

account-title = Sua conta
account-roles = Funções
account-hero-page = Sua página de herói
account-sections-label = Páginas da sua conta
account-section-hero = Sua página de herói
account-section-benefits = Benefícios
account-section-community = Comunidade
account-section-team = Equipe do programa
account-section-account = Conta e segurança
account-back = Voltar para sua conta
account-password-heading = Alterar sua senha
account-password-submit = Alterar senha
account-password-changed = Sua senha foi alterada. Todos os outros navegadores conectados à sua conta foram desconectados.
account-current-password-wrong = Esta não é sua senha atual.
account-email-heading = Alterar seu endereço de e-mail
account-email-submit = Enviar um link de confirmação
account-email-sent-title = Confirme o novo endereço
account-email-sent-body = Enviamos um link para { $email }. Seu endereço muda quando você abrir o link (em até um dia).
account-email-changed-title = Seu endereço de e-mail foi alterado
account-email-changed-body = A partir de agora, você entra com { $email }.
account-email-taken-title = Esse endereço já está em uso
account-email-taken-body = Outra conta passou a usar esse endereço nesse meio-tempo, então o seu continua como estava.
account-sessions-heading = Onde você está conectado
account-other-sessions = { $count ->
    [0] Este é o único navegador conectado à sua conta.
    [one] Outro navegador está conectado à sua conta.
   *[other] Outros { $count } navegadores estão conectados à sua conta.
}
account-sessions-ended = Todos os outros navegadores foram desconectados.
account-end-others = Sair de todos os outros lugares

role-member = Membro
role-hero = Herói
role-alumni = Ex-herói
role-staff = Equipe
role-reviewer = Avaliador
role-admin = Administrador

admin-older = Entradas mais antigas
admin-outbox-title = Caixa de saída
admin-outbox-lead-smtp = Todos os e-mails que o programa enviou ou está prestes a enviar, dos mais recentes aos mais antigos. Há um servidor SMTP configurado: os e-mails são entregues em segundos.
admin-outbox-lead-none = Todos os e-mails que o programa escreveu, dos mais recentes aos mais antigos. Nenhum servidor SMTP está configurado, então os e-mails ficam aqui (inicie o `heroes` com --smtp-url para entregá-los).
admin-outbox-empty = Nenhum e-mail ainda.
admin-outbox-to = Para
admin-outbox-sent = enviado { $at }
admin-outbox-failed = ainda não entregue: { $error }
admin-outbox-pending = aguardando entrega
admin-audit-title = Registro de auditoria
admin-audit-lead = Todas as ações privilegiadas ou relevantes para a segurança, das mais recentes às mais antigas. As entradas não podem ser alteradas nem removidas.
admin-audit-when = Quando (UTC)
admin-audit-who = Quem
admin-audit-what = O quê
admin-audit-target = Referente a
admin-audit-from = De

mail-greeting = Olá, { $name },
mail-footer = Você está recebendo este e-mail porque alguém usou este endereço no site Heroes. Se não foi você, ignore-o: nada muda.
mail-verify-subject = Confirme seu endereço de e-mail
mail-verify-body = Confirme que este é o seu endereço para que você possa entrar.
mail-verify-action = Confirmar meu endereço
mail-reset-subject = Escolha uma nova senha
mail-reset-body = Alguém (esperamos que você) pediu para redefinir a senha da sua conta. O link funciona uma vez, por uma hora.
mail-reset-action = Escolher uma nova senha
mail-change-email-subject = Confirme seu novo endereço de e-mail
mail-change-email-body = Abra o link para tornar { $email } o endereço da sua conta.
mail-change-email-action = Confirmar o novo endereço
mail-exists-subject = Você já tem uma conta
mail-exists-body = Alguém tentou criar uma conta com este endereço, que já tem uma. Se foi você, entre, ou escolha uma nova senha se a esqueceu.
mail-exists-action = Redefinir minha senha

profile-edit-title = Editar seu perfil
profile-edit-lead = O que você alterar aqui aparece na hora no diretório e na sua página.
profile-edit-view = Ver sua página
profile-edit-saved = Salvo. Sua página já mostra as alterações.
profile-edit-card = Seu cartão
profile-edit-about = Sobre você
profile-edit-submit = Salvar perfil
profile-edit-submit-hint = Salva todas as seções de uma vez; o botão fica sempre ao alcance enquanto você rola a página.
field-display-name = Nome exibido
field-headline = Título
field-company = Empresa
field-city = Cidade
field-country = País
field-photo-url = Endereço da foto
field-bio = Bio
field-bio-hint = Markdown: **negrito**, _itálico_, [links](https://example.org), listas. O HTML é removido.
field-languages = Idiomas
field-languages-hint = Outros idiomas como códigos separados por vírgulas, como sw, pt-BR ou zh-Hant.
field-languages-other = Outros idiomas
field-timezone = Fuso horário
field-timezone-hint = Sua página mostra seu horário local neste fuso.
zone-region-africa = África
zone-region-america = América
zone-region-antarctica = Antártida
zone-region-asia = Ásia
zone-region-atlantic = Atlântico
zone-region-australia = Austrália
zone-region-europe = Europa
zone-region-indian = Oceano Índico
zone-region-pacific = Pacífico
field-timezone-none = Não exibido

tokens-title = Tokens de API
tokens-lead = Tokens pessoais permitem que seus scripts usem a API JSON em seu nome. Envie um como "Authorization: Bearer TOKEN". Um token de leitura só lê; um token de escrita também pode alterar seu perfil.
tokens-created = Seu novo token. Copie-o agora: ele só é exibido desta vez, e guardamos apenas uma impressão digital dele.
tokens-new = Novo token
tokens-name = Nome
tokens-scope = Escopo
tokens-scope-read = Leitura: ver sua conta e seu perfil
tokens-scope-write = Escrita: também alterar seu perfil
tokens-create = Criar token
tokens-yours = Seus tokens
tokens-none = Você não tem tokens.
tokens-created-at = Criado em
tokens-last-used = Último uso
tokens-never = nunca
tokens-revoke = Revogar
account-tokens-link = Tokens de API

account-export = Baixar todos os seus dados (JSON)
account-delete-link = Excluir sua conta
delete-title = Excluir sua conta
delete-lead = Isso não pode ser desfeito. Leia o que acontece e depois confirme com sua senha.
delete-erased-heading = Apagado imediatamente
delete-erased-account = Sua conta: nome, endereço de e-mail, senha, funções e tokens de API.
delete-erased-sessions = Todas as sessões: você é desconectado de todos os lugares.
delete-erased-mail = Todos os e-mails que enviamos para você e os endereços de rede registrados com suas ações.
delete-erased-hero = Sua página de herói, com seus links, especializações e contribuições: ela desaparece do diretório, dos feeds e da API.
delete-kept-heading = Mantido, sem o seu nome
delete-kept-audit = O registro de auditoria do programa mantém o histórico do que aconteceu (por exemplo, “função concedida”), como exigido para seus registros; ele se refere a você apenas como “conta excluída” com um número.
delete-export-first = Talvez você queira uma cópia antes:
delete-submit = Excluir minha conta
delete-done-title = Sua conta foi excluída
delete-done-body = Tudo o que foi listado foi apagado. Obrigado por fazer parte do programa.
profile-contact = Contato
profile-contact-hint = Como as pessoas podem falar com você e quem pode ver cada informação. Seu endereço de login nunca é exibido.
profile-contact-visible-to = { $contact }: quem vê
contact-email = E-mail para convites
contact-phone = Telefone
visibility-public = Todos
visibility-members = Membros conectados
visibility-heroes = Heróis e a equipe do programa
visibility-staff = Somente a equipe do programa
photo-label = Foto
photo-current = Sua foto como aparece no diretório e na sua página.
photo-hint = JPEG, PNG ou WebP de até 5 MB. Nós a redimensionamos para 512 pixels e removemos tudo o que está oculto no arquivo (câmera, localização).
photo-upload = Enviar foto
photo-remove = Remover a foto
photo-missing = Primeiro escolha um arquivo de imagem.
photo-too-large = Este arquivo tem mais de 5 MB. Escolha um menor.
photo-unreadable = Este arquivo não é uma imagem JPEG, PNG ou WebP que conseguimos ler.
photo-too-small = Esta imagem é menor que 64 × 64 pixels; ela ficaria borrada.
error-too-large-title = Foi muita coisa de uma vez
error-too-large-body = O que você enviou é maior do que o Heroes aceita (8 MB). Volte e envie algo menor.
sso-button = Equipe do programa: entre com sua conta da empresa
sso-refused-title = O login único não foi concluído
sso-refused-browser = Este login foi iniciado em outro navegador ou já foi usado. Comece de novo pela página de login.
sso-refused-expired = Este login demorou demais ou já foi concluído. Comece de novo pela página de login.
sso-refused-denied = O login foi cancelado na página de login da sua empresa.
sso-provider-trouble = O serviço de login da sua empresa não respondeu como esperado. Tente novamente em instantes; se continuar acontecendo, avise a equipe do programa.

own-title = Suas contribuições
own-lead = Tudo o que você registrou, incluindo itens privados. Os itens públicos aparecem na sua página, no fluxo de conteúdo e nos feeds.
own-add = Adicionar uma contribuição
own-edit-title = Alterar uma contribuição
own-empty = Nada registrado ainda.
own-added = Adicionada.
own-saved = Salva.
own-deleted = Excluída.
own-col-title = Título
own-col-date = Data
own-col-actions = Ações
own-private = privada
own-edit = Alterar
own-delete = Excluir
own-export-csv = Baixar como CSV
own-export-json = Baixar como JSON
own-kind-hint = Os números de alcance disponíveis dependem do tipo.
own-kind-refresh = Mostrar os campos deste tipo
own-url = Endereço (URL)
own-url-taken = Você já registrou uma contribuição com este endereço.
own-specialization = Especialização
own-specialization-none = Nenhuma em particular
own-specialization-unknown = Escolha uma das especializações listadas.
own-reach-views = Visualizações, reproduções ou downloads
own-reach-attendees = Participantes
own-reach-stars = Estrelas
own-reach-answers = Perguntas respondidas
own-tags = Tags
own-tags-hint = Até 10, separadas por vírgulas, como serverless, event-driven.
own-description = Descrição
own-private-label = Privada: conta para você, nunca é exibida publicamente
own-save = Salvar
own-cancel = Cancelar
account-contributions-link = Suas contribuições
own-imported = { $added ->
    [one] { $added } nova contribuição importada
   *[other] { $added } novas contribuições importadas
}; { $skipped } que já estavam no seu registro foram mantidas como estavam.
own-import-label = Importar um arquivo
own-import-hint = CSV ou JSON no formato dos downloads acima. Tudo é verificado antes: ou todas as linhas são adicionadas, ou nenhuma é, e cada problema é listado.
own-import-submit = Importar
own-import-refused = Nada foi importado:
own-import-missing = Primeiro escolha um arquivo CSV ou JSON.
own-import-too-large = O arquivo tem mais de 4 MB; divida-o em partes.
own-import-unreadable = Não é possível ler o arquivo: { $reason }.
own-import-row = Linha { $row }, { $field }: { $problem }
own-import-unknown-specialization = Não existe a especialização “{ $value }”.

sources-title = Onde você publica
sources-lead = Adicione os feeds do seu blog, canal do YouTube ou podcast e sua conta do GitHub. O Heroes verifica tudo { $minutes ->
        [60] a cada hora
        [1] a cada minuto
       *[other] a cada { $minutes } minutos
    } e sugere o que há de novo para o seu registro, para você nunca mais preencher um formulário de atividades.
sources-none = Nenhuma fonte ainda.
sources-added = Adicionada. A primeira verificação acontece em até um minuto.
sources-polling = O Heroes vai verificá-la de novo em até um minuto.
sources-removed = Removida.
sources-waiting = { $count ->
    [one] Um novo item está esperando por você
   *[other] { $count } novos itens estão esperando por você
}
sources-auto = adicionado automaticamente
sources-last-success = Última verificação: { $at }
sources-never-polled = Ainda não verificada.
sources-last-error = A última tentativa falhou: { $error }.
sources-poll-now = Verificar agora
sources-remove = Remover
sources-add = Adicionar uma fonte
sources-kind = Tipo
sources-kind-feed = Um feed (RSS, Atom ou JSON Feed) ou uma página com link para um
sources-kind-github = Uma conta do GitHub (repositórios públicos)
sources-kind-invalid = Escolha um feed ou uma conta do GitHub.
sources-target = Endereço ou nome de usuário do GitHub
sources-target-hint = Por exemplo, https://blog.example.org/feed.xml ou seu nome de usuário do GitHub.
sources-github-invalid = Um nome de usuário do GitHub tem apenas letras, dígitos e hifens.
sources-duplicate = Você já adicionou esta fonte.
sources-auto-label = Adicionar novos itens ao meu registro automaticamente (sem perguntar)
sources-add-submit = Adicionar fonte
suggestions-title = Encontrado para o seu registro
suggestions-lead = Novos itens das suas fontes. Marque como seu o que você fez; itens recusados nunca são sugeridos de novo.
suggestions-none = Nada aguardando.
suggestions-claim = É meu
suggestions-decline = Não é meu
suggestions-claimed = Adicionado ao seu registro.
suggestions-declined = Ele não será sugerido de novo.
jobs-title = Tarefas
jobs-lead = O trabalho em segundo plano de cada instância: verificar fontes. Tarefas com falha primeiro; cada uma é repetida com uma pausa crescente.
jobs-none = Nenhuma tarefa.
jobs-job = Tarefa
jobs-next = Próxima execução (UTC)
jobs-runs = Execuções
jobs-state = Estado
jobs-running = em execução em { $worker }
jobs-failing = falhou { $attempts } vezes: { $error }
jobs-ok = ok
sources-next-poll = Próxima verificação: { $at }
own-quick-label = Adição rápida a partir de um endereço
own-quick-hint = Cole o link do seu post, vídeo ou página da palestra; o Heroes lê o título, a data e a descrição e preenche o formulário abaixo para você conferir.
own-quick-submit = Preencher a partir desta página
own-quick-filled = Preenchido a partir da página. Confira tudo e depois adicione.
own-quick-failed = Não foi possível ler essa página: { $reason }. Preencha o formulário você mesmo.
own-quick-feed-title = Capturar tudo deste site
own-quick-feed = A página anuncia um feed. Adicione-o como fonte e o Heroes vai sugerir cada novo post dele, sem precisar colar links:
own-quick-feed-submit = Adicionar este feed como fonte
suggestions-also-at = Também publicado em
sources-auto-on = Adicionar novos itens automaticamente
sources-auto-off = Voltar a me perguntar antes

## Selection: nominating
nominate-title = Indicar um herói
nominate-lead = As indicações para { $cycle } estão abertas até { $closes }. Você pode indicar até { $limit } pessoas neste ciclo. A pessoa indicada é avisada, e vocês dois podem ver em que etapa a indicação está.
nominate-lead-several = Vários ciclos de seleção estão abertos, cada um para suas próprias especializações. Você é avisado e pode ver em que etapa cada indicação está.
nominate-lead-cycle = { $cycle }: { $specializations }. Aberto até { $closes }; até { $limit } indicações suas.
nominate-closed = As indicações estão encerradas. Nenhum ciclo de seleção está planejado ainda.
nominate-closed-next = As indicações estão encerradas. { $cycle } abre em { $opens }.
nominate-specialization = Especialização
nominate-nominee-name = Nome da pessoa
nominate-nominee-email = Endereço de e-mail da pessoa
nominate-nominee-email-hint = Vamos escrever para ela neste endereço; se ela já for membro, use o endereço da conta dela.
nominate-nominee-links = Perfis públicos da pessoa (opcional)
nominate-nominee-links-hint = Um endereço por linha: blog, GitHub, YouTube… Ajuda a perceber quando duas pessoas indicaram a mesma pessoa.
nominate-statement = Por que esta pessoa
nominate-statement-hint = O que ela faz pela comunidade e quem isso ajuda (pelo menos 30 caracteres).
nominate-evidence = Evidências
nominate-evidence-hint = Um link por linha para palestras, posts, vídeos ou projetos da pessoa (pelo menos um, no máximo 10).
nominate-submit = Enviar a indicação
nominate-rubric = Como os avaliadores pontuam
nominate-rubric-of = Como os avaliadores pontuam em { $cycle }
nominate-rubric-lead = Toda candidatura é pontuada com base nestes critérios publicados, de 1 a 5 por critério; aqui é mostrado o que significa nota 5.
rubric-weight = peso { $weight }
nominations-link = Suas indicações
nominations-title = Indicações
nominations-received = Indicações recebidas
nominations-received-none = Ninguém indicou você ainda.
nominations-made = Indicações que você fez
nominations-made-none = Você ainda não indicou ninguém.
nominations-col-nominee = Indicado
nominations-col-specialization = Especialização
nominations-col-cycle = Ciclo
nominations-col-stage = Etapa
nominations-renominate-after = Uma nova indicação será possível a partir de { $date }.
nominations-nominate = Indicar alguém
nominations-notice-nominated = Obrigado: sua indicação foi registrada e a pessoa indicada foi avisada.
nominations-notice-already = Você já tinha indicado esta pessoa neste ciclo; nada mudou.
nominations-notice-accepted = Você aceitou a indicação. Agora os avaliadores vão analisá-la.
nominations-notice-declined = Você recusou a indicação. Quem indicou você foi avisado.
nominations-notice-onboarded = Boas-vindas ao programa!
stage-submitted = Enviada
stage-in-review = Em avaliação
stage-decided = Decidida: { $outcome }
outcome-accepted = aceita
outcome-declined = recusada
outcome-deferred = adiada para um ciclo posterior
outcome-withdrawn = recusada pela pessoa indicada
outcome-reopened = de volta à avaliação
state-nominated = Aguardando a pessoa indicada
state-withdrawn = Retirada
state-in-review = Em avaliação
state-deferred = Adiada
state-declined = Recusada
state-accepted = Aceita (convidada)
state-onboarded = Integrada
state-announced = Anunciada

## Selection: the nominee
answer-title = Sua indicação
answer-heading = Sua indicação para { $specialization }
answer-lead = { $cycle } · { $count ->
    [one] um membro indicou você
   *[other] { $count } membros indicaram você
}
answer-stage = Etapa:
answer-accept = Aceite e complete seu perfil de candidatura
answer-sent = O que você enviou
answer-sent-lead = Os avaliadores leem este perfil junto com as indicações.
account-nomination-answer = Você foi indicado para { $specialization }: leia a indicação e responda.
account-nomination-onboard = Você foi aceito para { $specialization }: aceite os termos e complete seu perfil para o anúncio.
answer-accept-lead = Os avaliadores leem este perfil junto com as indicações. Suas contribuições dos últimos 12 meses são anexadas automaticamente: do seu registro de contribuições, se você tiver um, e do feed que você informar abaixo.
answer-accept-submit = Aceitar a indicação
answer-decline = Recusar a indicação
answer-withdraw = Retirar
answer-country-hint = Duas letras, como BR ou PT.
answer-feedback = Feedback do programa
answer-renominate-after = Você pode ser indicado de novo a partir de { $date }.
answer-onboarded = Você aparecerá no diretório em { $date }.
answer-announced = Você está no diretório: veja sua página pública.
onboard-title = Entrar no programa
onboard-lead = Parabéns! Aceite os termos e o NDA e confira seu perfil; você será anunciado em { $date }.
onboard-terms-text = Como herói, você compartilha sua experiência com a comunidade, mantém seu perfil correto e segue o código de conduta da comunidade. O programa pode encerrar sua participação se você não fizer isso.
onboard-accept-terms = Aceito os termos do programa
onboard-nda-text = Os briefings são confidenciais. Leia o NDA, versão { $version }:
onboard-accept-nda = Aceito o NDA (versão { $version })
onboard-terms-required = Aceite os termos do programa para entrar.
onboard-nda-required = Aceite o NDA para entrar.
onboard-nda-changed = Uma nova versão do NDA foi publicada enquanto você lia esta página. Leia e aceite-a para entrar.
onboard-nda-missing = Nenhum NDA foi publicado ainda, então ninguém pode entrar no momento. Volte quando a equipe do programa o tiver publicado.
onboard-submit = Entrar no programa

## Selection: reviewing
tasks-title = Suas avaliações
tasks-none = Nenhuma candidatura foi atribuída a você.
tasks-col-yours = Sua nota
tasks-conflict = Conflito declarado
tasks-to-score = A pontuar
review-title = Avaliar uma candidatura
review-score = Suas notas
review-comment = Comentário
review-submit = Salvar minha avaliação
review-saved = Sua avaliação foi salva; você pode alterá-la enquanto a candidatura estiver em avaliação.
review-closed = Esta candidatura não está em avaliação (a pessoa indicada ainda não aceitou, ou ela já foi decidida).
review-conflict = Conflito de interesses
review-conflict-reason = Qual é o conflito?
review-conflict-hint = Por exemplo, “trabalha na minha equipe”. Você deixa esta candidatura e qualquer nota que tenha dado deixa de contar.
review-conflict-submit = Declarar um conflito
review-conflicted = Você declarou um conflito de interesses ({ $reason }), então este dossiê está fechado para você.
file-links = Perfis
file-nominations = { $count ->
    [one] Uma indicação
   *[other] { $count } indicações
}
file-nominated-by = Indicado por { $name }
file-nominator-gone = Indicado por uma conta excluída
file-nominator-hidden = Quem indicou está oculto (avaliação às cegas)
file-evidence = { $count ->
    [one] Uma contribuição dos últimos 12 meses
   *[other] { $count } contribuições dos últimos 12 meses
}
file-evidence-none = Nenhuma contribuição anexada.
file-views = { $count } visualizações
file-attendees = { $count } participantes
file-stars = { $count } estrelas

## Selection: the program team
cycles-title = Ciclos
cycles-none = Nenhum ciclo ainda.
cycles-new = Abrir um ciclo
cycles-edit = Alterar
cycles-actions = Ações
cycles-queue = Fila de avaliação
cycles-renewals = Renovações
cycles-kind = Tipo
cycles-kind-selection = Seleção
cycles-kind-renewal = Renovação
cycles-name = Nome
cycles-window = Aberto
cycles-opens = Abre em
cycles-closes = Fecha em (inclusive)
cycles-specializations = Especializações que recebem indicações
cycles-specializations-hint = Apenas ciclos de seleção.
cycles-rubric = Critérios
cycles-rubric-hint = Os avaliadores dão nota de 1 a 5 a cada critério; o peso (de 1 a 100) define quanto ele conta no total. Diga o que cada nota significa. Linhas vazias são ignoradas; marque “Remover” para descartar um critério. Os critérios não podem mudar depois que alguém já tiver pontuado.
cycles-rubric-rows-invalid = Alguns critérios precisam de correção: veja as mensagens junto aos campos.
cycles-rubric-more = Adicionar mais linhas
cycles-criterion = Critério { $n }
cycles-criterion-name = Nome
cycles-criterion-weight = Peso
cycles-criterion-level = O que significa uma nota { $score }
cycles-criterion-remove = Remover este critério
cycles-rubric-locked = Os avaliadores já pontuaram com estes critérios; eles não podem mais mudar.
cycles-overlap = { $specialization } já recebe indicações em “{ $cycle }” ({ $opens } a { $closes }), em alguns dos mesmos dias. Os ciclos só podem se sobrepor para especializações diferentes: altere as datas ou as especializações.
cycles-unknown-specialization = Uma destas especializações não existe.
cycles-limit = Indicações por pessoa
cycles-blind = Avaliação às cegas: os avaliadores não veem quem indicou
cycles-save = Salvar o ciclo
cycles-saved = O ciclo foi salvo.
queue-title = Fila de avaliação
queue-cycle = Ciclo
queue-state = Estado
queue-sort = Ordenar por
queue-sort-score = Nota, da maior para a menor
queue-sort-age = Antiguidade, das mais antigas primeiro
queue-sort-spread = Divergência, da maior para a menor
queue-all = Todas
queue-unassigned = Somente sem avaliadores
queue-filter = Mostrar
queue-total = { $count ->
    [one] Uma candidatura
   *[other] { $count } candidaturas
}
queue-select = Selecionar
queue-select-one = Selecionar { $name }
queue-score = Nota
queue-spread = Dispersão
queue-reviews = Avaliações
queue-nominators = Quem indicou
queue-age = Desde
queue-assign-to = Avaliador
queue-assign = Atribuir
queue-assign-specialization = Atribuir um avaliador a uma especialização inteira
queue-assign-specialization-hint = Ele avalia todas as candidaturas dela neste ciclo, incluindo as indicadas daqui em diante.
queue-assigned = { $count ->
    [0] Nenhuma nova atribuição: o avaliador já tinha todas.
    [one] Uma nova atribuição.
   *[other] { $count } novas atribuições.
}
queue-pages = Páginas
queue-prev = ← Anterior
queue-next = Próxima →
candidacy-scores = Notas
candidacy-summary = { $count ->
    [0] Nenhuma nota ainda.
    [one] Nota ponderada { $score } (dispersão { $spread }) de uma avaliação.
   *[other] Nota ponderada { $score } (dispersão { $spread }) de { $count } avaliações.
}
candidacy-reviewer = Avaliador
candidacy-mean-spread = Média ± dispersão
candidacy-reviewers = Avaliadores
candidacy-no-reviewers = Ninguém foi atribuído ainda.
candidacy-no-more-reviewers = Esta candidatura não aceita mais avaliadores: ela foi decidida, retirada ou anunciada.
candidacy-notice-decided = Decisão registrada: a candidatura agora está “{ $state }”, e a pessoa indicada e quem a indicou foram avisados.
candidacy-notice-rescheduled = Anúncio marcado para { $date }. A candidatura está “{ $state }”.
announcement-title = Anúncio
announcement-accepted = Aceita, aguardando o candidato aceitar os termos e completar o perfil. Anúncio previsto para { $date }; ele acontece nesse dia ou assim que o candidato terminar, o que ocorrer por último.
announcement-onboarded = O candidato concluiu a integração. Anúncio previsto para { $date }: nesse dia ele passa a constar no diretório e é avisado.
announcement-date = Data do anúncio
announcement-move = Mudar o anúncio
announcement-now = Anunciar hoje
candidacy-conflict = conflito: { $reason }
candidacy-reviewed = pontuada
candidacy-waiting = ainda sem nota
decide-title = Decisão
decide-decision = Decisão
decide-accept = Aceitar (envia o convite)
decide-decline = Recusar com feedback
decide-defer = Adiar para um ciclo posterior
decide-reopen = Reabrir uma candidatura adiada no ciclo aberto
decide-announce-on = Data do anúncio (ao aceitar)
decide-feedback = Feedback para a pessoa indicada
decide-feedback-hint = Obrigatório ao recusar; enviado com qualquer decisão.
decide-renominate-after = Nova indicação possível a partir de (ao recusar)
decide-submit = Registrar a decisão
decide-choose = Escolha uma decisão.
decide-date-past = Escolha hoje ou uma data posterior.
decide-feedback-required = Explique o motivo, para que a pessoa indicada possa evoluir.

## Refusals
refusal-no-open-cycle = Nenhum ciclo de seleção está aberto no momento.
refusal-specialization-not-in-cycle = Este ciclo não recebe indicações para essa especialização.
refusal-specialization-retired = Essa especialização foi descontinuada e não recebe indicações.
refusal-limit-reached = Você já fez as { $limit } indicações permitidas neste ciclo.
refusal-already-hero = Esta pessoa já é herói nessa especialização.
refusal-too-soon = Esta pessoa foi recusada recentemente; uma nova indicação será possível a partir de { $date }.
refusal-self-nomination = Você não pode indicar a si mesmo.
refusal-awaiting-nominee = A pessoa indicada ainda não aceitou a indicação, então não há nada para decidir.
refusal-already-decided = Esta candidatura já foi decidida.
refusal-already-answered = A indicação já foi respondida.
refusal-not-deferred = Só uma candidatura adiada pode ser reaberta.
refusal-not-invited = Só um candidato aceito pode entrar.
refusal-not-onboarded = O candidato ainda não concluiu a integração.
refusal-not-assigned = Você não é avaliador desta candidatura.
refusal-conflicted = Você declarou um conflito de interesses com esta candidatura.
refusal-not-reviewable = Esta candidatura não está em avaliação.
refusal-no-renewal-cycle = Nenhum ciclo de renovação está aberto: abra um para registrar decisões.
refusal-not-accepted = Só o anúncio de um candidato aceito pode ser mudado ou feito agora; este já foi anunciado ou não foi aceito.

## Renewal
readiness-title = Prontidão para renovação
readiness-lead = Suas contribuições desde { $since } (os últimos 12 meses), pontuadas pelos critérios publicados abaixo. Contribuições privadas também contam.
readiness-cycle-open = { $cycle } está aberto até { $closes }.
readiness-points = { $points } de { $target } pontos
readiness-ready = Você atingiu a meta de renovação.
readiness-by-kind = Por tipo
readiness-nothing = Nada nos últimos 12 meses ainda: adicione seu trabalho no seu registro de contribuições ou deixe suas fontes capturá-lo.
readiness-kind = Tipo
readiness-items = Contribuições
readiness-earned = Pontos obtidos
readiness-cap = Limite
readiness-counted = Pontos contados
readiness-capped = (limitado)
readiness-every-point = Cada ponto explicado
readiness-base = { $points } pontos pelo tipo
readiness-bonus = +{ $points } pelo alcance ({ $value } { $metric })
readiness-metric-views = visualizações
readiness-metric-attendees = participantes
readiness-metric-stars = estrelas
readiness-metric-answers = respostas
readiness-line-counted = { $points } contados
readiness-over-cap = (acima do limite do tipo)
readiness-rubric = Os critérios
readiness-rubric-lead = Cada tipo rende pontos por contribuição até um limite, para que quantidade não substitua qualidade. Uma contribuição de grande alcance (1.000 visualizações, 50 participantes, 100 estrelas ou 25 respostas) rende mais metade dos seus pontos. Com 100 pontos, um herói está pronto.
readiness-per-item = Pontos cada
renewals-title = Renovações
renewals-total = { $count ->
    [one] Um herói
   *[other] { $count } heróis
}
renewals-hero = Herói
renewals-status = Status
renewals-readiness = Prontidão
renewals-decision = Decisão
renewals-renew = Renovar
renewals-alumni = Tornar ex-herói
renewals-leave = Licença
renewals-expected-return = Retorno previsto
renewals-note = Nota para o herói (opcional)
renewals-save = Registrar
renewals-decided = Decisão registrada para { $name }.
renewals-confirm-title = Tornar { $name } ex-herói?
renewals-confirm-lead = Em { $cycle }, { $name } deixaria de estar entre os heróis ativos.
renewals-confirm-access = Já no próximo acesso, a pessoa perde o que é exclusivo dos heróis: renovação, briefings e a rede.
renewals-confirm-page = A página pública continua no ar, marcada como ex-herói, com tudo o que a pessoa contribuiu.
renewals-confirm-mail = A pessoa recebe a decisão por e-mail, com a nota abaixo, se você escrever uma.
renewals-confirm-undo = Até o ciclo fechar, você pode alterar a decisão na lista de renovações; a pessoa então recebe um novo e-mail.
renewals-confirm-submit = Tornar { $name } ex-herói
renewals-confirm-cancel = Manter { $name } como está

## Notifications and mail
notifications-title = Notificações
notifications-link = Suas notificações
notifications-none = Nada ainda.
mail-open-action = Abrir o Heroes
mail-footer-program = Você está recebendo este e-mail porque ele diz respeito à sua participação no programa Heroes.
mail-nominated-subject = Você foi indicado para { $specialization }
mail-nominated-body = { $nominator } indicou você para { $specialization } em { $cycle }.
mail-nominated-how = Entre (ou cadastre-se) com { $email } para aceitar ou recusar e para completar seu perfil de candidatura.
mail-nomination-received-subject = Sua indicação de { $name }
mail-nomination-received-body = Recebemos sua indicação de { $name } para { $specialization }. Você receberá notícias nossas a cada etapa.
mail-nominee-accepted-subject = { $name } aceitou a indicação
mail-nominee-accepted-body = { $name } aceitou a indicação; ela agora está em avaliação.
mail-nominee-declined-subject = { $name } recusou a indicação
mail-nominee-declined-body = { $name } recusou a indicação. Obrigado por indicar.
mail-decided-subject = Uma decisão sobre { $name }
mail-decided-nominator-body = O programa decidiu sobre sua indicação de { $name }: { $outcome }.
mail-decided-nominee-subject = Sua candidatura para { $specialization }
mail-decided-accepted = Parabéns: você foi aceito como herói de { $specialization }. Aceite os termos e o NDA e complete seu perfil; você será anunciado em { $date }.
mail-decided-declined = Desta vez você não foi selecionado para { $specialization }. Você pode ser indicado de novo a partir de { $date }.
mail-decided-deferred = Sua candidatura para { $specialization } foi adiada para um ciclo posterior.
mail-decided-reopened = Sua candidatura para { $specialization } voltou para avaliação.
mail-announced-subject = Agora você é herói de { $specialization }
mail-announced-body = Seu perfil de { $specialization } agora aparece no diretório. Boas-vindas!
mail-renewal-subject = Sua renovação em { $cycle }
mail-renewal-renew = Você foi renovado como herói em { $cycle }. Obrigado por mais um ano!
mail-renewal-opened-subject = { $cycle } está aberto
mail-renewal-opened = O ciclo de renovação { $cycle } está aberto até { $closes }. Seu medidor de prontidão mostra o que conta e o que você registrou nos últimos doze meses; adicione o que estiver faltando antes de o ciclo fechar.
mail-renewal-alumni = Em { $cycle } você passa a ser ex-herói. Sua página pública continua no ar, com a marca de ex-herói. Obrigado por tudo o que você compartilhou.
mail-renewal-leave = Sua licença foi registrada em { $cycle }; esperamos você de volta em { $date }.
nav-nominate = Indicar
account-notifications-link = { $count ->
    [0] Notificações
    [one] Notificações (1 nova)
   *[other] Notificações ({ $count } novas)
}
mail-assigned-subject = { $count ->
    [one] Uma candidatura para avaliar
   *[other] { $count } candidaturas para avaliar
}
mail-assigned-body = { $count ->
    [one] Uma candidatura foi atribuída a você para avaliação. Declare um conflito de interesses, se houver.
   *[other] { $count } candidaturas foram atribuídas a você para avaliação. Declare um conflito de interesses onde houver.
}
answer-feed = Feed do seu blog, canal ou podcast (opcional)
answer-feed-hint = Nós o lemos uma vez e anexamos o que você publicou nos últimos 12 meses, para que os avaliadores vejam seu trabalho sem você precisar listá-lo. Uma página com link para o feed também funciona.

## Abuse that costs other people: the warning an owner gets when someone keeps guessing
## their password.
mail-attack-subject = Alguém está tentando entrar na sua conta
mail-attack-body = Alguém tentou muitas senhas erradas na sua conta recentemente, a partir de endereços de onde você nunca entrou. Estamos contendo isso: cada endereço que insiste em tentar é bloqueado, e as tentativas ficam mais lentas. De onde você costuma entrar, nada muda; de outros lugares, um login pode ter que esperar um minuto.
mail-attack-advice = Se não foi você, nada foi revelado. Garanta que sua senha seja longa e não usada em nenhum outro lugar, e escolha uma nova se tiver dúvida: uma nova senha também remove todos os bloqueios da sua conta.
mail-attack-action = Escolher uma nova senha

## The server's edge: requests refused before a handler runs, and a database out of reach
error-bad-request-title = Não foi possível ler essa solicitação
error-bad-request-body = O endereço ou o formulário contém algo que o Heroes não aceita, como um byte NUL (%00). Confira o link e tente novamente.
error-uri-too-long-title = Esse endereço é longo demais
error-uri-too-long-body = O endereço é maior do que o Heroes aceita (8 KB). Confira o link ou busque com menos filtros.
error-unavailable-title = O Heroes não pode responder agora
error-unavailable-body = Não conseguimos acessar nosso banco de dados no momento. Nada do que você fez causou isso; tente novamente em um minuto.
error-request-title = Não foi possível usar essa solicitação
error-request-body = Volte e tente novamente. Se continuar acontecendo, avise a equipe do programa.

## Races: a second click on a suggestion already decided (claim and decline at once)
suggestions-was-claimed = Este item já foi adicionado ao seu registro.
suggestions-was-declined = Este item já foi recusado, então não foi adicionado ao seu registro.

## Text in, text out: feed items that cannot be offered, the same work at two addresses
sources-skipped = Não sugeridos na última verificação (corrija o item no seu feed ou adicione-o manualmente):
suggestions-unclaimable = “{ $title }” não pode virar uma contribuição do jeito que está ({ $field }: { $problem }). Recuse-o ou adicione-o manualmente com os dados corrigidos.
own-url-same-work = Você já registrou este trabalho como “{ $title }” ({ $url }). Altere essa entrada ou use outro endereço.
own-import-same-work = Linha { $row }: você já registrou este trabalho como “{ $title }” ({ $url }).
own-import-same-work-in-file = Linha { $row }: o mesmo trabalho da linha { $first } (os endereços diferem apenas em https, www, uma barra final ou parâmetros de rastreamento).

## Running the program: the admin home and specializations managed by admins (issue 17)
admin-home-title = Administração do programa
admin-home-back = ← Administração do programa
admin-home-attention = Precisa de atenção hoje
admin-home-areas = Áreas de administração
admin-home-unassigned = { $count ->
    [one] candidatura sem avaliador
   *[other] candidaturas sem avaliador
}
admin-home-in-review = { $count ->
    [one] candidatura aguardando avaliações e uma decisão
   *[other] candidaturas aguardando avaliações e uma decisão
}
admin-home-failing-sources = { $count ->
    [one] fonte de contribuições com falha
   *[other] fontes de contribuições com falha
}
admin-home-failing-jobs = { $count ->
    [one] tarefa em segundo plano com falha
   *[other] tarefas em segundo plano com falha
}
admin-home-undelivered-mail = { $count ->
    [one] e-mail não entregue
   *[other] e-mails não entregues
}
admin-area-cycles = Ciclos
admin-area-cycles-hint = Abra ciclos de seleção e renovação, com suas datas, especializações e critérios.
admin-area-candidacies = Candidaturas
admin-area-candidacies-hint = A fila de avaliação: atribua avaliadores, leia dossiês, decida.
admin-area-renewals = Renovações
admin-area-renewals-hint = A prontidão de cada herói; renove, torne ex-herói ou registre uma licença.
admin-area-specializations = Especializações
admin-area-specializations-hint = Adicione, renomeie, descontinue, reordene e defina a cor das especializações.
admin-area-outbox = Caixa de saída
admin-area-outbox-hint = Todos os e-mails que o programa escreveu, com o status de entrega.
admin-area-jobs = Tarefas
admin-area-jobs-hint = A fila de tarefas em segundo plano e o que falhou.
admin-area-audit = Registro de auditoria
admin-area-audit-hint = Quem fez o quê, quando e de onde.
admin-area-security = Segurança do login
admin-area-security-hint = Quais funções devem usar um segundo fator; redefina os fatores de quem os perdeu.
admin-specializations-title = Especializações
admin-specializations-lead = As alterações aparecem na hora no diretório, nos filtros, nos feeds, na API e no formulário de indicação. Uma especialização renomeada mantém o endereço antigo, que leva ao novo. Uma descontinuada não recebe novas indicações e sai dos filtros, mas seus heróis mantêm os selos.
admin-specializations-saved = Salvo.
admin-specializations-name = Nome
admin-specializations-slug = Endereço
admin-specializations-slug-hint = Letras minúsculas, dígitos e hifens; a página é /specializations/ seguido dele. Alterá-lo mantém o endereço antigo funcionando.
admin-specializations-slug-taken = Outra especialização tem, ou teve, este endereço. Escolha outro.
admin-specializations-previous = Também responde a: { $slugs }
admin-specializations-heroes = Heróis
admin-specializations-state = Estado
admin-specializations-active = Ativa
admin-specializations-retired = Descontinuada
admin-specializations-actions = Ações
admin-specializations-up = Subir
admin-specializations-up-label = Mover { $name } para cima
admin-specializations-down = Descer
admin-specializations-down-label = Mover { $name } para baixo
admin-specializations-edit = Editar
admin-specializations-edit-label = Editar { $name }
admin-specializations-retire = Descontinuar
admin-specializations-retire-label = Descontinuar { $name }
admin-specializations-reinstate = Reativar
admin-specializations-reinstate-label = Reativar { $name }
admin-specializations-new = Adicionar uma especialização
admin-specializations-edit-heading = Alterar a especialização
admin-specializations-description = Descrição (Markdown)
admin-specializations-colour = Cor do selo
admin-specializations-save = Salvar
admin-specializations-cancel = Cancelar
colour-rose = Rosa
colour-amber = Âmbar
colour-blue = Azul
colour-violet = Violeta
colour-teal = Verde-azulado
colour-green = Verde
colour-red = Vermelho
colour-navy = Azul-marinho

## Second factor: authenticator app, recovery codes, required roles (issue 23)
second-step-title = Confirme que é você
second-step-lead = Sua senha está correta. Digite o código de seis dígitos que seu app autenticador mostra para este site ou um dos seus códigos de recuperação.
second-step-code = Código
second-step-hint = Seis dígitos do app ou um código de recuperação como abcd-efgh-ijkl-mnop.
second-step-submit = Entrar
second-step-failed = Esse código não funcionou. Os códigos do app mudam a cada 30 segundos e cada um funciona uma vez; um código de recuperação funciona uma vez.
second-step-lost = Perdeu o celular e os códigos de recuperação? Peça à equipe do programa para redefinir seu segundo fator; você receberá um e-mail quando isso for feito.
security-title = Segurança do login
security-required = Sua função no programa exige um segundo fator. Configure um app autenticador ou adicione uma chave de acesso para continuar; nada mais abre até você fazer isso.
security-app-heading = App autenticador
security-app-on = Um app autenticador está configurado. Ao entrar, um código dele é pedido depois da senha.
security-app-off = Nenhum app autenticador está configurado: só a senha basta para você entrar.
security-app-set-up = Configurar um app autenticador
security-app-remove = Remover o app autenticador
security-proof = Sua senha ou um código do seu app autenticador
security-proof-wrong = Isso não é nem sua senha nem um código atual do seu app.
security-totp-exists = Um app autenticador já está configurado. Remova-o primeiro para configurar outro.
security-setup-lead = Adicione esta conta ao seu app autenticador (como Aegis, Google Authenticator, 1Password ou Microsoft Authenticator): digite a chave abaixo ou abra o link no dispositivo que tem o app. Depois, digite o código que o app mostra.
security-setup-secret = Chave
security-setup-link = Link
security-setup-open = Abrir em um app autenticador
security-setup-code = Código do app
security-setup-confirm = Ativar
security-code-wrong = Esse código não é o que o app está mostrando agora. Confira a chave e se o relógio do dispositivo está certo e tente o código mais recente.
security-totp-on = O app autenticador está ativado.
security-removed = O app autenticador e seus códigos de recuperação foram removidos.
security-codes-heading = Seus códigos de recuperação
security-codes-once = Guarde-os em um lugar seguro, longe do seu celular. Cada um permite entrar uma vez quando você não puder usar o app. Eles só são exibidos agora.
security-codes-new = Novos códigos de recuperação foram gerados; os antigos não funcionam mais.
security-codes-left = { $count ->
    [one] Resta um código de recuperação.
   *[other] Restam { $count } códigos de recuperação.
}
security-codes-regenerate = Gerar novos códigos de recuperação
security-setup-qr = Ou escaneie este código com o app.
security-passkeys-heading = Chaves de acesso
security-passkeys-lead = Uma chave de acesso permite entrar com a digital, o rosto ou o bloqueio de tela do seu dispositivo em vez de uma senha, e também funciona como segunda etapa depois da senha. Ela só funciona neste site, então não pode ser roubada por phishing.
security-passkeys-none = Nenhuma chave de acesso ainda.
security-passkey-added-at = adicionada
security-passkey-used-at = último uso
security-passkey-change = Renomear ou remover
security-passkey-new-name = Novo nome
security-passkey-rename = Renomear
security-passkey-remove = Remover esta chave de acesso
security-passkey-name = Nome da nova chave de acesso
security-passkey-name-hint = Algo para diferenciá-la depois, como “Notebook do trabalho” ou “Chave de segurança azul” (até 60 caracteres).
security-passkey-add = Adicionar uma chave de acesso
security-passkey-name-wrong = Dê à chave de acesso um nome de 1 a 60 caracteres.
security-passkey-too-many = Esta conta já tem o máximo de chaves de acesso permitido (20). Remova uma primeiro.
security-passkey-registered = Essa chave de acesso já está registrada.
security-passkey-failed = Não foi possível adicionar a chave de acesso. Tente novamente; se o seu dispositivo oferecer várias, escolha uma das chaves de acesso dele.
security-passkey-needs-script = Para adicionar uma chave de acesso é preciso JavaScript, que está desativado ou bloqueado neste navegador. Todo o resto desta página funciona sem ele.
security-passkey-added = A chave de acesso foi adicionada.
security-passkey-renamed = A chave de acesso foi renomeada.
security-passkey-removed = A chave de acesso foi removida; ela não permite mais entrar.
passkey-needs-script = Chaves de acesso precisam de JavaScript, que está desativado ou bloqueado neste navegador; o resto desta página funciona sem ele.
passkey-cancelled = A solicitação da chave de acesso foi cancelada ou expirou. Tente novamente quando estiver pronto.
login-passkey = Entrar com uma chave de acesso
login-passkey-failed = Essa chave de acesso não permitiu entrar. Use uma chave de acesso que você adicionou para este site ou entre com sua senha.
second-step-passkey = Usar uma chave de acesso
second-step-expired = Este login esperou demais. Entre novamente.
security-sign-ins-heading = Logins recentes
security-sign-ins-none = Nenhum login registrado ainda.
security-sign-ins-when = Quando
security-sign-ins-from = Endereço de origem
admin-security-title = Segurança do login
admin-security-required-heading = Segundo fator obrigatório
admin-security-required-legend = Contas com estas funções devem ter um segundo fator
admin-security-required-hint = Uma conta assim sem segundo fator é levada a configurar um logo depois de entrar e não pode fazer mais nada até configurá-lo. Contas que entram por login único seguem as regras do provedor da empresa.
admin-security-save = Salvar
admin-security-saved = Salvo.
admin-security-reset-heading = Redefinir o segundo fator de alguém
admin-security-reset-lead = Para quem perdeu tanto o app autenticador quanto os códigos de recuperação: remove todos os fatores da conta, para que só a senha volte a bastar para entrar (e a função da pessoa pode pedir que ela configure um). O titular recebe um e-mail, e o registro de auditoria registra a ação.
admin-security-reset = Redefinir o segundo fator
admin-security-reset-done = O segundo fator foi redefinido e o titular recebeu um e-mail.
admin-security-no-account = Não há nenhuma conta com este endereço.
mail-factor-subject = A segurança do seu login mudou
mail-factor-totp-added = Um app autenticador foi configurado para sua conta. Agora, ao entrar, um código dele é pedido depois da senha.
mail-factor-totp-removed = O app autenticador da sua conta foi removido, junto com os códigos de recuperação. Agora só a senha basta para você entrar.
mail-factor-codes = Novos códigos de recuperação foram gerados para sua conta; os antigos não funcionam mais.
mail-factor-reset = A equipe do programa redefiniu o segundo fator da sua conta: o app autenticador, os códigos de recuperação e as chaves de acesso foram removidos, e agora só a senha basta para você entrar.
mail-factor-passkey-added = Uma chave de acesso foi adicionada à sua conta. Ela permite entrar sozinha e como segunda etapa depois da senha.
mail-factor-passkey-renamed = Uma chave de acesso da sua conta foi renomeada. Você é avisado de toda mudança na forma de entrar.
mail-factor-passkey-removed = Uma chave de acesso foi removida da sua conta; ela não permite mais entrar.
mail-factor-advice = Se não foi você, escolha uma nova senha imediatamente e avise a equipe do programa.
mail-factor-action = Revisar a segurança do seu login

## Promotion, spotlight and digest (issue 14)
promotion-title = Divulgação
promotion-lead = Peça ao programa para divulgar seu trabalho: o destaque da página inicial, o boletim ou as redes sociais do programa. A equipe agenda a divulgação ou explica por que não.
promotion-ask = Pedir divulgação
promotion-no-works = A divulgação parte de uma contribuição pública do seu registro (uma palestra futura conta: registre-a com a data).
promotion-contribution = Contribuição
promotion-contribution-choose = Escolha uma das suas contribuições
promotion-contribution-hint = Uma palestra futura é uma contribuição com data à frente.
promotion-channels = Canais
promotion-channel-spotlight = Destaque da página inicial
promotion-channel-digest = O boletim
promotion-channel-social = Redes sociais
promotion-from = Primeiro dia
promotion-until = Último dia
promotion-note = Nota para a equipe do programa
promotion-note-hint = Para quem é, por que agora. Opcional.
promotion-submit = Enviar a solicitação
promotion-requests = Suas solicitações
promotion-none = Você ainda não pediu divulgação.
promotion-stage = Status
promotion-actions = Ações
promotion-wanted = Pedido:
promotion-granted = Concedido:
promotion-reason = Motivo:
promotion-withdraw = Retirar
promotion-requested = Sua solicitação está com a equipe do programa. Você receberá um e-mail quando decidirem.
promotion-withdrawn = A solicitação foi retirada.
promotion-not-yours = Escolha uma das suas próprias contribuições públicas.
promotion-already-waiting = Já existe uma solicitação aguardando para esta contribuição.
promotion-refusal-decided = Esta solicitação já foi decidida (talvez agora há pouco); a página mostra em que etapa ela está.
promotion-refusal-not-approved = Só uma solicitação aprovada tem um agendamento para alterar ou cancelar.
promotion-stage-pending = Aguardando a equipe do programa
promotion-stage-scheduled = Agendada
promotion-stage-live = Em destaque agora
promotion-stage-ended = Encerrada
promotion-stage-declined = Recusada
promotion-stage-withdrawn = Retirada
promotion-queue-title = Solicitações de divulgação
promotion-queue-empty = Nenhuma solicitação de divulgação ainda.
promotion-hero = Herói
promotion-window = Período
promotion-approve = Aprovar e agendar
promotion-reschedule = Alterar o agendamento
promotion-decline = Recusar
promotion-cancel = Tirar do destaque
promotion-starts = Início (horário local)
promotion-ends = Fim (horário local)
promotion-zone = Fuso horário
promotion-zone-hint = Um nome IANA como America/Sao_Paulo; UTC quando vazio.
promotion-saved = Salvo; o herói foi avisado.
mail-promotion-approved-subject = Divulgação de “{ $title }”
mail-promotion-approved = “{ $title }” será divulgado em { $channels }, { $window }.
mail-promotion-rescheduled = A divulgação de “{ $title }” mudou: { $channels }, { $window }.
mail-promotion-declined-subject = Sobre sua solicitação de divulgação de “{ $title }”
mail-promotion-declined = A equipe do programa recusou a divulgação de “{ $title }”: { $reason }
mail-promotion-cancelled = A equipe do programa tirou “{ $title }” do destaque: { $reason }
spotlight-title = Destaque
spotlight-lead = Trabalhos que o programa está divulgando agora.
spotlight-empty = Nada está em destaque agora.
spotlight-all = Tudo o que está em destaque
spotlight-feeds = Acompanhe o destaque:
digest-archive-title = O boletim
digest-archive-lead = Todo mês, ou toda semana ou trimestre, conforme o programa escolher: novos heróis, os trabalhos que o programa destacou e as contribuições de maior alcance em cada especialização.
digest-subscribe-title = Receba por e-mail
digest-subscribe-email = Endereço de e-mail
digest-subscribe-hint = Enviamos um link para confirmar. Todo boletim tem um link para cancelar a inscrição com um clique.
digest-subscribe-submit = Inscrever-se
digest-check-inbox = Confira sua caixa de entrada: a inscrição começa quando você abrir o link que enviamos.
digest-past = Boletins anteriores
digest-none = Nenhum boletim ainda.
digest-new-heroes = Novos heróis
digest-spotlighted = Em destaque
digest-most-reached = Maior alcance em { $specialization }
digest-empty = Um período tranquilo: nada a contar.
digest-title-of = Boletim Heroes, { $month }
digest-confirm-title = Confirme sua inscrição
digest-confirm-body = Clique no botão para receber o boletim neste endereço.
digest-confirm-action = Confirmar
digest-confirmed-title = Inscrição feita
digest-confirmed = Você receberá o próximo boletim.
digest-link-invalid-title = Este link não funciona
digest-link-invalid = O link está incompleto ou a inscrição não existe mais. Inscreva-se novamente pela página do boletim.
digest-unsubscribe-title = Cancelar a inscrição no boletim
digest-unsubscribe-body = Clique no botão e nenhum outro boletim chegará a este endereço.
digest-unsubscribe-action = Cancelar inscrição
digest-unsubscribed-title = Inscrição cancelada
digest-unsubscribed = Nenhum outro boletim chegará a este endereço.
digest-account-title = O boletim
digest-account-is-on = Você recebe o boletim por e-mail.
digest-account-is-off = Você não recebe o boletim.
digest-account-start = Receber o boletim
digest-account-stop = Parar de receber o boletim
digest-account-on = Você receberá o próximo boletim.
digest-account-off = Você não receberá mais boletins.
digest-account-verify = Primeiro confirme seu endereço de e-mail (veja a página da sua conta).
digest-admin-title = Boletins
digest-subscribers = { $count ->
    [one] { $count } inscrito
   *[other] { $count } inscritos
}
digest-draft-now = Criar agora o rascunho do boletim deste período
digest-draft-exists = Este período já tem um boletim.
digest-col-title = Boletim
digest-col-state = Estado
digest-col-sent = Enviado
digest-state-draft = Rascunho
digest-state-sending = Enviando
digest-state-sent = Enviado
digest-intro = Introdução
digest-intro-hint = Markdown. Exibida antes das seções, na web e no e-mail.
digest-save = Salvar a introdução
digest-saved = A introdução foi salva.
digest-send = Enviar para todos os inscritos
digest-sending = O boletim está a caminho de todos os inscritos.
digest-not-draft = Este boletim já foi enviado.
digest-preview = Prévia
mail-digest-confirm-subject = Confirme sua inscrição no boletim Heroes
mail-digest-confirm-body = Alguém (esperamos que você) pediu para receber o boletim Heroes neste endereço. Abra o link para confirmar.
mail-digest-confirm-action = Confirmar a inscrição
mail-digest-confirm-footer = Se não foi você, ignore este e-mail: nada é enviado sem a sua confirmação.
mail-digest-read-online = Ler na web
mail-digest-footer = Você recebe este boletim porque se inscreveu. Cancele a inscrição com um clique: { $link }
admin-home-promotion-waiting = { $count ->
    [one] { $count } solicitação de divulgação aguardando
   *[other] { $count } solicitações de divulgação aguardando
}
admin-area-promotion = Divulgação
admin-area-promotion-hint = Aprove, agende ou recuse pedidos dos heróis para o destaque, o boletim e as redes sociais.
admin-area-digests = Boletins
admin-area-digests-hint = Veja a prévia do boletim mensal, escreva a introdução e envie-o.
## Product feedback and office hours (issue 13)
admin-area-product-areas = Áreas de produto
admin-area-product-areas-hint = As áreas de produto para as quais os heróis enviam feedback, seus responsáveis e a rapidez com que cada uma responde.
product-areas-title = Áreas de produto
product-areas-lead = Os heróis enviam feedback para uma área de produto; os responsáveis ficam sabendo de cada novo item. As medianas contam do envio até a primeira resposta ou mudança de status da equipe, e até lançado, recusado ou duplicado.
product-areas-none = Nenhuma área de produto ainda. Adicione a primeira abaixo.
product-areas-name = Nome
product-areas-slug = Endereço
product-areas-slug-hint = Letras minúsculas, dígitos e hifens; usado nos filtros da fila.
product-areas-slug-taken = Outra área de produto tem este endereço.
product-areas-description = Descrição (Markdown)
product-areas-owners = Responsáveis
product-areas-owners-hint = Endereços de e-mail de membros da equipe, um por linha.
product-areas-owner-unknown = { $email } não é o endereço de um membro da equipe.
product-areas-open = Itens abertos
product-areas-first-answer = Tempo mediano até a primeira resposta
product-areas-resolution = Tempo mediano até a resolução
product-areas-no-answers = nenhuma ainda
product-areas-actions = Ações
product-areas-edit = Editar
product-areas-edit-label = Editar { $name }
product-areas-edit-heading = Editar área de produto
product-areas-new = Adicionar uma área de produto
product-areas-save = Salvar
product-areas-cancel = Cancelar
product-areas-saved = Salvo.
duration-days = { $count ->
    [one] 1 dia
   *[other] { $count } dias
}
duration-hours = { $count ->
    [one] 1 hora
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] 1 minuto
   *[other] { $count } minutos
}
feedback-title = Feedback de produto
feedback-lead = Conte às equipes de produto o que funciona, o que não funciona e o que está faltando. Todo item recebe resposta, e você é avisado de cada mudança.
feedback-new = Enviar feedback
feedback-back = Voltar para o feedback de produto
feedback-mine = O que você enviou
feedback-mine-none = Você ainda não enviou nada.
feedback-followed = O que você acompanha
feedback-followed-none = Você não acompanha nenhum item.
feedback-shared = Compartilhado por outros heróis
feedback-shared-none = Nenhum outro herói compartilhou um item aberto.
feedback-col-title = Título
feedback-col-area = Área de produto
feedback-col-kind = Tipo
feedback-col-state = Status
feedback-col-votes = Eu também
feedback-col-filed = Enviado em
feedback-no-areas = Ainda não há áreas de produto.
feedback-area = Área de produto
feedback-choose = Escolha…
feedback-choose-area = Escolha uma área de produto.
feedback-field-title = Título
feedback-field-kind = Tipo
feedback-field-body = O que aconteceu
feedback-field-body-hint = Markdown: passos, o que você esperava, o que você viu.
feedback-field-impact = Impacto
feedback-field-impact-hint = Com suas palavras: quem é afetado e quanto isso custa.
feedback-field-links = Links
feedback-field-links-hint = Até cinco endereços (uma reprodução, uma issue, um post), um por linha.
feedback-field-shared = Outros heróis podem ver este item e adicionar “eu também”
feedback-submit = Enviar feedback
feedback-kind-bug = Bug
feedback-kind-feature-request = Pedido de recurso
feedback-kind-documentation = Documentação
feedback-kind-other = Outro
feedback-state-new = Novo
feedback-state-acknowledged = Reconhecido
feedback-state-planned = Planejado
feedback-state-in-progress = Em andamento
feedback-state-shipped = Lançado
feedback-state-declined = Recusado
feedback-state-duplicate = Duplicado
feedback-transition-acknowledge = Reconhecer
feedback-transition-plan = Planejar
feedback-transition-start = Começar o trabalho
feedback-transition-ship = Lançar
feedback-transition-decline = Recusar
feedback-transition-duplicate = Marcar como duplicado
feedback-refusal-closed = Este item está fechado; nada mais o move.
feedback-refusal-not-acknowledged = Reconheça o item primeiro.
feedback-refusal-already-past = O item já está nesse status ou além dele.
feedback-refusal-stale = Alguém moveu este item nesse meio-tempo; veja o status dele de novo.
feedback-decline-needs-reason = Diga por que ele foi recusado.
feedback-duplicate-needs-original = Informe o número de outro item que não seja ele mesmo um duplicado.
feedback-notice-filed = Enviado. A equipe de produto foi avisada, e você ficará sabendo de cada mudança.
feedback-notice-sent = Enviado.
feedback-notice-noted = Nota salva; só a equipe a vê.
feedback-notice-moved = Status alterado; o autor e quem acompanha foram avisados.
feedback-visibility = Visto por
feedback-visibility-shared = você, outros heróis e a equipe do programa
feedback-visibility-private = você e a equipe do programa
feedback-duplicate-of = Duplicado do item número
feedback-duplicate-hint = Só para “Marcar como duplicado”: quem acompanha este item passa a acompanhar aquele.
feedback-team-note = Nota da equipe
feedback-vote = Eu também
feedback-unvote = Retirar “eu também”
feedback-follow = Acompanhar
feedback-unfollow = Parar de acompanhar
feedback-thread = Conversa
feedback-thread-empty = Nada escrito ainda.
feedback-from-team = equipe do programa
feedback-internal-note = nota só para a equipe
feedback-moved-to = Status: { $state }
feedback-deleted-account = conta excluída
feedback-reply = Sua resposta
feedback-send = Enviar
feedback-queue-title = Fila de feedback
feedback-queue-back = Voltar para a fila
feedback-queue-count = { $count ->
    [one] 1 item
   *[other] { $count } itens
}
feedback-filter-any = Qualquer
feedback-filter-age = Enviado
feedback-filter-older = { $count ->
    [one] há mais de 1 dia
   *[other] há mais de { $count } dias
}
feedback-filter-apply = Mostrar
feedback-sort = Ordem
feedback-sort-votes = Mais “eu também”
feedback-sort-oldest = Mais antigos primeiro
feedback-sort-newest = Mais recentes primeiro
feedback-author = Enviado por
feedback-followers = Quem acompanha
feedback-answer = Responder
feedback-message = Mensagem (Markdown)
feedback-internal-choice = Nota só para a equipe (o autor nunca a vê)
feedback-change-state = Alterar o status
feedback-next-state = Novo status
feedback-note = Nota para o autor e quem acompanha
feedback-note-hint = Obrigatória para recusar; enviada com o status (diga o que foi lançado e onde).
feedback-move = Alterar status
feedback-mail-filed-subject = Novo feedback em { $area }: { $title }
feedback-mail-filed-body = Um herói enviou feedback para { $area }, que é de sua responsabilidade. Reconheça o item, por favor.
feedback-mail-answered-subject = Nova resposta em “{ $title }”
feedback-mail-answered-body = Há uma nova resposta na conversa.
feedback-mail-moved-subject = “{ $title }” agora está com status { $state }
feedback-mail-moved-body = O feedback “{ $title }” agora está com status: { $state }.
feedback-mail-note = Nota da equipe: { $note }
office-hours-title = Horários de atendimento
office-hours-lead = Meia hora com alguém de uma equipe de produto: reserve um horário livre e você recebe um arquivo de calendário e um lembrete na véspera.
office-hours-booked = Suas reservas
office-hours-booked-none = Você não reservou nenhum horário.
office-hours-free = Horários livres
office-hours-free-none = Nenhum horário livre no momento.
office-hours-minutes = { $count ->
    [one] 1 minuto
   *[other] { $count } minutos
}
office-hours-with = com { $name }
office-hours-join = Entrar na chamada
office-hours-ics = Adicionar ao calendário (.ics)
office-hours-cancel = Cancelar
office-hours-cancel-label = Cancelar o horário de { $when }
office-hours-book = Reservar
office-hours-book-label = Reservar o horário de { $when }
office-hours-notice-booked = Reservado. O arquivo de calendário está abaixo; você receberá um lembrete na véspera.
office-hours-notice-taken = Outra pessoa reservou esse horário antes. Escolha outro.
office-hours-notice-past = Esse horário já começou; escolha outro.
office-hours-notice-cancelled = Cancelado; o horário está livre para outras pessoas.
office-hours-notice-published = Publicado.
office-hours-staff-title = Seus horários de atendimento
office-hours-yours = Seus horários
office-hours-yours-none = Você não publicou nenhum horário.
office-hours-booked-by = reservado por { $name }
office-hours-open = livre
office-hours-publish = Publicar um horário
office-hours-starts = Início (horário local)
office-hours-zone = Fuso horário
office-hours-zone-hint = Um fuso horário IANA como America/Sao_Paulo ou Europe/Lisbon.
office-hours-length = Duração em minutos
office-hours-link = Link da chamada
office-hours-ics-summary = Horário de atendimento: { $area }
office-hours-ics-description = Entrar: { $link }
office-hours-mail-reminder-subject = Seu horário de atendimento de { $area } está chegando
office-hours-mail-reminder-body = Seu horário de atendimento de { $area } começa { $starts }. Entre em { $link }.
## Credits
credits-title = Seus créditos
credits-available = Disponíveis para solicitar
credits-held = Reservados por solicitações aguardando decisão
credits-request-title = Solicitar créditos
credits-purpose = Finalidade
credits-purpose-workshop = Um workshop
credits-purpose-demo = Uma demo ou uma palestra
credits-purpose-open-source = Um projeto de código aberto
credits-purpose-other = Outra coisa (diga o que na nota)
credits-amount = Quantidade ({ $unit })
credits-amount-hint = Um número inteiro. Ele fica reservado do seu saldo até a equipe decidir.
credits-note = Para que é
credits-request-submit = Enviar a solicitação
credits-requested = Sua solicitação foi enviada; a quantidade fica reservada até a equipe decidir.
credits-withdrawn = Sua solicitação foi retirada e a quantidade voltou para o seu saldo.
credits-requests = Suas solicitações
credits-no-requests = Nenhuma solicitação ainda.
credits-col-requested = Pedido em
credits-col-amount = Quantidade
credits-col-state = Estado
credits-col-actions = Ações
credits-col-code = Código
credits-col-value = Valor
credits-col-expires = Expira em
credits-col-reveals = Revelado
credits-col-date = Data
credits-col-entry = Lançamento
credits-col-hero = Herói
credits-col-balance = Saldo atual
credits-col-decision = Decisão
credits-col-specialization = Especialização
credits-col-quarter = Trimestre
credits-col-codes = Códigos
credits-approved-amount = aprovado: { $amount }
credits-state-requested = Aguardando decisão
credits-state-approved = Aprovada
credits-state-partly-approved = Aprovada em parte
credits-state-declined = Recusada
credits-state-withdrawn = Retirada
credits-withdraw = Retirar
credits-codes = Seus códigos
credits-codes-lead = Os códigos ficam ocultos até você revelar um; cada revelação é registrada. Ninguém mais pode vê-los.
credits-no-codes = Nenhum código emitido para você ainda.
credits-code-hidden = código oculto
credits-reveals = { $count ->
    [0] nunca
    [one] uma vez
   *[other] { $count } vezes
}
credits-reveal = Revelar
credits-history = Histórico
credits-no-history = Nada aconteceu com seu saldo ainda.
credits-entry-allotment = Cota anual
credits-entry-hold = Reservado para uma solicitação
credits-entry-issue = Código emitido
credits-entry-release = Reserva liberada
credits-entry-expiry = Expirado
credits-entry-revocation = Revogado
credits-request-ref = solicitação nº { $id }
credits-revealed-title = Seu código
credits-revealed-lead = Copie-o agora; esta página não é guardada. Sempre é possível revelá-lo de novo, e isso é registrado a cada vez.
credits-back = Voltar para seus créditos
credits-refusal-decided = Esta solicitação já foi decidida (talvez agora há pouco, por outra pessoa).
credits-refusal-more-than-requested = Aprove no máximo a quantidade solicitada.
credits-refusal-balance = Seu saldo não cobre esta quantidade.
credits-refusal-pool = O estoque não tem códigos que somem esta quantidade. Aprove outra quantidade ou importe códigos primeiro.
credits-mail-subject = Sua solicitação de créditos nº { $id }
credits-mail-approved = Sua solicitação de créditos foi aprovada: { $amount }. Seus códigos estão na sua conta.
credits-mail-partly = Sua solicitação de créditos foi aprovada em parte: { $amount } dos { $requested } que você pediu. Seus códigos estão na sua conta, e o restante voltou para o seu saldo.
credits-mail-declined = Sua solicitação de créditos foi recusada, e a quantidade voltou para o seu saldo. O motivo: { $reason }
credits-admin-title = Créditos
credits-admin-waiting = { $count ->
    [one] { $count } solicitação aguarda decisão
   *[other] { $count } solicitações aguardam decisão
}
credits-admin-unit = Unidade
credits-admin-unit-label = Em que os créditos são contados
credits-admin-unit-hint = Por exemplo, “USD em créditos de nuvem”. As quantidades são números inteiros desta unidade.
credits-admin-unit-saved = A unidade foi salva.
credits-admin-save = Salvar
credits-admin-allotments = Cotas de { $year }
credits-admin-year = Ano
credits-admin-show-year = Mostrar
credits-admin-allotment-col = Cota ({ $unit })
credits-admin-allotments-saved = As cotas foram salvas.
credits-admin-exceptions = Exceções para uma pessoa
credits-admin-no-exceptions = Nenhuma exceção este ano.
credits-admin-hero = Herói (o nome no endereço da página dele)
credits-admin-hero-hint = Por exemplo, ana-souza para /heroes/ana-souza. A exceção substitui a cota da especialização da pessoa.
credits-admin-no-such-hero = Nenhum herói tem este nome de endereço.
credits-admin-exception-saved = A exceção foi salva.
credits-admin-grant-title = Conceder as cotas de { $year }
credits-admin-grant-lead = Todo herói ativo que ainda não recebeu a cota deste ano a recebe agora: a exceção dele ou a maior cota entre suas especializações. Conceder de novo não concede nada em dobro a ninguém.
credits-admin-grant = Conceder { $year }
credits-admin-granted = { $count ->
    [one] { $count } herói recebeu a cota.
   *[other] { $count } heróis receberam a cota.
}
credits-admin-pool = Estoque de códigos
credits-admin-pool-left = { $count ->
    [one] { $count } código no valor de { $value } pode ser emitido.
   *[other] { $count } códigos no valor de { $value } podem ser emitidos.
}
credits-admin-file = Arquivo do estoque (CSV)
credits-admin-file-hint = Um código por linha: código,valor,validade (AAAA-MM-DD), com ou sem linha de cabeçalho. Todas as linhas são verificadas; qualquer linha errada faz com que nada seja importado. Códigos que já estão no estoque ficam como estão.
credits-admin-import = Importar os códigos
credits-admin-file-missing = Escolha um arquivo CSV com pelo menos um código.
credits-admin-file-too-large = O arquivo tem mais de 8 MB; divida-o.
credits-admin-file-row = Linha { $line }, { $field }: { $problem }
credits-admin-file-rows = { $count ->
    [one] { $count } linha precisa de revisão; nada foi importado.
   *[other] { $count } linhas precisam de revisão; nada foi importado.
}
credits-queue-title = Solicitações de créditos
credits-queue-open = { $count ->
    [one] { $count } solicitação aguardando
   *[other] { $count } solicitações aguardando
}
credits-queue-empty = Nenhuma solicitação aguarda decisão.
credits-queue-approve-amount = Quantidade a aprovar
credits-queue-approve = Aprovar
credits-queue-reason = Motivo da recusa
credits-queue-decline = Recusar
credits-queue-recent = Decididas recentemente
credits-queue-none-decided = Nada decidido ainda.
credits-queue-decided = A solicitação nº { $id } foi decidida; o herói foi avisado.
credits-reports-title = Relatórios de créditos
credits-reports-csv = Baixar os relatórios como CSV
credits-report-spend = Gasto por especialização e trimestre
credits-report-nothing = Nada para mostrar ainda.
credits-report-no-specialization = Sem especialização
credits-report-expiring = Códigos que expiram até { $until }
credits-report-issued = emitidos
credits-report-in-pool = no estoque
credits-report-pool = Estoque restante
credits-report-pool-empty = O estoque está vazio: importe códigos antes de aprovar solicitações.
admin-home-credit-requests = { $count ->
    [one] solicitação de créditos aguardando
   *[other] solicitações de créditos aguardando
}
admin-area-credits = Créditos
admin-area-credits-hint = A unidade, as cotas anuais e exceções, o estoque de códigos, as solicitações e os relatórios.
## User groups and events (issue 15)
nav-groups = Grupos
nav-events = Eventos
groups-title = Grupos de usuários
groups-lead = Comunidades locais e online em torno das especializações do programa, organizadas pelos próprios membros.
groups-propose-link = Propor um grupo
groups-filters = Filtrar grupos
groups-country = País
groups-region = Região
groups-specialization = Especialização
groups-any = Qualquer
groups-with-coming = Somente com eventos futuros
groups-filter = Mostrar
groups-count = { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
}
groups-members = { $count ->
    [one] { $count } membro
   *[other] { $count } membros
}
groups-coming-events = { $count ->
    [0] nenhum evento futuro
    [one] { $count } evento futuro
   *[other] { $count } eventos futuros
}
groups-online-only = Somente online
groups-back = Todos os grupos
group-status-proposed = Proposto, aguardando aprovação
group-status-active = Ativo
group-status-dormant = Inativo
group-status-closed = Encerrado
group-status-declined = Recusado
group-founded = fundado em { $date }
group-leave = Sair do grupo
group-join = Participar do grupo
group-edit = Editar o grupo
group-new-event = Agendar um evento
group-sign-in-to-join = Entre para participar deste grupo
group-leaders = Líderes
group-specializations = Especializações
group-links = Links
group-coming-events = Próximos eventos
group-no-coming = Nenhum evento agendado ainda.
group-past-events = Eventos anteriores
group-no-past = Nenhum evento anterior.
group-calendar = Assinar o calendário deste grupo (.ics)
group-notice-saved = Salvo.
group-notice-joined = Boas-vindas: agora você é membro.
group-notice-left = Você saiu do grupo.
group-notice-last-leader = Um grupo precisa de um líder: primeiro torne outro membro líder.
group-notice-logo = O logotipo foi salvo.
group-notice-logo-removed = O logotipo foi removido.
group-logo-alt = Logotipo de { $group }
group-logo-heading = Logotipo
group-logo-current = O logotipo do grupo como aparece no diretório e na página dele.
group-logo-label = Logotipo
group-logo-hint = JPEG, PNG ou WebP de até 2 MB, com pelo menos 32 × 32 pixels. Nós o redimensionamos para 256 pixels, colocamos as partes transparentes sobre fundo branco e removemos tudo o que está oculto no arquivo.
group-logo-upload = Enviar logotipo
group-logo-remove = Remover o logotipo
group-logo-missing = Primeiro escolha um arquivo de imagem.
group-logo-too-large = Este arquivo tem mais de 2 MB. Escolha um menor.
group-logo-unreadable = Este arquivo não é uma imagem JPEG, PNG ou WebP que conseguimos ler.
group-logo-too-small = Esta imagem é menor que 32 × 32 pixels; ela ficaria borrada.
group-notice-proposed = Obrigado: a equipe do programa vai analisar sua proposta. Você passa a liderar o grupo assim que ele for aprovado.
group-edit-title = Editar { $group }
group-propose-title = Propor um grupo de usuários
group-propose-lead = Conte-nos sobre o grupo. Assim que um administrador aprová-lo, ele aparece no diretório e você passa a liderá-lo.
group-field-name = Nome
group-field-city = Cidade
group-field-country = País
group-choose-country = Escolha um país
group-field-online-only = O grupo se reúne somente online
group-field-description = Descrição
group-field-description-hint = Markdown: links, listas e ênfase são mantidos.
group-field-links = Links
group-field-links-hint = Endereços web (https://…), um por linha, no máximo 8.
group-field-specializations = Especializações
group-field-founded = Fundado em (opcional)
group-field-coordinates = Onde fica a cidade (opcional, para o mapa)
group-field-latitude = Latitude
group-field-longitude = Longitude
group-field-status = Status
group-save = Salvar
group-propose = Propor o grupo
group-members-heading = Membros
group-leader = líder
group-make-leader = Tornar líder
group-unmake-leader = Deixar de ser líder
group-make-leader-label = Tornar { $name } líder
group-unmake-leader-label = Tornar { $name } membro de novo
group-unknown-specialization = Escolha especializações da lista.
group-name-taken = Escolha outro nome: este já foi usado vezes demais.
group-mail-approved-subject = Seu grupo { $group } foi aprovado
group-mail-approved-body = A equipe do programa aprovou { $group }. Ele já está no diretório, e você é o líder: agende o primeiro evento pela página do grupo.
group-mail-declined-subject = Sua proposta de grupo { $group }
group-mail-declined-body = A equipe do programa não aprovou { $group } desta vez. Responda a este e-mail se quiser saber o motivo.
admin-home-group-proposals = { $count ->
    [one] proposta de grupo aguardando
   *[other] propostas de grupo aguardando
}
admin-area-groups = Grupos de usuários
admin-area-groups-hint = Aprove ou recuse os grupos que os membros propõem.
admin-area-program-events = Eventos do programa
admin-area-program-events-hint = Agende um evento do próprio programa.
admin-groups-title = Propostas de grupos
admin-groups-none = Nenhuma proposta aguardando.
admin-groups-proposed-by = proposto por { $name } ({ $email })
admin-groups-approve = Aprovar
admin-groups-decline = Recusar
admin-groups-approve-label = Aprovar { $group }
admin-groups-decline-label = Recusar { $group }
admin-groups-approved = Aprovado; quem propôs foi avisado.
admin-groups-declined = Recusado; quem propôs foi avisado.
admin-groups-stale = Alguém já decidiu sobre esta proposta.
events-title = Eventos
events-lead = Meetups, conferências, workshops e sessões online do programa e dos seus grupos de usuários.
events-filters = Filtrar eventos
events-when = Quando
events-coming = Próximos
events-past = Anteriores
events-online = Somente com link online
events-count = { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
}
event-kind-meetup = Meetup
event-kind-conference = Conferência
event-kind-workshop = Workshop
event-kind-online-session = Sessão online
event-online = online
event-cancelled = Cancelado
event-of-the-program = Um evento do programa
event-kind = Tipo
event-when-in = Quando ({ $zone })
event-when-yours = Quando (seu fuso horário)
event-when-utc = Quando (UTC)
event-venue = Local
event-online-link = Online
event-link-for-attendees = O link é exibido para quem vai participar.
event-places = Vagas
event-going-of = { $going } de { $capacity } ocupadas
event-going = { $count ->
    [one] { $count } confirmado
   *[other] { $count } confirmados
}
event-waiting = { $count ->
    [one] { $count } na espera
   *[other] { $count } na espera
}
event-attendance = Presença
event-attended = { $count ->
    [one] { $count } pessoa compareceu
   *[other] { $count } pessoas compareceram
}
event-you-are-going = Você vai participar.
event-you-are-waiting = Você está na lista de espera; receberá um e-mail se uma vaga for liberada.
event-cancel-rsvp = No fim, não vou poder ir
event-leave-waitlist = Sair da lista de espera
event-rsvp = Eu vou
event-sign-in-to-rsvp = Entre para confirmar presença
event-edit = Editar o evento
event-check-in = Lista de check-in
event-speakers = Palestrantes
event-add-to-calendar = Adicionar ao meu calendário (.ics)
event-notice-saved = Salvo.
event-notice-going = Sua vaga está garantida. Até lá!
event-notice-waiting = O evento está lotado: você está na lista de espera e receberá um e-mail se uma vaga for liberada.
event-notice-cancelled = Você liberou sua vaga.
rsvp-refused-past = Este evento já começou ou terminou: não aceita mais respostas.
rsvp-refused-deadline = O prazo de confirmação deste evento já passou.
rsvp-refused-cancelled = Este evento foi cancelado.
rsvp-refused-not-coming = Você não tinha nenhuma vaga para liberar.
rsvp-refused-not-waiting = Só quem está na lista de espera pode receber uma vaga.
rsvp-state-going = confirmado
rsvp-state-waiting = na lista de espera
rsvp-state-cancelled = não vai
event-new-title = Agendar um evento
event-edit-title = Editar o evento
event-field-title = Título
event-field-starts = Início (horário local)
event-field-ends = Fim (horário local)
event-field-time_zone = Fuso horário (IANA, como America/Sao_Paulo)
event-field-venue = Local
event-field-online_url = Link online
event-field-capacity = Capacidade (vazio: sem limite)
event-field-rsvp_deadline = Prazo de confirmação (horário local, opcional)
event-field-link_for_attendees = Mostrar o link online só para quem vai participar
event-field-kind = Tipo
event-field-specialization = Especialização
event-field-description = Descrição (Markdown)
event-field-speakers = Palestrantes
event-field-speakers-hint = Um por linha: o endereço ou nome de um herói, ou o nome de qualquer pessoa | o título da palestra.
event-save = Salvar o evento
event-unknown-specialization = Escolha uma especialização da lista.
event-capacity-below-going = Há mais pessoas confirmadas do que esta capacidade permite.
event-mail-promoted-subject = Uma vaga foi liberada: você vai a { $event }
event-mail-promoted-body = Olá, { $name }, alguém liberou a vaga em { $event }, e você era o primeiro da lista de espera: a vaga é sua.
event-mail-promoted-cancel = Se você não puder ir, libere a vaga na página do evento para que a próxima pessoa a receba.
check-in-title = Check-in: { $event }
check-in-search = Buscar por nome ou endereço
check-in-find = Buscar
check-in-count = { $count ->
    [one] { $count } pessoa confirmada
   *[other] { $count } pessoas confirmadas
}
check-in-list = Pessoas confirmadas
check-in-name = Nome
check-in-email = Endereço
check-in-present = Presente
check-in-here = Presente
check-in-undo = Desfazer
check-in-mark = Fazer check-in
check-in-undo-label = Desfazer o check-in de { $name }
check-in-mark-label = Fazer check-in de { $name }
calendar-title = Meus eventos e calendário
calendar-my-events = Meus eventos
calendar-none = Você não tem eventos futuros.
calendar-address = Endereço do calendário
calendar-address-lead = Assine este endereço secreto no seu aplicativo de calendário para ver seus eventos lá. Qualquer pessoa com o endereço pode vê-los: crie um novo (o antigo para de funcionar) ou desative-o quando quiser.
calendar-address-once = Esta é a única vez que o endereço é exibido: copie-o agora.
calendar-address-exists = Você tem um endereço de calendário. Ele não é exibido de novo; crie um novo se o perdeu.
calendar-address-make = Criar meu endereço de calendário
calendar-address-replace = Criar um novo endereço (o antigo para de funcionar)
calendar-address-revoke = Desativar o endereço
calendar-mine-name = Meus eventos
calendar-waiting-summary = (lista de espera) { $event }
groups-map-title = { $count ->
    [one] Mapa dos grupos: { $count } grupo marcado
   *[other] Mapa dos grupos: { $count } grupos marcados
}
groups-map-caption = Cada marcador é um grupo (escolha um para abri-lo); grupos somente online e grupos sem coordenadas aparecem só na lista abaixo. Dados do mapa: Natural Earth.
## Briefings under NDA (issue 13)
briefings-title = Briefings
briefings-lead = Briefings confidenciais das equipes de produto. O que você vê aqui é só para você: não compartilhe antes que seja público.
briefings-new = Novo briefing
briefings-back = Todos os briefings
briefings-upcoming = Próximos
briefings-past = Briefings anteriores
briefings-none-upcoming = Nenhum briefing futuro para você.
briefings-none-past = Nenhum briefing anterior.
briefings-nda-waiting = { $count ->
    [one] Um briefing está esperando por você assim que aceitar o NDA atual.
   *[other] { $count } briefings estão esperando por você assim que aceitar o NDA atual.
}
briefings-nda-read = Ler e aceitar o NDA
briefings-notice-created = O briefing foi publicado.
briefings-notice-calendar-revoked = Seu endereço de calendário não funciona mais.
briefings-notice-nda-accepted = Obrigado: você aceitou o NDA.
briefings-calendar = Seu calendário
briefings-calendar-lead = Assine no seu aplicativo de calendário um endereço privado que lista os briefings a que você respondeu. Qualquer pessoa com o endereço pode vê-los, então guarde-o só para você; é possível substituí-lo ou revogá-lo a qualquer momento.
briefings-calendar-new = Seu endereço de calendário (exibido só agora, copie-o):
briefings-calendar-create = Criar um endereço de calendário
briefings-calendar-replace = Substituir o endereço de calendário
briefings-calendar-revoke = Revogar o endereço de calendário
briefing-back = Voltar para o briefing
briefing-embargo-label = Sob embargo.
briefing-embargo = Nada deste briefing pode ser compartilhado antes de { $date }.
briefing-when = Quando
briefing-minutes = { $count ->
    [one] um minuto
   *[other] { $count } minutos
}
briefing-venue = Local
briefing-seats = Vagas
briefing-seats-taken = { $taken } de { $capacity } ocupadas
briefing-waiting = { $count ->
    [one] um herói na espera
   *[other] { $count } heróis na espera
}
briefing-nda = Versão do NDA
briefing-edit = Editar o briefing
briefing-manage = Confirmações, presença e registro de acessos
briefing-your-answer = Sua resposta
briefing-rsvp-going = Você tem uma vaga.
briefing-rsvp-waiting = Você está na lista de espera.
briefing-you-run = você conduz
briefing-rsvp = Vou participar
briefing-join-waitlist = Entrar na lista de espera
briefing-cancel = Retirar minha resposta
briefing-join-link = Participar online
briefing-recording = Assistir à gravação
briefing-ics = Adicionar ao calendário (.ics)
briefing-agenda = Agenda
briefing-materials = Materiais
briefing-notice-seated = Você tem uma vaga.
briefing-notice-waitlisted = O briefing está lotado: você está na lista de espera e receberá um e-mail se uma vaga for liberada.
briefing-notice-cancelled = Sua resposta foi retirada.
briefing-notice-saved = O briefing foi salvo.
briefing-notice-already = Você já tinha respondido.
briefing-notice-attendance = A presença foi salva.
briefing-notice-attendance-unmatched = { $count ->
    [one] A presença foi salva. Um endereço do arquivo não correspondeu a nenhum herói com vaga.
   *[other] A presença foi salva. { $count } endereços do arquivo não corresponderam a nenhum herói com vaga.
}
briefing-import = Importar presença
briefing-import-label = Presença em CSV
briefing-import-hint = Cole a lista de participantes que sua ferramenta de reuniões exporta. Os heróis com vaga cujo endereço aparece nela são marcados como presentes; os demais, como ausentes.
briefing-import-submit = Importar presença
briefing-unknown = Nada se chama “{ $value }”.
briefing-field-title = Título
briefing-field-summary = Resumo
briefing-field-audience = Público
briefing-audience-specializations = Heróis das especializações abaixo
briefing-audience-all-heroes = Todos os heróis ativos
briefing-audience-named = Os heróis indicados abaixo
briefing-field-specializations = Especializações
briefing-field-heroes = Heróis indicados
briefing-field-heroes-hint = Os endereços das páginas deles (por exemplo, ana-souza), separados por vírgulas.
briefing-field-nda = Versão do NDA exigida
briefing-field-embargo = Embargo até
briefing-field-embargo-hint = Opcional. Até esse dia, o briefing exibe um aviso: nada pode ser compartilhado.
briefing-field-starts = Início (horário local)
briefing-field-zone = Fuso horário
briefing-field-zone-hint = Um nome IANA como America/Sao_Paulo ou Europe/Lisbon.
briefing-field-minutes = Duração em minutos
briefing-field-join = Link online
briefing-field-join-hint = Exibido só para heróis elegíveis; cada clique é registrado. Informe um link, um local ou ambos.
briefing-field-venue = Local
briefing-field-capacity = Vagas
briefing-field-agenda = Agenda
briefing-field-materials = Materiais
briefing-field-recording = Link da gravação
briefing-save = Salvar o briefing
briefing-manage-title = Gerenciando “{ $title }”
briefing-rsvps = Confirmações e lista de espera
briefing-rsvps-none = Ninguém respondeu ainda.
briefing-who = Quem
briefing-answer = Resposta
briefing-attended = Presença
briefing-present = compareceu
briefing-present-label = { $name } compareceu
briefing-save-attendance = Salvar presença
briefing-access-log = Registro de acessos
briefing-access-log-none = Ninguém abriu o briefing ainda.
briefing-what = O quê
briefing-at = Quando
briefing-viewed-page = a página e os materiais
briefing-viewed-join-link = o link para participar
briefing-viewed-recording = a gravação
briefing-viewed-calendar = o arquivo de calendário
field-markdown-hint = Markdown: links, listas, ênfase.
nda-title = Acordo de confidencialidade
nda-version = NDA versão { $version }
nda-effective = Em vigor desde { $date }.
nda-accepted = Você aceitou esta versão.
nda-accept = Aceitar o NDA
nda-accept-required = Marque a caixa para aceitar o NDA.
admin-nda-title = Versões do NDA
admin-nda-lead = Publique uma nova versão e todos os heróis serão solicitados a aceitá-la a partir da data de vigência; os briefings que a exigem ficam ocultos para os heróis até que a aceitem.
admin-nda-published = A versão foi publicada.
admin-nda-label = Versão
admin-nda-effective = Em vigor a partir de
admin-nda-acceptances = Aceites
admin-nda-new = Publicar uma nova versão
admin-nda-body = Texto
admin-nda-publish = Publicar
admin-nda-label-taken = Já existe uma versão com este nome.
admin-nda-back = Todas as versões do NDA
admin-nda-accepted-by = { $count ->
    [one] Aceita por uma pessoa
   *[other] Aceita por { $count } pessoas
}
admin-nda-who = Quem
admin-nda-when = Quando
admin-nda-from = Endereço de origem
admin-area-nda = Versões do NDA
admin-area-nda-hint = Publique versões do NDA e veja quem aceitou qual, quando e de onde.
admin-area-briefings = Briefings
admin-area-briefings-hint = Crie briefings sob NDA, veja as confirmações, marque a presença e leia o registro de acessos.
mail-briefing-seat-subject = Uma vaga é sua: { $title }
mail-briefing-seat-body = Uma vaga foi liberada no briefing “{ $title }” e ela é sua. Se no fim você não puder participar, retire sua resposta para que o próximo herói a receba.
mail-briefing-digest-subject = { $count ->
    [one] Um novo briefing para você
   *[other] { $count } novos briefings para você
}
mail-briefing-digest-body = { $count ->
    [one] Foi publicado um briefing de que você pode participar:
   *[other] Foram publicados briefings de que você pode participar:
}
mail-briefing-reminder-subject = Amanhã: { $title }
mail-briefing-reminder-body = Um lembrete: o briefing “{ $title }” começa { $start }. Você tem uma vaga.
## The private network and mentoring (issue 16)
network-title = A rede de heróis
network-lead = Todos os heróis atuais, com os dados de contato que compartilham com os heróis, no que estão trabalhando agora e o que perguntar a eles. Só os heróis e a equipe do programa veem esta página.
network-asks-link = Pedidos à rede
network-card-link = Seu cartão da rede
mentoring-home-link = Mentoria
network-search-label = Busque por nome, tema, lugar ou no que a pessoa está trabalhando
network-filter-specialization = Especialização
network-filter-open = Aberto a
network-filter-any = Qualquer
network-open-cospeaking = Palestras em dupla
network-open-collaboration = Colaboração
network-open-mentoring = Mentoria
network-search-button = Buscar
network-count = { $count ->
    [one] Um herói
   *[other] { $count } heróis
}
network-specializations = Especializações
network-working-on = Trabalhando agora em
network-ask-me-about = Pergunte-me sobre
network-languages = Idiomas
network-timezone = Fuso horário
network-pages = Páginas
network-previous = Anterior
network-next = Próxima
network-page-of = Página { $page } de { $pages }
network-card-title = Seu cartão da rede
network-card-lead = O que outros heróis veem sobre você na rede, além do seu perfil público. Os dados de contato vêm do seu perfil, cada um exibido para o público que você escolheu lá.
network-card-saved = Seu cartão foi salvo.
network-card-open = Aberto a
network-card-save = Salvar o cartão
network-back = Voltar para a rede
network-asks-title = Pedidos à rede
network-asks-lead = Peça aos outros heróis um parceiro de palestra, um revisor, um local ou qualquer outra coisa. As respostas chegam por e-mail; feche o pedido quando tiver o que precisa.
network-asks-none = Nenhum pedido ainda.
network-answers-count = { $count ->
    [one] Uma resposta
   *[other] { $count } respostas
}
network-ask-state-closed = Fechado
network-ask-new = Publicar um pedido
network-ask-kind = O que você procura
network-ask-kind-co-speaker = Um parceiro de palestra
network-ask-kind-reviewer = Um revisor
network-ask-kind-venue = Um local
network-ask-kind-other = Outra coisa
network-ask-title-label = Em uma linha
network-ask-body = Detalhes
network-markdown-hint = Markdown funciona aqui.
network-ask-post = Publicar o pedido
network-ask-close = Fechar este pedido
network-answer-heading = Responder
network-answer-label = Sua resposta
network-answer-submit = Enviar a resposta
network-ask-closed = Este pedido está fechado; não aceita mais respostas.
network-asks-back = Voltar para os pedidos
mail-ask-answered-subject = Uma resposta ao seu pedido: { $title }
mail-ask-answered = Alguém da rede de heróis respondeu ao seu pedido “{ $title }”:
mentoring-home-title = Mentoria
mentoring-home-lead = Peça a um herói para ser seu mentor, acompanhe suas mentorias e, como herói, ofereça mentoria e responda aos membros que pedirem.
mentoring-as-mentor = Como mentor
mentoring-offer-summary = { $count ->
    [one] Um mentorado de { $capacity }
   *[other] { $count } mentorados de { $capacity }
}
mentoring-offer-open = Aberto a novos mentorados
mentoring-offer-paused = Pausado
mentoring-offer-edit = Alterar sua oferta
mentoring-offer-start = Oferecer mentoria
mentoring-asks-heading = Membros que pediram a você
mentoring-asks-none = Ninguém pediu a você ainda.
mentoring-ask-state-pending = Aguardando resposta
mentoring-ask-state-accepted = Aceito
mentoring-ask-state-declined = Recusado
mentoring-ask-state-withdrawn = Retirado
mentoring-accept = Aceitar
mentoring-decline = Recusar
mentoring-mentorships-heading = Mentorias
mentoring-mentorships-none = Nenhuma mentoria ainda.
mentoring-mentorship-line = { $mentor } é mentor de { $mentee }
mentoring-sessions-count = { $count ->
    [one] Uma sessão
   *[other] { $count } sessões
}
mentoring-ended = Encerrada
mentoring-requests-heading = Seus pedidos de mentor
mentoring-request-new = Pedir um mentor
mentoring-request-state-open = Procurando um mentor
mentoring-request-state-matched = Com mentor
mentoring-request-state-withdrawn = Retirado
mentoring-notice-accepted = Você aceitou; a mentoria começou.
mentoring-notice-declined = Sua resposta foi enviada.
mentoring-notice-withdrawn = Seu pedido foi retirado.
mentoring-offer-title = Oferecer mentoria
mentoring-offer-lead = Membros que pedem um mentor veem você sugerido, com o motivo, quando seu trabalho, sua oferta ou seu perfil corresponde ao que eles querem aprender.
mentoring-offer-saved = Sua oferta foi salva.
mentoring-topics = Temas
mentoring-topics-hint = Em que você dá mentoria, como “Lambda, design orientado a eventos, falar em público”.
mentoring-specializations = Especializações
mentoring-languages = Idiomas em que você atende
mentoring-languages-hint = Códigos de idioma separados por vírgulas, como en, es, pt-BR.
mentoring-time-zones = Fusos horários em que você pode atender
mentoring-time-zones-hint = Nomes IANA separados por vírgulas, como Europe/Madrid, America/Bogota (no máximo cinco).
mentoring-formats = Formatos
mentoring-format-calls = Chamadas
mentoring-format-code-review = Revisão de código
mentoring-format-career = Orientação de carreira
mentoring-capacity = Mentorados ao mesmo tempo
mentoring-open-label = Aberto a novos mentorados (desmarque para pausar; as mentorias em andamento continuam)
mentoring-offer-save = Salvar a oferta
mentoring-capacity-below-taken = Você já é mentor de mais pessoas do que isso; encerre uma mentoria primeiro ou mantenha um número maior.
mentoring-back = Voltar para a mentoria
mentoring-request-title = Pedir um mentor
mentoring-request-lead = Diga o que você quer alcançar e aprender; sugerimos heróis que escrevem sobre isso, falam seu idioma e compartilham seus horários, cada um com o motivo.
mentoring-goals = Seus objetivos
mentoring-request-topics = Temas para aprender
mentoring-language = Idioma
mentoring-language-hint = Um código de idioma, como en ou pt-BR.
mentoring-time-zone = Seu fuso horário
mentoring-time-zone-hint = Um nome IANA, como America/Sao_Paulo.
mentoring-request-submit = Encontrar mentores
mentoring-request-page-title = Seu pedido de mentor
mentoring-asked-heading = Mentores a quem você pediu
mentoring-suggestions-heading = Mentores sugeridos
mentoring-suggestions-none = Ainda não há nenhum mentor com vaga que corresponda a esses temas. Tente outras palavras ou volte mais tarde.
mentoring-choose-mentors = Escolha um mentor, ou até { $max }, entre as sugestões
mentoring-already-asked = Pedido feito
mentoring-ask-submit = Pedir aos mentores escolhidos
mentoring-withdraw = Retirar o pedido
mentoring-reason-posts = { $count ->
    [one] um post sobre { $topic }
   *[other] { $count } posts sobre { $topic }
}
mentoring-reason-offers = dá mentoria em { $topic }
mentoring-reason-profile = o perfil menciona { $topic }
mentoring-reason-speaks = fala { $language }
mentoring-reason-hours = { $count ->
    [one] uma hora diurna em comum
   *[other] { $count } horas diurnas em comum
}
mentoring-reason-places = { $count ->
    [one] resta uma vaga de { $capacity }
   *[other] restam { $count } vagas de { $capacity }
}
mentoring-refusal-answered = Este pedido já foi respondido ou retirado.
mentoring-refusal-full = Todas as vagas deste mentor estão ocupadas.
mentoring-refusal-closed = Este pedido já encontrou seu mentor ou foi retirado.
mentoring-refusal-ended = Esta mentoria foi encerrada, ou você já deixou sua mensagem.
mentoring-refusal-not-offering = Este herói não está aceitando mentorados agora.
mentoring-refusal-paused = Sua oferta está pausada, então você não aceita mentorados agora. Reabra-a para aceitar este pedido; ele continua aguardando até lá (ou recuse-o).
mentorship-title = Mentoria
mentorship-since = Desde { $date }
mentorship-ended-on = encerrada em { $date }
mentorship-private = Só vocês dois veem esta página; as sessões contam como mentoria na prontidão do mentor, sem as notas.
mentorship-goals = Objetivos
mentorship-log-heading = Registrar uma sessão
mentorship-held-on = Data
mentorship-notes = Notas (só vocês dois as veem)
mentorship-log-submit = Registrar a sessão
mentorship-words = Mensagens de encerramento
mentorship-end-label = Encerrar a mentoria com uma mensagem para a outra pessoa
mentorship-word-label = Sua mensagem de encerramento
mentorship-end-submit = Encerrar a mentoria
mentorship-word-submit = Deixar sua mensagem
mentorship-readiness-link = Ver sua prontidão
mail-mentoring-asked-subject = { $member } pede que você seja mentor
mail-mentoring-asked = { $member } gostaria de ter você como mentor em: { $topics }. Os objetivos:
mail-mentoring-accepted-subject = { $mentor } será seu mentor
mail-mentoring-accepted = { $mentor } aceitou seu pedido: sua mentoria começou.
mail-mentoring-declined-subject = { $mentor } não pode ser seu mentor agora
mail-mentoring-declined = { $mentor } recusou seu pedido desta vez. Seu pedido continua aberto para outros mentores.
mail-mentorship-ended-subject = { $name } encerrou sua mentoria
mail-mentorship-ended = { $name } encerrou sua mentoria e deixou esta mensagem:
admin-mentoring-title = Mentoria
admin-mentoring-waiting = { $count ->
    [one] Um pedido aguardando há mais de uma semana
   *[other] { $count } pedidos aguardando há mais de uma semana
}
admin-mentoring-member = Membro
admin-mentoring-since = Pedido em
admin-mentoring-pending = Pedidos aguardando
admin-mentoring-loads = Carga de cada mentor
admin-mentoring-no-mentors = Nenhum herói oferece mentoria ainda.
admin-mentoring-mentor = Mentor
admin-mentoring-taken = Mentorados
admin-mentoring-state = Oferta
admin-mentoring-months = Pareamentos por mês
admin-mentoring-no-matches = Nenhuma mentoria começou no último ano.
admin-mentoring-month = Mês
admin-mentoring-matches = Mentorias iniciadas
admin-home-mentoring-waiting = { $count ->
    [one] pedido de mentoria aguardando há mais de uma semana
   *[other] pedidos de mentoria aguardando há mais de uma semana
}
admin-area-mentoring = Mentoria
admin-area-mentoring-hint = Pedidos aguardando um mentor, a carga de cada mentor, pareamentos por mês.

## Benefits II: pool imports from the web (job with progress)
credits-import-title = Importação para o estoque nº { $id }
credits-import-progress = { $done } de { $total } linhas concluídas
credits-import-running = A importação está em andamento; esta página é recarregada a cada poucos segundos.
credits-import-reload = Recarregar agora
credits-import-finished = A importação foi concluída.
credits-import-added = { $count ->
    [one] { $count } código adicionado ao estoque
   *[other] { $count } códigos adicionados ao estoque
}
credits-import-already = { $count ->
    [one] { $count } código já estava no estoque, com o mesmo valor e validade (mantido como estava)
   *[other] { $count } códigos já estavam no estoque, com o mesmo valor e validade (mantidos como estavam)
}
credits-import-refused = { $count ->
    [one] { $count } linha recusada
   *[other] { $count } linhas recusadas
}
credits-import-refused-title = Linhas recusadas
credits-import-col-line = Linha
credits-import-col-reason = Motivo
credits-import-other-terms = Este código já está no estoque com outro valor ou validade; o estoque mantém o que já tem.
credits-admin-imports = Importações recentes
credits-admin-import-line = { $when }: { $done } de { $total } linhas, { $added } adicionados

## Benefits II: the digest's period
digest-title-week = Boletim Heroes, semana de { $day }
digest-title-quarter = Boletim Heroes, { $quarter }
digest-cadence-title = Frequência
digest-cadence-label = Criar um boletim
digest-cadence-hint = A tarefa cria o rascunho do boletim de cada período quando ele termina; uma mudança vale a partir do próximo período.
digest-cadence-weekly = Toda semana
digest-cadence-monthly = Todo mês
digest-cadence-quarterly = Todo trimestre
digest-cadence-save = Salvar
digest-cadence-saved = A frequência do boletim foi salva.
credits-entry-restoration = Restaurado (a mudança para ex-herói foi desfeita)
## Briefing files, product areas of briefings, feedback from briefings (issue 13)
briefing-files = Arquivos
briefing-files-none = Nenhum arquivo ainda.
briefing-file-download = Baixar { $name }
briefing-file-size-kb = { $size } KB
briefing-file-size-mb = { $size } MB
briefing-file-add = Adicionar um arquivo
briefing-file-label = Arquivo
briefing-file-hint = PDF, PNG, JPEG, WebP, PowerPoint, Word, Excel ou texto (.txt, .md, .csv); no máximo { $max } MB. O tipo é verificado pelo conteúdo, não pelo nome. Heróis elegíveis podem baixá-lo; cada download é registrado.
briefing-file-upload = Enviar o arquivo
briefing-file-remove = Remover
briefing-file-remove-label = Remover { $name }
briefing-file-empty = Escolha um arquivo que não esteja vazio.
briefing-file-too-large = O arquivo tem mais de { $max } MB.
briefing-file-type = Este tipo de arquivo não é aceito (avaliado pelo conteúdo): use PDF, PNG, JPEG, WebP, PowerPoint, Word, Excel ou texto.
briefing-file-name = O nome do arquivo contém caracteres não permitidos (como NUL). Renomeie o arquivo e tente novamente.
briefing-file-unreadable = Não foi possível ler o envio. Nomes de arquivo com caracteres de controle (como NUL) são recusados: renomeie o arquivo e tente novamente.
briefing-notice-file-added = O arquivo foi adicionado.
briefing-notice-file-removed = O arquivo foi removido.
briefing-viewed-file = um arquivo
briefing-area = Área de produto
briefing-field-area = Área de produto
briefing-field-area-none = Nenhuma
briefing-feedback = Feedback deste briefing
briefing-feedback-none = Nenhum feedback menciona este briefing ainda.
feedback-field-briefing = Veio de um briefing
feedback-field-briefing-none = Nenhum
feedback-field-briefing-hint = Opcional: o briefing em que você ficou sabendo disso. Só a equipe de produto vê essa informação.
feedback-unknown-briefing = Esse briefing não existe.
feedback-from-briefing = Veio do briefing
feedback-from-briefing-hidden = um briefing (nº { $id }) que você não conduz
briefing-file-feedback = Enviar feedback a partir deste briefing
admin-area-dashboard = Painel e exportações
admin-area-dashboard-hint = Gráficos de heróis, contribuições, atividade e seleção; todos os heróis, contribuições e candidaturas em CSV ou JSON.
dashboard-title = Painel
dashboard-lead = Gráficos do programa, gerados a partir de números atualizados a cada mudança. Cada gráfico pode ser filtrado por especialização, lugar e período, e baixado como CSV.
dashboard-back = ← Painel
dashboard-filters = Filtrar os gráficos
dashboard-any = Qualquer
dashboard-from = Do mês
dashboard-to = Até o mês
dashboard-period-hint = Meses no formato AAAA-MM. Sem período, os últimos doze meses.
dashboard-filter = Mostrar
dashboard-period = De { $from } a { $to }
dashboard-csv = Baixar os dados (CSV)
dashboard-table-caption = Os dados do gráfico
dashboard-listed = { $count ->
    [one] { $count } herói para acompanhar
   *[other] { $count } heróis para acompanhar
}
dashboard-more-in-csv = { $count ->
    [one] Mais { $count } no arquivo CSV.
   *[other] Mais { $count } no arquivo CSV.
}
dashboard-no-specialization = Sem especialização
dashboard-year = Ano da primeira nomeação
dashboard-specialization = Especialização
dashboard-region = Região
dashboard-country = País
dashboard-month = Mês
dashboard-kind = Tipo
dashboard-hero = Herói
dashboard-heroes = Heróis
dashboard-contributions = Contribuições
dashboard-views = Visualizações
dashboard-attendees = Participantes
dashboard-stars = Estrelas
dashboard-answers = Respostas
dashboard-band = Faixa
dashboard-recent = Últimos 90 dias
dashboard-before = Os 90 dias anteriores
dashboard-latest = Contribuição mais recente
dashboard-none-in-window = nenhuma em 180 dias
dashboard-follow-up = Heróis para acompanhar
dashboard-band-active = Ativo
dashboard-band-slowing = Desacelerando
dashboard-band-quiet = Quieto
dashboard-band-silent = Sem atividade
dashboard-cycle = Ciclo
dashboard-stage-nominated = Indicadas
dashboard-stage-answered = Respondidas
dashboard-stage-reviewed = Avaliadas
dashboard-stage-decided = Decididas
dashboard-stage-announced = Anunciadas
dashboard-days-to-answer = Dias até a resposta da pessoa indicada (mediana)
dashboard-days-to-decide = Dias da resposta até a decisão (mediana)
dashboard-days-to-announce = Dias da decisão até o anúncio (mediana)
dashboard-reviewer = Avaliador
dashboard-assigned = Atribuídas
dashboard-reviewed = Avaliadas
dashboard-conflicts = Conflitos declarados
dashboard-distance = Distância média da nota do painel (centésimos)
dashboard-heroes-by-year = Heróis por ano da primeira nomeação
dashboard-heroes-by-year-description = Os heróis nomeados pela primeira vez em cada ano do período, divididos pelo status atual: ativo, ex-herói ou afastado. O comprimento de cada barra corresponde aos novos heróis do ano.
dashboard-heroes-by-specialization = Heróis por especialização
dashboard-heroes-by-specialization-description = Heróis nomeados até o fim do período em cada especialização, por status. Um herói reconhecido em duas especializações conta nas duas.
dashboard-heroes-by-region = Heróis por região
dashboard-heroes-by-region-description = Heróis nomeados até o fim do período em cada região, por status.
dashboard-heroes-by-country = Heróis por país
dashboard-heroes-by-country-description = Heróis nomeados até o fim do período em cada país, do maior para o menor, por status.
dashboard-contributions-by-kind = Contribuições por mês e tipo
dashboard-contributions-by-kind-description = Contribuições públicas publicadas em cada mês do período, por tipo. Um filtro de especialização mantém as registradas nela; um filtro de lugar, as dos heróis que moram lá.
dashboard-contributions-by-specialization = Contribuições por mês e especialização
dashboard-contributions-by-specialization-description = Contribuições públicas publicadas em cada mês do período, pela especialização em que foram registradas.
dashboard-reach = Alcance por tipo
dashboard-reach-description = Contribuições públicas do período e o alcance que seus heróis registraram (visualizações, participantes, estrelas, respostas), por tipo.
dashboard-most-active = Heróis mais ativos
dashboard-most-active-description = Os vinte heróis com mais contribuições públicas no período. Um filtro de especialização mantém os heróis reconhecidos nela.
dashboard-activity-bands = Faixas de atividade
dashboard-activity-bands-description = Todos os heróis ativos pelas contribuições públicas até hoje: ativo (pelo menos tantas nos últimos 90 dias quanto nos 90 anteriores), desacelerando (menos), quieto (nenhuma nos últimos 90 dias, alguma antes), sem atividade (nenhuma em 180 dias). O período não se aplica.
dashboard-selection-funnel = Funil de seleção
dashboard-selection-funnel-description = Candidaturas de cada ciclo de seleção aberto no período, por até onde chegaram: indicadas, respondidas pela pessoa indicada, avaliadas pelo menos uma vez, decididas, anunciadas.
dashboard-selection-times = Tempo em cada etapa da seleção
dashboard-selection-times-description = Mediana de dias da indicação até a resposta da pessoa indicada, da resposta até a decisão e da decisão até o anúncio, por ciclo (0 quando nada chegou tão longe).
dashboard-reviewers = Carga e concordância dos avaliadores
dashboard-reviewers-description = Por avaliador, nos ciclos de seleção abertos no período: candidaturas atribuídas, avaliadas, conflitos declarados e quanto as notas ponderadas se afastam da média do painel quando duas ou mais pessoas avaliaram (quanto menor, maior a concordância).
dashboard-panel-heroes = Heróis
dashboard-panel-contributions = Contribuições
dashboard-panel-activity = Atividade e renovação
dashboard-panel-selection = Seleção
dashboard-panel-briefings = Briefings
dashboard-panel-feedback = Feedback
dashboard-panel-credits = Créditos
dashboard-panel-events = Eventos
dashboard-panel-mentoring = Mentoria
dashboard-heroes-map = Mapa mundial de heróis
dashboard-heroes-map-description = Heróis nomeados até o fim do período em cada país, como um marcador na posição média das maiores cidades do país, com área proporcional aos seus heróis. Países sem uma cidade de 100.000 habitantes nos dados do mapa aparecem só na tabela. Dados do mapa: Natural Earth; cidades: GeoNames.
dashboard-renewal-readiness = Prontidão para renovação
dashboard-renewal-readiness-description = Todos os heróis ativos pela prontidão para renovação até hoje: os pontos que os critérios publicados dão ao trabalho dos últimos doze meses, como porcentagem da meta — pronto (100% ou mais), perto (75–99%), no meio do caminho (50–74%), começou (25–49%), longe (menos de 25%). O período não se aplica.
dashboard-readiness-level = Prontidão
dashboard-readiness-ready = Pronto
dashboard-readiness-near = Perto (75–99%)
dashboard-readiness-halfway = No meio do caminho (50–74%)
dashboard-readiness-started = Começou (25–49%)
dashboard-readiness-far = Longe (menos de 25%)
dashboard-briefing-attendance = Presença em briefings
dashboard-briefing-attendance-description = Briefings que começaram em cada mês do período, com as vagas ocupadas, as listas de espera e as pessoas marcadas como presentes. Só o período se aplica.
dashboard-briefings = Briefings
dashboard-going = Vagas ocupadas
dashboard-waiting = Lista de espera
dashboard-attended = Compareceram
dashboard-feedback-answer-times = Tempos de resposta ao feedback
dashboard-feedback-answer-times-description = Itens de feedback abertos em cada mês do período, os que a equipe respondeu e a mediana de dias inteiros da abertura até a primeira resposta. Só o período se aplica.
dashboard-opened = Abertos
dashboard-answered = Respondidos
dashboard-median-days-to-answer = Dias até a primeira resposta (mediana)
dashboard-credit-spend = Gasto de créditos
dashboard-credit-spend-description = O valor dos códigos de crédito emitidos em cada mês do período, pela finalidade da solicitação. Uma especialização mantém os códigos emitidos nela; um lugar, os dos heróis que moram lá.
dashboard-spend-workshop = Workshops
dashboard-spend-demo = Demos e palestras
dashboard-spend-open-source = Código aberto
dashboard-spend-other = Outros
dashboard-spend-no-request = Sem solicitação
dashboard-event-attendance = Eventos e presença
dashboard-event-attendance-description = Eventos que começaram em cada mês do período (sem os cancelados), as vagas ocupadas e as pessoas que fizeram check-in na entrada. Uma especialização mantém os eventos dela; um lugar, os eventos dos grupos de lá.
dashboard-events = Eventos
dashboard-checked-in = Check-ins
dashboard-mentoring-matches = Pareamentos de mentoria
dashboard-mentoring-matches-description = Pedidos de mentor feitos em cada mês do período, os que foram pareados com um mentor e a mediana de dias inteiros do pedido até o pareamento. Só o período se aplica.
dashboard-requests = Pedidos
dashboard-matched = Pareados
dashboard-median-days-to-match = Dias até o pareamento (mediana)
dashboard-exports = Exportações de todo o programa
dashboard-exports-lead = Todos os heróis com todos os campos, todas as contribuições públicas, todas as candidaturas com a decisão. Sem filtro.
export-heroes = Heróis
export-contributions = Contribuições
export-candidacies = Candidaturas e decisões
## Community projects (issue 16)
nav-projects = Projetos
projects-title = Projetos da comunidade
projects-lead = Projetos que os heróis começaram: código aberto, traduções, material de aprendizado. Peça para participar daqueles em que você pode ajudar.
projects-start-link = Começar um projeto (heróis)
projects-filters = Filtrar projetos
projects-text = Palavras
projects-specialization = Especialização
projects-status = Status
projects-any = Qualquer
projects-help-wanted = Somente projetos que procuram ajuda
projects-filter = Mostrar projetos
projects-count = { $count ->
    [one] Um projeto
   *[other] { $count } projetos
}
projects-members = { $count ->
    [one] uma pessoa
   *[other] { $count } pessoas
}
projects-feed-atom = Feed Atom destes projetos
projects-feed-json = JSON Feed destes projetos
projects-back = Todos os projetos
project-status-active = Ativo
project-status-looking-for-help = Procurando ajuda
project-status-paused = Pausado
project-status-done = Concluído
project-help-wanted = Procura-se ajuda
project-help-wanted-list = Procura-se ajuda: { $help }
project-help-skills = Habilidades procuradas
project-help-roles = Funções procuradas
project-site = Repositório ou site
project-specializations = Especializações
project-who = Quem trabalha nele
project-owner = responsável
project-make-owner = Tornar responsável
project-unmake-owner = Deixar de ser responsável
project-make-owner-label = Tornar { $name } responsável
project-unmake-owner-label = { $name } deixa de ser responsável
project-requests = Pedidos para participar
project-no-requests = Ninguém está aguardando.
project-accept = Aceitar
project-decline = Recusar
project-accept-label = Aceitar { $name }
project-decline-label = Recusar { $name }
project-contributions = Contribuições para este projeto
project-no-contributions = Nenhuma contribuição está vinculada a este projeto ainda.
project-leave = Sair deste projeto
project-edit = Editar o projeto
project-waiting = Você pediu para participar; os responsáveis vão responder.
project-join = Pedir para participar
project-join-message = O que você gostaria de fazer (opcional)
project-join-hint = Os responsáveis leem isso junto com seu nome e endereço.
project-sign-in-to-join = Entre para pedir para participar
project-notice-started = Seu projeto começou. Você é o responsável.
project-notice-saved = Salvo.
project-notice-asked = Seu pedido foi enviado aos responsáveis.
project-notice-accepted = Aceito: a pessoa agora é membro.
project-notice-declined = Recusado.
project-notice-left = Você saiu do projeto.
project-notice-owners = Os responsáveis mudaram.
project-refusal-answered = Este pedido já foi respondido.
project-refusal-member = Você já faz parte deste projeto.
project-refusal-asked = Você já pediu para participar; os responsáveis vão responder.
project-refusal-closed = Este projeto foi concluído e não aceita mais ninguém.
project-refusal-last-owner = Um projeto sempre precisa de um responsável: primeiro torne outro membro responsável.
project-refusal-not-member = Essa pessoa não é membro deste projeto.
project-start-title = Começar um projeto
project-start-lead = Você será o responsável. Outras pessoas pedem para participar, e você aceita ou recusa.
project-edit-title = Editar { $project }
project-field-name = Nome
project-field-description = Descrição
project-field-description-hint = Markdown: o que é, para quem é, como ajudar.
project-field-url = Repositório ou site (opcional)
project-field-specializations = Especializações
project-field-skills = Habilidades procuradas
project-field-roles = Funções procuradas
project-field-help-hint = Separadas por vírgulas, no máximo dez.
project-field-status = Status
project-save = Salvar
project-start = Começar o projeto
project-unknown-specialization = Essa especialização não está na lista.
project-name-taken = Projetos demais têm este nome; escolha outro.
project-mail-asked-subject = { $name } pede para participar de { $project }
project-mail-asked-body = { $name } gostaria de trabalhar em { $project }. Aceite ou recuse na página do projeto.
project-mail-accepted-subject = Boas-vindas a { $project }
project-mail-accepted-body = Um responsável por { $project } aceitou seu pedido: agora você é membro.
project-mail-declined-subject = Seu pedido para participar de { $project }
project-mail-declined-body = Os responsáveis por { $project } recusaram seu pedido desta vez.
own-project = Projeto
own-project-none = Nenhum projeto
own-project-hint = Um projeto do qual você participa e do qual este trabalho faz parte.
own-project-unknown = Escolha um projeto do qual você participa.
## Speaker suggestions and invitations (issue 15)
speaker-reason-topics = fala sobre { $topic }
speaker-reason-distance = { $km ->
    [0] na mesma cidade
    [one] a um km
   *[other] a { $km } km
}
speaker-reason-hours = { $count ->
    [0] mesmo fuso horário
    [one] a uma hora do fuso horário do evento
   *[other] a { $count } horas do fuso horário do evento
}
speaker-reason-available = disponível para palestrar
speaker-reason-spoke = { $count ->
    [one] palestrou uma vez no último ano
   *[other] palestrou { $count } vezes no último ano
}
speaker-account-title = Palestras
speaker-account-lead = Diga aos organizadores dos eventos do programa se e onde você daria uma palestra. Eles veem os heróis classificados como palestrantes para o evento, e você responde a cada convite.
speaker-account-saved = Suas configurações de palestras foram salvas.
speaker-account-save = Salvar configurações de palestras
speaker-open-label = Estou aberto a convites para palestrar
speaker-topics = Sobre o que você gosta de falar
speaker-topics-hint = Algumas palavras, como “Lambda, design orientado a eventos”; comparadas com o evento.
speaker-travel-km = Até que distância você viaja para um evento (km)
speaker-travel-km-hint = Deixe vazio se a distância não importar.
speaker-remote-only-label = Somente eventos online
speaker-languages = Idiomas em que você dá palestras
speaker-languages-hint = Tags de idioma separadas por vírgulas, como “pt-BR, en”. Vazio: os idiomas do seu perfil.
speaker-invitations-heading = Convites para palestrar
speaker-invitations-none = Nenhum convite ainda.
speaker-invitation-title = Convite para palestrar
speaker-invitation-event = Evento
speaker-invitation-state = Resposta
speaker-invitation-state-pending = aguardando resposta
speaker-invitation-state-accepted = aceito
speaker-invitation-state-declined = recusado
speaker-invitation-state-withdrawn = retirado
speaker-talk-title = Título da palestra
speaker-message = Mensagem
speaker-accept = Aceitar e palestrar
speaker-decline = Recusar
speaker-refusal-answered = Este convite já foi respondido.
speaker-suggestions-link = Encontrar palestrantes
speaker-suggestions-title = Palestrantes sugeridos
speaker-suggestions-heading = Heróis que poderiam palestrar
speaker-suggestions-none = Ainda não há nenhum herói cujo trabalho corresponda ao título, à descrição ou às especializações deste evento.
speaker-suggestions-refresh = Sugerir de novo
speaker-event-languages = Idiomas da palestra
speaker-event-languages-hint = Tags de idioma separadas por vírgulas; por padrão, os idiomas mais falados pelos heróis do país do evento.
speaker-invited-heading = Convidados
speaker-invite = Convidar para palestrar
speaker-invite-submit = Enviar o convite
speaker-choose-suggested = Escolha um dos heróis sugeridos.
speaker-already-invited = Este herói já foi convidado para este evento.
speaker-notice-invited = O convite foi enviado.
speaker-mail-invited-subject = { $organizer } convida você para palestrar em { $event }
speaker-mail-invited-body = Olá, { $name }, { $organizer } gostaria que você desse a palestra “{ $talk }” em { $event }.
speaker-mail-invited-answer = Abra o convite para aceitar ou recusar.
speaker-mail-accepted-subject = { $hero } vai palestrar em { $event }
speaker-mail-accepted-body = Olá, { $name }, { $hero } aceitou seu convite para dar “{ $talk }” em { $event } e agora está entre os palestrantes.
speaker-mail-declined-subject = { $hero } não pode palestrar em { $event }
speaker-mail-declined-body = Olá, { $name }, { $hero } recusou seu convite para dar “{ $talk }” em { $event }.

## Leaders' mail to their group's members (issue 15)
group-mail-title = Enviar e-mail aos membros
group-mail-lead = Todos os membros recebem o e-mail, exceto quem cancelou a inscrição nos e-mails deste grupo; cada e-mail tem um link para cancelar a inscrição com um clique.
group-mail-limit = { $count ->
    [one] Um grupo pode enviar um e-mail a cada { $days } dias.
   *[other] Um grupo pode enviar { $count } e-mails a cada { $days } dias.
}
group-mail-subject = Assunto
group-mail-body = Mensagem
group-mail-send = Enviar aos membros
group-mail-sent = { $count ->
    [one] O e-mail foi colocado na fila para um membro.
   *[other] O e-mail foi colocado na fila para { $count } membros.
}
group-mail-sent-heading = E-mails enviados
group-mail-recipients = { $count ->
    [one] um membro
   *[other] { $count } membros
}
group-mail-limited = Este grupo já enviou todos os e-mails que pode por enquanto. { $limit } O próximo poderá ser enviado em { $next }.
group-mail-from = { $name } escreveu isto para os membros de { $group }.
group-mail-open-group = Abrir o grupo
group-mail-footer = Você recebe este e-mail como membro do grupo. Cancele a inscrição nos e-mails dele: { $link }
group-unsubscribe-title = Cancelar a inscrição nos e-mails deste grupo
group-unsubscribe-body = Você continua sendo membro; os líderes do grupo não vão mais enviar e-mails para você.
group-unsubscribe-action = Cancelar inscrição
group-unsubscribed-title = Inscrição cancelada
group-unsubscribed = Você não receberá mais e-mails dos líderes deste grupo.
list-text-filter = Palavras no nome ou na descrição

## Added later: webhooks, the language switcher, validation messages, candidates, time zones, Latin spellings
status-candidate = Candidato, ainda não público
language-switcher-label = Idioma do site
language-switcher-submit = Mudar
language-unknown-title = Idioma não disponível
language-unknown-body = Não há páginas em “{ $tag }”. Escolha um idioma da lista.
language-back = Voltar
account-language-heading = Idioma
account-language-label = Idioma das páginas e dos e-mails
account-language-browser = Conforme o meu navegador pedir
account-language-hint = Os e-mails enviados a você também são escritos neste idioma.
account-language-submit = Salvar idioma
account-language-saved = Seu idioma foi salvo.
account-language-unknown = Escolha um idioma da lista.
expected-4-100-printable-characters = de 4 a 100 caracteres imprimíveis, sem espaços
expected-8-64-letters-digits = de 8 a 64 letras, dígitos, - ou _
expected-acknowledge-plan-start-ship = acknowledge, plan, start, ship, decline ou duplicate
expected-active-alumni-leave = active, alumni ou on-leave
expected-active-dormant-closed = active, dormant ou closed
expected-active-looking-help-paused = active, looking-for-help, paused ou done
expected-address-someone-other-yourself = o endereço de outra pessoa que não você
expected-americas-emea-apj = americas, emea ou apj
expected-among-channels-hero-asked = um dos canais que o herói pediu
expected-blog-github-x-linkedin = blog, github, x, linkedin, youtube, mastodon, bluesky ou website
expected-bug-feature-request-documentation = bug, feature-request, documentation ou other
expected-calls-code-review-career = calls, code-review ou career
expected-co-speaker-reviewer-venue = co-speaker, reviewer, venue ou other
expected-contribution-kind-blog-post = um tipo de contribuição, como blog-post, talk ou video
expected-country-code = um código de país ISO 3166-1 alfa-2, como BR ou PT
expected-criterion-line-name-weight = um critério por linha: nome | peso | o que significam as notas 1, 2, 3, 4 e 5
expected-date-2026-03-14 = uma data como 2026-03-14
expected-date-2027-03-28 = uma data como 2027-03-28
expected-date-after-opening-date = uma data igual ou posterior à data de abertura
expected-date-between-1990-year = uma data entre 1990 e daqui a um ano
expected-date-since-1970-not = uma data a partir de 1970 e não no futuro, como 2019-05-14
expected-date-since-mentorship-began = uma data desde o início da mentoria, não no futuro
expected-date-time-2027-03 = uma data e hora como 2027-03-28T18:30
expected-date-yyyy-mm-dd = uma data no formato AAAA-MM-DD
expected-day-after-first-most = um dia igual ou posterior ao primeiro, no máximo 60 dias depois
expected-deadline-later-start = um prazo que não seja depois do início
expected-degrees-52-52-latitude = graus, como 52.52 (latitude) e 13.40 (longitude)
expected-email-address-name-example = um endereço de e-mail como nome@example.org
expected-empty-kind-contribution = um valor vazio para este tipo de contribuição
expected-end-after-start = um fim depois do início
expected-http-https-address = um endereço http:// ou https://
expected-webhook-address = um endereço http:// ou https:// sem nome de usuário nem senha
expected-webhook-events = pelo menos um evento
expected-iana-time-zone-europe = um fuso horário IANA, como Europe/Berlin
expected-language-codes-en-de = códigos de idioma como en, de ou pt-BR
expected-line-character = uma linha sem o caractere |
expected-listed-purposes = uma das finalidades listadas
expected-lowercase-letters-digits-single = letras minúsculas, dígitos e hifens simples (no máximo 64)
expected-meetup-conference-workshop-online = meetup, conference, workshop ou online-session
expected-most-10-criteria = no máximo 10 critérios
expected-most-10-links = no máximo 10 links
expected-most-link-kind = no máximo um link de cada tipo
expected-name-other-criterion-has = um nome que nenhum outro critério tenha
expected-online-link-venue-both = um link online ou um local (ou ambos)
expected-password-not-your-email = uma senha que não seja o seu endereço de e-mail nem uma senha comum
expected-phone-number-49-30 = um número de telefone como +49 30 1234567
expected-public-members-heroes-staff = public, members, heroes ou staff
expected-read-write = read ou write
expected-rose-amber-blue-violet = um destes valores: rose, amber, blue, violet, teal, green, red, navy
expected-selection-renewal = selection ou renewal
expected-speaker-line-name-hero = um palestrante por linha: nome ou endereço do herói | título da palestra
expected-specialization-most-once = cada especialização no máximo uma vez
expected-specializations-all-heroes-named = especializações, todos os heróis ou heróis específicos
expected-spotlight-digest-social = spotlight, digest ou social
expected-staff-reviewer-admin = um destes valores: staff, reviewer, admin
expected-tags-lowercase-letters-digits = tags com letras minúsculas, dígitos e hifens
expected-text-control-characters-unicode = um texto sem caracteres de controle nem não caracteres Unicode
expected-three-fields-code-value = três campos: code,value,expiry
expected-time-after-start-most = um horário depois do início, no máximo 60 dias depois
expected-time-exists-chosen-time = um horário que exista no fuso horário escolhido (os relógios pulam esta hora)
expected-time-future = um horário no futuro
expected-time-still-come = um horário que ainda não passou
expected-today-later-day-within = hoje ou um dia posterior dentro de um ano
expected-up-down = up ou down
expected-venue-online-link-both = um local, um link online ou ambos
expected-weekly-monthly-quarterly = weekly, monthly ou quarterly
expected-whole-number = um número inteiro
expected-whole-number-weight-between = um peso inteiro entre 1 e 100
role-candidate = Candidato aceito
field-latin-name = Nome em letras latinas
field-latin-name-hint = Opcional. Como seu nome é escrito em letras latinas, se ele for escrito em outro sistema de escrita (Yamada Tarō para 山田太郎): aparece abaixo do seu nome e é encontrado pela busca.
answer-complete-profile = Complete seu perfil de herói
admin-area-webhooks = Webhooks
admin-area-webhooks-hint = Avise outros sistemas quando heróis são anunciados, se tornam ex-heróis, alteram o perfil ou publicam.
admin-webhooks-title = Webhooks
admin-webhooks-lead = Cada endpoint recebe os eventos que assina como JSON assinado, com novas tentativas em intervalos crescentes quando falha.
admin-webhooks-none = Nenhum endpoint cadastrado.
admin-webhooks-url = Endereço
admin-webhooks-url-hint = Um endereço http:// ou https:// que o programa consiga acessar pela internet; sem nome de usuário nem senha.
admin-webhooks-url-private = Este endereço aponta para uma rede privada ou de loopback, para a qual o programa não envia.
admin-webhooks-events = Eventos
admin-webhooks-events-needed = Escolha pelo menos um evento.
admin-webhooks-event-hero-announced = um novo herói é anunciado
admin-webhooks-event-hero-moved-to-alumni = um herói se torna ex-herói
admin-webhooks-event-hero-profile-changed = um herói altera seu perfil público
admin-webhooks-event-contribution-published = uma contribuição pública é registrada
admin-webhooks-description = Descrição
admin-webhooks-active = Ativo (endpoints pausados mantêm suas entregas aguardando)
admin-webhooks-state = Status
admin-webhooks-state-active = Ativo
admin-webhooks-state-paused = Pausado
admin-webhooks-waiting = Aguardando
admin-webhooks-failed = Com falha
admin-webhooks-new = Novo endpoint
admin-webhooks-add = Adicionar endpoint
admin-webhooks-too-many = É possível cadastrar no máximo { $max } endpoints. Remova um antes.
admin-webhooks-created = Endpoint adicionado.
admin-webhooks-removed = Endpoint removido.
admin-webhooks-saved = Salvo.
admin-webhooks-rotated = Um novo segredo foi criado; o antigo não assina mais as entregas.
admin-webhooks-ping-queued = Um ping de teste está a caminho.
admin-webhooks-replay-queued = A entrega será enviada novamente.
admin-webhooks-back = Todos os webhooks
admin-webhooks-endpoint-title = Endpoint de webhook
admin-webhooks-secret = Segredo de assinatura
admin-webhooks-secret-once = Copie este segredo agora: ele é exibido só uma vez. Use-o para verificar o cabeçalho Heroes-Signature de cada entrega.
admin-webhooks-settings = Configurações
admin-webhooks-save = Salvar
admin-webhooks-ping = Enviar um ping de teste
admin-webhooks-rotate = Criar um novo segredo
admin-webhooks-remove = Remover endpoint
admin-webhooks-deliveries = Entregas
admin-webhooks-no-deliveries = Nada foi enviado a este endpoint ainda.
admin-webhooks-delivery = entrega { $id }
admin-webhooks-delivery-pending = aguardando
admin-webhooks-delivery-delivered = entregue
admin-webhooks-delivery-failed = com falha
admin-webhooks-delivery-skipped = ignorada (não é mais pública)
admin-webhooks-next = próxima tentativa { $at }
admin-webhooks-replay = Enviar novamente
admin-webhooks-replay-label = Enviar a entrega { $id } novamente
admin-webhooks-attempts-label = Tentativas da entrega { $id }
admin-webhooks-attempt-at = Quando (UTC)
admin-webhooks-attempt-status = Status
admin-webhooks-attempt-duration = Duração
admin-webhooks-attempt-answer = Resposta ou erro
admin-webhooks-ms = { $ms } ms
# $there: the time where it happens, with its zone; $here: the same moment in the reader's zone.
time-two-zones = { $there } · { $here } para você
# The reader's zone is unknown, so the second time is UTC (named in $here), not "for you".
time-two-zones-utc = { $there } · { $here }
time-zone-title = Fuso horário
time-zone-lead = Todas as datas e horas destas páginas são exibidas neste fuso.
time-zone-saved = Seu fuso horário foi salvo.
# $time: the date and time now, as these pages show it.
time-zone-now = Agora são { $time }.
time-zone-default = Não escolhido: o fuso do seu navegador, ou UTC
# $zone: the IANA name of the zone on the person's hero profile.
time-zone-default-hero = Não escolhido: o fuso do seu perfil ({ $zone })
time-zone-hint = Eventos e briefings também mostram o próprio fuso.
time-zone-submit = Salvar fuso horário
candidate-banner-title = Seu perfil fica público em { $date }
candidate-banner-lead = Até lá, só você vê seu perfil de herói e suas contribuições. Complete-o agora, para que esteja pronto no dia.
candidate-banner-missing = Ainda falta:
candidate-banner-complete = Está tudo pronto: sua bio, foto, links e contribuições.
candidate-missing-bio = uma bio que diga o que você faz
candidate-missing-photo = uma foto
candidate-missing-links = links para seu blog, GitHub ou outros perfis
candidate-missing-contributions = suas contribuições dos últimos doze meses
candidate-banner-edit = Editar seu perfil e sua foto
candidate-banner-contributions = Adicionar contribuições
candidate-banner-sources = Adicionar fontes
candidate-banner-preview = Pré-visualizar sua página
candidate-preview-notice = Pré-visualização: esta página ainda não é pública. Os visitantes recebem “página não encontrada” até o anúncio.
admin-candidate-record = Registro de herói preparado (não público até o anúncio)
