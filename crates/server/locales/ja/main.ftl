# English (reference catalog). Message ids are named by meaning, not by their English text.

site-name = Heroes
site-tagline = 知識を惜しみなく共有するコミュニティのエキスパートたち。お近くの登壇者、メンター、著者を見つけましょう。

nav-label = メイン
nav-skip = コンテンツへスキップ
nav-heroes = ヒーロー
nav-specializations = 専門分野
nav-contributions = コントリビューション
nav-api = API

footer-about = ヒーローは、登壇、ブログ記事、動画、オープンソース、質問への回答、メンタリングを通じて知識を共有していることが認められたコミュニティのエキスパートです。
footer-feed-atom = Atom フィード
footer-feed-json = JSON Feed
footer-api = API
footer-sitemap = サイトマップ

feed-all-title = すべてのヒーローの最新コントリビューション

error-not-found-title = ページが見つかりません
error-not-found-body = お探しのページは見つかりませんでした。移動したか、アドレスが間違っている可能性があります。
error-internal-title = エラーが発生しました
error-internal-body = サーバー側でエラーが発生し、記録されました。しばらくしてからもう一度お試しください。
error-go-home = ホームページへ
error-go-directory = ディレクトリを見る

home-title = コミュニティ全体を押し上げるエキスパートたち
home-lead = ヒーローは、期待を超える活動が認められた実践者です。カンファレンスやユーザーグループで登壇し、ハウツーガイドを公開し、質問に答え、オープンソースを開発し、次の世代を育てています。
home-stats-heroes = { $count ->
   *[other] 活動中のヒーロー { $count } 人
}
home-stats-countries = { $count ->
   *[other] { $count } か国
}
home-what-title = ヒーローとは？
home-what-body = ヒーローは同僚やコミュニティのメンバーから推薦され、共有する知識と支援してきた人々をもとに選ばれます。ヒーローは専門分野ごとにまとめられ、グローバルなネットワークとして交流し、製品チームからいち早くブリーフィングを受けたり直接やり取りしたりして、ほかの人がより早く学べるよう手助けします。ヒーローは次のような活動をしています。
home-what-speak = カンファレンスやユーザーグループで登壇する
home-what-write = ハウツーコンテンツや技術記事を公開する
home-what-answer = オンラインで質問に答え、人々をサポートする
home-what-mentor = 他の人をメンタリングし、地域のコミュニティを育てる
home-specializations-title = 専門分野
home-featured-title = ヒーローの紹介
home-featured-all = すべてのヒーローを見る
home-latest-title = 最新のコントリビューション
home-latest-all = すべてのコントリビューションを見る
home-nominate-title = ヒーローにふさわしい人をご存じですか？
home-nominate-body = 登壇、執筆、コード、メンタリングで周囲に変化をもたらした人を、コミュニティの誰もが推薦できます。推薦は選考サイクルごとに受け付けており、推薦者も被推薦者もすべての段階を確認できます。

specialization-hero-count = { $count ->
    [0] ヒーローはまだいません
   *[other] ヒーロー { $count } 人
}

card-specializations = 専門分野
card-hero-since = { $year } 年からヒーロー

status-active = 活動中
status-alumni = アルムナイ
status-on-leave = 休止中

region-americas = 南北アメリカ
region-emea = ヨーロッパ・中東・アフリカ
region-apj = アジア太平洋・日本

kind-blog-post = ブログ記事
kind-article = 記事
kind-video = 動画
kind-talk = 講演
kind-workshop = ワークショップ
kind-podcast = ポッドキャスト
kind-book = 書籍
kind-open-source = オープンソース
kind-code-sample = コードサンプル
kind-online-answers = オンラインでの回答
kind-user-group = ユーザーグループ
kind-mentoring = メンタリング
kind-other = その他

link-blog = ブログ
link-github = GitHub
link-x = X
link-linkedin = LinkedIn
link-youtube = YouTube
link-mastodon = Mastodon
link-bluesky = Bluesky
link-website = ウェブサイト

directory-search-label = ヒーローを検索
directory-search-placeholder = 名前、トピック、会社、都市
directory-search-button = 検索
directory-title = ヒーローディレクトリ
directory-title-search = 「{ $text }」に一致するヒーロー
directory-sort-label = 並べ替え
directory-sort-relevance = 関連度順
directory-sort-name = 名前順 (A–Z)
directory-sort-newest = 新しいヒーロー順
directory-filters = 絞り込み
directory-filter-specialization = 専門分野
directory-filter-region = 地域
directory-filter-country = 国
directory-filter-status = ステータス
directory-filter-since = ヒーロー就任年
directory-status-active = 現役ヒーロー
directory-status-alumni = アルムナイ
directory-status-all = すべて
directory-since-any = すべての年
directory-apply = 絞り込みを適用
directory-ignored = { $parameter } = 「{ $value }」は認識できない値のため無視しました。以下はこの条件を除いた結果です。
directory-count-none = 一致するヒーローはいません。
directory-count = { $total ->
   *[other] { $total } 人中 { $first }–{ $last } 人目を表示
}
directory-active-filters = 適用中の絞り込み
directory-remove-filter = 絞り込みを解除: { $filter }
directory-clear-all = すべての絞り込みを解除
directory-chip-search = 検索: { $text }
directory-empty-title = この条件に一致するヒーローはいません
directory-empty-body = キーワードを減らす、別の表記を試す、または絞り込みを解除してみてください。名前、会社、都市、講演や記事のタイトルがすべて検索対象です。
directory-empty-page-title = このページは結果の範囲外です
directory-empty-page-body = { $pages ->
   *[other] 結果は { $pages } ページに収まっています。
}
directory-go-last-page = 最後のページへ
directory-go-first-page = 最初のページへ

# The directory as people meet it: filters folded on a phone, countries in a menu, counts
# through plural rules, and a search that finds only the other status says so.
directory-filters-summary = { $count ->
    [0] 絞り込み
   *[other] 絞り込み · { $count } 件選択中
}
directory-country-any = すべての国
directory-country-add = 国を追加
directory-option-count = { $name } ({ $count })
directory-count-past-end = { $total ->
   *[other] { $total } 人のヒーローが一致します。
}
directory-only-alumni-match = { $count ->
   *[other] 現役ヒーローには一致しませんが、アルムナイ { $count } 人が一致します。
}
directory-show-alumni = { $count ->
   *[other] アルムナイ { $count } 人を表示
}
directory-only-current-match = { $count ->
   *[other] アルムナイには一致しませんが、現役ヒーロー { $count } 人が一致します。
}
directory-show-current = { $count ->
   *[other] 現役ヒーロー { $count } 人を表示
}

pagination-label = ページ
pagination-previous = ← 前へ
pagination-next = 次へ →
pagination-position = { $page } / { $pages } ページ

profile-back = ← すべてのヒーロー
profile-feed-title = { $name } さんのコントリビューション
profile-photo-alt = { $name } さんの写真
profile-award-since = { $year } 年から
profile-about = 自己紹介
profile-hero-since = ヒーロー就任年
profile-languages = 言語
profile-timezone = タイムゾーン
profile-local-time = 現地時刻
profile-links = その他のリンク
profile-recent = 最近のコントリビューション
profile-no-contributions = 公開されているコントリビューションはまだありません。
profile-all-contributions = すべてのコントリビューションを見る
profile-feed = これらのコントリビューションをフォロー (Atom フィード)

stream-title = コントリビューション
stream-lead = すべてのヒーローによる講演、記事、動画、オープンソースなどを新しい順に表示します。
stream-filter-kind = 種類
stream-feed = この表示の Atom フィード
# Before the sites a contribution was also published on: "also on dev.to, medium.com".
contribution-also-on = ほかの掲載先:
stream-count = { $total ->
   *[other] { $total } 件のコントリビューション
}
stream-empty-title = この条件に一致するコントリビューションはありません

specializations-title = 専門分野
specializations-lead = ヒーローは 1 つ以上の技術分野で認定されています。分野ごとに専用のヒーロー、フィード、ページがあります。
specialization-heading = { $name } のヒーロー
specialization-retired = この専門分野は廃止されました。これまでの履歴は残りますが、新しいヒーローは選ばれません。
specialization-all-heroes = ディレクトリですべて表示

api-docs-title = API ドキュメント
api-docs-lead = 公開ディレクトリを対象とした読み取り専用の JSON API です。キーは不要です。レスポンスには ETag が付き、エラーは RFC 9457 の problem ドキュメントとして返されます。
api-docs-openapi = OpenAPI 3.1 ドキュメント
api-docs-parameter = パラメーター
api-docs-meaning = 意味

nav-account = アカウント
nav-account-of = アカウント ({ $name })
nav-unread = { $count ->
       *[other] 未読 { $count } 件
    }
nav-sign-in = サインイン
nav-sign-out = サインアウト

error-forbidden-title = このアカウントでは表示できません
error-forbidden-body = サインインしていますが、このページはお使いのアカウントにないロール向けです。アクセスできるはずだと思われる場合は、プログラムチームにお問い合わせください。

problem-empty = 入力してください。
problem-too-long = { $max } 文字以内で入力してください。
problem-too-short = { $min } 文字以上で入力してください。
problem-invalid = { $expected } を入力してください。
problem-out-of-range = { $min } から { $max } までの数値を入力してください。
problem-year-out-of-range = { $min } 年から { $max } 年までの年を入力してください。
form-has-errors = 確認が必要な項目があります。入力した内容はそのまま残っています。

field-name = 名前
field-email = メールアドレス
field-password = パスワード
field-password-hint = 10 文字以上で、メールアドレスやよく使われるパスワードは使えません。短い文章がおすすめです。
field-current-password = 現在のパスワード
field-new-password = 新しいパスワード
field-new-email = 新しいメールアドレス

signup-title = アカウントを作成
signup-lead = アカウントがあれば、エキスパートを推薦したり、ユーザーグループに参加したり、ヒーローとして自分のページを最新に保ったりできます。
signup-submit = アカウントを作成
signup-have-account = すでにアカウントをお持ちですか？
signup-sent-title = メールを確認してください
signup-sent-body = { $email } にリンクを送信しました。リンクを開いてアドレスを確認してから、サインインしてください。リンクの有効期間は 3 日間です。

verify-done-title = メールアドレスを確認しました
verify-done-body = ありがとうございます。サインインできるようになりました。
link-invalid-title = このリンクは無効です
link-invalid-body = すでに使用済みか、有効期限が切れているか、正しくコピーされていません。下から新しいリンクをリクエストしてください。

login-title = サインイン
login-submit = サインイン
login-no-account = はじめてご利用ですか？
login-failed = メールアドレスとパスワードの組み合わせが、現在サインインできるアカウントと一致しません。両方を確認するか、メールでパスワードをリセットしてください (多数の試行によりロックされたアカウントもロック解除されます)。
login-throttled = お使いのネットワークからのサインイン失敗が多すぎます。15 分ほど待つか、メールでパスワードをリセットしてください。
login-unverified = 先にメールアドレスを確認してください。お送りしたメールのリンクを開いてください。メールが見つからない場合は、下の「パスワードをお忘れですか？」をご利用ください。新しいリンクでもアドレスを確認できます。
signed-out = サインアウトしました。

forgot-title = パスワードをお忘れですか？
forgot-lead = アカウントのメールアドレスを入力してください。新しいパスワードを設定するためのリンクをお送りします。
forgot-submit = リンクを送信
forgot-sent-title = メールを確認してください
forgot-sent-body = { $email } がアカウントに登録されている場合、新しいパスワードを設定するためのリンクをお送りしました。リンクの有効期間は 1 時間です。

reset-title = 新しいパスワードを設定
reset-submit = 新しいパスワードを保存
reset-done = パスワードを変更し、ほかのすべてのセッションからサインアウトしました。新しいパスワードでサインインしてください。

account-title = アカウント
account-roles = ロール
account-hero-page = ヒーローページ
account-sections-label = アカウントのページ
account-section-hero = ヒーローページ
account-section-benefits = 特典
account-section-community = コミュニティ
account-section-team = プログラムチーム
account-section-account = アカウントとセキュリティ
account-back = アカウントに戻る
account-password-heading = パスワードの変更
account-password-submit = パスワードを変更
account-password-changed = パスワードを変更しました。このアカウントにサインインしていたほかのブラウザーはすべてサインアウトされました。
account-current-password-wrong = 現在のパスワードが正しくありません。
account-email-heading = メールアドレスの変更
account-email-submit = 確認リンクを送信
account-email-sent-title = 新しいアドレスを確認してください
account-email-sent-body = { $email } にリンクを送信しました。リンクを開くと (1 日以内)、アドレスが変更されます。
account-email-changed-title = メールアドレスを変更しました
account-email-changed-body = 今後は { $email } でサインインしてください。
account-email-taken-title = このアドレスは使用されています
account-email-taken-body = この間に別のアカウントがこのアドレスを使い始めたため、お使いのアドレスは変更されていません。
account-sessions-heading = サインイン中のブラウザー
account-other-sessions = { $count ->
    [0] このアカウントにサインインしているのはこのブラウザーだけです。
   *[other] このアカウントには、ほかに { $count } 個のブラウザーがサインインしています。
}
account-sessions-ended = ほかのすべてのブラウザーからサインアウトしました。
account-end-others = ほかのすべての場所からサインアウト

role-member = メンバー
role-hero = ヒーロー
role-alumni = アルムナイ
role-staff = スタッフ
role-reviewer = 審査員
role-admin = 管理者

admin-older = 古いエントリ
admin-outbox-title = 送信トレイ
admin-outbox-lead-smtp = プログラムが送信した、または送信予定のすべてのメールを新しい順に表示します。SMTP サーバーが設定されているため、メールは数秒以内に配信されます。
admin-outbox-lead-none = プログラムが作成したすべてのメールを新しい順に表示します。SMTP サーバーが設定されていないため、メールはここに保存されます (配信するには `heroes` を --smtp-url 付きで起動してください)。
admin-outbox-empty = メールはまだありません。
admin-outbox-to = 宛先
admin-outbox-sent = { $at } に送信
admin-outbox-failed = 未配信: { $error }
admin-outbox-pending = 配信待ち
admin-audit-title = 監査ログ
admin-audit-lead = 特権操作やセキュリティに関わるすべての操作を新しい順に表示します。エントリは変更も削除もできません。
admin-audit-when = 日時 (UTC)
admin-audit-who = 実行者
admin-audit-what = 操作
admin-audit-target = 対象
admin-audit-from = 送信元

mail-greeting = { $name } 様
mail-footer = このメールは、Heroes サイトでどなたかがこのアドレスを使用したためお送りしています。お心当たりがない場合は、このメールを無視してください。何も変更されません。
mail-verify-subject = メールアドレスの確認
mail-verify-body = サインインできるように、このアドレスがご自身のものであることを確認してください。
mail-verify-action = アドレスを確認する
mail-reset-subject = 新しいパスワードの設定
mail-reset-body = どなたか (おそらくご本人) が、お使いのアカウントのパスワードのリセットをリクエストしました。このリンクは 1 時間以内に 1 回だけ使用できます。
mail-reset-action = 新しいパスワードを設定する
mail-change-email-subject = 新しいメールアドレスの確認
mail-change-email-body = リンクを開くと、{ $email } がアカウントのアドレスになります。
mail-change-email-action = 新しいアドレスを確認する
mail-exists-subject = アカウントはすでに登録されています
mail-exists-body = このアドレスでアカウントを作成しようとした人がいますが、このアドレスにはすでにアカウントがあります。ご本人の場合はサインインするか、パスワードをお忘れの場合は新しいパスワードを設定してください。
mail-exists-action = パスワードをリセットする

profile-edit-title = プロフィールの編集
profile-edit-lead = ここで変更した内容は、ディレクトリとあなたのページにすぐ反映されます。
profile-edit-view = 自分のページを見る
profile-edit-saved = 保存しました。ページに変更が反映されています。
profile-edit-card = カード
profile-edit-about = 自己紹介
profile-edit-submit = プロフィールを保存
profile-edit-submit-hint = すべてのセクションをまとめて保存します。このボタンはスクロールしても常に表示されます。
field-display-name = 表示名
field-headline = 肩書き
field-company = 会社
field-city = 都市
field-country = 国
field-photo-url = 写真のアドレス
field-bio = 経歴
field-bio-hint = Markdown: **太字**、_斜体_、[リンク](https://example.org)、リストが使えます。HTML は削除されます。
field-languages = 言語
field-languages-hint = その他の言語は、sw、pt-BR、zh-Hant のようにコードをカンマ区切りで入力してください。
field-languages-other = その他の言語
field-timezone = タイムゾーン
field-timezone-hint = このタイムゾーンでの現地時刻がページに表示されます。
zone-region-africa = アフリカ
zone-region-america = アメリカ
zone-region-antarctica = 南極
zone-region-asia = アジア
zone-region-atlantic = 大西洋
zone-region-australia = オーストラリア
zone-region-europe = ヨーロッパ
zone-region-indian = インド洋
zone-region-pacific = 太平洋
field-timezone-none = 表示しない

tokens-title = API トークン
tokens-lead = 個人用トークンを使うと、スクリプトからあなたとして JSON API を利用できます。「Authorization: Bearer TOKEN」として送信してください。読み取りトークンは読み取りのみ、書き込みトークンはプロフィールの変更もできます。
tokens-created = 新しいトークンです。今すぐコピーしてください。表示されるのはこの 1 回だけで、保存されるのはフィンガープリントのみです。
tokens-new = 新しいトークン
tokens-name = 名前
tokens-scope = スコープ
tokens-scope-read = 読み取り: アカウントとプロフィールの参照
tokens-scope-write = 書き込み: プロフィールの変更も可能
tokens-create = トークンを作成
tokens-yours = あなたのトークン
tokens-none = トークンはありません。
tokens-created-at = 作成日
tokens-last-used = 最終使用日
tokens-never = なし
tokens-revoke = 無効にする
account-tokens-link = API トークン

account-export = すべてのデータをダウンロード (JSON)
account-delete-link = アカウントを削除
delete-title = アカウントの削除
delete-lead = この操作は取り消せません。削除される内容を確認してから、パスワードを入力して確定してください。
delete-erased-heading = ただちに削除されるもの
delete-erased-account = アカウント: 名前、メールアドレス、パスワード、ロール、API トークン。
delete-erased-sessions = すべてのセッション: すべての場所からサインアウトされます。
delete-erased-mail = お送りしたすべてのメール、および操作とともに記録されたネットワークアドレス。
delete-erased-hero = ヒーローページとそのリンク、専門分野、コントリビューション: ディレクトリ、フィード、API から消えます。
delete-kept-heading = 名前を除いて保持されるもの
delete-kept-audit = プログラムの監査ログには、記録上必要なため、行われた操作の記録 (例:「ロールの付与」) が残ります。あなたは番号付きの「削除済みアカウント」としてのみ記載されます。
delete-export-first = 先にコピーを保存しておくこともできます:
delete-submit = アカウントを削除する
delete-done-title = アカウントを削除しました
delete-done-body = 記載されたものはすべて削除されました。プログラムにご参加いただき、ありがとうございました。
profile-contact = 連絡先
profile-contact-hint = 連絡方法と、それぞれの情報を公開する範囲です。サインイン用のアドレスが表示されることはありません。
profile-contact-visible-to = { $contact }: 公開範囲
contact-email = 招待用のメールアドレス
contact-phone = 電話番号
visibility-public = 全員
visibility-members = サインイン中のメンバー
visibility-heroes = ヒーローとプログラムチーム
visibility-staff = プログラムチームのみ
photo-label = 写真
photo-current = ディレクトリとあなたのページに表示される写真です。
photo-hint = 5 MB までの JPEG、PNG、WebP。512 ピクセルに縮小し、ファイルに埋め込まれた情報 (カメラ、位置情報) はすべて削除します。
photo-upload = 写真をアップロード
photo-remove = 写真を削除
photo-missing = 先に画像ファイルを選択してください。
photo-too-large = このファイルは 5 MB を超えています。より小さいファイルを選択してください。
photo-unreadable = このファイルは読み込める JPEG、PNG、WebP 画像ではありません。
photo-too-small = この画像は 64 × 64 ピクセルより小さいため、ぼやけて表示されます。
error-too-large-title = 一度に送信できる量を超えています
error-too-large-body = 送信されたデータが Heroes の上限 (8 MB) を超えています。前のページに戻り、より小さいデータを送信してください。
sso-button = プログラムチーム: 会社のアカウントでサインイン
sso-refused-title = シングルサインオンが完了しませんでした
sso-refused-browser = このサインインは別のブラウザーで開始されたか、すでに使用されています。サインインページからやり直してください。
sso-refused-expired = このサインインは時間がかかりすぎたか、すでに完了しています。サインインページからやり直してください。
sso-refused-denied = 会社のサインインページでサインインがキャンセルされました。
sso-provider-trouble = 会社のサインインサービスから想定どおりの応答がありませんでした。しばらくしてからもう一度お試しください。繰り返し発生する場合は、プログラムチームにお知らせください。

own-title = あなたのコントリビューション
own-lead = 非公開のものも含め、記録したすべての項目です。公開項目はあなたのページ、コンテンツストリーム、フィードに表示されます。
own-add = コントリビューションを追加
own-edit-title = コントリビューションを変更
own-empty = まだ何も記録されていません。
own-added = 追加しました。
own-saved = 保存しました。
own-deleted = 削除しました。
own-col-title = タイトル
own-col-date = 日付
own-col-actions = 操作
own-private = 非公開
own-edit = 変更
own-delete = 削除
own-export-csv = CSV でダウンロード
own-export-json = JSON でダウンロード
own-kind-hint = 入力できるリーチの指標は種類によって異なります。
own-kind-refresh = この種類の項目を表示
own-url = アドレス (URL)
own-url-taken = このアドレスのコントリビューションはすでに記録されています。
own-specialization = 専門分野
own-specialization-none = 特になし
own-specialization-unknown = 一覧にある専門分野から選択してください。
own-reach-views = 閲覧数、再生数、ダウンロード数
own-reach-attendees = 参加者数
own-reach-stars = スター数
own-reach-answers = 回答した質問数
own-tags = タグ
own-tags-hint = serverless, event-driven のように、カンマ区切りで 10 個まで入力できます。
own-description = 説明
own-private-label = 非公開: 実績には数えられますが、公開はされません
own-save = 保存
own-cancel = キャンセル
account-contributions-link = あなたのコントリビューション
own-imported = { $added } 件の新しい{ $added ->
   *[other] コントリビューション
}をインポートしました。すでに記録にあった { $skipped } 件はそのままです。
own-import-label = ファイルをインポート
own-import-hint = 上のダウンロードと同じ形式の CSV または JSON。最初にすべてをチェックします。すべての行が追加されるか、何も追加されずに各問題が一覧表示されるかのどちらかです。
own-import-submit = インポート
own-import-refused = 何もインポートされませんでした:
own-import-missing = 先に CSV または JSON ファイルを選択してください。
own-import-too-large = ファイルが 4 MB を超えています。分割してください。
own-import-unreadable = ファイルを読み込めません: { $reason }。
own-import-row = { $row } 行目、{ $field }: { $problem }
own-import-unknown-specialization = 専門分野「{ $value }」はありません。

sources-title = 公開先
sources-lead = ブログ、YouTube チャンネル、ポッドキャストのフィードや GitHub アカウントを追加してください。Heroes が{ $minutes ->
        [60] 1 時間ごと
        [1] 1 分ごと
       *[other] { $minutes } 分ごと
    }にチェックし、新しいものを記録の候補として提案します。もう活動報告フォームに記入する必要はありません。
sources-none = ソースはまだありません。
sources-added = 追加しました。1 分以内に最初のチェックが行われます。
sources-polling = 1 分以内に Heroes が再度チェックします。
sources-removed = 削除しました。
sources-waiting = { $count ->
   *[other] 新しい項目が { $count } 件あります
}
sources-auto = 自動追加
sources-last-success = 最終チェック: { $at }
sources-never-polled = まだチェックされていません。
sources-last-error = 前回の試行は失敗しました: { $error }。
sources-poll-now = 今すぐチェック
sources-remove = 削除
sources-add = ソースを追加
sources-kind = 種類
sources-kind-feed = フィード (RSS、Atom、JSON Feed)、またはフィードへのリンクがあるページ
sources-kind-github = GitHub アカウント (公開リポジトリ)
sources-kind-invalid = フィードまたは GitHub アカウントを選択してください。
sources-target = アドレスまたは GitHub ユーザー名
sources-target-hint = 例: https://blog.example.org/feed.xml、または GitHub ユーザー名。
sources-github-invalid = GitHub ユーザー名に使えるのは英字、数字、ハイフンのみです。
sources-duplicate = このソースはすでに追加されています。
sources-auto-label = 新しい項目を自動的に記録に追加する (確認なし)
sources-add-submit = ソースを追加
suggestions-title = 記録の候補
suggestions-lead = ソースから見つかった新しい項目です。自分が作成したものを登録してください。辞退した項目は再び提案されません。
suggestions-none = 候補はありません。
suggestions-claim = 登録する
suggestions-decline = 自分のものではない
suggestions-claimed = 記録に追加しました。
suggestions-declined = 今後は提案されません。
jobs-title = ジョブ
jobs-lead = 各インスタンスのバックグラウンド処理 (ソースのポーリング) です。失敗しているジョブが先頭に表示されます。失敗したジョブは間隔を広げながら再試行されます。
jobs-none = ジョブはありません。
jobs-job = ジョブ
jobs-next = 次回実行 (UTC)
jobs-runs = 実行回数
jobs-state = 状態
jobs-running = { $worker } で実行中
jobs-failing = { $attempts } 回失敗: { $error }
jobs-ok = 正常
sources-next-poll = 次回チェック: { $at }
own-quick-label = アドレスからすばやく追加
own-quick-hint = 記事、動画、講演ページへのリンクを貼り付けてください。Heroes がタイトル、日付、説明を読み取り、下のフォームに入力します。内容を確認してください。
own-quick-submit = このページから入力
own-quick-filled = ページから入力しました。すべて確認してから追加してください。
own-quick-failed = ページを読み込めませんでした: { $reason }。フォームに直接入力してください。
own-quick-feed-title = このサイトのすべてを取り込む
own-quick-feed = このページはフィードを公開しています。ソースとして追加すると、リンクを貼り付けなくても新しい投稿が Heroes から提案されます:
own-quick-feed-submit = このフィードをソースとして追加
suggestions-also-at = ほかの掲載先
sources-auto-on = 新しい項目を自動的に追加する
sources-auto-off = 追加前に再び確認する

## Selection: nominating
nominate-title = ヒーローを推薦
nominate-lead = { $cycle } の推薦は { $closes } まで受け付けています。このサイクルでは最大 { $limit } 人まで推薦できます。被推薦者にも通知され、推薦の状況はお二人とも確認できます。
nominate-lead-several = 複数の選考サイクルが受付中で、それぞれ対象の専門分野が異なります。各推薦の状況は通知され、いつでも確認できます。
nominate-lead-cycle = { $cycle }: { $specializations }。{ $closes } まで受付中。推薦できるのは最大 { $limit } 件です。
nominate-closed = 推薦の受付は終了しました。次の選考サイクルはまだ予定されていません。
nominate-closed-next = 推薦の受付は終了しました。{ $cycle } は { $opens } に受付を開始します。
nominate-specialization = 専門分野
nominate-nominee-name = 推薦したい人の名前
nominate-nominee-email = 推薦したい人のメールアドレス
nominate-nominee-email-hint = このアドレスに連絡します。すでにメンバーの場合は、そのアカウントのアドレスを入力してください。
nominate-nominee-links = 推薦したい人の公開プロフィール (任意)
nominate-nominee-links-hint = 1 行に 1 つのアドレス: ブログ、GitHub、YouTube など。複数の人が同じ人物を推薦したことを確認するのに役立ちます。
nominate-statement = 推薦理由
nominate-statement-hint = その人がコミュニティのために何をしていて、誰の役に立っているか (30 文字以上)。
nominate-evidence = 根拠
nominate-evidence-hint = 講演、記事、動画、プロジェクトへのリンクを 1 行に 1 つずつ (1 件以上 10 件以内)。
nominate-submit = 推薦を送信
nominate-rubric = 審査員の採点方法
nominate-rubric-of = { $cycle } での審査員の採点方法
nominate-rubric-lead = すべての候補は、公開されているこの評価基準に沿って、基準ごとに 1 ～ 5 で採点されます。ここでは 5 点の意味を示しています。
rubric-weight = 重み { $weight }
nominations-link = あなたの推薦
nominations-title = 推薦
nominations-received = あなたへの推薦
nominations-received-none = まだ誰からも推薦されていません。
nominations-made = あなたが行った推薦
nominations-made-none = まだ誰も推薦していません。
nominations-col-nominee = 被推薦者
nominations-col-specialization = 専門分野
nominations-col-cycle = サイクル
nominations-col-stage = 段階
nominations-renominate-after = { $date } から再度推薦できます。
nominations-nominate = 推薦する
nominations-notice-nominated = ありがとうございます。推薦を受け付け、被推薦者に通知しました。
nominations-notice-already = このサイクルでは、すでにこの人を推薦しています。変更はありません。
nominations-notice-accepted = 推薦を承諾しました。これから審査員が審査します。
nominations-notice-declined = 推薦を辞退しました。推薦者に通知しました。
nominations-notice-onboarded = プログラムへようこそ！
stage-submitted = 提出済み
stage-in-review = 審査中
stage-decided = 決定: { $outcome }
outcome-accepted = 採用
outcome-declined = 不採用
outcome-deferred = 次回以降のサイクルに延期
outcome-withdrawn = 被推薦者が辞退
outcome-reopened = 審査に差し戻し
state-nominated = 被推薦者の回答待ち
state-withdrawn = 辞退
state-in-review = 審査中
state-deferred = 延期
state-declined = 不採用
state-accepted = 採用 (招待済み)
state-onboarded = オンボーディング完了
state-announced = 発表済み

## Selection: the nominee
answer-title = あなたへの推薦
answer-heading = { $specialization } への推薦
answer-lead = { $cycle } · { $count ->
   *[other] { $count } 人のメンバーがあなたを推薦しました
}
answer-stage = 段階:
answer-accept = 承諾して候補者プロフィールを入力する
answer-sent = 送信した内容
answer-sent-lead = 審査員は推薦とあわせてこのプロフィールを読みます。
account-nomination-answer = { $specialization } に推薦されています。推薦内容を読んで回答してください。
account-nomination-onboard = { $specialization } に採用されました。発表に向けて規約に同意し、プロフィールを完成させてください。
answer-accept-lead = 審査員は推薦とあわせてこのプロフィールを読みます。過去 12 か月間のコントリビューションが自動的に添付されます。コントリビューションの記録がある場合はそこから、また下で指定したフィードから取得します。
answer-accept-submit = 推薦を承諾
answer-decline = 推薦を辞退
answer-withdraw = 取り下げる
answer-country-hint = PT や JP のように 2 文字で入力してください。
answer-feedback = プログラムからのフィードバック
answer-renominate-after = { $date } から再度推薦を受けられます。
answer-onboarded = { $date } にディレクトリに掲載されます。
answer-announced = ディレクトリに掲載されています。公開ページをご覧ください。
onboard-title = プログラムに参加
onboard-lead = おめでとうございます！規約と NDA に同意し、プロフィールを確認してください。{ $date } に発表されます。
onboard-terms-text = ヒーローとして、専門知識をコミュニティと共有し、プロフィールを正確に保ち、コミュニティの行動規範に従ってください。守られない場合、プログラムはメンバーシップを終了することがあります。
onboard-accept-terms = プログラム規約に同意します
onboard-nda-text = ブリーフィングの内容は機密です。NDA (バージョン { $version }) をお読みください:
onboard-accept-nda = NDA (バージョン { $version }) に同意します
onboard-terms-required = 参加するにはプログラム規約に同意してください。
onboard-nda-required = 参加するには NDA に同意してください。
onboard-nda-changed = このページを読んでいる間に新しいバージョンの NDA が公開されました。参加するには、新しい NDA を読んで同意してください。
onboard-nda-missing = NDA がまだ公開されていないため、現在は誰も参加できません。プログラムチームが公開した後に、もう一度アクセスしてください。
onboard-submit = プログラムに参加

## Selection: reviewing
tasks-title = あなたの審査
tasks-none = 割り当てられた候補はありません。
tasks-col-yours = あなたのスコア
tasks-conflict = 利益相反を申告済み
tasks-to-score = 未採点
review-title = 候補を審査
review-score = あなたのスコア
review-comment = コメント
review-submit = 審査を保存
review-saved = 審査を保存しました。候補が審査中の間は変更できます。
review-closed = この候補は審査中ではありません (被推薦者がまだ承諾していないか、すでに決定済みです)。
review-conflict = 利益相反
review-conflict-reason = どのような利益相反ですか？
review-conflict-hint = 例:「自分のチームで働いている」。この候補の審査から外れ、付けたスコアは集計されなくなります。
review-conflict-submit = 利益相反を申告
review-conflicted = 利益相反 ({ $reason }) を申告したため、このファイルは閲覧できません。
file-links = プロフィール
file-nominations = { $count ->
   *[other] 推薦 { $count } 件
}
file-nominated-by = 推薦者: { $name }
file-nominator-gone = 推薦者: 削除済みアカウント
file-nominator-hidden = 推薦者は非表示 (ブラインド審査)
file-evidence = { $count ->
   *[other] 過去 12 か月間のコントリビューション { $count } 件
}
file-evidence-none = 添付されたコントリビューションはありません。
file-views = { $count } 回閲覧
file-attendees = 参加者 { $count } 人
file-stars = スター { $count } 個

## Selection: the program team
cycles-title = サイクル
cycles-none = サイクルはまだありません。
cycles-new = サイクルを開始
cycles-edit = 変更
cycles-actions = 操作
cycles-queue = 審査キュー
cycles-renewals = 更新
cycles-kind = 種類
cycles-kind-selection = 選考
cycles-kind-renewal = 更新
cycles-name = 名前
cycles-window = 受付期間
cycles-opens = 開始日
cycles-closes = 終了日 (当日を含む)
cycles-specializations = 推薦を受け付ける専門分野
cycles-specializations-hint = 選考サイクルのみ。
cycles-rubric = 評価基準
cycles-rubric-hint = 審査員は各基準を 1 ～ 5 で採点します。重み (1 ～ 100) で合計に占める割合が決まります。各スコアの意味を記述してください。空の行は無視されます。基準を削除するには「削除」にチェックを入れてください。誰かが採点した後は評価基準を変更できません。
cycles-rubric-rows-invalid = 修正が必要な基準があります。各項目のメッセージを確認してください。
cycles-rubric-more = 行を追加
cycles-criterion = 基準 { $n }
cycles-criterion-name = 名前
cycles-criterion-weight = 重み
cycles-criterion-level = スコア { $score } の意味
cycles-criterion-remove = この基準を削除
cycles-rubric-locked = 審査員がすでにこの評価基準で採点しているため、変更できません。
cycles-overlap = { $specialization } は「{ $cycle }」({ $opens } ～ { $closes }) ですでに推薦を受け付けており、期間が一部重なっています。サイクルの期間が重なってよいのは専門分野が異なる場合のみです。日付または専門分野を変更してください。
cycles-unknown-specialization = 存在しない専門分野が含まれています。
cycles-limit = 推薦者 1 人あたりの推薦数
cycles-blind = ブラインド審査: 審査員には推薦者が表示されません
cycles-save = サイクルを保存
cycles-saved = サイクルを保存しました。
queue-title = 審査キュー
queue-cycle = サイクル
queue-state = 状態
queue-sort = 並べ替え
queue-sort-score = スコアの高い順
queue-sort-age = 古い順
queue-sort-spread = 評価のばらつきが大きい順
queue-all = すべて
queue-unassigned = 審査員未割り当てのみ
queue-filter = 表示
queue-total = { $count ->
   *[other] 候補 { $count } 件
}
queue-select = 選択
queue-select-one = { $name } を選択
queue-score = スコア
queue-spread = ばらつき
queue-reviews = 審査
queue-nominators = 推薦者
queue-age = 登録日
queue-assign-to = 審査員
queue-assign = 割り当て
queue-assign-specialization = 専門分野全体に審査員を割り当て
queue-assign-specialization-hint = このサイクルでのその専門分野のすべての候補 (今後推薦されるものも含む) を審査します。
queue-assigned = { $count ->
    [0] 新しい割り当てはありません。この審査員にはすでにすべて割り当て済みです。
   *[other] 新たに { $count } 件を割り当てました。
}
queue-pages = ページ
queue-prev = ← 前へ
queue-next = 次へ →
candidacy-scores = スコア
candidacy-summary = { $count ->
    [0] まだスコアはありません。
   *[other] { $count } 件の審査による加重スコア { $score } (ばらつき { $spread })。
}
candidacy-reviewer = 審査員
candidacy-mean-spread = 平均 ± ばらつき
candidacy-reviewers = 審査員
candidacy-no-reviewers = まだ誰も割り当てられていません。
candidacy-no-more-reviewers = この候補は決定済み、辞退済み、または発表済みのため、審査員を追加できません。
candidacy-notice-decided = 決定を記録しました。候補は「{ $state }」になり、被推薦者と推薦者に通知しました。
candidacy-notice-rescheduled = 発表日を { $date } に設定しました。候補は「{ $state }」です。
announcement-title = 発表
announcement-accepted = 採用済みです。候補者が規約に同意してプロフィールを完成させるのを待っています。発表は { $date } の予定です。その日か、候補者の手続き完了日のいずれか遅いほうに発表されます。
announcement-onboarded = 候補者はオンボーディングを完了しました。発表は { $date } の予定です。その日にディレクトリに掲載され、本人に通知されます。
announcement-date = 発表日
announcement-move = 発表日を変更
announcement-now = 今日発表する
candidacy-conflict = 利益相反: { $reason }
candidacy-reviewed = 採点済み
candidacy-waiting = 未採点
decide-title = 決定
decide-decision = 決定
decide-accept = 採用 (招待を送信)
decide-decline = フィードバックを添えて不採用
decide-defer = 次回以降のサイクルに延期
decide-reopen = 延期した候補を受付中のサイクルで再開
decide-announce-on = 発表日 (採用時)
decide-feedback = 被推薦者へのフィードバック
decide-feedback-hint = 不採用の場合は必須です。どの決定の場合も送信されます。
decide-renominate-after = 再推薦可能日 (不採用時)
decide-submit = 決定を記録
decide-choose = 決定を選択してください。
decide-date-past = 今日以降の日付を選択してください。
decide-feedback-required = 被推薦者が成長できるよう、理由を記入してください。

## Refusals
refusal-no-open-cycle = 現在受付中の選考サイクルはありません。
refusal-specialization-not-in-cycle = このサイクルでは、その専門分野の推薦を受け付けていません。
refusal-specialization-retired = その専門分野は廃止されているため、推薦を受け付けていません。
refusal-limit-reached = このサイクルで可能な { $limit } 件の推薦をすべて行いました。
refusal-already-hero = この人はすでにその専門分野のヒーローです。
refusal-too-soon = この人は最近不採用となったため、{ $date } から再度推薦できます。
refusal-self-nomination = 自分自身を推薦することはできません。
refusal-awaiting-nominee = 被推薦者がまだ推薦を承諾していないため、決定できるものはありません。
refusal-already-decided = この候補はすでに決定済みです。
refusal-already-answered = この推薦にはすでに回答済みです。
refusal-not-deferred = 再開できるのは延期された候補のみです。
refusal-not-invited = 参加できるのは採用された候補者のみです。
refusal-not-onboarded = 候補者はまだオンボーディングを完了していません。
refusal-not-assigned = あなたはこの候補の審査員ではありません。
refusal-conflicted = この候補について利益相反を申告しています。
refusal-not-reviewable = この候補は審査中ではありません。
refusal-no-renewal-cycle = 受付中の更新サイクルはありません。決定を記録するには更新サイクルを開始してください。
refusal-not-accepted = 発表日の変更や即時発表ができるのは採用された候補者のみです。この候補はすでに発表済みか、採用されていません。

## Renewal
readiness-title = 更新の準備状況
readiness-lead = { $since } 以降 (過去 12 か月間) のあなたのコントリビューションを、下に公開されている評価基準で採点したものです。非公開のコントリビューションも数えられます。
readiness-cycle-open = { $cycle } は { $closes } まで受付中です。
readiness-points = { $target } ポイント中 { $points } ポイント
readiness-ready = 更新の目標に達しました。
readiness-by-kind = 種類別
readiness-nothing = 過去 12 か月間のコントリビューションはまだありません。コントリビューションの記録に追加するか、ソースから自動的に取り込んでください。
readiness-kind = 種類
readiness-items = コントリビューション
readiness-earned = 獲得ポイント
readiness-cap = 上限
readiness-counted = 算入ポイント
readiness-capped = (上限適用)
readiness-every-point = ポイントの内訳
readiness-base = 種類による { $points } ポイント
readiness-bonus = リーチによる +{ $points } ({ $metric } { $value })
readiness-metric-views = 閲覧数
readiness-metric-attendees = 参加者数
readiness-metric-stars = スター数
readiness-metric-answers = 回答数
readiness-line-counted = { $points } ポイント算入
readiness-over-cap = (この種類の上限を超過)
readiness-rubric = 評価基準
readiness-rubric-lead = 種類ごとに、コントリビューション 1 件あたりのポイントが上限まで加算されるため、量だけでは質を補えません。リーチの大きいコントリビューション (閲覧 1,000 回、参加者 50 人、スター 100 個、回答 25 件) は、さらに半分のポイントが加算されます。100 ポイントで更新の準備が整います。
readiness-per-item = 1 件あたりのポイント
renewals-title = 更新
renewals-total = { $count ->
   *[other] ヒーロー { $count } 人
}
renewals-hero = ヒーロー
renewals-status = ステータス
renewals-readiness = 準備状況
renewals-decision = 決定
renewals-renew = 更新する
renewals-alumni = アルムナイに移行
renewals-leave = 休止
renewals-expected-return = 復帰予定日
renewals-note = ヒーローへのメモ (任意)
renewals-save = 記録
renewals-decided = { $name } さんについての決定を記録しました。
renewals-confirm-title = { $name } さんをアルムナイに移行しますか？
renewals-confirm-lead = { $cycle } で、{ $name } さんは現役ヒーローから外れます。
renewals-confirm-access = 次回のリクエストから、更新、ブリーフィング、ネットワークなど、ヒーロー専用の機能を利用できなくなります。
renewals-confirm-page = 公開ページはアルムナイとして表示され、これまでのコントリビューションもすべて残ります。
renewals-confirm-mail = 決定はメールで本人に通知されます。下にメモを記入した場合は、それも添えられます。
renewals-confirm-undo = サイクルが終了するまでは、更新一覧で決定を変更できます。その場合は改めてメールが送信されます。
renewals-confirm-submit = { $name } さんをアルムナイに移行
renewals-confirm-cancel = { $name } さんを現状のままにする

## Notifications and mail
notifications-title = 通知
notifications-link = 通知
notifications-none = まだ何もありません。
mail-open-action = Heroes を開く
mail-footer-program = このメールは、Heroes プログラムでのあなたの役割に関するものであるためお送りしています。
mail-nominated-subject = { $specialization } に推薦されました
mail-nominated-body = { $nominator } さんが、{ $cycle } の { $specialization } にあなたを推薦しました。
mail-nominated-how = 承諾または辞退し、候補者プロフィールを入力するには、{ $email } でサインイン (またはアカウント登録) してください。
mail-nomination-received-subject = { $name } さんの推薦について
mail-nomination-received-body = { $specialization } への { $name } さんの推薦を受け付けました。各段階でお知らせします。
mail-nominee-accepted-subject = { $name } さんが推薦を承諾しました
mail-nominee-accepted-body = { $name } さんが推薦を承諾しました。現在審査中です。
mail-nominee-declined-subject = { $name } さんが推薦を辞退しました
mail-nominee-declined-body = { $name } さんが推薦を辞退しました。ご推薦いただき、ありがとうございました。
mail-decided-subject = { $name } さんについての決定
mail-decided-nominator-body = { $name } さんの推薦について、プログラムの決定は次のとおりです: { $outcome }。
mail-decided-nominee-subject = { $specialization } の候補について
mail-decided-accepted = おめでとうございます。{ $specialization } のヒーローに採用されました。規約と NDA に同意し、プロフィールを完成させてください。{ $date } に発表されます。
mail-decided-declined = 今回は { $specialization } のヒーローに選ばれませんでした。{ $date } から再度推薦を受けられます。
mail-decided-deferred = { $specialization } の候補は次回以降のサイクルに延期されました。
mail-decided-reopened = { $specialization } の候補は再び審査中になりました。
mail-announced-subject = { $specialization } のヒーローになりました
mail-announced-body = { $specialization } のプロフィールがディレクトリに掲載されました。ようこそ！
mail-renewal-subject = { $cycle } での更新について
mail-renewal-renew = { $cycle } でヒーローとして更新されました。今年もよろしくお願いします！
mail-renewal-opened-subject = { $cycle } が始まりました
mail-renewal-opened = 更新サイクル { $cycle } は { $closes } まで受付中です。準備状況メーターには、評価対象となるものと、過去 12 か月間に記録した内容が表示されます。不足しているものがあれば、サイクル終了前に追加してください。
mail-renewal-alumni = { $cycle } でアルムナイに移行します。公開ページはアルムナイの表示付きで残ります。これまで共有してくださったすべてに感謝します。
mail-renewal-leave = { $cycle } で休止を記録しました。{ $date } の復帰をお待ちしています。
nav-nominate = 推薦する
account-notifications-link = { $count ->
    [0] 通知
   *[other] 通知 (新着 { $count } 件)
}
mail-assigned-subject = { $count ->
   *[other] 審査する候補 { $count } 件
}
mail-assigned-body = { $count ->
   *[other] 審査する候補が { $count } 件割り当てられました。利益相反がある場合は申告してください。
}
answer-feed = ブログ、チャンネル、ポッドキャストのフィード (任意)
answer-feed-hint = 一度だけ読み込み、過去 12 か月間に公開したものを添付します。一覧にしなくても審査員があなたの活動を確認できます。フィードへのリンクがあるページでもかまいません。

## Abuse that costs other people: the warning an owner gets when someone keeps guessing
## their password.
mail-attack-subject = 何者かがあなたのアカウントへのサインインを試みています
mail-attack-body = 最近、あなたがサインインしたことのないアドレスから、あなたのアカウントに対して誤ったパスワードが何度も試されています。これらの試行は制限しています。推測を続けるアドレスはそれぞれブロックされ、試行の速度も落とされます。普段サインインしている場所からは何も変わりません。それ以外の場所では、サインインに 1 分ほど待つ必要がある場合があります。
mail-attack-advice = 心当たりがない場合でも、情報は何も漏れていません。パスワードが十分に長く、ほかで使い回していないことを確認し、不安な場合は新しいパスワードを設定してください。新しいパスワードを設定すると、アカウントに対するすべての制限も解除されます。
mail-attack-action = 新しいパスワードを設定する

## The server's edge: requests refused before a handler runs, and a database out of reach
error-bad-request-title = リクエストを読み取れませんでした
error-bad-request-body = アドレスまたはフォームに、NUL バイト (%00) など Heroes が受け付けないものが含まれています。リンクを確認して、もう一度お試しください。
error-uri-too-long-title = アドレスが長すぎます
error-uri-too-long-body = アドレスが Heroes の上限 (8 KB) を超えています。リンクを確認するか、絞り込みを減らして検索してください。
error-unavailable-title = Heroes は現在応答できません
error-unavailable-body = 現在、データベースに接続できません。お客様の操作が原因ではありません。1 分ほどしてからもう一度お試しください。
error-request-title = リクエストを処理できませんでした
error-request-body = 前のページに戻り、もう一度お試しください。繰り返し発生する場合は、プログラムチームにお知らせください。

## Races: a second click on a suggestion already decided (claim and decline at once)
suggestions-was-claimed = この項目はすでに記録に追加されています。
suggestions-was-declined = この項目はすでに辞退済みのため、記録に追加されませんでした。

## Text in, text out: feed items that cannot be offered, the same work at two addresses
sources-skipped = 前回のチェックで提案されなかった項目 (フィード内の項目を修正するか、手動で追加してください):
suggestions-unclaimable = 「{ $title }」はこのままではコントリビューションにできません ({ $field }: { $problem })。辞退するか、詳細を修正して手動で追加してください。
own-url-same-work = この作品はすでに「{ $title }」({ $url }) として記録されています。そちらを変更するか、別のアドレスを使用してください。
own-import-same-work = { $row } 行目: この作品はすでに「{ $title }」({ $url }) として記録されています。
own-import-same-work-in-file = { $row } 行目: { $first } 行目と同じ作品です (アドレスの違いが https、www、末尾のスラッシュ、トラッキングパラメーターのみです)。

## Running the program: the admin home and specializations managed by admins (issue 17)
admin-home-title = プログラム管理
admin-home-back = ← プログラム管理
admin-home-attention = 今日対応が必要な項目
admin-home-areas = 管理エリア
admin-home-unassigned = { $count ->
   *[other] 件の候補に審査員が未割り当て
}
admin-home-in-review = { $count ->
   *[other] 件の候補が審査と決定待ち
}
admin-home-failing-sources = { $count ->
   *[other] 件のコントリビューションソースで失敗
}
admin-home-failing-jobs = { $count ->
   *[other] 件のバックグラウンドジョブで失敗
}
admin-home-undelivered-mail = { $count ->
   *[other] 件のメールが未配信
}
admin-area-cycles = サイクル
admin-area-cycles-hint = 選考サイクルと更新サイクルの開始、日程、専門分野、評価基準。
admin-area-candidacies = 候補
admin-area-candidacies-hint = 審査キュー: 審査員の割り当て、ファイルの確認、決定。
admin-area-renewals = 更新
admin-area-renewals-hint = 全ヒーローの準備状況。更新、アルムナイへの移行、休止の記録。
admin-area-specializations = 専門分野
admin-area-specializations-hint = 専門分野の追加、名前の変更、廃止、並べ替え、色の設定。
admin-area-outbox = 送信トレイ
admin-area-outbox-hint = プログラムが作成したすべてのメールとその配信状況。
admin-area-jobs = ジョブ
admin-area-jobs-hint = バックグラウンドジョブのキューと失敗したジョブ。
admin-area-audit = 監査ログ
admin-area-audit-hint = 誰が、いつ、どこから、何をしたか。
admin-area-security = サインインのセキュリティ
admin-area-security-hint = 二要素認証を必須にするロールの設定と、認証要素を紛失した人のリセット。
admin-specializations-title = 専門分野
admin-specializations-lead = 変更はディレクトリ、その絞り込み、フィード、API、推薦フォームにすぐ反映されます。名前を変更した専門分野では古いアドレスも残り、新しいアドレスに転送されます。廃止した専門分野は新しい推薦を受け付けず、絞り込みからも消えますが、そのヒーローのバッジは残ります。
admin-specializations-saved = 保存しました。
admin-specializations-name = 名前
admin-specializations-slug = アドレス
admin-specializations-slug-hint = 英小文字、数字、ハイフン。ページは /specializations/ の後にこれを付けたものになります。変更しても古いアドレスは引き続き使えます。
admin-specializations-slug-taken = このアドレスは別の専門分野で使用中か、過去に使用されていました。別のアドレスを選択してください。
admin-specializations-previous = 別のアドレス: { $slugs }
admin-specializations-heroes = ヒーロー
admin-specializations-state = 状態
admin-specializations-active = 有効
admin-specializations-retired = 廃止
admin-specializations-actions = 操作
admin-specializations-up = 上へ
admin-specializations-up-label = { $name } を上へ移動
admin-specializations-down = 下へ
admin-specializations-down-label = { $name } を下へ移動
admin-specializations-edit = 編集
admin-specializations-edit-label = { $name } を編集
admin-specializations-retire = 廃止
admin-specializations-retire-label = { $name } を廃止
admin-specializations-reinstate = 復活
admin-specializations-reinstate-label = { $name } を復活
admin-specializations-new = 専門分野を追加
admin-specializations-edit-heading = 専門分野を変更
admin-specializations-description = 説明 (Markdown)
admin-specializations-colour = バッジの色
admin-specializations-save = 保存
admin-specializations-cancel = キャンセル
colour-rose = ローズ
colour-amber = アンバー
colour-blue = ブルー
colour-violet = バイオレット
colour-teal = ティール
colour-green = グリーン
colour-red = レッド
colour-navy = ネイビー

## Second factor: authenticator app, recovery codes, required roles (issue 23)
second-step-title = 本人確認
second-step-lead = パスワードは正しく入力されました。認証アプリに表示されるこのサイト用の 6 桁のコード、またはリカバリーコードのいずれかを入力してください。
second-step-code = コード
second-step-hint = アプリに表示される 6 桁の数字、または abcd-efgh-ijkl-mnop のようなリカバリーコード。
second-step-submit = サインイン
second-step-failed = このコードは使用できませんでした。アプリのコードは 30 秒ごとに変わり、それぞれ 1 回だけ使用できます。リカバリーコードも 1 回だけ使用できます。
second-step-lost = スマートフォンとリカバリーコードの両方を紛失しましたか？プログラムチームに二要素認証のリセットを依頼してください。リセットされるとメールでお知らせします。
security-title = サインインのセキュリティ
security-required = プログラムでのあなたのロールでは、二要素認証が必須です。続行するには、認証アプリを設定するか、パスキーを追加してください。設定が完了するまで、ほかのページは開けません。
security-app-heading = 認証アプリ
security-app-on = 認証アプリが設定されています。サインイン時、パスワードの後にアプリのコードの入力を求められます。
security-app-off = 認証アプリは設定されていません。パスワードだけでサインインできます。
security-app-set-up = 認証アプリを設定
security-app-remove = 認証アプリを削除
security-proof = パスワード、または認証アプリのコード
security-proof-wrong = パスワードでも、アプリの現在のコードでもありません。
security-totp-exists = 認証アプリはすでに設定されています。別のアプリを設定するには、先に削除してください。
security-setup-lead = このアカウントを認証アプリ (Aegis、Google Authenticator、1Password、Microsoft Authenticator など) に追加してください。下のキーを入力するか、アプリが入っているデバイスでリンクを開きます。その後、アプリに表示されるコードを入力してください。
security-setup-secret = キー
security-setup-link = リンク
security-setup-open = 認証アプリで開く
security-setup-code = アプリのコード
security-setup-confirm = 有効にする
security-code-wrong = アプリに現在表示されているコードと一致しません。キーとデバイスの時計が正しいことを確認してから、最新のコードを入力してください。
security-totp-on = 認証アプリが有効になりました。
security-removed = 認証アプリとリカバリーコードを削除しました。
security-codes-heading = リカバリーコード
security-codes-once = スマートフォンとは別の安全な場所に保管してください。アプリを使えないとき、各コードで 1 回サインインできます。コードが表示されるのは今回だけです。
security-codes-new = 新しいリカバリーコードを作成しました。古いコードは使用できなくなりました。
security-codes-left = { $count ->
   *[other] リカバリーコードは残り { $count } 個です。
}
security-codes-regenerate = 新しいリカバリーコードを作成
security-setup-qr = または、アプリでこのコードをスキャンしてください。
security-passkeys-heading = パスキー
security-passkeys-lead = パスキーを使うと、パスワードの代わりにデバイスの指紋認証、顔認証、画面ロックでサインインできます。パスワード入力後の 2 段階目の認証としても使えます。このサイトでしか機能しないため、フィッシングの被害に遭いません。
security-passkeys-none = パスキーはまだありません。
security-passkey-added-at = 追加日
security-passkey-used-at = 最終使用日
security-passkey-change = 名前の変更または削除
security-passkey-new-name = 新しい名前
security-passkey-rename = 名前を変更
security-passkey-remove = このパスキーを削除
security-passkey-name = 新しいパスキーの名前
security-passkey-name-hint = 「仕事用ノート PC」や「青いセキュリティキー」など、後で見分けられる名前 (60 文字以内)。
security-passkey-add = パスキーを追加
security-passkey-name-wrong = パスキーには 1 ～ 60 文字の名前を付けてください。
security-passkey-too-many = このアカウントのパスキーは上限 (20 個) に達しています。先にいずれかを削除してください。
security-passkey-registered = このパスキーはすでに登録されています。
security-passkey-failed = パスキーを追加できませんでした。もう一度お試しください。デバイスに複数の選択肢が表示される場合は、そのデバイス自身のパスキーを選んでください。
security-passkey-needs-script = パスキーの追加には JavaScript が必要ですが、このブラウザーでは無効になっているかブロックされています。このページのほかの機能は JavaScript なしで使えます。
security-passkey-added = パスキーを追加しました。
security-passkey-renamed = パスキーの名前を変更しました。
security-passkey-removed = パスキーを削除しました。このパスキーではサインインできなくなりました。
passkey-needs-script = パスキーには JavaScript が必要ですが、このブラウザーでは無効になっているかブロックされています。このページのほかの機能は JavaScript なしで使えます。
passkey-cancelled = パスキーのリクエストがキャンセルされたか、タイムアウトしました。準備ができたらもう一度お試しください。
login-passkey = パスキーでサインイン
login-passkey-failed = このパスキーではサインインできませんでした。このサイト用に追加したパスキーを使うか、パスワードでサインインしてください。
second-step-passkey = 代わりにパスキーを使う
second-step-expired = サインインの待ち時間が長すぎました。もう一度サインインしてください。
security-sign-ins-heading = 最近のサインイン
security-sign-ins-none = サインインの記録はまだありません。
security-sign-ins-when = 日時
security-sign-ins-from = 送信元アドレス
admin-security-title = サインインのセキュリティ
admin-security-required-heading = 二要素認証の必須化
admin-security-required-legend = 次のロールを持つアカウントには二要素認証が必須です
admin-security-required-hint = 該当するアカウントで二要素認証が未設定の場合、サインイン直後に設定を求められ、設定が完了するまでほかの操作はできません。シングルサインオンでサインインしたアカウントは、会社のプロバイダーの設定に従います。
admin-security-save = 保存
admin-security-saved = 保存しました。
admin-security-reset-heading = 二要素認証のリセット
admin-security-reset-lead = 認証アプリとリカバリーコードの両方を紛失した人向けです。アカウントのすべての認証要素を削除し、パスワードだけで再びサインインできるようにします (ロールによっては再設定を求められます)。本人にメールで通知され、監査ログに記録されます。
admin-security-reset = 二要素認証をリセット
admin-security-reset-done = 二要素認証をリセットし、本人にメールで通知しました。
admin-security-no-account = このアドレスのアカウントはありません。
mail-factor-subject = サインインのセキュリティ設定が変更されました
mail-factor-totp-added = お使いのアカウントに認証アプリが設定されました。今後はサインイン時、パスワードの後にアプリのコードの入力を求められます。
mail-factor-totp-removed = お使いのアカウントの認証アプリが、リカバリーコードとともに削除されました。今後はパスワードだけでサインインできます。
mail-factor-codes = お使いのアカウントの新しいリカバリーコードが作成されました。古いコードは使用できなくなりました。
mail-factor-reset = プログラムチームが、お使いのアカウントの二要素認証をリセットしました。認証アプリ、リカバリーコード、パスキーは削除され、今後はパスワードだけでサインインできます。
mail-factor-passkey-added = お使いのアカウントにパスキーが追加されました。このパスキーだけでサインインでき、パスワード入力後の 2 段階目の認証としても使えます。
mail-factor-passkey-renamed = お使いのアカウントのパスキーの名前が変更されました。サインイン方法に関する変更はすべてお知らせしています。
mail-factor-passkey-removed = お使いのアカウントからパスキーが削除されました。このパスキーではサインインできなくなりました。
mail-factor-advice = 心当たりがない場合は、ただちに新しいパスワードを設定し、プログラムチームにお知らせください。
mail-factor-action = サインインのセキュリティを確認

## Promotion, spotlight and digest (issue 14)
promotion-title = プロモーション
promotion-lead = あなたの活動を広めるようプログラムに依頼できます。ホームページのスポットライト、ダイジェスト、プログラムのソーシャルアカウントが対象です。スタッフが掲載を予定するか、見送る理由をお知らせします。
promotion-ask = プロモーションを依頼
promotion-no-works = プロモーションは、記録にある公開コントリビューションから依頼できます (今後の講演も対象です。日付を入れて記録してください)。
promotion-contribution = コントリビューション
promotion-contribution-choose = コントリビューションを選択してください
promotion-contribution-hint = 今後の講演は、未来の日付のコントリビューションとして記録します。
promotion-channels = チャネル
promotion-channel-spotlight = ホームページのスポットライト
promotion-channel-digest = ダイジェスト
promotion-channel-social = ソーシャルアカウント
promotion-from = 開始日
promotion-until = 終了日
promotion-note = プログラムチームへのメモ
promotion-note-hint = 対象者や、今である理由など。任意です。
promotion-submit = 依頼を送信
promotion-requests = あなたの依頼
promotion-none = まだプロモーションを依頼していません。
promotion-stage = ステータス
promotion-actions = 操作
promotion-wanted = 希望:
promotion-granted = 承認:
promotion-reason = 理由:
promotion-withdraw = 取り下げる
promotion-requested = 依頼はプログラムチームに届いています。決定したらメールでお知らせします。
promotion-withdrawn = 依頼を取り下げました。
promotion-not-yours = 自分の公開コントリビューションから選択してください。
promotion-already-waiting = このコントリビューションの依頼はすでに処理待ちです。
promotion-refusal-decided = この依頼はすでに決定済みです (つい先ほど決定された可能性があります)。ページに現在の状況が表示されています。
promotion-refusal-not-approved = スケジュールの変更やキャンセルができるのは、承認済みの依頼のみです。
promotion-stage-pending = プログラムチームの対応待ち
promotion-stage-scheduled = 予定済み
promotion-stage-live = スポットライト掲載中
promotion-stage-ended = 終了
promotion-stage-declined = 見送り
promotion-stage-withdrawn = 取り下げ
promotion-queue-title = プロモーションの依頼
promotion-queue-empty = プロモーションの依頼はまだありません。
promotion-hero = ヒーロー
promotion-window = 期間
promotion-approve = 承認して予定を設定
promotion-reschedule = スケジュールを変更
promotion-decline = 見送る
promotion-cancel = スポットライトから外す
promotion-starts = 開始 (現地時刻)
promotion-ends = 終了 (現地時刻)
promotion-zone = タイムゾーン
promotion-zone-hint = Europe/Berlin のような IANA 名。空欄の場合は UTC です。
promotion-saved = 保存しました。ヒーローに通知しました。
mail-promotion-approved-subject = 「{ $title }」のプロモーション
mail-promotion-approved = 「{ $title }」は { $channels } で { $window } にプロモーションされます。
mail-promotion-rescheduled = 「{ $title }」のプロモーションが変更されました: { $channels }、{ $window }。
mail-promotion-declined-subject = 「{ $title }」のプロモーション依頼について
mail-promotion-declined = プログラムチームは「{ $title }」のプロモーションを見送りました: { $reason }
mail-promotion-cancelled = プログラムチームは「{ $title }」をスポットライトから外しました: { $reason }
spotlight-title = スポットライト
spotlight-lead = プログラムが現在広めている活動です。
spotlight-empty = 現在スポットライトに掲載中のものはありません。
spotlight-all = スポットライトのすべて
spotlight-feeds = スポットライトをフォロー:
digest-archive-title = ダイジェスト
digest-archive-lead = 毎月 (プログラムの設定により毎週または四半期ごと) お届けします。新しいヒーロー、プログラムがスポットライトで紹介した活動、各専門分野で最もリーチの大きかったコントリビューションを紹介します。
digest-subscribe-title = メールで受け取る
digest-subscribe-email = メールアドレス
digest-subscribe-hint = 確認用のリンクをメールでお送りします。どのダイジェストからもワンクリックで配信停止できます。
digest-subscribe-submit = 購読する
digest-check-inbox = 受信トレイを確認してください。お送りしたリンクを開くと購読が始まります。
digest-past = 過去のダイジェスト
digest-none = ダイジェストはまだありません。
digest-new-heroes = 新しいヒーロー
digest-spotlighted = スポットライト
digest-most-reached = { $specialization } で最もリーチの大きかったもの
digest-empty = 静かな期間でした。お知らせすることはありません。
digest-title-of = Heroes ダイジェスト { $month }
digest-confirm-title = 購読の確認
digest-confirm-body = ボタンを押すと、このアドレスでダイジェストを受け取れます。
digest-confirm-action = 確認
digest-confirmed-title = 購読しました
digest-confirmed = 次回のダイジェストからお届けします。
digest-link-invalid-title = このリンクは使用できません
digest-link-invalid = リンクが不完全か、購読がすでに存在しません。ダイジェストのページから再度購読してください。
digest-unsubscribe-title = ダイジェストの配信停止
digest-unsubscribe-body = ボタンを押すと、このアドレスへのダイジェストの配信を停止します。
digest-unsubscribe-action = 配信停止
digest-unsubscribed-title = 配信を停止しました
digest-unsubscribed = このアドレスにダイジェストは届かなくなります。
digest-account-title = ダイジェスト
digest-account-is-on = ダイジェストをメールで受け取っています。
digest-account-is-off = ダイジェストを受け取っていません。
digest-account-start = ダイジェストを受け取る
digest-account-stop = ダイジェストを停止
digest-account-on = 次回のダイジェストからお届けします。
digest-account-off = 今後ダイジェストは届きません。
digest-account-verify = 先にメールアドレスを確認してください (アカウントページをご覧ください)。
digest-admin-title = ダイジェスト
digest-subscribers = { $count ->
   *[other] 購読者 { $count } 人
}
digest-draft-now = 今期のダイジェストの下書きを作成
digest-draft-exists = 今期のダイジェストはすでにあります。
digest-col-title = ダイジェスト
digest-col-state = 状態
digest-col-sent = 送信日
digest-state-draft = 下書き
digest-state-sending = 送信中
digest-state-sent = 送信済み
digest-intro = 紹介文
digest-intro-hint = Markdown。ウェブとメールの両方で、各セクションの前に表示されます。
digest-save = 紹介文を保存
digest-saved = 紹介文を保存しました。
digest-send = すべての購読者に送信
digest-sending = ダイジェストをすべての購読者に送信しています。
digest-not-draft = このダイジェストはすでに送信済みです。
digest-preview = プレビュー
mail-digest-confirm-subject = Heroes ダイジェストの購読確認
mail-digest-confirm-body = どなたか (おそらくご本人) が、このアドレスで Heroes ダイジェストを受け取るよう申し込みました。確認するにはリンクを開いてください。
mail-digest-confirm-action = 購読を確認する
mail-digest-confirm-footer = お心当たりがない場合は、このメールを無視してください。確認がなければ何も送信されません。
mail-digest-read-online = ウェブで読む
mail-digest-footer = このダイジェストは購読のお申し込みによりお送りしています。ワンクリックで配信停止: { $link }
admin-home-promotion-waiting = { $count ->
   *[other] 対応待ちのプロモーション依頼 { $count } 件
}
admin-area-promotion = プロモーション
admin-area-promotion-hint = スポットライト、ダイジェスト、ソーシャルへのヒーローの依頼を承認、予定設定、見送り。
admin-area-digests = ダイジェスト
admin-area-digests-hint = 月次ダイジェストのプレビュー、紹介文の作成、送信。
## Product feedback and office hours (issue 13)
admin-area-product-areas = 製品エリア
admin-area-product-areas-hint = ヒーローがフィードバックを送る製品エリア、その担当者、各エリアの対応速度。
product-areas-title = 製品エリア
product-areas-lead = ヒーローは製品エリアに対してフィードバックを送り、担当者には新しい項目がすべて通知されます。中央値は、送信からチームの最初の回答またはステータス変更まで、およびリリース、見送り、重複のいずれかになるまでの時間です。
product-areas-none = 製品エリアはまだありません。下から最初のエリアを追加してください。
product-areas-name = 名前
product-areas-slug = アドレス
product-areas-slug-hint = 英小文字、数字、ハイフン。キューの絞り込みに使われます。
product-areas-slug-taken = このアドレスは別の製品エリアで使用されています。
product-areas-description = 説明 (Markdown)
product-areas-owners = 担当者
product-areas-owners-hint = スタッフのメールアドレスを 1 行に 1 つずつ。
product-areas-owner-unknown = { $email } はスタッフのアドレスではありません。
product-areas-open = 未解決の項目
product-areas-first-answer = 最初の回答までの時間 (中央値)
product-areas-resolution = 解決までの時間 (中央値)
product-areas-no-answers = まだなし
product-areas-actions = 操作
product-areas-edit = 編集
product-areas-edit-label = { $name } を編集
product-areas-edit-heading = 製品エリアを編集
product-areas-new = 製品エリアを追加
product-areas-save = 保存
product-areas-cancel = キャンセル
product-areas-saved = 保存しました。
duration-days = { $count ->
   *[other] { $count } 日
}
duration-hours = { $count ->
   *[other] { $count } 時間
}
duration-minutes = { $count ->
   *[other] { $count } 分
}
feedback-title = 製品フィードバック
feedback-lead = うまくいっていること、いっていないこと、足りないものを製品チームに伝えましょう。すべての項目に回答があり、変更があるたびに通知されます。
feedback-new = フィードバックを送信
feedback-back = 製品フィードバックに戻る
feedback-mine = 送信したフィードバック
feedback-mine-none = まだ何も送信していません。
feedback-followed = フォロー中
feedback-followed-none = フォローしている項目はありません。
feedback-shared = ほかのヒーローが共有した項目
feedback-shared-none = ほかのヒーローが共有した未解決の項目はありません。
feedback-col-title = タイトル
feedback-col-area = 製品エリア
feedback-col-kind = 種類
feedback-col-state = ステータス
feedback-col-votes = 私も
feedback-col-filed = 送信日
feedback-no-areas = 製品エリアはまだありません。
feedback-area = 製品エリア
feedback-choose = 選択…
feedback-choose-area = 製品エリアを選択してください。
feedback-field-title = タイトル
feedback-field-kind = 種類
feedback-field-body = 発生したこと
feedback-field-body-hint = Markdown: 手順、期待した結果、実際の結果。
feedback-field-impact = 影響
feedback-field-impact-hint = ご自身の言葉で: 誰が影響を受け、どのような損失があるか。
feedback-field-links = リンク
feedback-field-links-hint = 最大 5 つのアドレス (再現手順、Issue、記事など) を 1 行に 1 つずつ。
feedback-field-shared = ほかのヒーローがこの項目を閲覧し、「私も」を追加できるようにする
feedback-submit = フィードバックを送信
feedback-kind-bug = バグ
feedback-kind-feature-request = 機能リクエスト
feedback-kind-documentation = ドキュメント
feedback-kind-other = その他
feedback-state-new = 新規
feedback-state-acknowledged = 確認済み
feedback-state-planned = 予定
feedback-state-in-progress = 対応中
feedback-state-shipped = リリース済み
feedback-state-declined = 見送り
feedback-state-duplicate = 重複
feedback-transition-acknowledge = 確認済みにする
feedback-transition-plan = 予定に入れる
feedback-transition-start = 対応を開始
feedback-transition-ship = リリース済みにする
feedback-transition-decline = 見送る
feedback-transition-duplicate = 重複としてマーク
feedback-refusal-closed = この項目はクローズされているため、これ以上変更できません。
feedback-refusal-not-acknowledged = 先に項目を確認済みにしてください。
feedback-refusal-already-past = この項目はすでにその段階か、それより先に進んでいます。
feedback-refusal-stale = この間に別の人がこの項目を変更しました。ステータスを再度確認してください。
feedback-decline-needs-reason = 見送る理由を記入してください。
feedback-duplicate-needs-original = 重複ではない別の項目の番号を入力してください。
feedback-notice-filed = 送信しました。製品チームに通知され、変更があるたびにお知らせします。
feedback-notice-sent = 送信しました。
feedback-notice-noted = メモを保存しました。チームのみが閲覧できます。
feedback-notice-moved = ステータスを変更しました。作成者とフォロワーに通知しました。
feedback-visibility = 公開範囲
feedback-visibility-shared = あなた、ほかのヒーロー、プログラムチーム
feedback-visibility-private = あなたとプログラムチーム
feedback-duplicate-of = 重複元の項目番号
feedback-duplicate-hint = 「重複としてマーク」の場合のみ。この項目のフォロワーは重複元の項目をフォローするようになります。
feedback-team-note = チームのメモ
feedback-vote = 私も
feedback-unvote = 「私も」を取り消す
feedback-follow = フォロー
feedback-unfollow = フォローを解除
feedback-thread = やり取り
feedback-thread-empty = まだ何も書き込まれていません。
feedback-from-team = プログラムチーム
feedback-internal-note = スタッフ専用メモ
feedback-moved-to = ステータス: { $state }
feedback-deleted-account = 削除済みアカウント
feedback-reply = あなたの回答
feedback-send = 送信
feedback-queue-title = フィードバックキュー
feedback-queue-back = キューに戻る
feedback-queue-count = { $count ->
   *[other] { $count } 件
}
feedback-filter-any = すべて
feedback-filter-age = 送信日
feedback-filter-older = { $count ->
   *[other] { $count } 日以上前
}
feedback-filter-apply = 表示
feedback-sort = 並び順
feedback-sort-votes = 「私も」の多い順
feedback-sort-oldest = 古い順
feedback-sort-newest = 新しい順
feedback-author = 送信者
feedback-followers = フォロワー
feedback-answer = 回答
feedback-message = メッセージ (Markdown)
feedback-internal-choice = スタッフ専用メモ (作成者には表示されません)
feedback-change-state = ステータスを変更
feedback-next-state = 新しいステータス
feedback-note = 作成者とフォロワーへのメモ
feedback-note-hint = 見送る場合は必須です。ステータスとともに送信されます (何がどこでリリースされたかを記入してください)。
feedback-move = ステータスを変更
feedback-mail-filed-subject = { $area } への新しいフィードバック: { $title }
feedback-mail-filed-body = あなたが担当する { $area } に、ヒーローからフィードバックが届きました。確認済みにしてください。
feedback-mail-answered-subject = 「{ $title }」に新しい回答があります
feedback-mail-answered-body = やり取りに新しい回答があります。
feedback-mail-moved-subject = 「{ $title }」が { $state } になりました
feedback-mail-moved-body = フィードバック「{ $title }」のステータス: { $state }。
feedback-mail-note = チームのメモ: { $note }
office-hours-title = オフィスアワー
office-hours-lead = 製品チームのメンバーと 30 分話せます。空いている枠を予約すると、カレンダーファイルが届き、前日にリマインダーが送られます。
office-hours-booked = 予約済みの枠
office-hours-booked-none = 予約している枠はありません。
office-hours-free = 空き枠
office-hours-free-none = 現在、空き枠はありません。
office-hours-minutes = { $count ->
   *[other] { $count } 分
}
office-hours-with = 担当: { $name }
office-hours-join = 通話に参加
office-hours-ics = カレンダーに追加 (.ics)
office-hours-cancel = キャンセル
office-hours-cancel-label = { $when } の枠をキャンセル
office-hours-book = 予約
office-hours-book-label = { $when } の枠を予約
office-hours-notice-booked = 予約しました。カレンダーファイルは下にあります。前日にリマインダーが届きます。
office-hours-notice-taken = その枠は先に別の人が予約しました。別の枠を選んでください。
office-hours-notice-past = その枠はすでに始まっています。別の枠を選んでください。
office-hours-notice-cancelled = キャンセルしました。この枠はほかの人が予約できるようになりました。
office-hours-notice-published = 公開しました。
office-hours-staff-title = あなたのオフィスアワー
office-hours-yours = あなたの枠
office-hours-yours-none = 公開している枠はありません。
office-hours-booked-by = { $name } さんが予約済み
office-hours-open = 空き
office-hours-publish = 枠を公開
office-hours-starts = 開始 (現地時刻)
office-hours-zone = タイムゾーン
office-hours-zone-hint = Europe/Berlin や America/New_York のような IANA タイムゾーン。
office-hours-length = 時間 (分)
office-hours-link = 通話へのリンク
office-hours-ics-summary = オフィスアワー: { $area }
office-hours-ics-description = 参加: { $link }
office-hours-mail-reminder-subject = { $area } のオフィスアワーがまもなく始まります
office-hours-mail-reminder-body = { $area } のオフィスアワーは { $starts } に始まります。{ $link } から参加してください。
## Credits
credits-title = あなたのクレジット
credits-available = 申請可能な額
credits-held = 決定待ちの申請で保留中の額
credits-request-title = クレジットを申請
credits-purpose = 目的
credits-purpose-workshop = ワークショップ
credits-purpose-demo = デモまたは講演
credits-purpose-open-source = オープンソースプロジェクト
credits-purpose-other = その他 (メモに内容を記入してください)
credits-amount = 金額 ({ $unit })
credits-amount-hint = 整数で入力してください。スタッフが決定するまで、残高から保留されます。
credits-note = 用途
credits-request-submit = 申請を送信
credits-requested = 申請を送信しました。スタッフが決定するまで、その額は保留されます。
credits-withdrawn = 申請を取り下げました。その額は残高に戻りました。
credits-requests = あなたの申請
credits-no-requests = 申請はまだありません。
credits-col-requested = 申請日
credits-col-amount = 金額
credits-col-state = 状態
credits-col-actions = 操作
credits-col-code = コード
credits-col-value = 額面
credits-col-expires = 有効期限
credits-col-reveals = 表示回数
credits-col-date = 日付
credits-col-entry = 内容
credits-col-hero = ヒーロー
credits-col-balance = 現在の残高
credits-col-decision = 決定
credits-col-specialization = 専門分野
credits-col-quarter = 四半期
credits-col-codes = コード
credits-approved-amount = 承認額: { $amount }
credits-state-requested = 決定待ち
credits-state-approved = 承認
credits-state-partly-approved = 一部承認
credits-state-declined = 却下
credits-state-withdrawn = 取り下げ
credits-withdraw = 取り下げる
credits-codes = あなたのコード
credits-codes-lead = コードは表示するまで隠されています。表示するたびに記録されます。ほかの人には見えません。
credits-no-codes = 発行されたコードはまだありません。
credits-code-hidden = 非表示のコード
credits-reveals = { $count ->
    [0] なし
   *[other] { $count } 回
}
credits-reveal = 表示
credits-history = 履歴
credits-no-history = 残高にはまだ何も変化がありません。
credits-entry-allotment = 年間割当
credits-entry-hold = 申請による保留
credits-entry-issue = コード発行
credits-entry-release = 保留解除
credits-entry-expiry = 期限切れ
credits-entry-revocation = 取り消し
credits-request-ref = 申請 #{ $id }
credits-revealed-title = あなたのコード
credits-revealed-lead = 今すぐコピーしてください。このページは保存されません。再表示はいつでも可能で、そのたびに記録されます。
credits-back = クレジットに戻る
credits-refusal-decided = この申請はすでに決定済みです (つい先ほど別の人が決定した可能性があります)。
credits-refusal-more-than-requested = 承認額は申請額以下にしてください。
credits-refusal-balance = 残高が不足しています。
credits-refusal-pool = コードプールに、この額を満たすコードがありません。別の額を承認するか、先にコードをインポートしてください。
credits-mail-subject = クレジット申請 #{ $id }
credits-mail-approved = クレジット申請が承認されました: { $amount }。コードはアカウントで確認できます。
credits-mail-partly = クレジット申請が一部承認されました: 申請額 { $requested } のうち { $amount }。コードはアカウントで確認できます。残りは残高に戻りました。
credits-mail-declined = クレジット申請は却下され、その額は残高に戻りました。理由: { $reason }
credits-admin-title = クレジット
credits-admin-waiting = { $count ->
   *[other] { $count } 件の申請が決定待ちです
}
credits-admin-unit = 単位
credits-admin-unit-label = クレジットの単位
credits-admin-unit-hint = 例:「USD のクラウドクレジット」。金額はこの単位の整数で表します。
credits-admin-unit-saved = 単位を保存しました。
credits-admin-save = 保存
credits-admin-allotments = { $year } 年の割当
credits-admin-year = 年
credits-admin-show-year = 表示
credits-admin-allotment-col = 割当額 ({ $unit })
credits-admin-allotments-saved = 割当を保存しました。
credits-admin-exceptions = 個人ごとの例外
credits-admin-no-exceptions = 今年の例外はありません。
credits-admin-hero = ヒーロー (ページのアドレス名)
credits-admin-hero-hint = 例: /heroes/ana-souza なら ana-souza。例外は、その人の専門分野の割当より優先されます。
credits-admin-no-such-hero = このアドレス名のヒーローはいません。
credits-admin-exception-saved = 例外を保存しました。
credits-admin-grant-title = { $year } 年の割当を付与
credits-admin-grant-lead = 今年の割当をまだ受けていないすべての現役ヒーローに、今すぐ付与します。例外があればその額、なければその人の専門分野のうち最大の割当額です。再度付与しても、同じ人に二重に付与されることはありません。
credits-admin-grant = { $year } 年分を付与
credits-admin-granted = { $count ->
   *[other] { $count } 人のヒーローに割当を付与しました。
}
credits-admin-pool = コードプール
credits-admin-pool-left = { $count ->
   *[other] 合計 { $value } 分のコード { $count } 件を発行できます。
}
credits-admin-file = プールファイル (CSV)
credits-admin-file-hint = 1 行に 1 コード: code,value,expiry (YYYY-MM-DD)。ヘッダー行はあってもなくてもかまいません。すべての行がチェックされ、誤った行が 1 つでもあれば何もインポートされません。すでにプールにあるコードはそのままです。
credits-admin-import = コードをインポート
credits-admin-file-missing = コードが 1 件以上含まれる CSV ファイルを選択してください。
credits-admin-file-too-large = ファイルが 8 MB を超えています。分割してください。
credits-admin-file-row = { $line } 行目、{ $field }: { $problem }
credits-admin-file-rows = { $count ->
   *[other] { $count } 行に確認が必要な箇所があります。何もインポートされませんでした。
}
credits-queue-title = クレジット申請
credits-queue-open = { $count ->
   *[other] 決定待ちの申請 { $count } 件
}
credits-queue-empty = 決定待ちの申請はありません。
credits-queue-approve-amount = 承認額
credits-queue-approve = 承認
credits-queue-reason = 却下の理由
credits-queue-decline = 却下
credits-queue-recent = 最近の決定
credits-queue-none-decided = まだ何も決定されていません。
credits-queue-decided = 申請 #{ $id } を決定しました。ヒーローに通知しました。
credits-reports-title = クレジットのレポート
credits-reports-csv = レポートを CSV でダウンロード
credits-report-spend = 専門分野別・四半期別の使用額
credits-report-nothing = 表示するものはまだありません。
credits-report-no-specialization = 専門分野なし
credits-report-expiring = { $until } までに期限切れになるコード
credits-report-issued = 発行済み
credits-report-in-pool = プール内
credits-report-pool = プール残高
credits-report-pool-empty = プールが空です。申請を承認する前にコードをインポートしてください。
admin-home-credit-requests = { $count ->
   *[other] 件のクレジット申請が決定待ち
}
admin-area-credits = クレジット
admin-area-credits-hint = 単位、年間割当と例外、コードプール、申請、レポート。
## User groups and events (issue 15)
nav-groups = グループ
nav-events = イベント
groups-title = ユーザーグループ
groups-lead = プログラムの専門分野を中心とした地域やオンラインのコミュニティで、メンバーによって運営されています。
groups-propose-link = グループを提案
groups-filters = グループを絞り込む
groups-country = 国
groups-region = 地域
groups-specialization = 専門分野
groups-any = すべて
groups-with-coming = 今後のイベントがあるグループのみ
groups-filter = 表示
groups-count = { $count ->
   *[other] { $count } グループ
}
groups-members = { $count ->
   *[other] メンバー { $count } 人
}
groups-coming-events = { $count ->
    [0] 今後のイベントはありません
   *[other] 今後のイベント { $count } 件
}
groups-online-only = オンラインのみ
groups-back = すべてのグループ
group-status-proposed = 提案済み、承認待ち
group-status-active = 活動中
group-status-dormant = 休眠中
group-status-closed = 終了
group-status-declined = 却下
group-founded = { $date } 設立
group-leave = グループを退会
group-join = グループに参加
group-edit = グループを編集
group-new-event = イベントを予定
group-sign-in-to-join = このグループに参加するにはサインインしてください
group-leaders = リーダー
group-specializations = 専門分野
group-links = リンク
group-coming-events = 今後のイベント
group-no-coming = 予定されているイベントはまだありません。
group-past-events = 過去のイベント
group-no-past = 過去のイベントはありません。
group-calendar = このグループのカレンダーを購読 (.ics)
group-notice-saved = 保存しました。
group-notice-joined = ようこそ。メンバーになりました。
group-notice-left = グループを退会しました。
group-notice-last-leader = グループにはリーダーが必要です。先にほかのメンバーをリーダーにしてください。
group-notice-logo = ロゴを保存しました。
group-notice-logo-removed = ロゴを削除しました。
group-logo-alt = { $group } のロゴ
group-logo-heading = ロゴ
group-logo-current = ディレクトリとグループのページに表示されるロゴです。
group-logo-label = ロゴ
group-logo-hint = 2 MB までの JPEG、PNG、WebP で、32 × 32 ピクセル以上。256 ピクセルに縮小し、透明部分は白で塗りつぶし、ファイルに埋め込まれた情報はすべて削除します。
group-logo-upload = ロゴをアップロード
group-logo-remove = ロゴを削除
group-logo-missing = 先に画像ファイルを選択してください。
group-logo-too-large = このファイルは 2 MB を超えています。より小さいファイルを選択してください。
group-logo-unreadable = このファイルは読み込める JPEG、PNG、WebP 画像ではありません。
group-logo-too-small = この画像は 32 × 32 ピクセルより小さいため、ぼやけて表示されます。
group-notice-proposed = ありがとうございます。プログラムチームが提案を確認します。承認されると、あなたがグループのリーダーになります。
group-edit-title = { $group } を編集
group-propose-title = ユーザーグループを提案
group-propose-lead = グループについて教えてください。管理者が承認すると、ディレクトリに掲載され、あなたがリーダーになります。
group-field-name = 名前
group-field-city = 都市
group-field-country = 国
group-choose-country = 国を選択
group-field-online-only = オンラインのみで活動する
group-field-description = 説明
group-field-description-hint = Markdown: リンク、リスト、強調が使えます。
group-field-links = リンク
group-field-links-hint = ウェブアドレス (https://…) を 1 行に 1 つずつ、最大 8 つまで。
group-field-specializations = 専門分野
group-field-founded = 設立日 (任意)
group-field-coordinates = 都市の位置 (任意、地図用)
group-field-latitude = 緯度
group-field-longitude = 経度
group-field-status = ステータス
group-save = 保存
group-propose = グループを提案
group-members-heading = メンバー
group-leader = リーダー
group-make-leader = リーダーにする
group-unmake-leader = リーダーを降りる
group-make-leader-label = { $name } さんをリーダーにする
group-unmake-leader-label = { $name } さんをメンバーに戻す
group-unknown-specialization = 一覧から専門分野を選択してください。
group-name-taken = 別の名前を選んでください。この名前はすでに何度も使われています。
group-mail-approved-subject = グループ「{ $group }」が承認されました
group-mail-approved-body = プログラムチームが { $group } を承認しました。ディレクトリに掲載され、あなたがリーダーになりました。グループのページから最初のイベントを予定しましょう。
group-mail-declined-subject = グループ「{ $group }」の提案について
group-mail-declined-body = 今回、プログラムチームは { $group } を承認しませんでした。理由を知りたい場合は、このメールに返信してください。
admin-home-group-proposals = { $count ->
   *[other] 件のグループ提案が承認待ち
}
admin-area-groups = ユーザーグループ
admin-area-groups-hint = メンバーが提案したグループを承認または却下。
admin-area-program-events = プログラムのイベント
admin-area-program-events-hint = プログラム自体のイベントを予定。
admin-groups-title = グループの提案
admin-groups-none = 承認待ちの提案はありません。
admin-groups-proposed-by = 提案者: { $name } ({ $email })
admin-groups-approve = 承認
admin-groups-decline = 却下
admin-groups-approve-label = { $group } を承認
admin-groups-decline-label = { $group } を却下
admin-groups-approved = 承認しました。提案者に通知しました。
admin-groups-declined = 却下しました。提案者に通知しました。
admin-groups-stale = この提案はすでに別の人が決定しました。
events-title = イベント
events-lead = プログラムとそのユーザーグループによるミートアップ、カンファレンス、ワークショップ、オンラインセッション。
events-filters = イベントを絞り込む
events-when = 時期
events-coming = 今後
events-past = 過去
events-online = オンラインリンクがあるもののみ
events-count = { $count ->
   *[other] { $count } 件のイベント
}
event-kind-meetup = ミートアップ
event-kind-conference = カンファレンス
event-kind-workshop = ワークショップ
event-kind-online-session = オンラインセッション
event-online = オンライン
event-cancelled = 中止
event-of-the-program = プログラムのイベント
event-kind = 種類
event-when-in = 日時 ({ $zone })
event-when-yours = 日時 (あなたのタイムゾーン)
event-when-utc = 日時 (UTC)
event-venue = 会場
event-online-link = オンライン
event-link-for-attendees = リンクは参加予定者に表示されます。
event-places = 定員
event-going-of = { $capacity } 人中 { $going } 人が参加予定
event-going = { $count ->
   *[other] { $count } 人が参加予定
}
event-waiting = { $count ->
   *[other] { $count } 人がキャンセル待ち
}
event-attendance = 出席
event-attended = { $count ->
   *[other] { $count } 人が参加しました
}
event-you-are-going = 参加予定です。
event-you-are-waiting = キャンセル待ちです。空きが出たらメールでお知らせします。
event-cancel-rsvp = やはり参加できません
event-leave-waitlist = キャンセル待ちをやめる
event-rsvp = 参加する
event-sign-in-to-rsvp = 参加登録するにはサインインしてください
event-edit = イベントを編集
event-check-in = チェックインリスト
event-speakers = スピーカー
event-add-to-calendar = カレンダーに追加 (.ics)
event-notice-saved = 保存しました。
event-notice-going = 参加枠を確保しました。当日お会いしましょう！
event-notice-waiting = イベントは満員です。キャンセル待ちに登録しました。空きが出たらメールでお知らせします。
event-notice-cancelled = 参加枠を辞退しました。
rsvp-refused-past = このイベントはすでに始まっているか終了しているため、回答を受け付けていません。
rsvp-refused-deadline = このイベントの参加登録の締め切りを過ぎています。
rsvp-refused-cancelled = このイベントは中止されました。
rsvp-refused-not-coming = 辞退できる参加枠はありません。
rsvp-refused-not-waiting = 参加枠を割り当てられるのは、キャンセル待ちの人のみです。
rsvp-state-going = 参加予定
rsvp-state-waiting = キャンセル待ち
rsvp-state-cancelled = 不参加
event-new-title = イベントを予定
event-edit-title = イベントを編集
event-field-title = タイトル
event-field-starts = 開始 (現地時刻)
event-field-ends = 終了 (現地時刻)
event-field-time_zone = タイムゾーン (Europe/Berlin のような IANA 名)
event-field-venue = 会場
event-field-online_url = オンラインリンク
event-field-capacity = 定員 (空欄: 制限なし)
event-field-rsvp_deadline = 参加登録の締め切り (現地時刻、任意)
event-field-link_for_attendees = オンラインリンクを参加予定者にのみ表示する
event-field-kind = 種類
event-field-specialization = 専門分野
event-field-description = 説明 (Markdown)
event-field-speakers = スピーカー
event-field-speakers-hint = 1 行に 1 人: ヒーローのアドレスまたは名前、またはその他の人の名前 | 講演のタイトル。
event-save = イベントを保存
event-unknown-specialization = 一覧から専門分野を選択してください。
event-capacity-below-going = 参加予定者がこの定員を超えています。
event-mail-promoted-subject = 空きが出ました: { $event } に参加できます
event-mail-promoted-body = { $name } 様、{ $event } で参加枠を辞退した人がいたため、キャンセル待ちの先頭だったあなたに参加枠が割り当てられました。
event-mail-promoted-cancel = 参加できない場合は、次の人が参加できるよう、イベントのページで参加枠を辞退してください。
check-in-title = チェックイン: { $event }
check-in-search = 名前またはアドレスで検索
check-in-find = 検索
check-in-count = { $count ->
   *[other] 参加予定者 { $count } 人
}
check-in-list = 参加予定者
check-in-name = 名前
check-in-email = アドレス
check-in-present = 出席
check-in-here = 出席済み
check-in-undo = 取り消す
check-in-mark = チェックイン
check-in-undo-label = { $name } さんのチェックインを取り消す
check-in-mark-label = { $name } さんをチェックイン
calendar-title = 参加イベントとカレンダー
calendar-my-events = 参加イベント
calendar-none = 今後参加予定のイベントはありません。
calendar-address = カレンダーのアドレス
calendar-address-lead = カレンダーアプリでこの秘密のアドレスを購読すると、参加イベントを表示できます。アドレスを知っている人は誰でも閲覧できます。いつでも新しいアドレスを作成 (古いアドレスは無効になります) したり、無効にしたりできます。
calendar-address-once = アドレスが表示されるのは今回だけです。今すぐコピーしてください。
calendar-address-exists = カレンダーのアドレスは作成済みです。再表示はされないため、紛失した場合は新しいアドレスを作成してください。
calendar-address-make = カレンダーのアドレスを作成
calendar-address-replace = 新しいアドレスを作成 (古いアドレスは無効になります)
calendar-address-revoke = アドレスを無効にする
calendar-mine-name = 参加イベント
calendar-waiting-summary = (キャンセル待ち) { $event }
groups-map-title = { $count ->
   *[other] グループの地図: { $count } グループを表示
}
groups-map-caption = 各マークがグループを表します (選択すると開きます)。オンラインのみのグループと座標のないグループは、下の一覧にのみ表示されます。地図データ: Natural Earth。
## Briefings under NDA (issue 13)
briefings-title = ブリーフィング
briefings-lead = 製品チームによる機密のブリーフィングです。ここに表示される内容はあなただけに向けたものです。公開される前に共有しないでください。
briefings-new = 新しいブリーフィング
briefings-back = すべてのブリーフィング
briefings-upcoming = 今後の予定
briefings-past = 過去のブリーフィング
briefings-none-upcoming = 予定されているブリーフィングはありません。
briefings-none-past = 過去のブリーフィングはありません。
briefings-nda-waiting = { $count ->
   *[other] 最新の NDA に同意すると、{ $count } 件のブリーフィングに参加できます。
}
briefings-nda-read = NDA を読んで同意する
briefings-notice-created = ブリーフィングを公開しました。
briefings-notice-calendar-revoked = カレンダーのアドレスを無効にしました。
briefings-notice-nda-accepted = ありがとうございます。NDA に同意しました。
briefings-calendar = カレンダー
briefings-calendar-lead = 回答したブリーフィングを一覧表示する非公開のアドレスを、カレンダーアプリで購読できます。アドレスを知っている人は誰でも閲覧できるため、他人に教えないでください。いつでも置き換えたり無効にしたりできます。
briefings-calendar-new = カレンダーのアドレス (表示は今回だけです。コピーしてください):
briefings-calendar-create = カレンダーのアドレスを作成
briefings-calendar-replace = カレンダーのアドレスを置き換える
briefings-calendar-revoke = カレンダーのアドレスを無効にする
briefing-back = ブリーフィングに戻る
briefing-embargo-label = 公開制限中。
briefing-embargo = このブリーフィングの内容は、{ $date } まで一切共有できません。
briefing-when = 日時
briefing-minutes = { $count ->
   *[other] { $count } 分
}
briefing-venue = 会場
briefing-seats = 席数
briefing-seats-taken = { $capacity } 席中 { $taken } 席が埋まっています
briefing-waiting = { $count ->
   *[other] { $count } 人のヒーローがキャンセル待ち
}
briefing-nda = NDA のバージョン
briefing-edit = ブリーフィングを編集
briefing-manage = 出欠回答、出席、アクセスログ
briefing-your-answer = あなたの回答
briefing-rsvp-going = 席を確保しました。
briefing-rsvp-waiting = キャンセル待ちです。
briefing-you-run = あなたが主催者です
briefing-rsvp = 参加する
briefing-join-waitlist = キャンセル待ちに登録
briefing-cancel = 回答を取り消す
briefing-join-link = オンラインで参加
briefing-recording = 録画を見る
briefing-ics = カレンダーに追加 (.ics)
briefing-agenda = アジェンダ
briefing-materials = 資料
briefing-notice-seated = 席を確保しました。
briefing-notice-waitlisted = ブリーフィングは満席です。キャンセル待ちに登録しました。席が空いたらメールでお知らせします。
briefing-notice-cancelled = 回答を取り消しました。
briefing-notice-saved = ブリーフィングを保存しました。
briefing-notice-already = すでに回答済みです。
briefing-notice-attendance = 出席を保存しました。
briefing-notice-attendance-unmatched = { $count ->
   *[other] 出席を保存しました。ファイル内の { $count } 件のアドレスが、席を確保したヒーローと一致しませんでした。
}
briefing-import = 出席をインポート
briefing-import-label = 出席 (CSV)
briefing-import-hint = 会議ツールからエクスポートした参加者リストを貼り付けてください。席を確保したヒーローのうち、アドレスがリストにある人は出席、それ以外は欠席として記録されます。
briefing-import-submit = 出席をインポート
briefing-unknown = 「{ $value }」という名前のものはありません。
briefing-field-title = タイトル
briefing-field-summary = 概要
briefing-field-audience = 対象者
briefing-audience-specializations = 下記の専門分野のヒーロー
briefing-audience-all-heroes = すべての現役ヒーロー
briefing-audience-named = 下記で指定したヒーロー
briefing-field-specializations = 専門分野
briefing-field-heroes = 指定するヒーロー
briefing-field-heroes-hint = ヒーローのページのアドレス (例: ana-souza) をカンマ区切りで入力してください。
briefing-field-nda = 必要な NDA のバージョン
briefing-field-embargo = 公開制限の期限
briefing-field-embargo-hint = 任意。この日まで、ブリーフィングには共有禁止のバナーが表示されます。
briefing-field-starts = 開始 (現地時刻)
briefing-field-zone = タイムゾーン
briefing-field-zone-hint = Europe/Berlin や America/New_York のような IANA 名。
briefing-field-minutes = 時間 (分)
briefing-field-join = オンラインリンク
briefing-field-join-hint = 対象のヒーローにのみ表示され、クリックはすべて記録されます。リンクと会場のいずれか、または両方を指定してください。
briefing-field-venue = 会場
briefing-field-capacity = 席数
briefing-field-agenda = アジェンダ
briefing-field-materials = 資料
briefing-field-recording = 録画へのリンク
briefing-save = ブリーフィングを保存
briefing-manage-title = 「{ $title }」の運営
briefing-rsvps = 出欠回答とキャンセル待ち
briefing-rsvps-none = まだ誰も回答していません。
briefing-who = 参加者
briefing-answer = 回答
briefing-attended = 出席
briefing-present = 出席
briefing-present-label = { $name } さんが出席
briefing-save-attendance = 出席を保存
briefing-access-log = アクセスログ
briefing-access-log-none = まだ誰もブリーフィングを開いていません。
briefing-what = 対象
briefing-at = 日時
briefing-viewed-page = ページと資料
briefing-viewed-join-link = 参加リンク
briefing-viewed-recording = 録画
briefing-viewed-calendar = カレンダーファイル
field-markdown-hint = Markdown: リンク、リスト、強調。
nda-title = 秘密保持契約
nda-version = NDA バージョン { $version }
nda-effective = { $date } から有効。
nda-accepted = このバージョンに同意済みです。
nda-accept = NDA に同意する
nda-accept-required = NDA に同意するにはチェックボックスにチェックを入れてください。
admin-nda-title = NDA のバージョン
admin-nda-lead = 新しいバージョンを公開すると、すべてのヒーローは有効日から同意を求められます。そのバージョンを必要とするブリーフィングは、同意するまでヒーローに表示されません。
admin-nda-published = バージョンを公開しました。
admin-nda-label = バージョン
admin-nda-effective = 有効日
admin-nda-acceptances = 同意数
admin-nda-new = 新しいバージョンを公開
admin-nda-body = 本文
admin-nda-publish = 公開
admin-nda-label-taken = この名前のバージョンはすでにあります。
admin-nda-back = すべての NDA バージョン
admin-nda-accepted-by = { $count ->
   *[other] { $count } 人が同意
}
admin-nda-who = 同意者
admin-nda-when = 日時
admin-nda-from = 送信元アドレス
admin-area-nda = NDA のバージョン
admin-area-nda-hint = NDA のバージョンを公開し、誰がどのバージョンに、いつ、どこから同意したかを確認。
admin-area-briefings = ブリーフィング
admin-area-briefings-hint = NDA 下のブリーフィングの作成、出欠回答の確認、出席の記録、アクセスログの閲覧。
mail-briefing-seat-subject = 席が確保されました: { $title }
mail-briefing-seat-body = ブリーフィング「{ $title }」で席が空いたため、あなたの席を確保しました。やはり参加できない場合は、次のヒーローが参加できるよう回答を取り消してください。
mail-briefing-digest-subject = { $count ->
   *[other] あなた向けの新しいブリーフィング { $count } 件
}
mail-briefing-digest-body = { $count ->
   *[other] あなたが参加できるブリーフィングが公開されました:
}
mail-briefing-reminder-subject = 明日: { $title }
mail-briefing-reminder-body = リマインダー: ブリーフィング「{ $title }」は { $start } に始まります。あなたの席は確保されています。
## The private network and mentoring (issue 16)
network-title = ヒーローネットワーク
network-lead = すべての現役ヒーローと、ヒーロー向けに共有されている連絡先、現在取り組んでいること、相談できることを掲載しています。このページはヒーローとプログラムチームのみが閲覧できます。
network-asks-link = ネットワークへの相談
network-card-link = あなたのネットワークカード
mentoring-home-link = メンタリング
network-search-label = 名前、トピック、場所、取り組んでいることで検索
network-filter-specialization = 専門分野
network-filter-open = 受け入れ可能
network-filter-any = すべて
network-open-cospeaking = 共同登壇
network-open-collaboration = コラボレーション
network-open-mentoring = メンタリング
network-search-button = 検索
network-count = { $count ->
   *[other] ヒーロー { $count } 人
}
network-specializations = 専門分野
network-working-on = 現在取り組んでいること
network-ask-me-about = 相談できること
network-languages = 言語
network-timezone = タイムゾーン
network-pages = ページ
network-previous = 前へ
network-next = 次へ
network-page-of = { $page } / { $pages } ページ
network-card-title = あなたのネットワークカード
network-card-lead = 公開プロフィール以外に、ネットワーク内でほかのヒーローに表示される情報です。連絡先はプロフィールから取得され、それぞれプロフィールで選択した公開範囲に表示されます。
network-card-saved = カードを保存しました。
network-card-open = 受け入れ可能
network-card-save = カードを保存
network-back = ネットワークに戻る
network-asks-title = ネットワークへの相談
network-asks-lead = 共同登壇者、レビュアー、会場など、ほかのヒーローに何でも相談できます。回答はメールで届きます。必要なものが得られたら相談をクローズしてください。
network-asks-none = 相談はまだありません。
network-answers-count = { $count ->
   *[other] 回答 { $count } 件
}
network-ask-state-closed = クローズ
network-ask-new = 相談を投稿
network-ask-kind = 探しているもの
network-ask-kind-co-speaker = 共同登壇者
network-ask-kind-reviewer = レビュアー
network-ask-kind-venue = 会場
network-ask-kind-other = その他
network-ask-title-label = 1 行で
network-ask-body = 詳細
network-markdown-hint = ここでは Markdown が使えます。
network-ask-post = 相談を投稿
network-ask-close = この相談をクローズ
network-answer-heading = 回答
network-answer-label = あなたの回答
network-answer-submit = 回答を送信
network-ask-closed = この相談はクローズされているため、回答を受け付けていません。
network-asks-back = 相談一覧に戻る
mail-ask-answered-subject = あなたの相談に回答がありました: { $title }
mail-ask-answered = ヒーローネットワークのメンバーが、あなたの相談「{ $title }」に回答しました:
mentoring-home-title = メンタリング
mentoring-home-lead = ヒーローにメンターを依頼したり、メンターシップを確認したりできます。ヒーローは、メンタリングを提供し、依頼してきたメンバーに回答できます。
mentoring-as-mentor = メンターとして
mentoring-offer-summary = { $count ->
   *[other] メンティー { $count } 人 / { $capacity } 人
}
mentoring-offer-open = 新しいメンティーを受け付け中
mentoring-offer-paused = 一時停止中
mentoring-offer-edit = 提供内容を変更
mentoring-offer-start = メンタリングを提供
mentoring-asks-heading = あなたに依頼したメンバー
mentoring-asks-none = まだ誰からも依頼はありません。
mentoring-ask-state-pending = 回答待ち
mentoring-ask-state-accepted = 承諾
mentoring-ask-state-declined = 辞退
mentoring-ask-state-withdrawn = 取り下げ
mentoring-accept = 承諾
mentoring-decline = 辞退
mentoring-mentorships-heading = メンターシップ
mentoring-mentorships-none = メンターシップはまだありません。
mentoring-mentorship-line = { $mentor } さんが { $mentee } さんのメンター
mentoring-sessions-count = { $count ->
   *[other] セッション { $count } 回
}
mentoring-ended = 終了
mentoring-requests-heading = メンターの依頼
mentoring-request-new = メンターを探す
mentoring-request-state-open = メンターを募集中
mentoring-request-state-matched = マッチング済み
mentoring-request-state-withdrawn = 取り下げ
mentoring-notice-accepted = 承諾しました。メンターシップが始まりました。
mentoring-notice-declined = 回答を送信しました。
mentoring-notice-withdrawn = 依頼を取り下げました。
mentoring-offer-title = メンタリングを提供
mentoring-offer-lead = メンターを探しているメンバーが学びたい内容に、あなたの活動、提供内容、プロフィールが一致すると、理由とともにあなたが提案されます。
mentoring-offer-saved = 提供内容を保存しました。
mentoring-topics = トピック
mentoring-topics-hint = メンタリングできる内容。例:「Lambda、イベント駆動設計、人前での話し方」。
mentoring-specializations = 専門分野
mentoring-languages = 対応できる言語
mentoring-languages-hint = en, es, pt-BR のように、言語コードをカンマ区切りで入力してください。
mentoring-time-zones = 対応できるタイムゾーン
mentoring-time-zones-hint = Europe/Madrid, America/Bogota のように、IANA 名をカンマ区切りで入力してください (最大 5 つ)。
mentoring-formats = 形式
mentoring-format-calls = 通話
mentoring-format-code-review = コードレビュー
mentoring-format-career = キャリア相談
mentoring-capacity = 同時に受け入れるメンティー数
mentoring-open-label = 新しいメンティーを受け付ける (チェックを外すと一時停止します。進行中のメンターシップは続きます)
mentoring-offer-save = 提供内容を保存
mentoring-capacity-below-taken = 現在それより多くの人をメンタリングしています。先にメンターシップを終了するか、より大きい数を設定してください。
mentoring-back = メンタリングに戻る
mentoring-request-title = メンターを探す
mentoring-request-lead = 達成したいことや学びたいことを書いてください。そのテーマについて発信していて、あなたの言語を話し、時間帯が合うヒーローを、それぞれ理由とともに提案します。
mentoring-goals = 目標
mentoring-request-topics = 学びたいトピック
mentoring-language = 言語
mentoring-language-hint = en や es のような言語コード。
mentoring-time-zone = あなたのタイムゾーン
mentoring-time-zone-hint = America/Bogota のような IANA 名。
mentoring-request-submit = メンターを探す
mentoring-request-page-title = メンターの依頼
mentoring-asked-heading = 依頼したメンター
mentoring-suggestions-heading = おすすめのメンター
mentoring-suggestions-none = これらのトピックに一致し、受け入れ枠が残っているメンターはまだいません。別の言葉で試すか、後でもう一度確認してください。
mentoring-choose-mentors = 提案の中からメンターを 1 人、または最大 { $max } 人選んでください
mentoring-already-asked = 依頼済み
mentoring-ask-submit = 選んだメンターに依頼
mentoring-withdraw = 依頼を取り下げる
mentoring-reason-posts = { $count ->
   *[other] { $topic } に関する投稿 { $count } 件
}
mentoring-reason-offers = { $topic } のメンタリングを提供
mentoring-reason-profile = プロフィールに { $topic } の記載あり
mentoring-reason-speaks = { $language } を話せる
mentoring-reason-hours = { $count ->
   *[other] 日中の共通の時間帯 { $count } 時間
}
mentoring-reason-places = { $count ->
   *[other] 受け入れ枠 残り { $count } / { $capacity }
}
mentoring-refusal-answered = この依頼にはすでに回答済みか、取り下げられています。
mentoring-refusal-full = このメンターの受け入れ枠はすべて埋まっています。
mentoring-refusal-closed = この依頼はすでにメンターが見つかったか、取り下げられています。
mentoring-refusal-ended = このメンターシップは終了しているか、すでにひと言を残しています。
mentoring-refusal-not-offering = このヒーローは現在メンティーを受け付けていません。
mentoring-refusal-paused = 提供内容が一時停止中のため、現在メンティーを受け付けていません。この依頼を承諾するには再開してください。それまで依頼は待機状態のままです (辞退することもできます)。
mentorship-title = メンターシップ
mentorship-since = { $date } から
mentorship-ended-on = { $date } に終了
mentorship-private = このページはお二人だけが閲覧できます。セッションはメンターの準備状況にメンタリングとして数えられますが、メモは含まれません。
mentorship-goals = 目標
mentorship-log-heading = セッションを記録
mentorship-held-on = 日付
mentorship-notes = メモ (お二人だけが閲覧できます)
mentorship-log-submit = セッションを記録
mentorship-words = 締めくくりのひと言
mentorship-end-label = 相手へのひと言を添えてメンターシップを終了
mentorship-word-label = 締めくくりのひと言
mentorship-end-submit = メンターシップを終了
mentorship-word-submit = ひと言を残す
mentorship-readiness-link = 準備状況を見る
mail-mentoring-asked-subject = { $member } さんからメンターの依頼が届きました
mail-mentoring-asked = { $member } さんが、次のトピックであなたにメンターをお願いしたいそうです: { $topics }。目標:
mail-mentoring-accepted-subject = { $mentor } さんがあなたのメンターになります
mail-mentoring-accepted = { $mentor } さんが依頼を承諾しました。メンターシップが始まりました。
mail-mentoring-declined-subject = { $mentor } さんは現在メンターを引き受けられません
mail-mentoring-declined = 今回、{ $mentor } さんは依頼を辞退しました。依頼はほかのメンター向けに引き続き公開されています。
mail-mentorship-ended-subject = { $name } さんがメンターシップを終了しました
mail-mentorship-ended = { $name } さんがメンターシップを終了し、次のひと言を残しました:
admin-mentoring-title = メンタリング
admin-mentoring-waiting = { $count ->
   *[other] 1 週間以上待機中の依頼 { $count } 件
}
admin-mentoring-member = メンバー
admin-mentoring-since = 依頼日
admin-mentoring-pending = 回答待ちの依頼
admin-mentoring-loads = 各メンターの負荷
admin-mentoring-no-mentors = メンタリングを提供しているヒーローはまだいません。
admin-mentoring-mentor = メンター
admin-mentoring-taken = メンティー
admin-mentoring-state = 提供状況
admin-mentoring-months = 月別のマッチング数
admin-mentoring-no-matches = 過去 1 年間に始まったメンターシップはありません。
admin-mentoring-month = 月
admin-mentoring-matches = 開始したメンターシップ
admin-home-mentoring-waiting = { $count ->
   *[other] 件のメンタリング依頼が 1 週間以上待機中
}
admin-area-mentoring = メンタリング
admin-area-mentoring-hint = メンターを待っている依頼、各メンターの負荷、月別のマッチング数。

## Benefits II: pool imports from the web (job with progress)
credits-import-title = プールのインポート #{ $id }
credits-import-progress = { $total } 行中 { $done } 行完了
credits-import-running = インポートを実行中です。このページは数秒ごとに再読み込みされます。
credits-import-reload = 今すぐ再読み込み
credits-import-finished = インポートが完了しました。
credits-import-added = { $count ->
   *[other] { $count } 件のコードをプールに追加
}
credits-import-already = { $count ->
   *[other] { $count } 件のコードは同じ額面と有効期限ですでにプールにありました (そのまま)
}
credits-import-refused = { $count ->
   *[other] { $count } 行を拒否
}
credits-import-refused-title = 拒否された行
credits-import-col-line = 行
credits-import-col-reason = 理由
credits-import-other-terms = このコードは別の額面または有効期限ですでにプールにあります。プールの既存のコードが保持されます。
credits-admin-imports = 最近のインポート
credits-admin-import-line = { $when }: { $total } 行中 { $done } 行、{ $added } 件追加

## Benefits II: the digest's period
digest-title-week = Heroes ダイジェスト { $day } の週
digest-title-quarter = Heroes ダイジェスト { $quarter }
digest-cadence-title = 頻度
digest-cadence-label = ダイジェストの下書きを作成する頻度
digest-cadence-hint = 各期間が終わるとジョブがその期間のダイジェストの下書きを作成します。変更は次に作成される期間から適用されます。
digest-cadence-weekly = 毎週
digest-cadence-monthly = 毎月
digest-cadence-quarterly = 四半期ごと
digest-cadence-save = 保存
digest-cadence-saved = ダイジェストの期間を保存しました。
credits-entry-restoration = 復元 (アルムナイへの移行を取り消し)
## Briefing files, product areas of briefings, feedback from briefings (issue 13)
briefing-files = ファイル
briefing-files-none = ファイルはまだありません。
briefing-file-download = { $name } をダウンロード
briefing-file-size-kb = { $size } KB
briefing-file-size-mb = { $size } MB
briefing-file-add = ファイルを追加
briefing-file-label = ファイル
briefing-file-hint = PDF、PNG、JPEG、WebP、PowerPoint、Word、Excel、またはテキスト (.txt、.md、.csv)。最大 { $max } MB。種類はファイル名ではなく内容から判定されます。対象のヒーローがダウンロードでき、ダウンロードはすべて記録されます。
briefing-file-upload = ファイルをアップロード
briefing-file-remove = 削除
briefing-file-remove-label = { $name } を削除
briefing-file-empty = 空ではないファイルを選択してください。
briefing-file-too-large = ファイルが { $max } MB を超えています。
briefing-file-type = この種類のファイルは受け付けていません (内容から判定)。PDF、PNG、JPEG、WebP、PowerPoint、Word、Excel、またはテキストを使用してください。
briefing-file-name = ファイル名に使用できない文字 (NUL など) が含まれています。ファイル名を変更して、もう一度お試しください。
briefing-file-unreadable = アップロードされたファイルを読み込めませんでした。制御文字 (NUL など) を含むファイル名は受け付けられません。ファイル名を変更して、もう一度お試しください。
briefing-notice-file-added = ファイルを追加しました。
briefing-notice-file-removed = ファイルを削除しました。
briefing-viewed-file = ファイル
briefing-area = 製品エリア
briefing-field-area = 製品エリア
briefing-field-area-none = なし
briefing-feedback = このブリーフィングからのフィードバック
briefing-feedback-none = このブリーフィングを指定したフィードバックはまだありません。
feedback-field-briefing = 関連するブリーフィング
feedback-field-briefing-none = なし
feedback-field-briefing-hint = 任意: この件を知ったブリーフィング。製品チームのみが閲覧できます。
feedback-unknown-briefing = そのようなブリーフィングはありません。
feedback-from-briefing = 関連するブリーフィング
feedback-from-briefing-hidden = あなたが主催していないブリーフィング (#{ $id })
briefing-file-feedback = このブリーフィングについてフィードバックを送信
admin-area-dashboard = ダッシュボードとエクスポート
admin-area-dashboard-hint = ヒーロー、コントリビューション、活動、選考のグラフ。すべてのヒーロー、コントリビューション、候補を CSV または JSON で。
dashboard-title = ダッシュボード
dashboard-lead = 変更のたびに更新される数値から作成した、プログラムのグラフです。各グラフは専門分野、場所、期間で絞り込むことができ、CSV でダウンロードできます。
dashboard-back = ← ダッシュボード
dashboard-filters = グラフを絞り込む
dashboard-any = すべて
dashboard-from = 開始月
dashboard-to = 終了月
dashboard-period-hint = 月は YYYY-MM 形式。期間を指定しない場合は過去 12 か月間です。
dashboard-filter = 表示
dashboard-period = { $from } から { $to } まで
dashboard-csv = データをダウンロード (CSV)
dashboard-table-caption = グラフのデータ
dashboard-listed = { $count ->
   *[other] フォローアップが必要なヒーロー { $count } 人
}
dashboard-more-in-csv = { $count ->
   *[other] ほか { $count } 件は CSV ファイルにあります。
}
dashboard-no-specialization = 専門分野なし
dashboard-year = 初選出年
dashboard-specialization = 専門分野
dashboard-region = 地域
dashboard-country = 国
dashboard-month = 月
dashboard-kind = 種類
dashboard-hero = ヒーロー
dashboard-heroes = ヒーロー
dashboard-contributions = コントリビューション
dashboard-views = 閲覧数
dashboard-attendees = 参加者数
dashboard-stars = スター数
dashboard-answers = 回答数
dashboard-band = 区分
dashboard-recent = 直近 90 日間
dashboard-before = その前の 90 日間
dashboard-latest = 最新のコントリビューション
dashboard-none-in-window = 180 日間なし
dashboard-follow-up = フォローアップが必要なヒーロー
dashboard-band-active = 活発
dashboard-band-slowing = 減速
dashboard-band-quiet = 低調
dashboard-band-silent = 休眠
dashboard-cycle = サイクル
dashboard-stage-nominated = 推薦
dashboard-stage-answered = 回答
dashboard-stage-reviewed = 審査
dashboard-stage-decided = 決定
dashboard-stage-announced = 発表
dashboard-days-to-answer = 被推薦者の回答までの日数 (中央値)
dashboard-days-to-decide = 回答から決定までの日数 (中央値)
dashboard-days-to-announce = 決定から発表までの日数 (中央値)
dashboard-reviewer = 審査員
dashboard-assigned = 割り当て
dashboard-reviewed = 審査済み
dashboard-conflicts = 利益相反の申告
dashboard-distance = 審査員団のスコアとの平均差 (1/100 単位)
dashboard-heroes-by-year = 初選出年別のヒーロー
dashboard-heroes-by-year-description = 期間内の各年に初めて選ばれたヒーローを、現在のステータス (活動中、アルムナイ、休止中) 別に示します。棒の長さはその年の新しいヒーローの数です。
dashboard-heroes-by-specialization = 専門分野別のヒーロー
dashboard-heroes-by-specialization-description = 期間の終わりまでに選ばれたヒーローを、専門分野別・ステータス別に示します。2 つの専門分野で認定されたヒーローは両方に数えられます。
dashboard-heroes-by-region = 地域別のヒーロー
dashboard-heroes-by-region-description = 期間の終わりまでに選ばれたヒーローを、地域別・ステータス別に示します。
dashboard-heroes-by-country = 国別のヒーロー
dashboard-heroes-by-country-description = 期間の終わりまでに選ばれたヒーローを、国別 (多い順)・ステータス別に示します。
dashboard-contributions-by-kind = 種類別の月間コントリビューション
dashboard-contributions-by-kind-description = 期間内の各月に公開された公開コントリビューションを種類別に示します。専門分野で絞り込むとその専門分野で記録されたもの、場所で絞り込むとその場所に住むヒーローのものに限定されます。
dashboard-contributions-by-specialization = 専門分野別の月間コントリビューション
dashboard-contributions-by-specialization-description = 期間内の各月に公開された公開コントリビューションを、記録された専門分野別に示します。
dashboard-reach = 種類別のリーチ
dashboard-reach-description = 期間内の公開コントリビューションと、ヒーローが記録したリーチ (閲覧数、参加者数、スター数、回答数) を種類別に示します。
dashboard-most-active = 最も活発なヒーロー
dashboard-most-active-description = 期間内の公開コントリビューションが最も多い 20 人のヒーロー。専門分野で絞り込むと、その専門分野で認定されたヒーローに限定されます。
dashboard-activity-bands = 活動区分
dashboard-activity-bands-description = 現時点の公開コントリビューションに基づく、すべての現役ヒーローの区分です。活発 (直近 90 日間がその前の 90 日間と同数以上)、減速 (より少ない)、低調 (直近 90 日間はなし、それ以前はあり)、休眠 (180 日間なし)。期間は適用されません。
dashboard-selection-funnel = 選考ファネル
dashboard-selection-funnel-description = 期間内に受付中だった各選考サイクルの候補を、どこまで進んだかで示します: 推薦、被推薦者の回答、1 回以上の審査、決定、発表。
dashboard-selection-times = 選考の各段階にかかった時間
dashboard-selection-times-description = サイクルごとの、推薦から被推薦者の回答まで、回答から決定まで、決定から発表までの日数の中央値 (その段階まで進んだものがない場合は 0)。
dashboard-reviewers = 審査員の負荷と一致度
dashboard-reviewers-description = 期間内に受付中だった選考サイクルにおける審査員ごとの、割り当てられた候補数、審査数、利益相反の申告数、および 2 人以上が審査した候補で加重スコアが審査員団の平均からどれだけ離れているか (低いほど一致度が高い)。
dashboard-panel-heroes = ヒーロー
dashboard-panel-contributions = コントリビューション
dashboard-panel-activity = 活動と更新
dashboard-panel-selection = 選考
dashboard-panel-briefings = ブリーフィング
dashboard-panel-feedback = フィードバック
dashboard-panel-credits = クレジット
dashboard-panel-events = イベント
dashboard-panel-mentoring = メンタリング
dashboard-heroes-map = ヒーローの世界地図
dashboard-heroes-map-description = 期間の終わりまでに選ばれたヒーローを国別に、その国の主要都市の平均位置にマークで示します。マークの面積はヒーローの数に比例します。地図データに人口 10 万人以上の都市がない国は、表にのみ表示されます。地図データ: Natural Earth、都市: GeoNames。
dashboard-renewal-readiness = 更新の準備状況
dashboard-renewal-readiness-description = 現時点の更新の準備状況に基づく、すべての現役ヒーローの分布です。公開されている評価基準で過去 12 か月間の活動に与えられるポイントの、目標に対する割合で示します — 準備完了 (100 % 以上)、あと少し (75–99 %)、半分 (50–74 %)、開始 (25–49 %)、遠い (25 % 未満)。期間は適用されません。
dashboard-readiness-level = 準備状況
dashboard-readiness-ready = 準備完了
dashboard-readiness-near = あと少し (75–99 %)
dashboard-readiness-halfway = 半分 (50–74 %)
dashboard-readiness-started = 開始 (25–49 %)
dashboard-readiness-far = 遠い (25 % 未満)
dashboard-briefing-attendance = ブリーフィングの出席
dashboard-briefing-attendance-description = 期間内の各月に開始したブリーフィングの、確保された席数、キャンセル待ち、出席として記録された人数。期間のみが適用されます。
dashboard-briefings = ブリーフィング
dashboard-going = 確保された席
dashboard-waiting = キャンセル待ち
dashboard-attended = 出席
dashboard-feedback-answer-times = フィードバックの回答時間
dashboard-feedback-answer-times-description = 期間内の各月に作成されたフィードバック項目、スタッフが回答した項目、作成から最初の回答までの日数 (整数) の中央値。期間のみが適用されます。
dashboard-opened = 作成
dashboard-answered = 回答済み
dashboard-median-days-to-answer = 最初の回答までの日数 (中央値)
dashboard-credit-spend = クレジットの使用額
dashboard-credit-spend-description = 期間内の各月に発行されたクレジットコードの額面を、申請の目的別に示します。専門分野で絞り込むとその専門分野で発行されたコード、場所で絞り込むとその場所に住むヒーローのものに限定されます。
dashboard-spend-workshop = ワークショップ
dashboard-spend-demo = デモと講演
dashboard-spend-open-source = オープンソース
dashboard-spend-other = その他
dashboard-spend-no-request = 申請なし
dashboard-event-attendance = イベントと出席
dashboard-event-attendance-description = 期間内の各月に開始したイベント (中止されたものを除く)、確保された席数、会場でチェックインした人数。専門分野で絞り込むとその専門分野のイベント、場所で絞り込むとその場所のグループのイベントに限定されます。
dashboard-events = イベント
dashboard-checked-in = チェックイン済み
dashboard-mentoring-matches = メンタリングのマッチング
dashboard-mentoring-matches-description = 期間内の各月に行われたメンターの依頼、メンターとマッチングした依頼、依頼からマッチングまでの日数 (整数) の中央値。期間のみが適用されます。
dashboard-requests = 依頼
dashboard-matched = マッチング済み
dashboard-median-days-to-match = マッチングまでの日数 (中央値)
dashboard-exports = プログラム全体のエクスポート
dashboard-exports-lead = すべての項目を含むすべてのヒーロー、すべての公開コントリビューション、決定を含むすべての候補。絞り込みは適用されません。
export-heroes = ヒーロー
export-contributions = コントリビューション
export-candidacies = 候補と決定
## Community projects (issue 16)
nav-projects = プロジェクト
projects-title = コミュニティプロジェクト
projects-lead = ヒーローが始めたプロジェクト (オープンソース、翻訳、学習教材) です。力になれるプロジェクトに参加を申し込みましょう。
projects-start-link = プロジェクトを始める (ヒーロー向け)
projects-filters = プロジェクトを絞り込む
projects-text = キーワード
projects-specialization = 専門分野
projects-status = ステータス
projects-any = すべて
projects-help-wanted = 協力者を募集中のプロジェクトのみ
projects-filter = プロジェクトを表示
projects-count = { $count ->
   *[other] { $count } 件のプロジェクト
}
projects-members = { $count ->
   *[other] { $count } 人
}
projects-feed-atom = これらのプロジェクトの Atom フィード
projects-feed-json = これらのプロジェクトの JSON Feed
projects-back = すべてのプロジェクト
project-status-active = 進行中
project-status-looking-for-help = 協力者を募集中
project-status-paused = 一時停止中
project-status-done = 完了
project-help-wanted = 協力者募集
project-help-wanted-list = 協力者募集: { $help }
project-help-skills = 求めるスキル
project-help-roles = 求める役割
project-site = リポジトリまたはサイト
project-specializations = 専門分野
project-who = 参加メンバー
project-owner = オーナー
project-make-owner = オーナーにする
project-unmake-owner = オーナーを降りる
project-make-owner-label = { $name } さんをオーナーにする
project-unmake-owner-label = { $name } さんをオーナーから外す
project-requests = 参加リクエスト
project-no-requests = 待機中のリクエストはありません。
project-accept = 承諾
project-decline = 却下
project-accept-label = { $name } さんを承諾
project-decline-label = { $name } さんを却下
project-contributions = このプロジェクトへのコントリビューション
project-no-contributions = このプロジェクトに紐付けられたコントリビューションはまだありません。
project-leave = このプロジェクトから抜ける
project-edit = プロジェクトを編集
project-waiting = 参加を申し込みました。オーナーからの回答をお待ちください。
project-join = 参加を申し込む
project-join-message = やりたいこと (任意)
project-join-hint = オーナーは、あなたの名前とアドレスとともにこのメッセージを読みます。
project-sign-in-to-join = 参加を申し込むにはサインインしてください
project-notice-started = プロジェクトを開始しました。あなたがオーナーです。
project-notice-saved = 保存しました。
project-notice-asked = オーナーにリクエストを送信しました。
project-notice-accepted = 承諾しました。メンバーになりました。
project-notice-declined = 却下しました。
project-notice-left = プロジェクトから抜けました。
project-notice-owners = オーナーを変更しました。
project-refusal-answered = このリクエストにはすでに回答済みです。
project-refusal-member = すでにこのプロジェクトのメンバーです。
project-refusal-asked = すでに参加を申し込んでいます。オーナーからの回答をお待ちください。
project-refusal-closed = このプロジェクトは完了しているため、新しいメンバーを受け付けていません。
project-refusal-last-owner = プロジェクトには常にオーナーが必要です。先にほかのメンバーをオーナーにしてください。
project-refusal-not-member = その人はこのプロジェクトのメンバーではありません。
project-start-title = プロジェクトを始める
project-start-lead = あなたがオーナーになります。ほかの人が参加を申し込み、あなたが承諾または却下します。
project-edit-title = { $project } を編集
project-field-name = 名前
project-field-description = 説明
project-field-description-hint = Markdown: プロジェクトの内容、対象者、協力方法。
project-field-url = リポジトリまたはサイト (任意)
project-field-specializations = 専門分野
project-field-skills = 求めるスキル
project-field-roles = 求める役割
project-field-help-hint = カンマ区切りで最大 10 個。
project-field-status = ステータス
project-save = 保存
project-start = プロジェクトを開始
project-unknown-specialization = その専門分野は一覧にありません。
project-name-taken = この名前のプロジェクトが多すぎます。別の名前を選んでください。
project-mail-asked-subject = { $name } さんが { $project } への参加を申し込みました
project-mail-asked-body = { $name } さんが { $project } に参加したいと希望しています。プロジェクトのページで承諾または却下してください。
project-mail-accepted-subject = { $project } へようこそ
project-mail-accepted-body = { $project } のオーナーがリクエストを承諾しました。あなたはメンバーになりました。
project-mail-declined-subject = { $project } への参加リクエストについて
project-mail-declined-body = 今回、{ $project } のオーナーはリクエストを却下しました。
own-project = プロジェクト
own-project-none = プロジェクトなし
own-project-hint = この活動が含まれる、あなたが参加しているプロジェクト。
own-project-unknown = 参加しているプロジェクトを選択してください。
## Speaker suggestions and invitations (issue 15)
speaker-reason-topics = { $topic } について講演
speaker-reason-distance = { $km ->
    [0] 同じ都市
   *[other] { $km } km の距離
}
speaker-reason-hours = { $count ->
    [0] 同じタイムゾーン
   *[other] イベントのタイムゾーンとの時差 { $count } 時間
}
speaker-reason-available = 登壇可能
speaker-reason-spoke = { $count ->
   *[other] 過去 1 年間に { $count } 回登壇
}
speaker-account-title = 登壇
speaker-account-lead = 講演が可能かどうか、どこで可能かをプログラムのイベント主催者に伝えましょう。主催者には自分のイベントに合ったスピーカー順にヒーローが表示され、あなたは招待にそれぞれ回答します。
speaker-account-saved = 登壇の設定を保存しました。
speaker-account-save = 登壇の設定を保存
speaker-open-label = 登壇の招待を受け付ける
speaker-topics = 話したいテーマ
speaker-topics-hint = 「Lambda、イベント駆動設計」のようにいくつかの言葉で。イベントとの照合に使われます。
speaker-travel-km = イベントのために移動できる距離 (km)
speaker-travel-km-hint = 距離を問わない場合は空欄にしてください。
speaker-remote-only-label = オンラインイベントのみ
speaker-languages = 講演できる言語
speaker-languages-hint = 「es, en」のように言語タグをカンマ区切りで入力してください。空欄の場合はプロフィールの言語が使われます。
speaker-invitations-heading = 登壇の招待
speaker-invitations-none = 招待はまだありません。
speaker-invitation-title = 登壇の招待
speaker-invitation-event = イベント
speaker-invitation-state = 回答
speaker-invitation-state-pending = 回答待ち
speaker-invitation-state-accepted = 承諾
speaker-invitation-state-declined = 辞退
speaker-invitation-state-withdrawn = 取り下げ
speaker-talk-title = 講演タイトル
speaker-message = メッセージ
speaker-accept = 承諾して登壇する
speaker-decline = 辞退
speaker-refusal-answered = この招待にはすでに回答済みです。
speaker-suggestions-link = スピーカーを探す
speaker-suggestions-title = おすすめのスピーカー
speaker-suggestions-heading = 登壇できそうなヒーロー
speaker-suggestions-none = このイベントのタイトル、説明、専門分野に一致する活動をしているヒーローはまだいません。
speaker-suggestions-refresh = 再度提案する
speaker-event-languages = 講演の言語
speaker-event-languages-hint = 言語タグをカンマ区切りで入力してください。デフォルトは、イベント開催国のヒーローが最も多く話す言語です。
speaker-invited-heading = 招待済み
speaker-invite = 登壇を依頼
speaker-invite-submit = 招待を送信
speaker-choose-suggested = 提案されたヒーローから選択してください。
speaker-already-invited = このヒーローはすでにこのイベントに招待されています。
speaker-notice-invited = 招待を送信しました。
speaker-mail-invited-subject = { $organizer } さんから { $event } での登壇の招待が届きました
speaker-mail-invited-body = { $name } 様、{ $organizer } さんが、{ $event } で講演「{ $talk }」をしていただきたいとのことです。
speaker-mail-invited-answer = 招待を開いて、承諾または辞退してください。
speaker-mail-accepted-subject = { $hero } さんが { $event } で登壇します
speaker-mail-accepted-body = { $name } 様、{ $hero } さんが { $event } での講演「{ $talk }」の招待を承諾し、スピーカーに加わりました。
speaker-mail-declined-subject = { $hero } さんは { $event } で登壇できません
speaker-mail-declined-body = { $name } 様、{ $hero } さんは { $event } での講演「{ $talk }」の招待を辞退しました。

## Leaders' mail to their group's members (issue 15)
group-mail-title = メンバーにメールを送信
group-mail-lead = このグループのメールを配信停止したメンバーを除く全員にメールが届きます。各メールには、ワンクリックで配信停止できるリンクが含まれます。
group-mail-limit = { $count ->
   *[other] グループは { $days } 日ごとに { $count } 通までメールを送信できます。
}
group-mail-subject = 件名
group-mail-body = メッセージ
group-mail-send = メンバーに送信
group-mail-sent = { $count ->
   *[other] { $count } 人のメンバーへのメールを送信キューに入れました。
}
group-mail-sent-heading = 送信済みのメール
group-mail-recipients = { $count ->
   *[other] メンバー { $count } 人
}
group-mail-limited = このグループは現在送信できる上限に達しています。{ $limit } 次回は { $next } に送信できます。
group-mail-from = { $name } さんが { $group } のメンバーに送信したメールです。
group-mail-open-group = グループを開く
group-mail-footer = このメールはグループのメンバーとしてお送りしています。このグループのメールを配信停止: { $link }
group-unsubscribe-title = このグループのメールを配信停止
group-unsubscribe-body = メンバーのままですが、グループのリーダーからのメールは届かなくなります。
group-unsubscribe-action = 配信停止
group-unsubscribed-title = 配信を停止しました
group-unsubscribed = このグループのリーダーからのメールは今後届きません。
list-text-filter = 名前または説明に含まれる語句

## Added later: webhooks, the language switcher, validation messages, candidates, time zones, Latin spellings
status-candidate = 候補者 (未公開)
language-switcher-label = サイトの言語
language-switcher-submit = 変更
language-unknown-title = この言語は利用できません
language-unknown-body = 「{ $tag }」のページはありません。一覧から言語を選んでください。
language-back = 戻る
account-language-heading = 言語
account-language-label = ページとメールの言語
account-language-browser = ブラウザーの設定に従う
account-language-hint = あなた宛てのメールもこの言語で送信されます。
account-language-submit = 言語を保存
account-language-saved = 言語を保存しました。
account-language-unknown = 一覧から言語を選んでください。
expected-4-100-printable-characters = スペースを含まない 4 ～ 100 文字の印字可能な文字
expected-8-64-letters-digits = 英字、数字、-、_ からなる 8 ～ 64 文字
expected-acknowledge-plan-start-ship = acknowledge、plan、start、ship、decline、duplicate のいずれか
expected-active-alumni-leave = active、alumni、on-leave のいずれか
expected-active-dormant-closed = active、dormant、closed のいずれか
expected-active-looking-help-paused = active、looking-for-help、paused、done のいずれか
expected-address-someone-other-yourself = あなた以外の人のアドレス
expected-americas-emea-apj = americas、emea、apj のいずれか
expected-among-channels-hero-asked = ヒーローが希望したチャネルのいずれか
expected-blog-github-x-linkedin = blog、github、x、linkedin、youtube、mastodon、bluesky、website のいずれか
expected-bug-feature-request-documentation = bug、feature-request、documentation、other のいずれか
expected-calls-code-review-career = calls、code-review、career のいずれか
expected-co-speaker-reviewer-venue = co-speaker、reviewer、venue、other のいずれか
expected-contribution-kind-blog-post = blog-post、talk、video などのコントリビューションの種類
expected-country-code = DE や JP のような ISO 3166-1 alpha-2 の国コード
expected-criterion-line-name-weight = 1 行に 1 つの基準 (名前 | 重み | スコア 1、2、3、4、5 の意味)
expected-date-2026-03-14 = 2026-03-14 のような日付
expected-date-2027-03-28 = 2027-03-28 のような日付
expected-date-after-opening-date = 開始日以降の日付
expected-date-between-1990-year = 1990 年から 1 年後までの日付
expected-date-since-1970-not = 2019-05-14 のような、1970 年以降で未来ではない日付
expected-date-since-mentorship-began = メンターシップ開始以降で、未来ではない日付
expected-date-time-2027-03 = 2027-03-28T18:30 のような日時
expected-date-yyyy-mm-dd = YYYY-MM-DD 形式の日付
expected-day-after-first-most = 初日以降で、60 日後までの日付
expected-deadline-later-start = 開始日時より後ではない締め切り
expected-degrees-52-52-latitude = 52.52 (緯度)、13.40 (経度) のような度数
expected-email-address-name-example = name@example.org のようなメールアドレス
expected-empty-kind-contribution = 空の値 (この種類のコントリビューションでは不要です)
expected-end-after-start = 開始より後の終了日時
expected-http-https-address = http:// または https:// で始まるアドレス
expected-webhook-address = ユーザー名やパスワードを含まない http:// または https:// のアドレス
expected-webhook-events = 1 つ以上のイベント
expected-iana-time-zone-europe = Europe/Berlin のような IANA タイムゾーン
expected-language-codes-en-de = en、de、pt-BR のような言語コード
expected-line-character = | を含まない 1 行のテキスト
expected-listed-purposes = 一覧にある目的のいずれか
expected-lowercase-letters-digits-single = 英小文字、数字、単独のハイフン (64 文字以内)
expected-meetup-conference-workshop-online = meetup、conference、workshop、online-session のいずれか
expected-most-10-criteria = 10 個以内の基準
expected-most-10-links = 10 件以内のリンク
expected-most-link-kind = 種類ごとに 1 件以内のリンク
expected-name-other-criterion-has = ほかの基準と重複しない名前
expected-online-link-venue-both = オンラインリンクまたは会場 (両方も可)
expected-password-not-your-email = メールアドレスやよく使われるパスワード以外のパスワード
expected-phone-number-49-30 = +49 30 1234567 のような電話番号
expected-public-members-heroes-staff = public、members、heroes、staff のいずれか
expected-read-write = read または write
expected-rose-amber-blue-violet = rose、amber、blue、violet、teal、green、red、navy のいずれか
expected-selection-renewal = selection または renewal
expected-speaker-line-name-hero = 1 行に 1 人の登壇者 (名前またはヒーローのアドレス | 講演タイトル)
expected-specialization-most-once = 重複しない専門分野 (各 1 回まで)
expected-specializations-all-heroes-named = 専門分野、全ヒーロー、指定したヒーローのいずれか
expected-spotlight-digest-social = spotlight、digest、social のいずれか
expected-staff-reviewer-admin = staff、reviewer、admin のいずれか
expected-tags-lowercase-letters-digits = 英小文字、数字、ハイフンからなるタグ
expected-text-control-characters-unicode = 制御文字や Unicode の非文字を含まないテキスト
expected-three-fields-code-value = 3 つのフィールド (code,value,expiry)
expected-time-after-start-most = 開始より後で、60 日後までの日時
expected-time-exists-chosen-time = 選択したタイムゾーンに存在する時刻 (この 1 時間は時計が飛ばされます)
expected-time-future = 未来の日時
expected-time-still-come = まだ過ぎていない日時
expected-today-later-day-within = 今日から 1 年以内の日付
expected-up-down = up または down
expected-venue-online-link-both = 会場、オンラインリンク、またはその両方
expected-weekly-monthly-quarterly = weekly、monthly、quarterly のいずれか
expected-whole-number = 整数
expected-whole-number-weight-between = 1 ～ 100 の整数の重み
role-candidate = 採用された候補者
field-latin-name = ラテン文字表記の名前
field-latin-name-hint = 任意。名前がラテン文字以外で書かれる場合の、ラテン文字での表記です (山田太郎なら Yamada Tarō)。名前の下に表示され、検索の対象になります。
answer-complete-profile = ヒーロープロフィールを完成させる
admin-area-webhooks = Webhook
admin-area-webhooks-hint = ヒーローの発表、アルムナイへの移行、プロフィールの変更、公開を他のシステムに通知します。
admin-webhooks-title = Webhook
admin-webhooks-lead = 各エンドポイントは、購読しているイベントを署名付きの JSON で受け取ります。失敗した場合は間隔を広げながら再試行されます。
admin-webhooks-none = 登録されているエンドポイントはありません。
admin-webhooks-url = アドレス
admin-webhooks-url-hint = プログラムがインターネットからアクセスできる http:// または https:// のアドレス。ユーザー名やパスワードは含めないでください。
admin-webhooks-url-private = このアドレスはプライベートネットワークまたはループバックを指しているため、プログラムは送信しません。
admin-webhooks-events = イベント
admin-webhooks-events-needed = イベントを 1 つ以上選んでください。
admin-webhooks-event-hero-announced = 新しいヒーローが発表されたとき
admin-webhooks-event-hero-moved-to-alumni = ヒーローがアルムナイに移行したとき
admin-webhooks-event-hero-profile-changed = ヒーローが公開プロフィールを変更したとき
admin-webhooks-event-contribution-published = 公開のコントリビューションが記録されたとき
admin-webhooks-description = 説明
admin-webhooks-active = 有効 (一時停止中のエンドポイントへの配信は待機したままになります)
admin-webhooks-state = 状態
admin-webhooks-state-active = 有効
admin-webhooks-state-paused = 一時停止中
admin-webhooks-waiting = 待機中
admin-webhooks-failed = 失敗
admin-webhooks-new = 新しいエンドポイント
admin-webhooks-add = エンドポイントを追加
admin-webhooks-too-many = 登録できるエンドポイントは { $max } 件までです。先に 1 件削除してください。
admin-webhooks-created = エンドポイントを追加しました。
admin-webhooks-removed = エンドポイントを削除しました。
admin-webhooks-saved = 保存しました。
admin-webhooks-rotated = 新しいシークレットを作成しました。以前のシークレットは配信の署名に使われなくなります。
admin-webhooks-ping-queued = テスト ping を送信しています。
admin-webhooks-replay-queued = この配信をもう一度送信します。
admin-webhooks-back = すべての Webhook
admin-webhooks-endpoint-title = Webhook エンドポイント
admin-webhooks-secret = 署名シークレット
admin-webhooks-secret-once = このシークレットを今すぐコピーしてください。表示されるのは一度だけです。各配信の Heroes-Signature ヘッダーの検証に使います。
admin-webhooks-settings = 設定
admin-webhooks-save = 保存
admin-webhooks-ping = テスト ping を送信
admin-webhooks-rotate = 新しいシークレットを作成
admin-webhooks-remove = エンドポイントを削除
admin-webhooks-deliveries = 配信
admin-webhooks-no-deliveries = このエンドポイントにはまだ何も送信されていません。
admin-webhooks-delivery = 配信 { $id }
admin-webhooks-delivery-pending = 待機中
admin-webhooks-delivery-delivered = 配信済み
admin-webhooks-delivery-failed = 失敗
admin-webhooks-delivery-skipped = スキップ (非公開になったため)
admin-webhooks-next = 次回の試行: { $at }
admin-webhooks-replay = 再送信
admin-webhooks-replay-label = 配信 { $id } を再送信
admin-webhooks-attempts-label = 配信 { $id } の試行
admin-webhooks-attempt-at = 日時 (UTC)
admin-webhooks-attempt-status = ステータス
admin-webhooks-attempt-duration = 所要時間
admin-webhooks-attempt-answer = 応答またはエラー
admin-webhooks-ms = { $ms } ms
# $there: the time where it happens, with its zone; $here: the same moment in the reader's zone.
time-two-zones = { $there } · { $here } (あなたの時刻)
# The reader's zone is unknown, so the second time is UTC (named in $here), not "for you".
time-two-zones-utc = { $there } · { $here }
time-zone-title = タイムゾーン
time-zone-lead = このサイトの日付と時刻はすべてこのタイムゾーンで表示されます。
time-zone-saved = タイムゾーンを保存しました。
# $time: the date and time now, as these pages show it.
time-zone-now = 現在の日時は { $time } です。
time-zone-default = 未選択: ブラウザーのタイムゾーン、または UTC
# $zone: the IANA name of the zone on the person's hero profile.
time-zone-default-hero = 未選択: プロフィールのタイムゾーン ({ $zone })
time-zone-hint = イベントとブリーフィングには、それぞれのタイムゾーンも表示されます。
time-zone-submit = タイムゾーンを保存
candidate-banner-title = あなたのプロフィールは { $date } に公開されます
candidate-banner-lead = それまでは、ヒーロープロフィールとコントリビューションはあなたにしか表示されません。当日までに準備が整うよう、今のうちに完成させてください。
candidate-banner-missing = まだ足りないもの:
candidate-banner-complete = 経歴、写真、リンク、コントリビューションがすべてそろっています。
candidate-missing-bio = 活動内容がわかる経歴
candidate-missing-photo = 写真
candidate-missing-links = ブログ、GitHub、その他のプロフィールへのリンク
candidate-missing-contributions = 過去 12 か月間のコントリビューション
candidate-banner-edit = プロフィールと写真を編集
candidate-banner-contributions = コントリビューションを追加
candidate-banner-sources = ソースを追加
candidate-banner-preview = ページをプレビュー
candidate-preview-notice = プレビュー: このページはまだ公開されていません。発表までは、訪問者には「ページが見つかりません」と表示されます。
admin-candidate-record = ヒーローの記録を準備済み (発表まで非公開)
