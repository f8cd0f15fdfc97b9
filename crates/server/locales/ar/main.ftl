# English (reference catalog). Message ids are named by meaning, not by their English text.

site-name = Heroes
site-tagline = خبراء المجتمع الذين يشاركون معرفتهم: اعثر على متحدث أو مرشد أو مؤلف بالقرب منك.

nav-label = الرئيسية
nav-skip = الانتقال إلى المحتوى
nav-heroes = الأبطال
nav-specializations = التخصصات
nav-contributions = المساهمات
nav-api = API

footer-about = الأبطال خبراء من المجتمع نالوا التقدير لمشاركتهم معرفتهم عبر المحاضرات والمقالات ومقاطع الفيديو والمصادر المفتوحة والإجابات والإرشاد.
footer-feed-atom = موجز Atom
footer-feed-json = JSON Feed
footer-api = API
footer-sitemap = خريطة الموقع

feed-all-title = أحدث مساهمات جميع الأبطال

error-not-found-title = الصفحة غير موجودة
error-not-found-body = تعذّر علينا العثور على هذه الصفحة. ربما نُقلت، أو ربما كُتب العنوان خطأً.
error-internal-title = حدث خطأ ما
error-internal-body = وقع خطأ من جهتنا وقد سُجِّل. يُرجى المحاولة مرة أخرى بعد قليل.
error-go-home = الانتقال إلى الصفحة الرئيسية
error-go-directory = تصفّح الدليل

home-title = تعرّف على الخبراء الذين يرتقون بالمجتمع كله
home-lead = الأبطال ممارسون نالوا التقدير لأنهم يبذلون أكثر من المتوقع: يتحدثون في المؤتمرات ومجموعات المستخدمين، وينشرون الأدلة العملية، ويجيبون عن الأسئلة، ويبنون المصادر المفتوحة، ويرشدون الجيل القادم.
home-stats-heroes = { $count ->
    [zero] لا يوجد أبطال نشطون
    [one] بطل نشط واحد
    [two] بطلان نشطان
    [few] { $count } أبطال نشطون
    [many] { $count } بطلًا نشطًا
   *[other] { $count } بطل نشط
}
home-stats-countries = { $count ->
    [zero] في { $count } دولة
    [one] في دولة واحدة
    [two] في دولتين
    [few] في { $count } دول
    [many] في { $count } دولة
   *[other] في { $count } دولة
}
home-what-title = من هو البطل؟
home-what-body = يُرشَّح البطل من زملائه أو من أفراد المجتمع، ويُختار بناءً على المعرفة التي يشاركها والأشخاص الذين يساعدهم. يُصنَّف الأبطال حسب التخصص، ويلتقون في شبكة عالمية، ويحصلون على إحاطات مبكرة وعلى تواصل مع فرق المنتجات، ويستفيدون من ذلك لمساعدة الجميع على التعلم بشكل أسرع. فهم:
home-what-speak = يتحدثون في المؤتمرات ومجموعات المستخدمين،
home-what-write = ينشرون محتوى تعليميًا ومقالات تقنية،
home-what-answer = يجيبون عن الأسئلة ويدعمون الآخرين عبر الإنترنت،
home-what-mentor = يرشدون الآخرين وينمّون المجتمعات المحلية.
home-specializations-title = التخصصات
home-featured-title = بعض أبطالنا
home-featured-all = عرض جميع الأبطال
home-latest-title = أحدث المساهمات
home-latest-all = عرض جميع المساهمات
home-nominate-title = هل تعرف شخصًا يستحق أن يكون بطلًا؟
home-nominate-body = يمكن لأي فرد في المجتمع ترشيح شخص أحدثت محاضراته أو كتاباته أو برمجياته أو إرشاده فرقًا. يُفتح باب الترشيح مع كل دورة اختيار، ويمكن لأصحاب الترشيحات والمرشَّحين متابعة كل مرحلة.

specialization-hero-count = { $count ->
    [zero] لا يوجد أبطال بعد
    [one] بطل واحد
    [two] بطلان
    [few] { $count } أبطال
    [many] { $count } بطلًا
   *[other] { $count } بطل
}

card-specializations = التخصصات
card-hero-since = بطل منذ { $year }

status-active = نشط
status-alumni = بطل سابق
status-on-leave = في إجازة

region-americas = الأمريكتان
region-emea = أوروبا والشرق الأوسط وأفريقيا
region-apj = آسيا والمحيط الهادئ واليابان

kind-blog-post = تدوينة
kind-article = مقالة
kind-video = فيديو
kind-talk = محاضرة
kind-workshop = ورشة عمل
kind-podcast = بودكاست
kind-book = كتاب
kind-open-source = مصدر مفتوح
kind-code-sample = نموذج برمجي
kind-online-answers = إجابات عبر الإنترنت
kind-user-group = مجموعة مستخدمين
kind-mentoring = إرشاد
kind-other = أخرى

link-blog = المدونة
link-github = GitHub
link-x = X
link-linkedin = LinkedIn
link-youtube = YouTube
link-mastodon = Mastodon
link-bluesky = Bluesky
link-website = الموقع الإلكتروني

directory-search-label = البحث عن أبطال
directory-search-placeholder = الاسم أو الموضوع أو الشركة أو المدينة
directory-search-button = بحث
directory-title = دليل الأبطال
directory-title-search = الأبطال المطابقون لـ «{ $text }»
directory-sort-label = الترتيب حسب
directory-sort-relevance = الأكثر تطابقًا
directory-sort-name = الاسم (أ–ي)
directory-sort-newest = أحدث الأبطال
directory-filters = عوامل التصفية
directory-filter-specialization = التخصص
directory-filter-region = المنطقة
directory-filter-country = الدولة
directory-filter-status = الحالة
directory-filter-since = بطل منذ
directory-status-active = الأبطال الحاليون
directory-status-alumni = الأبطال السابقون
directory-status-all = الجميع
directory-since-any = أي سنة
directory-apply = تطبيق عوامل التصفية
directory-ignored = تجاهلنا { $parameter } = «{ $value }» لأنها ليست قيمة نعرفها؛ النتائج أدناه معروضة من دونها.
directory-count-none = لا يوجد أبطال مطابقون.
directory-count = { $total ->
    [one] عرض البطل المطابق الوحيد
   *[other] عرض { $first }–{ $last } من أصل { $total } من الأبطال
}
directory-active-filters = عوامل التصفية النشطة
directory-remove-filter = إزالة عامل التصفية: { $filter }
directory-clear-all = مسح جميع عوامل التصفية
directory-chip-search = البحث: { $text }
directory-empty-title = لا يوجد أبطال يطابقون عوامل التصفية هذه
directory-empty-body = جرّب كلمات أقل، أو تهجئة أخرى، أو أزل أحد عوامل التصفية. يشمل البحث الأسماء والشركات والمدن وعناوين المحاضرات والتدوينات.
directory-empty-page-title = هذه الصفحة بعد نهاية النتائج
directory-empty-page-body = { $pages ->
    [one] تتسع النتائج في صفحة واحدة.
    [two] تتسع النتائج في صفحتين.
    [few] تتسع النتائج في { $pages } صفحات.
    [many] تتسع النتائج في { $pages } صفحة.
   *[other] تتسع النتائج في { $pages } صفحة.
}
directory-go-last-page = الانتقال إلى الصفحة الأخيرة
directory-go-first-page = الانتقال إلى الصفحة الأولى

# The directory as people meet it: filters folded on a phone, countries in a menu, counts
# through plural rules, and a search that finds only the other status says so.
directory-filters-summary = { $count ->
    [zero] عوامل التصفية
    [one] عوامل التصفية · عامل واحد محدد
    [two] عوامل التصفية · عاملان محددان
    [few] عوامل التصفية · { $count } عوامل محددة
    [many] عوامل التصفية · { $count } عاملًا محددًا
   *[other] عوامل التصفية · { $count } عامل محدد
}
directory-country-any = أي دولة
directory-country-add = إضافة دولة
directory-option-count = { $name } ({ $count })
directory-count-past-end = { $total ->
    [zero] لا يوجد أبطال مطابقون.
    [one] يطابق بطل واحد.
    [two] يطابق بطلان.
    [few] يطابق { $total } أبطال.
    [many] يطابق { $total } بطلًا.
   *[other] يطابق { $total } بطل.
}
directory-only-alumni-match = { $count ->
    [zero] لا يطابق أي بطل حالي أو سابق.
    [one] لا يطابق أي بطل حالي، لكن يطابق أحد أبطالنا السابقين.
    [two] لا يطابق أي بطل حالي، لكن يطابق اثنان من أبطالنا السابقين.
    [few] لا يطابق أي بطل حالي، لكن يطابق { $count } من أبطالنا السابقين.
    [many] لا يطابق أي بطل حالي، لكن يطابق { $count } من أبطالنا السابقين.
   *[other] لا يطابق أي بطل حالي، لكن يطابق { $count } من أبطالنا السابقين.
}
directory-show-alumni = { $count ->
    [zero] لا يوجد أبطال سابقون
    [one] عرض البطل السابق
    [two] عرض البطلين السابقين
    [few] عرض الأبطال السابقين الـ { $count }
    [many] عرض الأبطال السابقين الـ { $count }
   *[other] عرض الأبطال السابقين الـ { $count }
}
directory-only-current-match = { $count ->
    [zero] لا يطابق أي بطل سابق أو حالي.
    [one] لا يطابق أي بطل سابق، لكن يطابق بطل حالي واحد.
    [two] لا يطابق أي بطل سابق، لكن يطابق بطلان حاليان.
    [few] لا يطابق أي بطل سابق، لكن يطابق { $count } أبطال حاليون.
    [many] لا يطابق أي بطل سابق، لكن يطابق { $count } بطلًا حاليًا.
   *[other] لا يطابق أي بطل سابق، لكن يطابق { $count } بطل حالي.
}
directory-show-current = { $count ->
    [zero] لا يوجد أبطال حاليون
    [one] عرض البطل الحالي
    [two] عرض البطلين الحاليين
    [few] عرض الأبطال الحاليين الـ { $count }
    [many] عرض الأبطال الحاليين الـ { $count }
   *[other] عرض الأبطال الحاليين الـ { $count }
}

pagination-label = الصفحات
pagination-previous = → السابق
pagination-next = التالي ←
pagination-position = الصفحة { $page } من { $pages }

profile-back = → جميع الأبطال
profile-feed-title = مساهمات { $name }
profile-photo-alt = صورة { $name }
profile-award-since = منذ { $year }
profile-about = نبذة
profile-hero-since = بطل منذ
profile-languages = اللغات
profile-timezone = المنطقة الزمنية
profile-local-time = الوقت المحلي
profile-links = على مواقع أخرى
profile-recent = أحدث المساهمات
profile-no-contributions = لا توجد مساهمات عامة بعد.
profile-all-contributions = عرض جميع المساهمات
profile-feed = تابع هذه المساهمات (موجز Atom)

stream-title = المساهمات
stream-lead = محاضرات وتدوينات ومقاطع فيديو ومصادر مفتوحة وغير ذلك من جميع الأبطال، الأحدث أولًا.
stream-filter-kind = النوع
stream-feed = موجز Atom لهذا العرض
# Before the sites a contribution was also published on: "also on dev.to, medium.com".
contribution-also-on = منشورة أيضًا على
stream-count = { $total ->
    [zero] لا توجد مساهمات
    [one] مساهمة واحدة
    [two] مساهمتان
    [few] { $total } مساهمات
    [many] { $total } مساهمة
   *[other] { $total } مساهمة
}
stream-empty-title = لا توجد مساهمات تطابق عوامل التصفية هذه

specializations-title = التخصصات
specializations-lead = يُكرَّم الأبطال في مجال تقني واحد أو أكثر. لكل مجال أبطاله وموجزه وصفحته الخاصة.
specialization-heading = أبطال { $name }
specialization-retired = هذا التخصص متوقف: يحتفظ بتاريخه لكنه لم يعد يقبل أبطالًا جددًا.
specialization-all-heroes = عرضهم جميعًا في الدليل

api-docs-title = توثيق API
api-docs-lead = واجهة JSON API للقراءة فقط على الدليل العام. لا حاجة إلى مفتاح؛ تتضمن الاستجابات ETags، والأخطاء مستندات مشكلات وفق RFC 9457.
api-docs-openapi = مستند OpenAPI 3.1
api-docs-parameter = المعامل
api-docs-meaning = المعنى

nav-account = الحساب
nav-account-of = حسابك ({ $name })
nav-unread = { $count ->
        [zero] لا جديد
        [one] 1 غير مقروء
        [two] 2 غير مقروءين
        [few] { $count } غير مقروءة
        [many] { $count } غير مقروءًا
       *[other] { $count } غير مقروء
    }
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج

error-forbidden-title = غير متاح لهذا الحساب
error-forbidden-body = أنت مسجَّل الدخول، لكن هذه الصفحة مخصصة لدور لا يملكه حسابك. إذا كنت ترى أنه ينبغي أن يملكه، فاسأل فريق البرنامج.

problem-empty = املأ هذا الحقل.
problem-too-long = استخدم ما لا يزيد على { $max } من الأحرف.
problem-too-short = استخدم ما لا يقل عن { $min } من الأحرف.
problem-invalid = أدخل { $expected }.
problem-out-of-range = استخدم رقمًا من { $min } إلى { $max }.
problem-year-out-of-range = أدخل سنة من { $min } إلى { $max }.
form-has-errors = بعض الحقول تحتاج إلى مراجعة؛ كل ما كتبته لا يزال هنا.

field-name = الاسم
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-password-hint = 10 أحرف على الأقل، وألا تكون عنوان بريدك الإلكتروني ولا كلمة مرور شائعة. الجملة القصيرة خيار جيد.
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
field-new-email = عنوان البريد الإلكتروني الجديد

signup-title = إنشاء حساب
signup-lead = باستخدام الحساب يمكنك ترشيح الخبراء والانضمام إلى مجموعات المستخدمين، وإن كنت بطلًا، تحديث صفحتك باستمرار.
signup-submit = إنشاء الحساب
signup-have-account = لديك حساب بالفعل؟
signup-sent-title = تحقّق من بريدك
signup-sent-body = أرسلنا رابطًا إلى { $email }. افتحه لتأكيد عنوانك، ثم سجّل الدخول. يظل الرابط صالحًا ثلاثة أيام.

verify-done-title = تم تأكيد عنوانك
verify-done-body = شكرًا لك. يمكنك تسجيل الدخول الآن.
link-invalid-title = لم يعد هذا الرابط صالحًا
link-invalid-body = إما أنه استُخدم من قبل، أو انتهت صلاحيته، أو نُسخ بشكل غير كامل. اطلب رابطًا جديدًا أدناه.

login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-no-account = جديد هنا؟
login-failed = لا يتطابق عنوان البريد الإلكتروني وكلمة المرور هذان مع حساب يمكن تسجيل الدخول إليه الآن. تحقّق منهما، أو أعد تعيين كلمة المرور عبر البريد الإلكتروني (وهذا يفتح أيضًا الحساب المقفل بعد محاولات كثيرة).
login-throttled = محاولات تسجيل دخول فاشلة كثيرة من شبكتك. انتظر ربع ساعة، أو أعد تعيين كلمة المرور عبر البريد الإلكتروني.
login-unverified = أكّد عنوان بريدك الإلكتروني أولًا: افتح الرابط الذي أرسلناه إليك. فقدت الرسالة؟ استخدم «نسيت كلمة المرور؟» أدناه، وسيؤكد الرابط الجديد عنوانك أيضًا.
signed-out = تم تسجيل خروجك.

forgot-title = نسيت كلمة المرور؟
forgot-lead = أدخل عنوان حسابك وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = إرسال الرابط
forgot-sent-title = تحقّق من بريدك
forgot-sent-body = إذا كان { $email } مرتبطًا بحساب، فإن رابط اختيار كلمة مرور جديدة في طريقه إليك. يظل صالحًا لمدة ساعة واحدة.

reset-title = اختر كلمة مرور جديدة
reset-submit = حفظ كلمة المرور الجديدة
reset-done = تم تغيير كلمة المرور وتسجيل الخروج من جميع الجلسات الأخرى. سجّل الدخول بكلمة المرور الجديدة.

account-title = حسابك
account-roles = الأدوار
account-hero-page = صفحتك كبطل
account-sections-label = صفحات حسابك
account-section-hero = صفحتك كبطل
account-section-benefits = المزايا
account-section-community = المجتمع
account-section-team = فريق البرنامج
account-section-account = الحساب والأمان
account-back = العودة إلى حسابك
account-password-heading = تغيير كلمة المرور
account-password-submit = تغيير كلمة المرور
account-password-changed = تم تغيير كلمة المرور. وتم تسجيل الخروج من كل متصفح آخر كان مسجَّل الدخول إلى حسابك.
account-current-password-wrong = هذه ليست كلمة المرور الحالية.
account-email-heading = تغيير عنوان البريد الإلكتروني
account-email-submit = إرسال رابط التأكيد
account-email-sent-title = أكّد العنوان الجديد
account-email-sent-body = أرسلنا رابطًا إلى { $email }. يتغير عنوانك عند فتحه (خلال يوم واحد).
account-email-changed-title = تم تغيير عنوان بريدك الإلكتروني
account-email-changed-body = ستسجّل الدخول باستخدام { $email } من الآن فصاعدًا.
account-email-taken-title = هذا العنوان مستخدم
account-email-taken-body = بدأ حساب آخر باستخدام هذا العنوان في هذه الأثناء، لذا يبقى عنوانك كما كان.
account-sessions-heading = الأماكن التي سجّلت الدخول منها
account-other-sessions = { $count ->
    [zero] هذا هو المتصفح الوحيد المسجَّل الدخول إلى حسابك.
    [one] متصفح آخر واحد مسجَّل الدخول إلى حسابك.
    [two] متصفحان آخران مسجَّلا الدخول إلى حسابك.
    [few] { $count } متصفحات أخرى مسجَّلة الدخول إلى حسابك.
    [many] { $count } متصفحًا آخر مسجَّل الدخول إلى حسابك.
   *[other] { $count } متصفح آخر مسجَّل الدخول إلى حسابك.
}
account-sessions-ended = تم تسجيل الخروج من كل متصفح آخر.
account-end-others = تسجيل الخروج من كل مكان آخر

role-member = عضو
role-hero = بطل
role-alumni = بطل سابق
role-staff = موظف
role-reviewer = مراجع
role-admin = مسؤول

admin-older = إدخالات أقدم
admin-outbox-title = صندوق الصادر
admin-outbox-lead-smtp = كل رسالة أرسلها البرنامج أو يوشك على إرسالها، الأحدث أولًا. تم إعداد خادم SMTP: تُسلَّم الرسائل خلال ثوانٍ.
admin-outbox-lead-none = كل رسالة كتبها البرنامج، الأحدث أولًا. لم يُعدّ أي خادم SMTP، لذا تبقى الرسائل هنا (شغّل `heroes` مع --smtp-url لتسليمها).
admin-outbox-empty = لا توجد رسائل بعد.
admin-outbox-to = إلى
admin-outbox-sent = أُرسلت { $at }
admin-outbox-failed = لم تُسلَّم بعد: { $error }
admin-outbox-pending = بانتظار التسليم
admin-audit-title = سجل التدقيق
admin-audit-lead = كل إجراء يتطلب صلاحيات خاصة أو يتعلق بالأمان، الأحدث أولًا. لا يمكن تعديل الإدخالات أو حذفها.
admin-audit-when = متى (UTC)
admin-audit-who = من
admin-audit-what = ماذا
admin-audit-target = يخص
admin-audit-from = من العنوان

mail-greeting = مرحبًا { $name }،
mail-footer = تصلك هذه الرسالة لأن أحدًا استخدم هذا العنوان على موقع Heroes. إن لم تكن أنت، فتجاهلها: لن يتغير شيء.
mail-verify-subject = أكّد عنوان بريدك الإلكتروني
mail-verify-body = يُرجى تأكيد أن هذا عنوانك، لتتمكن من تسجيل الدخول.
mail-verify-action = تأكيد عنواني
mail-reset-subject = اختر كلمة مرور جديدة
mail-reset-body = طلب أحدهم (ونأمل أن تكون أنت) إعادة تعيين كلمة مرور حسابك. يعمل الرابط مرة واحدة، لمدة ساعة واحدة.
mail-reset-action = اختيار كلمة مرور جديدة
mail-change-email-subject = أكّد عنوان بريدك الإلكتروني الجديد
mail-change-email-body = افتح الرابط لجعل { $email } عنوان حسابك.
mail-change-email-action = تأكيد العنوان الجديد
mail-exists-subject = لديك حساب بالفعل
mail-exists-body = حاول أحدهم إنشاء حساب بهذا العنوان، وله حساب بالفعل. إن كنت أنت، فسجّل الدخول، أو اختر كلمة مرور جديدة إن كنت نسيتها.
mail-exists-action = إعادة تعيين كلمة المرور

profile-edit-title = تعديل ملفك الشخصي
profile-edit-lead = ما تغيّره هنا يظهر في الدليل وعلى صفحتك فورًا.
profile-edit-view = عرض صفحتك
profile-edit-saved = تم الحفظ. تعرض صفحتك التغييرات الآن.
profile-edit-card = بطاقتك
profile-edit-about = نبذة عنك
profile-edit-submit = حفظ الملف الشخصي
profile-edit-submit-hint = يحفظ جميع الأقسام دفعة واحدة؛ ويبقى الزر في متناولك أثناء التمرير.
field-display-name = الاسم المعروض
field-headline = العنوان التعريفي
field-company = الشركة
field-city = المدينة
field-country = الدولة
field-photo-url = عنوان الصورة
field-bio = السيرة الذاتية
field-bio-hint = Markdown: **غامق**، _مائل_، [روابط](https://example.org)، قوائم. تُزال شيفرة HTML.
field-languages = اللغات
field-languages-hint = أي لغات أخرى كرموز مفصولة بفواصل، مثل sw أو pt-BR أو zh-Hant.
field-languages-other = لغات أخرى
field-timezone = المنطقة الزمنية
field-timezone-hint = تعرض صفحتك وقتك المحلي في هذه المنطقة.
zone-region-africa = أفريقيا
zone-region-america = أمريكا
zone-region-antarctica = القارة القطبية الجنوبية
zone-region-asia = آسيا
zone-region-atlantic = المحيط الأطلسي
zone-region-australia = أستراليا
zone-region-europe = أوروبا
zone-region-indian = المحيط الهندي
zone-region-pacific = المحيط الهادئ
field-timezone-none = غير معروضة

tokens-title = رموز API
tokens-lead = تتيح الرموز الشخصية لبرامجك النصية استخدام JSON API باسمك. أرسل الرمز بالصيغة "Authorization: Bearer TOKEN". رمز القراءة يقرأ فقط؛ أما رمز الكتابة فيمكنه أيضًا تغيير ملفك الشخصي.
tokens-created = رمزك الجديد. انسخه الآن: فهو يُعرض هذه المرة فقط، ولا نحتفظ إلا ببصمته.
tokens-new = رمز جديد
tokens-name = الاسم
tokens-scope = النطاق
tokens-scope-read = قراءة: عرض حسابك وملفك الشخصي
tokens-scope-write = كتابة: تغيير ملفك الشخصي أيضًا
tokens-create = إنشاء رمز
tokens-yours = رموزك
tokens-none = ليس لديك أي رموز.
tokens-created-at = تاريخ الإنشاء
tokens-last-used = آخر استخدام
tokens-never = أبدًا
tokens-revoke = إبطال
account-tokens-link = رموز API

account-export = تنزيل جميع بياناتك (JSON)
account-delete-link = حذف حسابك
delete-title = حذف حسابك
delete-lead = لا يمكن التراجع عن هذا الإجراء. اقرأ ما سيحدث، ثم أكّد بكلمة المرور.
delete-erased-heading = يُمحى فورًا
delete-erased-account = حسابك: الاسم وعنوان البريد الإلكتروني وكلمة المرور والأدوار ورموز API.
delete-erased-sessions = كل الجلسات: يُسجَّل خروجك من كل مكان.
delete-erased-mail = كل رسالة أرسلناها إليك، وعناوين الشبكة المسجَّلة مع إجراءاتك.
delete-erased-hero = صفحتك كبطل، بروابطها وتخصصاتها ومساهماتها: تختفي من الدليل والموجزات وواجهة API.
delete-kept-heading = يُحتفظ به، من دون اسمك
delete-kept-audit = يحتفظ سجل التدقيق الخاص بالبرنامج بتوثيق ما حدث (مثل «مُنح دور»)، كما تقتضي سجلاته؛ ولا يشير إليك إلا بوصفك «حسابًا محذوفًا» مع رقم.
delete-export-first = قد ترغب في الحصول على نسخة أولًا:
delete-submit = حذف حسابي
delete-done-title = تم حذف حسابك
delete-done-body = تم محو كل ما ورد أعلاه. شكرًا لك على كونك جزءًا من البرنامج.
profile-contact = التواصل
profile-contact-hint = كيف يمكن للآخرين التواصل معك، ومن يمكنه رؤية كل معلومة. لا يُعرض عنوان تسجيل الدخول أبدًا.
profile-contact-visible-to = { $contact }: من يراه
contact-email = البريد الإلكتروني للدعوات
contact-phone = الهاتف
visibility-public = الجميع
visibility-members = الأعضاء المسجَّلو الدخول
visibility-heroes = الأبطال وفريق البرنامج
visibility-staff = فريق البرنامج فقط
photo-label = الصورة
photo-current = صورتك كما تظهر في الدليل وعلى صفحتك.
photo-hint = JPEG أو PNG أو WebP بحجم يصل إلى 5 MB. نعيد تحجيمها إلى 512 بكسل ونزيل كل ما هو مخفي في الملف (الكاميرا، الموقع).
photo-upload = رفع صورة
photo-remove = إزالة الصورة
photo-missing = اختر ملف صورة أولًا.
photo-too-large = حجم هذا الملف أكبر من 5 MB. اختر ملفًا أصغر.
photo-unreadable = هذا الملف ليس صورة JPEG أو PNG أو WebP يمكننا قراءتها.
photo-too-small = هذه الصورة أصغر من 64 × 64 بكسل؛ وستبدو ضبابية.
error-too-large-title = هذا كثير دفعة واحدة
error-too-large-body = ما أرسلته أكبر مما يقبله Heroes ‏(8 MB). ارجع وأرسل شيئًا أصغر.
sso-button = فريق البرنامج: تسجيل الدخول بحساب الشركة
sso-refused-title = لم يكتمل تسجيل الدخول الموحّد
sso-refused-browser = بدأ تسجيل الدخول هذا في متصفح آخر أو سبق استخدامه. ابدأ من جديد من صفحة تسجيل الدخول.
sso-refused-expired = استغرق تسجيل الدخول هذا وقتًا طويلًا أو كان قد اكتمل بالفعل. ابدأ من جديد من صفحة تسجيل الدخول.
sso-refused-denied = أُلغي تسجيل الدخول في صفحة تسجيل الدخول الخاصة بشركتك.
sso-provider-trouble = لم تستجب خدمة تسجيل الدخول الخاصة بشركتك كما هو متوقع. حاول مرة أخرى بعد قليل؛ وإذا تكرر ذلك، فأبلغ فريق البرنامج.

own-title = مساهماتك
own-lead = كل ما سجّلته، بما في ذلك العناصر الخاصة. تظهر العناصر العامة على صفحتك وفي تدفق المحتوى وفي الموجزات.
own-add = إضافة مساهمة
own-edit-title = تعديل مساهمة
own-empty = لم يُسجَّل شيء بعد.
own-added = تمت الإضافة.
own-saved = تم الحفظ.
own-deleted = تم الحذف.
own-col-title = العنوان
own-col-date = التاريخ
own-col-actions = الإجراءات
own-private = خاص
own-edit = تعديل
own-delete = حذف
own-export-csv = تنزيل بصيغة CSV
own-export-json = تنزيل بصيغة JSON
own-kind-hint = تعتمد مقاييس الوصول المتاحة على النوع.
own-kind-refresh = عرض حقول هذا النوع
own-url = العنوان (URL)
own-url-taken = سبق أن سجّلت مساهمة بهذا العنوان.
own-specialization = التخصص
own-specialization-none = لا تخصص بعينه
own-specialization-unknown = اختر أحد التخصصات المدرجة.
own-reach-views = المشاهدات أو مرات التشغيل أو التنزيلات
own-reach-attendees = الحضور
own-reach-stars = النجوم
own-reach-answers = الأسئلة التي أُجيب عنها
own-tags = الوسوم
own-tags-hint = حتى 10 وسوم، مفصولة بفواصل، مثل serverless، event-driven.
own-description = الوصف
own-private-label = خاص: يُحتسب لك، ولا يُعرض علنًا أبدًا
own-save = حفظ
own-cancel = إلغاء
account-contributions-link = مساهماتك
own-imported = { $added ->
    [zero] لم تُستورد أي مساهمة جديدة
    [one] تم استيراد مساهمة جديدة واحدة
    [two] تم استيراد مساهمتين جديدتين
    [few] تم استيراد { $added } مساهمات جديدة
    [many] تم استيراد { $added } مساهمة جديدة
   *[other] تم استيراد { $added } مساهمة جديدة
}؛ أما المساهمات الموجودة مسبقًا في سجلك ({ $skipped }) فتُركت كما هي.
own-import-label = استيراد ملف
own-import-hint = ملف CSV أو JSON بتنسيق التنزيلات أعلاه. يُفحص كل شيء أولًا: إما أن تُضاف جميع الصفوف، أو لا يُضاف شيء وتُدرج كل مشكلة.
own-import-submit = استيراد
own-import-refused = لم يُستورد أي شيء:
own-import-missing = اختر ملف CSV أو JSON أولًا.
own-import-too-large = حجم الملف أكبر من 4 MB؛ قسّمه إلى أجزاء.
own-import-unreadable = تتعذر قراءة الملف: { $reason }.
own-import-row = الصف { $row }، { $field }: { $problem }
own-import-unknown-specialization = لا يوجد تخصص باسم «{ $value }».

sources-title = أين تنشر
sources-lead = أضف موجزات مدونتك أو قناتك على YouTube أو البودكاست الخاص بك، وحسابك على GitHub. يطّلع Heroes عليها { $minutes ->
        [60] كل ساعة
        [1] كل دقيقة
        [two] كل دقيقتين
        [few] كل { $minutes } دقائق
        [many] كل { $minutes } دقيقة
       *[other] كل { $minutes } دقيقة
    } ويقترح ما هو جديد لسجلك، فلا تحتاج إلى ملء نموذج نشاط مرة أخرى.
sources-none = لا توجد مصادر بعد.
sources-added = تمت الإضافة. يتم الاطلاع الأول خلال دقيقة.
sources-polling = سيطّلع Heroes عليه مجددًا خلال دقيقة.
sources-removed = تمت الإزالة.
sources-waiting = { $count ->
    [zero] لا توجد عناصر جديدة بانتظارك
    [one] عنصر جديد واحد بانتظارك
    [two] عنصران جديدان بانتظارك
    [few] { $count } عناصر جديدة بانتظارك
    [many] { $count } عنصرًا جديدًا بانتظارك
   *[other] { $count } عنصر جديد بانتظارك
}
sources-auto = أُضيف تلقائيًا
sources-last-success = آخر اطلاع: { $at }
sources-never-polled = لم يُطّلع عليه بعد.
sources-last-error = فشلت المحاولة الأخيرة: { $error }.
sources-poll-now = الاطلاع الآن
sources-remove = إزالة
sources-add = إضافة مصدر
sources-kind = النوع
sources-kind-feed = موجز (RSS أو Atom أو JSON Feed)، أو صفحة ترتبط بموجز
sources-kind-github = حساب GitHub (المستودعات العامة)
sources-kind-invalid = اختر موجزًا أو حساب GitHub.
sources-target = العنوان أو اسم المستخدم على GitHub
sources-target-hint = مثل https://blog.example.org/feed.xml، أو اسم المستخدم الخاص بك على GitHub.
sources-github-invalid = يتكون اسم المستخدم على GitHub من أحرف وأرقام وشرطات فقط.
sources-duplicate = سبق أن أضفت هذا المصدر.
sources-auto-label = إضافة العناصر الجديدة إلى سجلي تلقائيًا (من دون سؤالي)
sources-add-submit = إضافة المصدر
suggestions-title = عُثر عليها لسجلك
suggestions-lead = عناصر جديدة من مصادرك. اختر «هذا لي» لما أنجزته؛ أما العناصر المرفوضة فلن تُقترح مرة أخرى.
suggestions-none = لا شيء بالانتظار.
suggestions-claim = هذا لي
suggestions-decline = ليس لي
suggestions-claimed = أُضيف إلى سجلك.
suggestions-declined = لن يُقترح مرة أخرى.
jobs-title = المهام
jobs-lead = العمل الخلفي لكل نسخة: الاطلاع على المصادر. المهام الفاشلة أولًا؛ وتُعاد محاولة كل منها بفاصل زمني متزايد.
jobs-none = لا توجد مهام.
jobs-job = المهمة
jobs-next = التشغيل التالي (UTC)
jobs-runs = مرات التشغيل
jobs-state = الحالة
jobs-running = قيد التشغيل على { $worker }
jobs-failing = فشلت (عدد المحاولات: { $attempts }): { $error }
jobs-ok = سليمة
sources-next-poll = الاطلاع التالي: { $at }
own-quick-label = إضافة سريعة من عنوان
own-quick-hint = الصق رابط تدوينتك أو الفيديو أو صفحة المحاضرة؛ يقرأ Heroes العنوان والتاريخ والوصف ويملأ النموذج أدناه لتراجعه.
own-quick-submit = الملء من هذه الصفحة
own-quick-filled = تم الملء من الصفحة. راجع كل شيء، ثم أضفه.
own-quick-failed = تعذّرت قراءة تلك الصفحة: { $reason }. املأ النموذج بنفسك.
own-quick-feed-title = التقاط كل شيء من هذا الموقع
own-quick-feed = تعلن الصفحة عن موجز. أضفه كمصدر وسيقترح عليك Heroes كل تدوينة جديدة منه، من دون لصق روابط:
own-quick-feed-submit = إضافة هذا الموجز كمصدر
suggestions-also-at = منشور أيضًا على
sources-auto-on = إضافة العناصر الجديدة تلقائيًا
sources-auto-off = اسألني أولًا مجددًا

## Selection: nominating
nominate-title = ترشيح بطل
nominate-lead = الترشيحات لـ { $cycle } مفتوحة حتى { $closes }. يمكنك ترشيح ما يصل إلى { $limit } من الأشخاص في هذه الدورة. يُبلَّغ المرشَّح، ويرى كلاكما المرحلة التي بلغها الترشيح.
nominate-lead-several = عدة دورات اختيار مفتوحة، لكل منها تخصصاتها. ستُبلَّغ بحالة كل ترشيح وتتمكن من متابعتها.
nominate-lead-cycle = { $cycle }: { $specializations }. مفتوحة حتى { $closes }؛ وحتى { $limit } من الترشيحات منك.
nominate-closed = باب الترشيح مغلق. لم تُخطَّط أي دورة اختيار بعد.
nominate-closed-next = باب الترشيح مغلق. تُفتح { $cycle } في { $opens }.
nominate-specialization = التخصص
nominate-nominee-name = اسمه
nominate-nominee-email = عنوان بريده الإلكتروني
nominate-nominee-email-hint = سنراسله على هذا العنوان؛ وإن كان عضوًا بالفعل، فاستخدم عنوان حسابه.
nominate-nominee-links = ملفاته الشخصية العامة (اختياري)
nominate-nominee-links-hint = عنوان واحد في كل سطر: مدونة، GitHub، YouTube… يساعدنا ذلك على معرفة أن شخصين رشّحا الشخص نفسه.
nominate-statement = لماذا هذا الشخص
nominate-statement-hint = ما الذي يقدمه للمجتمع ومن يستفيد منه (30 حرفًا على الأقل).
nominate-evidence = الأدلة
nominate-evidence-hint = رابط واحد في كل سطر إلى محاضراته أو تدويناته أو مقاطع الفيديو أو مشاريعه (رابط واحد على الأقل، و10 على الأكثر).
nominate-submit = إرسال الترشيح
nominate-rubric = كيف يقيّم المراجعون
nominate-rubric-of = كيف يقيّم المراجعون في { $cycle }
nominate-rubric-lead = يُقيَّم كل ترشُّح وفق معايير التقييم المنشورة هذه، من 1 إلى 5 لكل معيار؛ ويظهر هنا ما تعنيه الدرجة 5.
rubric-weight = الوزن { $weight }
nominations-link = ترشيحاتك
nominations-title = الترشيحات
nominations-received = الترشيحات التي تلقيتها
nominations-received-none = لم يرشّحك أحد بعد.
nominations-made = الترشيحات التي قدّمتها
nominations-made-none = لم ترشّح أحدًا بعد.
nominations-col-nominee = المرشَّح
nominations-col-specialization = التخصص
nominations-col-cycle = الدورة
nominations-col-stage = المرحلة
nominations-renominate-after = يمكن تقديم ترشيح جديد اعتبارًا من { $date }.
nominations-nominate = رشّح أحدًا
nominations-notice-nominated = شكرًا لك: تم تسجيل ترشيحك وإبلاغ المرشَّح.
nominations-notice-already = سبق أن رشّحت هذا الشخص في هذه الدورة؛ لم يتغير شيء.
nominations-notice-accepted = قبلت الترشيح. سيطّلع عليه المراجعون الآن.
nominations-notice-declined = رفضت الترشيح. تم إبلاغ أصحاب الترشيح.
nominations-notice-onboarded = مرحبًا بك في البرنامج!
stage-submitted = مُقدَّم
stage-in-review = قيد المراجعة
stage-decided = صدر القرار: { $outcome }
outcome-accepted = مقبول
outcome-declined = مرفوض
outcome-deferred = مؤجَّل إلى دورة لاحقة
outcome-withdrawn = رفضه المرشَّح
outcome-reopened = عاد إلى المراجعة
state-nominated = بانتظار المرشَّح
state-withdrawn = مسحوب
state-in-review = قيد المراجعة
state-deferred = مؤجَّل
state-declined = مرفوض
state-accepted = مقبول (تمت دعوته)
state-onboarded = تم ضمّه
state-announced = تم الإعلان عنه

## Selection: the nominee
answer-title = ترشيحك
answer-heading = ترشيحك في تخصص { $specialization }
answer-lead = { $cycle } · { $count ->
    [zero] لم يرشّحك أي عضو
    [one] رشّحك عضو واحد
    [two] رشّحك عضوان
    [few] رشّحك { $count } أعضاء
    [many] رشّحك { $count } عضوًا
   *[other] رشّحك { $count } عضو
}
answer-stage = المرحلة:
answer-accept = القبول وإكمال ملفك كمرشَّح
answer-sent = ما أرسلته
answer-sent-lead = يقرأ المراجعون هذا الملف مع الترشيحات.
account-nomination-answer = تم ترشيحك في تخصص { $specialization }: اقرأ الترشيح وأجب عنه.
account-nomination-onboard = تم قبولك في تخصص { $specialization }: وافق على الشروط وأكمل ملفك الشخصي استعدادًا للإعلان.
answer-accept-lead = يقرأ المراجعون هذا الملف مع الترشيحات. تُرفق مساهماتك خلال آخر 12 شهرًا تلقائيًا: من سجل مساهماتك إن كان لديك سجل، ومن الموجز الذي تحدده أدناه.
answer-accept-submit = قبول الترشيح
answer-decline = رفض الترشيح
answer-withdraw = الانسحاب
answer-country-hint = حرفان، مثل PT أو JP.
answer-feedback = ملاحظات البرنامج
answer-renominate-after = يمكن ترشيحك مجددًا اعتبارًا من { $date }.
answer-onboarded = ستظهر في الدليل في { $date }.
answer-announced = أنت الآن في الدليل: اطّلع على صفحتك العامة.
onboard-title = الانضمام إلى البرنامج
onboard-lead = تهانينا! وافق على الشروط واتفاقية عدم الإفصاح وراجع ملفك الشخصي؛ سيُعلن عنك في { $date }.
onboard-terms-text = بصفتك بطلًا، تشارك خبرتك مع المجتمع، وتحافظ على دقة ملفك الشخصي، وتلتزم بمدونة قواعد السلوك الخاصة بالمجتمع. ويجوز للبرنامج إنهاء عضويتك إن لم تفعل.
onboard-accept-terms = أوافق على شروط البرنامج
onboard-nda-text = الإحاطات سرية. اقرأ اتفاقية عدم الإفصاح، الإصدار { $version }:
onboard-accept-nda = أوافق على اتفاقية عدم الإفصاح (الإصدار { $version })
onboard-terms-required = وافق على شروط البرنامج للانضمام.
onboard-nda-required = وافق على اتفاقية عدم الإفصاح للانضمام.
onboard-nda-changed = نُشر إصدار جديد من اتفاقية عدم الإفصاح أثناء قراءتك هذه الصفحة. اقرأه ووافق عليه للانضمام.
onboard-nda-missing = لم تُنشر أي اتفاقية عدم إفصاح بعد، لذا لا يمكن لأحد الانضمام حاليًا. عد بعد أن ينشرها فريق البرنامج.
onboard-submit = الانضمام إلى البرنامج

## Selection: reviewing
tasks-title = مراجعاتك
tasks-none = لا توجد ترشُّحات مسندة إليك.
tasks-col-yours = تقييمك
tasks-conflict = تم الإفصاح عن تعارض
tasks-to-score = بانتظار التقييم
review-title = مراجعة ترشُّح
review-score = تقييماتك
review-comment = تعليق
review-submit = حفظ مراجعتي
review-saved = تم حفظ مراجعتك؛ يمكنك تغييرها ما دام الترشُّح قيد المراجعة.
review-closed = هذا الترشُّح ليس قيد المراجعة (لم يقبله المرشَّح بعد، أو صدر القرار بشأنه).
review-conflict = تعارض المصالح
review-conflict-reason = ما هو التعارض؟
review-conflict-hint = مثل «يعمل في فريقي». ستنسحب من هذا الترشُّح ولن يُحتسب أي تقييم قدّمته.
review-conflict-submit = الإفصاح عن تعارض
review-conflicted = أفصحت عن تعارض في المصالح ({ $reason })، لذا أُغلق هذا الملف أمامك.
file-links = الملفات الشخصية
file-nominations = { $count ->
    [zero] لا توجد ترشيحات
    [one] ترشيح واحد
    [two] ترشيحان
    [few] { $count } ترشيحات
    [many] { $count } ترشيحًا
   *[other] { $count } ترشيح
}
file-nominated-by = رشّحه { $name }
file-nominator-gone = رشّحه حساب محذوف
file-nominator-hidden = صاحب الترشيح مخفي (مراجعة معمّاة)
file-evidence = { $count ->
    [zero] لا توجد مساهمات خلال آخر 12 شهرًا
    [one] مساهمة واحدة خلال آخر 12 شهرًا
    [two] مساهمتان خلال آخر 12 شهرًا
    [few] { $count } مساهمات خلال آخر 12 شهرًا
    [many] { $count } مساهمة خلال آخر 12 شهرًا
   *[other] { $count } مساهمة خلال آخر 12 شهرًا
}
file-evidence-none = لا توجد مساهمات مرفقة.
file-views = المشاهدات: { $count }
file-attendees = الحضور: { $count }
file-stars = النجوم: { $count }

## Selection: the program team
cycles-title = الدورات
cycles-none = لا توجد دورات بعد.
cycles-new = فتح دورة
cycles-edit = تعديل
cycles-actions = الإجراءات
cycles-queue = قائمة المراجعة
cycles-renewals = التجديدات
cycles-kind = النوع
cycles-kind-selection = اختيار
cycles-kind-renewal = تجديد
cycles-name = الاسم
cycles-window = فترة الفتح
cycles-opens = تُفتح في
cycles-closes = تُغلق في (شاملًا)
cycles-specializations = التخصصات التي تقبل الترشيحات
cycles-specializations-hint = دورات الاختيار فقط.
cycles-rubric = معايير التقييم
cycles-rubric-hint = يقيّم المراجعون كل معيار من 1 إلى 5؛ ويحدد وزنه (من 1 إلى 100) مقدار احتسابه في المجموع. وضّح ما تعنيه كل درجة. تُستبعد الصفوف الفارغة؛ حدّد «إزالة» لحذف معيار. لا يمكن تغيير معايير التقييم بعد أن يقيّم أي أحد.
cycles-rubric-rows-invalid = بعض المعايير تحتاج إلى تصحيح: راجع الرسائل بجوار حقولها.
cycles-rubric-more = إضافة مزيد من الصفوف
cycles-criterion = المعيار { $n }
cycles-criterion-name = الاسم
cycles-criterion-weight = الوزن
cycles-criterion-level = ما تعنيه الدرجة { $score }
cycles-criterion-remove = إزالة هذا المعيار
cycles-rubric-locked = سبق أن قيّم المراجعون وفق معايير التقييم هذه؛ ولم يعد بالإمكان تغييرها.
cycles-overlap = يقبل تخصص { $specialization } الترشيحات بالفعل في «{ $cycle }» (من { $opens } إلى { $closes })، في بعض الأيام نفسها. لا يجوز تداخل الدورات إلا لتخصصات مختلفة: غيّر التواريخ أو التخصصات.
cycles-unknown-specialization = أحد هذه التخصصات غير موجود.
cycles-limit = عدد الترشيحات لكل صاحب ترشيح
cycles-blind = مراجعة معمّاة: لا يرى المراجعون من قدّم الترشيح
cycles-save = حفظ الدورة
cycles-saved = تم حفظ الدورة.
queue-title = قائمة المراجعة
queue-cycle = الدورة
queue-state = الحالة
queue-sort = الترتيب حسب
queue-sort-score = الدرجة، الأعلى أولًا
queue-sort-age = العمر، الأقدم أولًا
queue-sort-spread = الاختلاف، الأكبر أولًا
queue-all = الكل
queue-unassigned = من دون مراجعين فقط
queue-filter = عرض
queue-total = { $count ->
    [zero] لا توجد ترشُّحات
    [one] ترشُّح واحد
    [two] ترشُّحان
    [few] { $count } ترشُّحات
    [many] { $count } ترشُّحًا
   *[other] { $count } ترشُّح
}
queue-select = تحديد
queue-select-one = تحديد { $name }
queue-score = الدرجة
queue-spread = التباين
queue-reviews = المراجعات
queue-nominators = أصحاب الترشيح
queue-age = منذ
queue-assign-to = المراجع
queue-assign = إسناد
queue-assign-specialization = إسناد مراجع إلى تخصص كامل
queue-assign-specialization-hint = يراجع كل ترشُّح فيه خلال هذه الدورة، بما في ذلك الترشيحات المقدَّمة من الآن فصاعدًا.
queue-assigned = { $count ->
    [zero] لا توجد إسنادات جديدة: كانت جميعها مسندة إلى المراجع بالفعل.
    [one] إسناد جديد واحد.
    [two] إسنادان جديدان.
    [few] { $count } إسنادات جديدة.
    [many] { $count } إسنادًا جديدًا.
   *[other] { $count } إسناد جديد.
}
queue-pages = الصفحات
queue-prev = → السابق
queue-next = التالي ←
candidacy-scores = الدرجات
candidacy-summary = { $count ->
    [zero] لا توجد درجات بعد.
    [one] الدرجة الموزونة { $score } (التباين { $spread }) من مراجعة واحدة.
    [two] الدرجة الموزونة { $score } (التباين { $spread }) من مراجعتين.
    [few] الدرجة الموزونة { $score } (التباين { $spread }) من { $count } مراجعات.
    [many] الدرجة الموزونة { $score } (التباين { $spread }) من { $count } مراجعة.
   *[other] الدرجة الموزونة { $score } (التباين { $spread }) من { $count } مراجعة.
}
candidacy-reviewer = المراجع
candidacy-mean-spread = المتوسط ± التباين
candidacy-reviewers = المراجعون
candidacy-no-reviewers = لم يُسنَد أحد بعد.
candidacy-no-more-reviewers = لا يقبل هذا الترشُّح مزيدًا من المراجعين: فقد صدر القرار بشأنه أو سُحب أو أُعلن عنه.
candidacy-notice-decided = تم تسجيل القرار: حالة الترشُّح الآن «{ $state }»، وتم إبلاغ المرشَّح وأصحاب الترشيح.
candidacy-notice-rescheduled = تم تحديد موعد الإعلان في { $date }. حالة الترشُّح «{ $state }».
announcement-title = الإعلان
announcement-accepted = مقبول، بانتظار موافقة المرشَّح على الشروط وإكمال ملفه الشخصي. الإعلان مقرر في { $date }؛ ويتم في ذلك اليوم أو فور انتهائه من ذلك، أيهما أبعد.
announcement-onboarded = أكمل المرشَّح إجراءات الانضمام. الإعلان مقرر في { $date }: في ذلك اليوم يُدرج في الدليل ويُبلَّغ.
announcement-date = تاريخ الإعلان
announcement-move = تغيير موعد الإعلان
announcement-now = الإعلان اليوم
candidacy-conflict = تعارض: { $reason }
candidacy-reviewed = تم التقييم
candidacy-waiting = لم يُقيَّم بعد
decide-title = القرار
decide-decision = القرار
decide-accept = قبول (يُرسل الدعوة)
decide-decline = رفض مع ملاحظات
decide-defer = تأجيل إلى دورة لاحقة
decide-reopen = إعادة فتح ترشُّح مؤجَّل في الدورة المفتوحة
decide-announce-on = تاريخ الإعلان (عند القبول)
decide-feedback = ملاحظات للمرشَّح
decide-feedback-hint = مطلوبة عند الرفض؛ وتُرسل مع أي قرار.
decide-renominate-after = يمكن الترشيح مجددًا اعتبارًا من (عند الرفض)
decide-submit = تسجيل القرار
decide-choose = اختر قرارًا.
decide-date-past = اختر تاريخ اليوم أو تاريخًا لاحقًا.
decide-feedback-required = اذكر السبب، ليتمكن المرشَّح من التطور.

## Refusals
refusal-no-open-cycle = لا توجد دورة اختيار مفتوحة حاليًا.
refusal-specialization-not-in-cycle = لا تقبل هذه الدورة ترشيحات في ذلك التخصص.
refusal-specialization-retired = ذلك التخصص متوقف ولا يقبل ترشيحات.
refusal-limit-reached = لقد قدّمت الترشيحات الـ { $limit } التي تسمح بها هذه الدورة.
refusal-already-hero = هذا الشخص بطل بالفعل في ذلك التخصص.
refusal-too-soon = رُفض هذا الشخص مؤخرًا؛ ويمكن تقديم ترشيح جديد اعتبارًا من { $date }.
refusal-self-nomination = لا يمكنك ترشيح نفسك.
refusal-awaiting-nominee = لم يقبل المرشَّح الترشيح بعد، لذا لا يوجد ما يُتخذ بشأنه قرار.
refusal-already-decided = صدر القرار بشأن هذا الترشُّح بالفعل.
refusal-already-answered = تمت الإجابة عن الترشيح بالفعل.
refusal-not-deferred = لا يمكن إعادة فتح إلا الترشُّح المؤجَّل.
refusal-not-invited = لا يمكن الانضمام إلا للمرشَّح المقبول.
refusal-not-onboarded = لم يُكمل المرشَّح إجراءات الانضمام بعد.
refusal-not-assigned = لست مراجعًا لهذا الترشُّح.
refusal-conflicted = أفصحت عن تعارض في المصالح مع هذا الترشُّح.
refusal-not-reviewable = هذا الترشُّح ليس قيد المراجعة.
refusal-no-renewal-cycle = لا توجد دورة تجديد مفتوحة: افتح دورة لتسجيل القرارات.
refusal-not-accepted = لا يمكن تغيير موعد الإعلان أو إجراؤه الآن إلا لمرشَّح مقبول؛ وهذا المرشَّح أُعلن عنه بالفعل أو لم يُقبل.

## Renewal
readiness-title = الجاهزية للتجديد
readiness-lead = مساهماتك منذ { $since } (آخر 12 شهرًا)، مقيَّمة وفق معايير التقييم المنشورة أدناه. تُحتسب المساهمات الخاصة أيضًا.
readiness-cycle-open = { $cycle } مفتوحة حتى { $closes }.
readiness-points = { $points } من { $target } نقطة
readiness-ready = لقد بلغت هدف التجديد.
readiness-by-kind = حسب النوع
readiness-nothing = لا شيء خلال آخر 12 شهرًا بعد: أضف أعمالك إلى سجل مساهماتك، أو دع مصادرك تلتقطها.
readiness-kind = النوع
readiness-items = المساهمات
readiness-earned = النقاط المكتسبة
readiness-cap = الحد الأقصى
readiness-counted = النقاط المحتسبة
readiness-capped = (بلغ الحد الأقصى)
readiness-every-point = شرح كل نقطة
readiness-base = { $points } نقطة للنوع
readiness-bonus = +{ $points } للوصول ({ $value } { $metric })
readiness-metric-views = مشاهدة
readiness-metric-attendees = حاضر
readiness-metric-stars = نجمة
readiness-metric-answers = إجابة
readiness-line-counted = احتُسبت { $points }
readiness-over-cap = (تجاوز الحد الأقصى لنوعه)
readiness-rubric = معايير التقييم
readiness-rubric-lead = يكسب كل نوع نقاطًا عن كل مساهمة حتى حد أقصى، فلا يمكن للكمّ أن يحل محل الجوهر. والمساهمة ذات الوصول الواسع (1,000 مشاهدة، أو 50 حاضرًا، أو 100 نجمة، أو 25 إجابة) تكسب نصف نقاطها إضافةً. 100 نقطة تجعل البطل جاهزًا.
readiness-per-item = النقاط لكل مساهمة
renewals-title = التجديدات
renewals-total = { $count ->
    [zero] لا يوجد أبطال
    [one] بطل واحد
    [two] بطلان
    [few] { $count } أبطال
    [many] { $count } بطلًا
   *[other] { $count } بطل
}
renewals-hero = البطل
renewals-status = الحالة
renewals-readiness = الجاهزية
renewals-decision = القرار
renewals-renew = تجديد
renewals-alumni = نقل إلى الأبطال السابقين
renewals-leave = إجازة تغيّب
renewals-expected-return = العودة المتوقعة
renewals-note = ملاحظة للبطل (اختياري)
renewals-save = تسجيل
renewals-decided = تم تسجيل القرار بشأن { $name }.
renewals-confirm-title = نقل { $name } إلى الأبطال السابقين؟
renewals-confirm-lead = في { $cycle }، سيغادر { $name } قائمة الأبطال النشطين.
renewals-confirm-access = اعتبارًا من طلبه التالي، يفقد ما هو مخصص للأبطال فقط: التجديد والإحاطات والشبكة.
renewals-confirm-page = تبقى صفحته العامة، مع علامة «بطل سابق»، بكل ما ساهم به.
renewals-confirm-mail = يُبلَّغ بالقرار عبر البريد الإلكتروني، مع الملاحظة أدناه إن كتبت واحدة.
renewals-confirm-undo = حتى إغلاق الدورة، يمكنك تغيير القرار في قائمة التجديدات؛ وعندها يُراسَل مجددًا.
renewals-confirm-submit = نقل { $name } إلى الأبطال السابقين
renewals-confirm-cancel = إبقاء { $name } كما هو

## Notifications and mail
notifications-title = الإشعارات
notifications-link = إشعاراتك
notifications-none = لا شيء بعد.
mail-open-action = فتح Heroes
mail-footer-program = تصلك هذه الرسالة لأنها تتعلق بدورك في برنامج Heroes.
mail-nominated-subject = تم ترشيحك في تخصص { $specialization }
mail-nominated-body = رشّحك { $nominator } في تخصص { $specialization } ضمن { $cycle }.
mail-nominated-how = سجّل الدخول (أو أنشئ حسابًا) باستخدام { $email } لقبول الترشيح أو رفضه، ولإكمال ملفك كمرشَّح.
mail-nomination-received-subject = ترشيحك لـ { $name }
mail-nomination-received-body = تلقّينا ترشيحك لـ { $name } في تخصص { $specialization }. سنوافيك بالأخبار في كل مرحلة.
mail-nominee-accepted-subject = قبل { $name } الترشيح
mail-nominee-accepted-body = قبل { $name } الترشيح؛ وهو الآن قيد المراجعة.
mail-nominee-declined-subject = رفض { $name } الترشيح
mail-nominee-declined-body = رفض { $name } الترشيح. شكرًا لك على الترشيح.
mail-decided-subject = قرار بشأن { $name }
mail-decided-nominator-body = اتخذ البرنامج قرارًا بشأن ترشيحك لـ { $name }: { $outcome }.
mail-decided-nominee-subject = ترشُّحك في تخصص { $specialization }
mail-decided-accepted = تهانينا: تم قبولك بطلًا في تخصص { $specialization }. وافق على الشروط واتفاقية عدم الإفصاح وأكمل ملفك الشخصي؛ سيُعلن عنك في { $date }.
mail-decided-declined = لم يقع عليك الاختيار هذه المرة في تخصص { $specialization }. يمكن ترشيحك مجددًا اعتبارًا من { $date }.
mail-decided-deferred = تم تأجيل ترشُّحك في تخصص { $specialization } إلى دورة لاحقة.
mail-decided-reopened = عاد ترشُّحك في تخصص { $specialization } إلى المراجعة.
mail-announced-subject = أنت الآن بطل في تخصص { $specialization }
mail-announced-body = أُدرج ملفك الشخصي في تخصص { $specialization } في الدليل الآن. مرحبًا بك!
mail-renewal-subject = تجديدك في { $cycle }
mail-renewal-renew = تم تجديد عضويتك بطلًا في { $cycle }. شكرًا لك على عام آخر!
mail-renewal-opened-subject = { $cycle } مفتوحة
mail-renewal-opened = دورة التجديد { $cycle } مفتوحة حتى { $closes }. يُظهر مقياس جاهزيتك ما يُحتسب وما سجّلته خلال الاثني عشر شهرًا الماضية؛ أضف أي شيء ناقص قبل إغلاق الدورة.
mail-renewal-alumni = في { $cycle } تنتقل إلى الأبطال السابقين. تبقى صفحتك العامة، مع علامة «بطل سابق». شكرًا لك على كل ما شاركته.
mail-renewal-leave = تم تسجيل إجازة تغيّبك في { $cycle }؛ ونتوقع عودتك في { $date }.
nav-nominate = ترشيح
account-notifications-link = { $count ->
    [zero] الإشعارات
    [one] الإشعارات (إشعار جديد)
    [two] الإشعارات (إشعاران جديدان)
    [few] الإشعارات ({ $count } إشعارات جديدة)
    [many] الإشعارات ({ $count } إشعارًا جديدًا)
   *[other] الإشعارات ({ $count } إشعار جديد)
}
mail-assigned-subject = { $count ->
    [zero] لا توجد ترشُّحات للمراجعة
    [one] ترشُّح واحد للمراجعة
    [two] ترشُّحان للمراجعة
    [few] { $count } ترشُّحات للمراجعة
    [many] { $count } ترشُّحًا للمراجعة
   *[other] { $count } ترشُّح للمراجعة
}
mail-assigned-body = { $count ->
    [zero] لم يُسنَد إليك أي ترشُّح للمراجعة.
    [one] أُسند إليك ترشُّح واحد للمراجعة. أفصح عن تعارض المصالح إن وُجد.
    [two] أُسند إليك ترشُّحان للمراجعة. أفصح عن تعارض المصالح حيثما وُجد.
    [few] أُسند إليك { $count } ترشُّحات للمراجعة. أفصح عن تعارض المصالح حيثما وُجد.
    [many] أُسند إليك { $count } ترشُّحًا للمراجعة. أفصح عن تعارض المصالح حيثما وُجد.
   *[other] أُسند إليك { $count } ترشُّح للمراجعة. أفصح عن تعارض المصالح حيثما وُجد.
}
answer-feed = موجز مدونتك أو قناتك أو البودكاست الخاص بك (اختياري)
answer-feed-hint = نقرؤه مرة واحدة ونُرفق ما نشرته خلال آخر 12 شهرًا، ليرى المراجعون أعمالك من دون أن تدرجها بنفسك. تصلح أيضًا صفحة ترتبط بموجزها.

## Abuse that costs other people: the warning an owner gets when someone keeps guessing
## their password.
mail-attack-subject = هناك من يحاول تسجيل الدخول إلى حسابك
mail-attack-body = حاول أحدهم مؤخرًا إدخال كلمات مرور خاطئة كثيرة لحسابك، من عناوين لم تسجّل الدخول منها من قبل. نحن نتصدى لذلك: يُوقَف كل عنوان يواصل التخمين، وتتباطأ المحاولات. من الأماكن التي تسجّل الدخول منها عادةً، لا يتغير شيء؛ أما في غيرها، فقد يتعين على تسجيل الدخول الانتظار دقيقة.
mail-attack-advice = إن لم تكن أنت، فلم يُكشف شيء. تأكد من أن كلمة مرورك طويلة وغير مستخدمة في أي مكان آخر، واختر كلمة جديدة إن ساورك الشك: فكلمة المرور الجديدة ترفع أيضًا كل قيد مفروض على حسابك.
mail-attack-action = اختيار كلمة مرور جديدة

## The server's edge: requests refused before a handler runs, and a database out of reach
error-bad-request-title = تعذّرت قراءة هذا الطلب
error-bad-request-body = يحتوي العنوان أو النموذج على شيء لا يقبله Heroes، مثل بايت NUL ‏(%00). تحقّق من الرابط وحاول مرة أخرى.
error-uri-too-long-title = هذا العنوان طويل جدًا
error-uri-too-long-body = العنوان أطول مما يقبله Heroes ‏(8 KB). تحقّق من الرابط، أو ابحث باستخدام عوامل تصفية أقل.
error-unavailable-title = يتعذر على Heroes الاستجابة حاليًا
error-unavailable-body = لا يمكننا الوصول إلى قاعدة بياناتنا في الوقت الحالي. لم يتسبب أي شيء فعلته في ذلك؛ يُرجى المحاولة مرة أخرى بعد دقيقة.
error-request-title = تعذّر علينا استخدام هذا الطلب
error-request-body = ارجع وحاول مرة أخرى. وإذا تكرر ذلك، فيُرجى إبلاغ فريق البرنامج.

## Races: a second click on a suggestion already decided (claim and decline at once)
suggestions-was-claimed = سبقت إضافة هذا العنصر إلى سجلك.
suggestions-was-declined = سبق رفض هذا العنصر، لذا لم يُضف إلى سجلك.

## Text in, text out: feed items that cannot be offered, the same work at two addresses
sources-skipped = لم يُقترح من آخر اطلاع (أصلح العنصر في موجزك، أو أضفه يدويًا):
suggestions-unclaimable = لا يمكن أن يصبح «{ $title }» مساهمة بوضعه الحالي ({ $field }: { $problem }). ارفضه، أو أضفه يدويًا بعد تصحيح التفاصيل.
own-url-same-work = سبق أن سجّلت هذا العمل باسم «{ $title }» ({ $url }). عدّل ذلك الإدخال بدلًا من ذلك، أو استخدم عنوانًا آخر.
own-import-same-work = الصف { $row }: سبق أن سجّلت هذا العمل باسم «{ $title }» ({ $url }).
own-import-same-work-in-file = الصف { $row }: العمل نفسه الوارد في الصف { $first } (لا تختلف العناوين إلا في https أو www أو شرطة مائلة في النهاية أو معاملات التتبع).

## Running the program: the admin home and specializations managed by admins (issue 17)
admin-home-title = إدارة البرنامج
admin-home-back = → إدارة البرنامج
admin-home-attention = يحتاج إلى اهتمام اليوم
admin-home-areas = أقسام الإدارة
admin-home-unassigned = { $count ->
    [zero] ترشُّحات من دون مراجع
    [one] ترشُّح من دون مراجع
    [two] ترشُّحان من دون مراجع
    [few] ترشُّحات من دون مراجع
    [many] ترشُّحًا من دون مراجع
   *[other] ترشُّح من دون مراجع
}
admin-home-in-review = { $count ->
    [zero] ترشُّحات بانتظار المراجعات والقرار
    [one] ترشُّح بانتظار المراجعات والقرار
    [two] ترشُّحان بانتظار المراجعات والقرار
    [few] ترشُّحات بانتظار المراجعات والقرار
    [many] ترشُّحًا بانتظار المراجعات والقرار
   *[other] ترشُّح بانتظار المراجعات والقرار
}
admin-home-failing-sources = { $count ->
    [zero] مصادر مساهمات متعثرة
    [one] مصدر مساهمات متعثر
    [two] مصدرا مساهمات متعثران
    [few] مصادر مساهمات متعثرة
    [many] مصدرًا للمساهمات متعثرًا
   *[other] مصدر مساهمات متعثر
}
admin-home-failing-jobs = { $count ->
    [zero] مهام خلفية متعثرة
    [one] مهمة خلفية متعثرة
    [two] مهمتان خلفيتان متعثرتان
    [few] مهام خلفية متعثرة
    [many] مهمة خلفية متعثرة
   *[other] مهمة خلفية متعثرة
}
admin-home-undelivered-mail = { $count ->
    [zero] رسائل غير مُسلَّمة
    [one] رسالة غير مُسلَّمة
    [two] رسالتان غير مُسلَّمتين
    [few] رسائل غير مُسلَّمة
    [many] رسالة غير مُسلَّمة
   *[other] رسالة غير مُسلَّمة
}
admin-area-cycles = الدورات
admin-area-cycles-hint = فتح دورات الاختيار والتجديد، وتواريخها وتخصصاتها ومعايير تقييمها.
admin-area-candidacies = الترشُّحات
admin-area-candidacies-hint = قائمة المراجعة: إسناد المراجعين وقراءة الملفات واتخاذ القرارات.
admin-area-renewals = التجديدات
admin-area-renewals-hint = جاهزية كل بطل؛ التجديد أو النقل إلى الأبطال السابقين أو تسجيل إجازة.
admin-area-specializations = التخصصات
admin-area-specializations-hint = إضافة التخصصات وإعادة تسميتها وإيقافها وإعادة ترتيبها وتلوينها.
admin-area-outbox = صندوق الصادر
admin-area-outbox-hint = كل رسالة كتبها البرنامج، مع حالة تسليمها.
admin-area-jobs = المهام
admin-area-jobs-hint = قائمة المهام الخلفية وما فشل منها.
admin-area-audit = سجل التدقيق
admin-area-audit-hint = من فعل ماذا، ومتى، ومن أين.
admin-area-security = أمان تسجيل الدخول
admin-area-security-hint = الأدوار التي يجب أن تستخدم عاملًا ثانيًا؛ وإعادة تعيين العوامل لمن فقدها.
admin-specializations-title = التخصصات
admin-specializations-lead = تظهر التغييرات فورًا في الدليل وعوامل التصفية فيه والموجزات وواجهة API ونموذج الترشيح. يحتفظ التخصص المُعاد تسميته بعنوانه القديم، الذي يقود إلى العنوان الجديد. أما التخصص المتوقف فلا يقبل ترشيحات جديدة ويُزال من عوامل التصفية، لكن أبطاله يحتفظون بشاراتهم.
admin-specializations-saved = تم الحفظ.
admin-specializations-name = الاسم
admin-specializations-slug = العنوان
admin-specializations-slug-hint = أحرف لاتينية صغيرة وأرقام وشرطات؛ وتكون الصفحة ‎/specializations/‎ متبوعة به. تغييره يُبقي العنوان القديم عاملًا.
admin-specializations-slug-taken = هذا العنوان لتخصص آخر، حاليًا أو سابقًا. اختر عنوانًا آخر.
admin-specializations-previous = يستجيب أيضًا لـ: { $slugs }
admin-specializations-heroes = الأبطال
admin-specializations-state = الحالة
admin-specializations-active = نشط
admin-specializations-retired = متوقف
admin-specializations-actions = الإجراءات
admin-specializations-up = لأعلى
admin-specializations-up-label = نقل { $name } لأعلى
admin-specializations-down = لأسفل
admin-specializations-down-label = نقل { $name } لأسفل
admin-specializations-edit = تعديل
admin-specializations-edit-label = تعديل { $name }
admin-specializations-retire = إيقاف
admin-specializations-retire-label = إيقاف { $name }
admin-specializations-reinstate = إعادة تفعيل
admin-specializations-reinstate-label = إعادة تفعيل { $name }
admin-specializations-new = إضافة تخصص
admin-specializations-edit-heading = تعديل التخصص
admin-specializations-description = الوصف (Markdown)
admin-specializations-colour = لون الشارة
admin-specializations-save = حفظ
admin-specializations-cancel = إلغاء
colour-rose = وردي
colour-amber = كهرماني
colour-blue = أزرق
colour-violet = بنفسجي
colour-teal = أزرق مخضر
colour-green = أخضر
colour-red = أحمر
colour-navy = كحلي

## Second factor: authenticator app, recovery codes, required roles (issue 23)
second-step-title = أكّد هويتك
second-step-lead = كلمة المرور صحيحة. أدخل الرمز المكوّن من ستة أرقام الذي يعرضه تطبيق المصادقة لهذا الموقع، أو أحد رموز الاسترداد.
second-step-code = الرمز
second-step-hint = ستة أرقام من التطبيق، أو رمز استرداد مثل abcd-efgh-ijkl-mnop.
second-step-submit = تسجيل الدخول
second-step-failed = لم ينجح هذا الرمز. تتغير رموز التطبيق كل 30 ثانية ويعمل كل منها مرة واحدة؛ ورمز الاسترداد يعمل مرة واحدة.
second-step-lost = فقدت هاتفك ورموز الاسترداد؟ اطلب من فريق البرنامج إعادة تعيين عاملك الثاني؛ وستصلك رسالة عند قيامهم بذلك.
security-title = أمان تسجيل الدخول
security-required = يتطلب دورك في البرنامج عاملًا ثانيًا. أعدّ تطبيق مصادقة أو أضف مفتاح مرور للمتابعة؛ لن يُفتح أي شيء آخر حتى تفعل ذلك.
security-app-heading = تطبيق المصادقة
security-app-on = تم إعداد تطبيق مصادقة. يطلب تسجيل الدخول رمزًا منه بعد كلمة المرور.
security-app-off = لم يُعدّ أي تطبيق مصادقة: كلمة المرور وحدها تكفي لتسجيل دخولك.
security-app-set-up = إعداد تطبيق مصادقة
security-app-remove = إزالة تطبيق المصادقة
security-proof = كلمة المرور، أو رمز من تطبيق المصادقة
security-proof-wrong = هذه ليست كلمة مرورك ولا رمزًا صالحًا حاليًا من تطبيقك.
security-totp-exists = تم إعداد تطبيق مصادقة بالفعل. أزله أولًا لإعداد تطبيق آخر.
security-setup-lead = أضف هذا الحساب إلى تطبيق المصادقة (مثل Aegis أو Google Authenticator أو 1Password أو Microsoft Authenticator): اكتب المفتاح أدناه، أو افتح الرابط على الجهاز الذي يحتوي على التطبيق. ثم أدخل الرمز الذي يعرضه التطبيق.
security-setup-secret = المفتاح
security-setup-link = الرابط
security-setup-open = الفتح في تطبيق مصادقة
security-setup-code = الرمز من التطبيق
security-setup-confirm = تفعيل
security-code-wrong = هذا الرمز ليس ما يعرضه التطبيق الآن. تحقّق من المفتاح ومن ضبط ساعة الجهاز، ثم جرّب أحدث رمز.
security-totp-on = تطبيق المصادقة مفعّل.
security-removed = تمت إزالة تطبيق المصادقة ورموز الاسترداد.
security-codes-heading = رموز الاسترداد الخاصة بك
security-codes-once = احتفظ بها في مكان آمن، بعيدًا عن هاتفك. يتيح لك كل منها تسجيل الدخول مرة واحدة حين يتعذر عليك استخدام التطبيق. ولا تُعرض إلا الآن.
security-codes-new = تم إنشاء رموز استرداد جديدة؛ ولم تعد الرموز القديمة صالحة.
security-codes-left = { $count ->
    [zero] لم يتبقَّ أي رمز استرداد.
    [one] تبقّى رمز استرداد واحد.
    [two] تبقّى رمزا استرداد.
    [few] تبقّت { $count } رموز استرداد.
    [many] تبقّى { $count } رمز استرداد.
   *[other] تبقّى { $count } رمز استرداد.
}
security-codes-regenerate = إنشاء رموز استرداد جديدة
security-setup-qr = أو امسح هذا الرمز بالتطبيق.
security-passkeys-heading = مفاتيح المرور
security-passkeys-lead = يتيح لك مفتاح المرور تسجيل الدخول ببصمة جهازك أو وجهك أو قفل الشاشة بدلًا من كلمة المرور، ويعمل أيضًا خطوةً ثانية بعد كلمة المرور. ولا يعمل إلا على هذا الموقع، لذا لا يمكن سرقته بالتصيد الاحتيالي.
security-passkeys-none = لا توجد مفاتيح مرور بعد.
security-passkey-added-at = أُضيف
security-passkey-used-at = آخر استخدام
security-passkey-change = إعادة التسمية أو الإزالة
security-passkey-new-name = الاسم الجديد
security-passkey-rename = إعادة تسمية
security-passkey-remove = إزالة مفتاح المرور هذا
security-passkey-name = اسم مفتاح المرور الجديد
security-passkey-name-hint = اسم يميّزه لاحقًا، مثل «حاسوب العمل» أو «مفتاح الأمان الأزرق» (حتى 60 حرفًا).
security-passkey-add = إضافة مفتاح مرور
security-passkey-name-wrong = امنح مفتاح المرور اسمًا من 1 إلى 60 حرفًا.
security-passkey-too-many = بلغ هذا الحساب الحد الأقصى لعدد مفاتيح المرور (20). أزل واحدًا أولًا.
security-passkey-registered = مفتاح المرور هذا مسجَّل بالفعل.
security-passkey-failed = تعذّرت إضافة مفتاح المرور. حاول مرة أخرى؛ وإن عرض جهازك عدة خيارات، فاختر أحد مفاتيح المرور الخاصة به.
security-passkey-needs-script = تتطلب إضافة مفتاح مرور JavaScript، وهي معطّلة أو محظورة في هذا المتصفح. يعمل كل شيء آخر في هذه الصفحة من دونها.
security-passkey-added = تمت إضافة مفتاح المرور.
security-passkey-renamed = تمت إعادة تسمية مفتاح المرور.
security-passkey-removed = تمت إزالة مفتاح المرور؛ ولم يعد يتيح لك تسجيل الدخول.
passkey-needs-script = تتطلب مفاتيح المرور JavaScript، وهي معطّلة أو محظورة في هذا المتصفح؛ ويعمل باقي هذه الصفحة من دونها.
passkey-cancelled = أُلغي طلب مفتاح المرور أو انتهت مهلته. حاول مرة أخرى عندما تكون مستعدًا.
login-passkey = تسجيل الدخول بمفتاح مرور
login-passkey-failed = لم يُتح لك مفتاح المرور هذا تسجيل الدخول. استخدم مفتاح مرور أضفته لهذا الموقع، أو سجّل الدخول بكلمة المرور.
second-step-passkey = استخدام مفتاح مرور بدلًا من ذلك
second-step-expired = انقضت مهلة تسجيل الدخول هذا. سجّل الدخول مرة أخرى.
security-sign-ins-heading = عمليات تسجيل الدخول الأخيرة
security-sign-ins-none = لم تُسجَّل أي عمليات تسجيل دخول بعد.
security-sign-ins-when = متى
security-sign-ins-from = من العنوان
admin-security-title = أمان تسجيل الدخول
admin-security-required-heading = العامل الثاني مطلوب
admin-security-required-legend = يجب أن يكون للحسابات ذات هذه الأدوار عامل ثانٍ
admin-security-required-hint = يُوجَّه أي حساب من هذا النوع لا يملك عاملًا ثانيًا إلى إعداده مباشرة بعد تسجيل الدخول، ولا يمكنه فعل أي شيء آخر حتى يُعدّه. أما الحسابات التي تسجّل الدخول عبر تسجيل الدخول الموحّد فتتبع مزوّد الشركة بدلًا من ذلك.
admin-security-save = حفظ
admin-security-saved = تم الحفظ.
admin-security-reset-heading = إعادة تعيين العامل الثاني لشخص ما
admin-security-reset-lead = لمن فقد تطبيق المصادقة ورموز الاسترداد معًا: يزيل كل عوامل الحساب، فتكفي كلمة المرور وحدها لتسجيل دخوله مجددًا (وقد يطلب منه دوره إعداد عامل). يُبلَّغ صاحب الحساب عبر البريد الإلكتروني، ويُسجَّل ذلك في سجل التدقيق.
admin-security-reset = إعادة تعيين العامل الثاني
admin-security-reset-done = تمت إعادة تعيين العامل الثاني وإبلاغ صاحب الحساب عبر البريد الإلكتروني.
admin-security-no-account = لا يوجد حساب بهذا العنوان.
mail-factor-subject = تغيّر أمان تسجيل الدخول لديك
mail-factor-totp-added = تم إعداد تطبيق مصادقة لحسابك. يطلب تسجيل الدخول الآن رمزًا منه بعد كلمة المرور.
mail-factor-totp-removed = تمت إزالة تطبيق المصادقة من حسابك، مع رموز الاسترداد الخاصة به. كلمة المرور وحدها تكفي الآن لتسجيل دخولك.
mail-factor-codes = تم إنشاء رموز استرداد جديدة لحسابك؛ ولم تعد الرموز القديمة صالحة.
mail-factor-reset = أعاد فريق البرنامج تعيين العامل الثاني لحسابك: أُزيلت تطبيقات المصادقة ورموز الاسترداد ومفاتيح المرور، وكلمة المرور وحدها تكفي الآن لتسجيل دخولك.
mail-factor-passkey-added = تمت إضافة مفتاح مرور إلى حسابك. يتيح لك تسجيل الدخول بمفرده، وخطوةً ثانية بعد كلمة المرور.
mail-factor-passkey-renamed = تمت إعادة تسمية أحد مفاتيح المرور في حسابك. نُبلغك بكل تغيير في طريقة تسجيل دخولك.
mail-factor-passkey-removed = تمت إزالة مفتاح مرور من حسابك؛ ولم يعد يتيح لك تسجيل الدخول.
mail-factor-advice = إن لم تكن أنت، فاختر كلمة مرور جديدة فورًا وأبلغ فريق البرنامج.
mail-factor-action = مراجعة أمان تسجيل الدخول

## Promotion, spotlight and digest (issue 14)
promotion-title = الترويج
promotion-lead = اطلب من البرنامج تعزيز انتشار عملك: في ركن الأضواء على الصفحة الرئيسية، أو في النشرة، أو على حسابات البرنامج في وسائل التواصل الاجتماعي. يحدد الموظفون موعده أو يوضحون لك سبب الرفض.
promotion-ask = طلب ترويج
promotion-no-works = يبدأ الترويج من مساهمة عامة في سجلك (المحاضرة القادمة تُحتسب: سجّلها بتاريخها).
promotion-contribution = المساهمة
promotion-contribution-choose = اختر إحدى مساهماتك
promotion-contribution-hint = المحاضرة القادمة مساهمة بتاريخ مستقبلي.
promotion-channels = القنوات
promotion-channel-spotlight = ركن الأضواء على الصفحة الرئيسية
promotion-channel-digest = النشرة
promotion-channel-social = حسابات التواصل الاجتماعي
promotion-from = اليوم الأول
promotion-until = اليوم الأخير
promotion-note = ملاحظة لفريق البرنامج
promotion-note-hint = لمن هي، ولماذا الآن. اختياري.
promotion-submit = إرسال الطلب
promotion-requests = طلباتك
promotion-none = لم تطلب أي ترويج بعد.
promotion-stage = الحالة
promotion-actions = الإجراءات
promotion-wanted = المطلوب:
promotion-granted = المُعتمد:
promotion-reason = السبب:
promotion-withdraw = سحب
promotion-requested = طلبك لدى فريق البرنامج. ستصلك رسالة عندما يتخذون قرارهم.
promotion-withdrawn = تم سحب الطلب.
promotion-not-yours = اختر إحدى مساهماتك العامة.
promotion-already-waiting = يوجد بالفعل طلب قيد الانتظار لهذه المساهمة.
promotion-refusal-decided = صدر القرار بشأن هذا الطلب بالفعل (ربما قبل لحظات)؛ تعرض الصفحة حالته الحالية.
promotion-refusal-not-approved = لا يملك جدولًا زمنيًا قابلًا للتغيير أو الإلغاء إلا الطلب المعتمد.
promotion-stage-pending = بانتظار فريق البرنامج
promotion-stage-scheduled = مجدول
promotion-stage-live = تحت الأضواء الآن
promotion-stage-ended = انتهى
promotion-stage-declined = مرفوض
promotion-stage-withdrawn = مسحوب
promotion-queue-title = طلبات الترويج
promotion-queue-empty = لا توجد طلبات ترويج بعد.
promotion-hero = البطل
promotion-window = الفترة
promotion-approve = اعتماد وجدولة
promotion-reschedule = تغيير الجدول الزمني
promotion-decline = رفض
promotion-cancel = إخراج من الأضواء
promotion-starts = يبدأ (بالتوقيت المحلي)
promotion-ends = ينتهي (بالتوقيت المحلي)
promotion-zone = المنطقة الزمنية
promotion-zone-hint = اسم IANA مثل Europe/Berlin؛ وUTC إذا تُرك فارغًا.
promotion-saved = تم الحفظ؛ وأُبلغ البطل.
mail-promotion-approved-subject = الترويج لـ «{ $title }»
mail-promotion-approved = سيُروَّج لـ «{ $title }» على { $channels }، { $window }.
mail-promotion-rescheduled = تغيّر موعد الترويج لـ «{ $title }»: { $channels }، { $window }.
mail-promotion-declined-subject = بشأن طلب الترويج لـ «{ $title }»
mail-promotion-declined = رفض فريق البرنامج الترويج لـ «{ $title }»: { $reason }
mail-promotion-cancelled = أخرج فريق البرنامج «{ $title }» من الأضواء: { $reason }
spotlight-title = تحت الأضواء
spotlight-lead = أعمال يعزز البرنامج انتشارها الآن.
spotlight-empty = لا شيء تحت الأضواء الآن.
spotlight-all = كل ما هو تحت الأضواء
spotlight-feeds = تابع ركن الأضواء:
digest-archive-title = النشرة
digest-archive-lead = كل شهر، أو كل أسبوع أو ربع سنة حسب اختيار البرنامج: الأبطال الجدد، والأعمال التي سلّط البرنامج الضوء عليها، والمساهمات الأوسع وصولًا في كل تخصص.
digest-subscribe-title = احصل عليها عبر البريد الإلكتروني
digest-subscribe-email = عنوان البريد الإلكتروني
digest-subscribe-hint = نرسل رابطًا للتأكيد. تتضمن كل نشرة رابطًا لإلغاء الاشتراك بنقرة واحدة.
digest-subscribe-submit = اشتراك
digest-check-inbox = تحقّق من صندوق الوارد: يبدأ الاشتراك عند فتح الرابط الذي أرسلناه.
digest-past = النشرات السابقة
digest-none = لا توجد نشرات بعد.
digest-new-heroes = الأبطال الجدد
digest-spotlighted = تحت الأضواء
digest-most-reached = الأوسع وصولًا في { $specialization }
digest-empty = فترة هادئة: لا جديد يُذكر.
digest-title-of = نشرة Heroes، { $month }
digest-confirm-title = أكّد اشتراكك
digest-confirm-body = اضغط الزر لتصلك النشرة على هذا العنوان.
digest-confirm-action = تأكيد
digest-confirmed-title = تم الاشتراك
digest-confirmed = ستصلك النشرة التالية.
digest-link-invalid-title = هذا الرابط لا يعمل
digest-link-invalid = الرابط غير مكتمل أو أن اشتراكه لم يعد موجودًا. اشترك مجددًا من صفحة النشرة.
digest-unsubscribe-title = إلغاء الاشتراك في النشرة
digest-unsubscribe-body = اضغط الزر ولن تصل أي نشرة أخرى إلى هذا العنوان.
digest-unsubscribe-action = إلغاء الاشتراك
digest-unsubscribed-title = تم إلغاء الاشتراك
digest-unsubscribed = لن تصل أي نشرة أخرى إلى هذا العنوان.
digest-account-title = النشرة
digest-account-is-on = تصلك النشرة عبر البريد الإلكتروني.
digest-account-is-off = لا تصلك النشرة.
digest-account-start = الحصول على النشرة
digest-account-stop = إيقاف النشرة
digest-account-on = ستصلك النشرة التالية.
digest-account-off = لن تصلك أي نشرة أخرى.
digest-account-verify = أكّد عنوان بريدك الإلكتروني أولًا (راجع صفحة حسابك).
digest-admin-title = النشرات
digest-subscribers = { $count ->
    [zero] لا يوجد مشتركون
    [one] مشترك واحد
    [two] مشتركان
    [few] { $count } مشتركون
    [many] { $count } مشتركًا
   *[other] { $count } مشترك
}
digest-draft-now = إعداد مسودة نشرة هذه الفترة الآن
digest-draft-exists = لهذه الفترة نشرة بالفعل.
digest-col-title = النشرة
digest-col-state = الحالة
digest-col-sent = تاريخ الإرسال
digest-state-draft = مسودة
digest-state-sending = جارٍ الإرسال
digest-state-sent = أُرسلت
digest-intro = المقدمة
digest-intro-hint = Markdown. تُعرض قبل الأقسام، على الويب وفي الرسالة.
digest-save = حفظ المقدمة
digest-saved = تم حفظ المقدمة.
digest-send = الإرسال إلى جميع المشتركين
digest-sending = النشرة في طريقها إلى جميع المشتركين.
digest-not-draft = أُرسلت هذه النشرة بالفعل.
digest-preview = معاينة
mail-digest-confirm-subject = أكّد اشتراكك في نشرة Heroes
mail-digest-confirm-body = طلب أحدهم (ونأمل أن تكون أنت) تلقي نشرة Heroes على هذا العنوان. افتح الرابط للتأكيد.
mail-digest-confirm-action = تأكيد الاشتراك
mail-digest-confirm-footer = إن لم تكن أنت، فتجاهل هذه الرسالة: لن يُرسل شيء من دون تأكيدك.
mail-digest-read-online = اقرأها على الويب
mail-digest-footer = تصلك هذه النشرة لأنك اشتركت فيها. ألغِ الاشتراك بنقرة واحدة: { $link }
admin-home-promotion-waiting = { $count ->
    [zero] لا توجد طلبات ترويج بالانتظار
    [one] طلب ترويج واحد بالانتظار
    [two] طلبا ترويج بالانتظار
    [few] { $count } طلبات ترويج بالانتظار
    [many] { $count } طلبًا للترويج بالانتظار
   *[other] { $count } طلب ترويج بالانتظار
}
admin-area-promotion = الترويج
admin-area-promotion-hint = اعتماد طلبات الأبطال للظهور في ركن الأضواء والنشرة ووسائل التواصل الاجتماعي أو جدولتها أو رفضها.
admin-area-digests = النشرات
admin-area-digests-hint = معاينة النشرة الشهرية وكتابة مقدمتها وإرسالها.
## Product feedback and office hours (issue 13)
admin-area-product-areas = مجالات المنتجات
admin-area-product-areas-hint = مجالات المنتجات التي يرسل إليها الأبطال ملاحظاتهم، ومسؤولوها، ومدى سرعة استجابة كل منها.
product-areas-title = مجالات المنتجات
product-areas-lead = يرسل الأبطال ملاحظاتهم إلى مجال منتج ما؛ ويُبلَّغ مسؤولوه بكل عنصر جديد. تُحسب القيم الوسيطة من وقت الإرسال حتى أول رد من الفريق أو تغيير في الحالة، وحتى الإطلاق أو الرفض أو التصنيف كمكرر.
product-areas-none = لا توجد مجالات منتجات بعد. أضف أولها أدناه.
product-areas-name = الاسم
product-areas-slug = العنوان
product-areas-slug-hint = أحرف لاتينية صغيرة وأرقام وشرطات؛ يُستخدم في عوامل تصفية القائمة.
product-areas-slug-taken = هذا العنوان لمجال منتج آخر.
product-areas-description = الوصف (Markdown)
product-areas-owners = المسؤولون
product-areas-owners-hint = عناوين البريد الإلكتروني لأعضاء فريق العمل، عنوان في كل سطر.
product-areas-owner-unknown = { $email } ليس عنوانًا لأحد أعضاء فريق العمل.
product-areas-open = العناصر المفتوحة
product-areas-first-answer = الوقت الوسيط حتى أول رد
product-areas-resolution = الوقت الوسيط حتى الحل
product-areas-no-answers = لا شيء بعد
product-areas-actions = الإجراءات
product-areas-edit = تعديل
product-areas-edit-label = تعديل { $name }
product-areas-edit-heading = تعديل مجال المنتج
product-areas-new = إضافة مجال منتج
product-areas-save = حفظ
product-areas-cancel = إلغاء
product-areas-saved = تم الحفظ.
duration-days = { $count ->
    [zero] 0 يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
duration-hours = { $count ->
    [zero] 0 ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
duration-minutes = { $count ->
    [zero] 0 دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
feedback-title = ملاحظات المنتجات
feedback-lead = أخبر فرق المنتجات بما ينجح وما لا ينجح وما ينقص. يُرد على كل عنصر، وتُبلَّغ بكل تغيير.
feedback-new = إرسال ملاحظة
feedback-back = العودة إلى ملاحظات المنتجات
feedback-mine = ما أرسلته
feedback-mine-none = لم ترسل أي شيء بعد.
feedback-followed = ما تتابعه
feedback-followed-none = لا تتابع أي عناصر.
feedback-shared = ما شاركه أبطال آخرون
feedback-shared-none = لم يشارك أي بطل آخر عنصرًا مفتوحًا.
feedback-col-title = العنوان
feedback-col-area = مجال المنتج
feedback-col-kind = النوع
feedback-col-state = الحالة
feedback-col-votes = وأنا أيضًا
feedback-col-filed = تاريخ الإرسال
feedback-no-areas = لا توجد مجالات منتجات بعد.
feedback-area = مجال المنتج
feedback-choose = اختر…
feedback-choose-area = اختر مجال منتج.
feedback-field-title = العنوان
feedback-field-kind = النوع
feedback-field-body = ما الذي حدث
feedback-field-body-hint = Markdown: الخطوات، وما توقعته، وما رأيته.
feedback-field-impact = الأثر
feedback-field-impact-hint = بكلماتك: من المتأثر وما الذي يكلفه ذلك.
feedback-field-links = الروابط
feedback-field-links-hint = حتى خمسة عناوين (مثال لإعادة إنتاج المشكلة، أو بلاغ، أو تدوينة)، عنوان في كل سطر.
feedback-field-shared = يمكن لأبطال آخرين رؤية هذا العنصر وإضافة «وأنا أيضًا»
feedback-submit = إرسال الملاحظة
feedback-kind-bug = خلل
feedback-kind-feature-request = طلب ميزة
feedback-kind-documentation = التوثيق
feedback-kind-other = أخرى
feedback-state-new = جديد
feedback-state-acknowledged = تم الاستلام
feedback-state-planned = مخطط له
feedback-state-in-progress = قيد التنفيذ
feedback-state-shipped = تم الإطلاق
feedback-state-declined = مرفوض
feedback-state-duplicate = مكرر
feedback-transition-acknowledge = تأكيد الاستلام
feedback-transition-plan = التخطيط
feedback-transition-start = بدء العمل
feedback-transition-ship = الإطلاق
feedback-transition-decline = رفض
feedback-transition-duplicate = وضع علامة «مكرر»
feedback-refusal-closed = هذا العنصر مغلق؛ ولم يعد من الممكن تغيير حالته.
feedback-refusal-not-acknowledged = أكّد استلام العنصر أولًا.
feedback-refusal-already-past = العنصر في هذه الحالة بالفعل أو تجاوزها.
feedback-refusal-stale = غيّر أحدهم حالة هذا العنصر في هذه الأثناء؛ راجع حالته مجددًا.
feedback-decline-needs-reason = اذكر سبب الرفض.
feedback-duplicate-needs-original = أدخل رقم عنصر آخر ليس مكررًا بدوره.
feedback-notice-filed = تم الإرسال. أُبلغ فريق المنتج، وستُبلَّغ بكل تغيير.
feedback-notice-sent = تم الإرسال.
feedback-notice-noted = تم حفظ الملاحظة؛ ولا يراها إلا الفريق.
feedback-notice-moved = تغيّرت الحالة؛ وأُبلغ صاحب العنصر والمتابعون.
feedback-visibility = يراه
feedback-visibility-shared = أنت والأبطال الآخرون وفريق البرنامج
feedback-visibility-private = أنت وفريق البرنامج
feedback-duplicate-of = مكرر للعنصر رقم
feedback-duplicate-hint = فقط مع «وضع علامة مكرر»: يصبح متابعوه عندها متابعين لذلك العنصر.
feedback-team-note = ملاحظة الفريق
feedback-vote = وأنا أيضًا
feedback-unvote = سحب «وأنا أيضًا»
feedback-follow = متابعة
feedback-unfollow = إلغاء المتابعة
feedback-thread = المحادثة
feedback-thread-empty = لم يُكتب شيء بعد.
feedback-from-team = فريق البرنامج
feedback-internal-note = ملاحظة للموظفين فقط
feedback-moved-to = الحالة: { $state }
feedback-deleted-account = حساب محذوف
feedback-reply = ردك
feedback-send = إرسال
feedback-queue-title = قائمة الملاحظات
feedback-queue-back = العودة إلى القائمة
feedback-queue-count = { $count ->
    [zero] لا توجد عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}
feedback-filter-any = الكل
feedback-filter-age = تاريخ الإرسال
feedback-filter-older = { $count ->
    [zero] منذ أكثر من 0 يوم
    [one] منذ أكثر من يوم واحد
    [two] منذ أكثر من يومين
    [few] منذ أكثر من { $count } أيام
    [many] منذ أكثر من { $count } يومًا
   *[other] منذ أكثر من { $count } يوم
}
feedback-filter-apply = عرض
feedback-sort = الترتيب
feedback-sort-votes = الأكثر «وأنا أيضًا»
feedback-sort-oldest = الأقدم أولًا
feedback-sort-newest = الأحدث أولًا
feedback-author = أرسله
feedback-followers = المتابعون
feedback-answer = الرد
feedback-message = الرسالة (Markdown)
feedback-internal-choice = ملاحظة للموظفين فقط (لا يراها صاحب العنصر أبدًا)
feedback-change-state = تغيير الحالة
feedback-next-state = الحالة الجديدة
feedback-note = ملاحظة لصاحب العنصر والمتابعين
feedback-note-hint = مطلوبة عند الرفض؛ وتُرسل مع الحالة (اذكر ما الذي أُطلق وأين).
feedback-move = تغيير الحالة
feedback-mail-filed-subject = ملاحظة جديدة في { $area }: { $title }
feedback-mail-filed-body = أرسل أحد الأبطال ملاحظة إلى { $area }، وأنت مسؤول عنه. يُرجى تأكيد استلامها.
feedback-mail-answered-subject = رد جديد على «{ $title }»
feedback-mail-answered-body = يوجد رد جديد في المحادثة.
feedback-mail-moved-subject = «{ $title }» الآن: { $state }
feedback-mail-moved-body = الملاحظة «{ $title }» الآن: { $state }.
feedback-mail-note = ملاحظة الفريق: { $note }
office-hours-title = الساعات المكتبية
office-hours-lead = نصف ساعة مع أحد أعضاء فريق منتج: احجز موعدًا متاحًا، وستحصل على ملف تقويم وتذكير قبل الموعد بيوم.
office-hours-booked = حجوزاتك
office-hours-booked-none = لم تحجز أي موعد.
office-hours-free = المواعيد المتاحة
office-hours-free-none = لا توجد مواعيد متاحة حاليًا.
office-hours-minutes = { $count ->
    [zero] 0 دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
office-hours-with = مع { $name }
office-hours-join = الانضمام إلى المكالمة
office-hours-ics = إضافة إلى التقويم (.ics)
office-hours-cancel = إلغاء
office-hours-cancel-label = إلغاء موعد { $when }
office-hours-book = حجز
office-hours-book-label = حجز موعد { $when }
office-hours-notice-booked = تم الحجز. ملف التقويم أدناه؛ وستُذكَّر قبل الموعد بيوم.
office-hours-notice-taken = سبقك شخص آخر إلى حجز هذا الموعد. اختر موعدًا آخر.
office-hours-notice-past = بدأ هذا الموعد بالفعل؛ اختر موعدًا آخر.
office-hours-notice-cancelled = تم الإلغاء؛ وأصبح الموعد متاحًا للآخرين.
office-hours-notice-published = تم النشر.
office-hours-staff-title = ساعاتك المكتبية
office-hours-yours = مواعيدك
office-hours-yours-none = لم تنشر أي موعد.
office-hours-booked-by = حجزه { $name }
office-hours-open = متاح
office-hours-publish = نشر موعد
office-hours-starts = يبدأ (بالتوقيت المحلي)
office-hours-zone = المنطقة الزمنية
office-hours-zone-hint = منطقة زمنية بصيغة IANA مثل Europe/Berlin أو America/New_York.
office-hours-length = المدة بالدقائق
office-hours-link = رابط المكالمة
office-hours-ics-summary = ساعة مكتبية: { $area }
office-hours-ics-description = الانضمام: { $link }
office-hours-mail-reminder-subject = اقترب موعد ساعتك المكتبية في { $area }
office-hours-mail-reminder-body = تبدأ ساعتك المكتبية في { $area } { $starts }. انضم عبر { $link }.
## Credits
credits-title = أرصدتك
credits-available = المتاح للطلب
credits-held = المحجوز لطلبات بانتظار القرار
credits-request-title = طلب أرصدة
credits-purpose = الغرض
credits-purpose-workshop = ورشة عمل
credits-purpose-demo = عرض توضيحي أو محاضرة
credits-purpose-open-source = مشروع مفتوح المصدر
credits-purpose-other = شيء آخر (اذكره في الملاحظة)
credits-amount = المبلغ ({ $unit })
credits-amount-hint = عدد صحيح. يُحجز من رصيدك حتى يتخذ الموظفون قرارهم.
credits-note = الغرض منه
credits-request-submit = إرسال الطلب
credits-requested = تم إرسال طلبك؛ ويُحجز مبلغه حتى يتخذ الموظفون قرارهم.
credits-withdrawn = تم سحب طلبك وعاد مبلغه إلى رصيدك.
credits-requests = طلباتك
credits-no-requests = لا توجد طلبات بعد.
credits-col-requested = تاريخ الطلب
credits-col-amount = المبلغ
credits-col-state = الحالة
credits-col-actions = الإجراءات
credits-col-code = الرمز
credits-col-value = القيمة
credits-col-expires = تاريخ الانتهاء
credits-col-reveals = مرات الكشف
credits-col-date = التاريخ
credits-col-entry = القيد
credits-col-hero = البطل
credits-col-balance = الرصيد الحالي
credits-col-decision = القرار
credits-col-specialization = التخصص
credits-col-quarter = الربع
credits-col-codes = الرموز
credits-approved-amount = المعتمد: { $amount }
credits-state-requested = بانتظار القرار
credits-state-approved = معتمد
credits-state-partly-approved = معتمد جزئيًا
credits-state-declined = مرفوض
credits-state-withdrawn = مسحوب
credits-withdraw = سحب
credits-codes = رموزك
credits-codes-lead = تبقى الرموز مخفية حتى تكشف أحدها؛ ويُسجَّل كل كشف. لا يمكن لأحد غيرك رؤيتها.
credits-no-codes = لم تُصدر لك أي رموز بعد.
credits-code-hidden = رمز مخفي
credits-reveals = { $count ->
    [zero] أبدًا
    [one] مرة واحدة
    [two] مرتان
    [few] { $count } مرات
    [many] { $count } مرة
   *[other] { $count } مرة
}
credits-reveal = كشف
credits-history = السجل
credits-no-history = لم يطرأ أي تغيير على رصيدك بعد.
credits-entry-allotment = المخصص السنوي
credits-entry-hold = محجوز لطلب
credits-entry-issue = إصدار رمز
credits-entry-release = فك الحجز
credits-entry-expiry = انتهاء الصلاحية
credits-entry-revocation = إبطال
credits-request-ref = الطلب رقم { $id }
credits-revealed-title = رمزك
credits-revealed-lead = انسخه الآن؛ فهذه الصفحة لا تُحفظ. يمكنك كشفه مرة أخرى في أي وقت، ويُسجَّل ذلك في كل مرة.
credits-back = العودة إلى أرصدتك
credits-refusal-decided = صدر القرار بشأن هذا الطلب بالفعل (ربما قبل لحظات من قِبل شخص آخر).
credits-refusal-more-than-requested = لا تعتمد أكثر من المبلغ المطلوب.
credits-refusal-balance = رصيدك لا يغطي هذا المبلغ.
credits-refusal-pool = لا يحتوي مخزون الرموز على رموز تشكّل هذا المبلغ. اعتمد مبلغًا مختلفًا، أو استورد رموزًا أولًا.
credits-mail-subject = طلب الأرصدة رقم { $id }
credits-mail-approved = تم اعتماد طلب الأرصدة: { $amount }. رموزك متاحة في حسابك.
credits-mail-partly = تم اعتماد طلب الأرصدة جزئيًا: { $amount } من أصل { $requested } طلبتها. رموزك متاحة في حسابك، وعاد الباقي إلى رصيدك.
credits-mail-declined = تم رفض طلب الأرصدة، وعاد مبلغه إلى رصيدك. السبب: { $reason }
credits-admin-title = الأرصدة
credits-admin-waiting = { $count ->
    [zero] لا توجد طلبات بانتظار القرار
    [one] طلب واحد بانتظار القرار
    [two] طلبان بانتظار القرار
    [few] { $count } طلبات بانتظار القرار
    [many] { $count } طلبًا بانتظار القرار
   *[other] { $count } طلب بانتظار القرار
}
credits-admin-unit = الوحدة
credits-admin-unit-label = الوحدة التي تُحتسب بها الأرصدة
credits-admin-unit-hint = مثل «USD من أرصدة الخدمات السحابية». المبالغ أعداد صحيحة من هذه الوحدة.
credits-admin-unit-saved = تم حفظ الوحدة.
credits-admin-save = حفظ
credits-admin-allotments = المخصصات لعام { $year }
credits-admin-year = السنة
credits-admin-show-year = عرض
credits-admin-allotment-col = المخصص ({ $unit })
credits-admin-allotments-saved = تم حفظ المخصصات.
credits-admin-exceptions = استثناءات لأشخاص
credits-admin-no-exceptions = لا توجد استثناءات هذا العام.
credits-admin-hero = البطل (الاسم الوارد في عنوان صفحته)
credits-admin-hero-hint = مثل ana-souza للصفحة ‎/heroes/ana-souza‎. يحل الاستثناء محل مخصص تخصصه.
credits-admin-no-such-hero = لا يوجد بطل بهذا الاسم في العنوان.
credits-admin-exception-saved = تم حفظ الاستثناء.
credits-admin-grant-title = منح مخصصات عام { $year }
credits-admin-grant-lead = يحصل كل بطل نشط لم يُمنح مخصص هذا العام بعد عليه الآن: استثناؤه، أو أكبر مخصص بين تخصصاته. المنح مرة أخرى لا يمنح أحدًا مرتين.
credits-admin-grant = منح مخصصات { $year }
credits-admin-granted = { $count ->
    [zero] لم يُمنح المخصص لأي بطل.
    [one] مُنح المخصص لبطل واحد.
    [two] مُنح المخصص لبطلين.
    [few] مُنح المخصص لـ { $count } أبطال.
    [many] مُنح المخصص لـ { $count } بطلًا.
   *[other] مُنح المخصص لـ { $count } بطل.
}
credits-admin-pool = مخزون الرموز
credits-admin-pool-left = { $count ->
    [zero] لا توجد رموز يمكن إصدارها (القيمة { $value }).
    [one] يمكن إصدار رمز واحد بقيمة { $value }.
    [two] يمكن إصدار رمزين بقيمة { $value }.
    [few] يمكن إصدار { $count } رموز بقيمة { $value }.
    [many] يمكن إصدار { $count } رمزًا بقيمة { $value }.
   *[other] يمكن إصدار { $count } رمز بقيمة { $value }.
}
credits-admin-file = ملف المخزون (CSV)
credits-admin-file-hint = رمز واحد في كل سطر: code,value,expiry ‏(YYYY-MM-DD)، مع صف عناوين أو من دونه. يُفحص كل سطر؛ وأي سطر خاطئ يمنع استيراد أي شيء. تبقى الرموز الموجودة في المخزون كما هي.
credits-admin-import = استيراد الرموز
credits-admin-file-missing = اختر ملف CSV يحتوي على رمز واحد على الأقل.
credits-admin-file-too-large = حجم الملف أكبر من 8 MB؛ قسّمه.
credits-admin-file-row = السطر { $line }، { $field }: { $problem }
credits-admin-file-rows = { $count ->
    [zero] لا توجد أسطر تحتاج إلى مراجعة.
    [one] سطر واحد يحتاج إلى مراجعة؛ لم يُستورد أي شيء.
    [two] سطران يحتاجان إلى مراجعة؛ لم يُستورد أي شيء.
    [few] { $count } أسطر تحتاج إلى مراجعة؛ لم يُستورد أي شيء.
    [many] { $count } سطرًا تحتاج إلى مراجعة؛ لم يُستورد أي شيء.
   *[other] { $count } سطر تحتاج إلى مراجعة؛ لم يُستورد أي شيء.
}
credits-queue-title = طلبات الأرصدة
credits-queue-open = { $count ->
    [zero] لا توجد طلبات بالانتظار
    [one] طلب واحد بالانتظار
    [two] طلبان بالانتظار
    [few] { $count } طلبات بالانتظار
    [many] { $count } طلبًا بالانتظار
   *[other] { $count } طلب بالانتظار
}
credits-queue-empty = لا توجد طلبات بانتظار القرار.
credits-queue-approve-amount = المبلغ المراد اعتماده
credits-queue-approve = اعتماد
credits-queue-reason = سبب الرفض
credits-queue-decline = رفض
credits-queue-recent = القرارات الأخيرة
credits-queue-none-decided = لم يُتخذ أي قرار بعد.
credits-queue-decided = صدر القرار بشأن الطلب رقم { $id }؛ وأُبلغ البطل صاحبه.
credits-reports-title = تقارير الأرصدة
credits-reports-csv = تنزيل التقارير بصيغة CSV
credits-report-spend = الإنفاق حسب التخصص والربع
credits-report-nothing = لا شيء لعرضه بعد.
credits-report-no-specialization = بلا تخصص
credits-report-expiring = الرموز التي تنتهي صلاحيتها حتى { $until }
credits-report-issued = صادرة
credits-report-in-pool = في المخزون
credits-report-pool = المتبقي في المخزون
credits-report-pool-empty = المخزون فارغ: استورد رموزًا قبل اعتماد الطلبات.
admin-home-credit-requests = { $count ->
    [zero] طلبات أرصدة بالانتظار
    [one] طلب أرصدة بالانتظار
    [two] طلبا أرصدة بالانتظار
    [few] طلبات أرصدة بالانتظار
    [many] طلبًا للأرصدة بالانتظار
   *[other] طلب أرصدة بالانتظار
}
admin-area-credits = الأرصدة
admin-area-credits-hint = الوحدة، والمخصصات السنوية والاستثناءات، ومخزون الرموز، والطلبات، والتقارير.
## User groups and events (issue 15)
nav-groups = المجموعات
nav-events = الفعاليات
groups-title = مجموعات المستخدمين
groups-lead = مجتمعات محلية وعبر الإنترنت حول تخصصات البرنامج، يديرها أعضاؤها.
groups-propose-link = اقتراح مجموعة
groups-filters = تصفية المجموعات
groups-country = الدولة
groups-region = المنطقة
groups-specialization = التخصص
groups-any = الكل
groups-with-coming = فقط التي لديها فعاليات قادمة
groups-filter = عرض
groups-count = { $count ->
    [zero] لا توجد مجموعات
    [one] مجموعة واحدة
    [two] مجموعتان
    [few] { $count } مجموعات
    [many] { $count } مجموعة
   *[other] { $count } مجموعة
}
groups-members = { $count ->
    [zero] لا يوجد أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
groups-coming-events = { $count ->
    [zero] لا توجد فعاليات قادمة
    [one] فعالية قادمة واحدة
    [two] فعاليتان قادمتان
    [few] { $count } فعاليات قادمة
    [many] { $count } فعالية قادمة
   *[other] { $count } فعالية قادمة
}
groups-online-only = عبر الإنترنت فقط
groups-back = جميع المجموعات
group-status-proposed = مقترحة، بانتظار الموافقة
group-status-active = نشطة
group-status-dormant = خاملة
group-status-closed = مغلقة
group-status-declined = مرفوضة
group-founded = تأسست في { $date }
group-leave = مغادرة المجموعة
group-join = الانضمام إلى المجموعة
group-edit = تعديل المجموعة
group-new-event = جدولة فعالية
group-sign-in-to-join = سجّل الدخول للانضمام إلى هذه المجموعة
group-leaders = القادة
group-specializations = التخصصات
group-links = الروابط
group-coming-events = الفعاليات القادمة
group-no-coming = لم تُجدول أي فعاليات بعد.
group-past-events = الفعاليات السابقة
group-no-past = لا توجد فعاليات سابقة.
group-calendar = الاشتراك في تقويم هذه المجموعة (.ics)
group-notice-saved = تم الحفظ.
group-notice-joined = مرحبًا بك: أنت عضو الآن.
group-notice-left = غادرت المجموعة.
group-notice-last-leader = تحتاج المجموعة إلى قائد: اجعل عضوًا آخر قائدًا أولًا.
group-notice-logo = تم حفظ الشعار.
group-notice-logo-removed = تمت إزالة الشعار.
group-logo-alt = شعار { $group }
group-logo-heading = الشعار
group-logo-current = شعار المجموعة كما يظهر في الدليل وعلى صفحتها.
group-logo-label = الشعار
group-logo-hint = JPEG أو PNG أو WebP بحجم يصل إلى 2 MB، وبأبعاد 32 × 32 بكسل على الأقل. نعيد تحجيمه إلى 256 بكسل، ونضع الأجزاء الشفافة على خلفية بيضاء، ونزيل كل ما هو مخفي في الملف.
group-logo-upload = رفع الشعار
group-logo-remove = إزالة الشعار
group-logo-missing = اختر ملف صورة أولًا.
group-logo-too-large = حجم هذا الملف أكبر من 2 MB. اختر ملفًا أصغر.
group-logo-unreadable = هذا الملف ليس صورة JPEG أو PNG أو WebP يمكننا قراءتها.
group-logo-too-small = هذه الصورة أصغر من 32 × 32 بكسل؛ وستبدو ضبابية.
group-notice-proposed = شكرًا لك: سيطّلع فريق البرنامج على اقتراحك. ستقود المجموعة بعد الموافقة عليها.
group-edit-title = تعديل { $group }
group-propose-title = اقتراح مجموعة مستخدمين
group-propose-lead = أخبرنا عن المجموعة. بعد أن يوافق عليها أحد المسؤولين، تظهر في الدليل وتتولى أنت قيادتها.
group-field-name = الاسم
group-field-city = المدينة
group-field-country = الدولة
group-choose-country = اختر دولة
group-field-online-only = تجتمع المجموعة عبر الإنترنت فقط
group-field-description = الوصف
group-field-description-hint = Markdown: يُحتفظ بالروابط والقوائم والتنسيقات.
group-field-links = الروابط
group-field-links-hint = عناوين ويب (https://…)، عنوان في كل سطر، 8 على الأكثر.
group-field-specializations = التخصصات
group-field-founded = تاريخ التأسيس (اختياري)
group-field-coordinates = موقع المدينة (اختياري، للخريطة)
group-field-latitude = خط العرض
group-field-longitude = خط الطول
group-field-status = الحالة
group-save = حفظ
group-propose = اقتراح المجموعة
group-members-heading = الأعضاء
group-leader = قائد
group-make-leader = تعيين قائدًا
group-unmake-leader = التنحي عن القيادة
group-make-leader-label = تعيين { $name } قائدًا
group-unmake-leader-label = إعادة { $name } عضوًا عاديًا
group-unknown-specialization = اختر التخصصات من القائمة.
group-name-taken = اختر اسمًا آخر: هذا الاسم مستخدم مرات كثيرة جدًا.
group-mail-approved-subject = تمت الموافقة على مجموعتك { $group }
group-mail-approved-body = وافق فريق البرنامج على { $group }. وهي الآن في الدليل، وأنت من يقودها: جدوِل أول فعالية لها من صفحة المجموعة.
group-mail-declined-subject = اقتراحك لمجموعة { $group }
group-mail-declined-body = لم يوافق فريق البرنامج على { $group } هذه المرة. رُدّ على هذه الرسالة إن أردت معرفة السبب.
admin-home-group-proposals = { $count ->
    [zero] اقتراحات مجموعات بالانتظار
    [one] اقتراح مجموعة بالانتظار
    [two] اقتراحا مجموعتين بالانتظار
    [few] اقتراحات مجموعات بالانتظار
    [many] اقتراحًا لمجموعات بالانتظار
   *[other] اقتراح مجموعة بالانتظار
}
admin-area-groups = مجموعات المستخدمين
admin-area-groups-hint = الموافقة على المجموعات التي يقترحها الأعضاء أو رفضها.
admin-area-program-events = فعاليات البرنامج
admin-area-program-events-hint = جدولة فعالية خاصة بالبرنامج نفسه.
admin-groups-title = اقتراحات المجموعات
admin-groups-none = لا توجد اقتراحات بالانتظار.
admin-groups-proposed-by = اقترحها { $name } ({ $email })
admin-groups-approve = موافقة
admin-groups-decline = رفض
admin-groups-approve-label = الموافقة على { $group }
admin-groups-decline-label = رفض { $group }
admin-groups-approved = تمت الموافقة؛ وأُبلغ صاحب الاقتراح.
admin-groups-declined = تم الرفض؛ وأُبلغ صاحب الاقتراح.
admin-groups-stale = سبق أن اتخذ أحدهم قرارًا بشأن هذا الاقتراح.
events-title = الفعاليات
events-lead = لقاءات ومؤتمرات وورش عمل وجلسات عبر الإنترنت ينظمها البرنامج ومجموعات المستخدمين التابعة له.
events-filters = تصفية الفعاليات
events-when = متى
events-coming = القادمة
events-past = السابقة
events-online = فقط التي لها رابط عبر الإنترنت
events-count = { $count ->
    [zero] لا توجد فعاليات
    [one] فعالية واحدة
    [two] فعاليتان
    [few] { $count } فعاليات
    [many] { $count } فعالية
   *[other] { $count } فعالية
}
event-kind-meetup = لقاء
event-kind-conference = مؤتمر
event-kind-workshop = ورشة عمل
event-kind-online-session = جلسة عبر الإنترنت
event-online = عبر الإنترنت
event-cancelled = ملغاة
event-of-the-program = فعالية من فعاليات البرنامج
event-kind = النوع
event-when-in = الموعد ({ $zone })
event-when-yours = الموعد (بمنطقتك الزمنية)
event-when-utc = الموعد (UTC)
event-venue = المكان
event-online-link = عبر الإنترنت
event-link-for-attendees = يُعرض الرابط للمشاركين المؤكَّدين.
event-places = المقاعد
event-going-of = { $going } من { $capacity } محجوزة
event-going = { $count ->
    [zero] لا أحد مشارك
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركون
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
event-waiting = { $count ->
    [zero] لا أحد في قائمة الانتظار
    [one] واحد في قائمة الانتظار
    [two] اثنان في قائمة الانتظار
    [few] { $count } في قائمة الانتظار
    [many] { $count } في قائمة الانتظار
   *[other] { $count } في قائمة الانتظار
}
event-attendance = الحضور
event-attended = { $count ->
    [zero] لم يحضر أحد
    [one] حضر شخص واحد
    [two] حضر شخصان
    [few] حضر { $count } أشخاص
    [many] حضر { $count } شخصًا
   *[other] حضر { $count } شخص
}
event-you-are-going = أنت مشارك.
event-you-are-waiting = أنت في قائمة الانتظار؛ وستصلك رسالة إذا توفر مقعد.
event-cancel-rsvp = لن أتمكن من الحضور في النهاية
event-leave-waitlist = مغادرة قائمة الانتظار
event-rsvp = سأحضر
event-sign-in-to-rsvp = سجّل الدخول لتأكيد حضورك
event-edit = تعديل الفعالية
event-check-in = قائمة تسجيل الحضور
event-speakers = المتحدثون
event-add-to-calendar = إضافة إلى تقويمي (.ics)
event-notice-saved = تم الحفظ.
event-notice-going = لديك مقعد. نراك هناك!
event-notice-waiting = الفعالية مكتملة: أنت في قائمة الانتظار، وستصلك رسالة إذا توفر مقعد.
event-notice-cancelled = تم التنازل عن مقعدك.
rsvp-refused-past = بدأت هذه الفعالية أو انتهت: لم تعد تقبل ردودًا.
rsvp-refused-deadline = انقضى الموعد النهائي لتأكيد الحضور في هذه الفعالية.
rsvp-refused-cancelled = أُلغيت هذه الفعالية.
rsvp-refused-not-coming = لم يكن لديك مقعد للتنازل عنه.
rsvp-refused-not-waiting = لا يمكن منح مقعد إلا لمن هو في قائمة الانتظار.
rsvp-state-going = مشارك
rsvp-state-waiting = في قائمة الانتظار
rsvp-state-cancelled = لن يحضر
event-new-title = جدولة فعالية
event-edit-title = تعديل الفعالية
event-field-title = العنوان
event-field-starts = البداية (بالتوقيت المحلي)
event-field-ends = النهاية (بالتوقيت المحلي)
event-field-time_zone = المنطقة الزمنية (IANA، مثل Europe/Berlin)
event-field-venue = المكان
event-field-online_url = الرابط عبر الإنترنت
event-field-capacity = السعة (فارغ: بلا حد)
event-field-rsvp_deadline = الموعد النهائي لتأكيد الحضور (بالتوقيت المحلي، اختياري)
event-field-link_for_attendees = عرض الرابط عبر الإنترنت للمشاركين المؤكَّدين فقط
event-field-kind = النوع
event-field-specialization = التخصص
event-field-description = الوصف (Markdown)
event-field-speakers = المتحدثون
event-field-speakers-hint = متحدث في كل سطر: عنوان صفحة البطل أو اسمه، أو اسم أي شخص | عنوان المحاضرة.
event-save = حفظ الفعالية
event-unknown-specialization = اختر تخصصًا من القائمة.
event-capacity-below-going = عدد المشاركين أكبر مما تسمح به هذه السعة.
event-mail-promoted-subject = توفر مقعد: أنت مشارك في { $event }
event-mail-promoted-body = مرحبًا { $name }، تنازل أحدهم عن مقعده في { $event }، وكنت الأول في قائمة الانتظار: المقعد لك.
event-mail-promoted-cancel = إن لم تتمكن من الحضور، فتنازل عن المقعد في صفحة الفعالية ليحصل عليه الشخص التالي.
check-in-title = تسجيل الحضور: { $event }
check-in-search = البحث بالاسم أو العنوان
check-in-find = بحث
check-in-count = { $count ->
    [zero] لا أحد مشارك
    [one] شخص واحد مشارك
    [two] شخصان مشاركان
    [few] { $count } أشخاص مشاركون
    [many] { $count } شخصًا مشاركًا
   *[other] { $count } شخص مشارك
}
check-in-list = المشاركون
check-in-name = الاسم
check-in-email = العنوان
check-in-present = حاضر
check-in-here = حضر
check-in-undo = تراجع
check-in-mark = تسجيل الحضور
check-in-undo-label = التراجع عن تسجيل حضور { $name }
check-in-mark-label = تسجيل حضور { $name }
calendar-title = فعالياتي وتقويمي
calendar-my-events = فعالياتي
calendar-none = ليس لديك فعاليات قادمة.
calendar-address = عنوان التقويم
calendar-address-lead = اشترك في هذا العنوان السري من تطبيق التقويم لديك لترى فعالياتك هناك. يستطيع أي شخص لديه العنوان رؤيتها: أنشئ عنوانًا جديدًا (فيتوقف القديم عن العمل) أو عطّله متى شئت.
calendar-address-once = هذه هي المرة الوحيدة التي يُعرض فيها العنوان: انسخه الآن.
calendar-address-exists = لديك عنوان تقويم. لن يُعرض مرة أخرى؛ أنشئ عنوانًا جديدًا إن فقدته.
calendar-address-make = إنشاء عنوان تقويمي
calendar-address-replace = إنشاء عنوان جديد (يتوقف القديم عن العمل)
calendar-address-revoke = تعطيل العنوان
calendar-mine-name = فعالياتي
calendar-waiting-summary = (قائمة الانتظار) { $event }
groups-map-title = { $count ->
    [zero] خريطة المجموعات: لا توجد مجموعات محددة
    [one] خريطة المجموعات: مجموعة واحدة محددة
    [two] خريطة المجموعات: مجموعتان محددتان
    [few] خريطة المجموعات: { $count } مجموعات محددة
    [many] خريطة المجموعات: { $count } مجموعة محددة
   *[other] خريطة المجموعات: { $count } مجموعة محددة
}
groups-map-caption = كل علامة تمثل مجموعة (اختر إحداها لفتحها)؛ أما المجموعات التي تجتمع عبر الإنترنت فقط والمجموعات التي ليس لها إحداثيات فمدرجة أدناه فقط. بيانات الخريطة: Natural Earth.
## Briefings under NDA (issue 13)
briefings-title = الإحاطات
briefings-lead = إحاطات سرية من فرق المنتجات. ما تراه هنا لك وحدك: لا تشاركه قبل أن يصبح علنيًا.
briefings-new = إحاطة جديدة
briefings-back = جميع الإحاطات
briefings-upcoming = القادمة
briefings-past = الإحاطات السابقة
briefings-none-upcoming = لا توجد إحاطات قادمة لك.
briefings-none-past = لا توجد إحاطات سابقة.
briefings-nda-waiting = { $count ->
    [zero] لا توجد إحاطات بانتظارك.
    [one] إحاطة واحدة بانتظارك بمجرد موافقتك على اتفاقية عدم الإفصاح الحالية.
    [two] إحاطتان بانتظارك بمجرد موافقتك على اتفاقية عدم الإفصاح الحالية.
    [few] { $count } إحاطات بانتظارك بمجرد موافقتك على اتفاقية عدم الإفصاح الحالية.
    [many] { $count } إحاطة بانتظارك بمجرد موافقتك على اتفاقية عدم الإفصاح الحالية.
   *[other] { $count } إحاطة بانتظارك بمجرد موافقتك على اتفاقية عدم الإفصاح الحالية.
}
briefings-nda-read = اقرأ اتفاقية عدم الإفصاح ووافق عليها
briefings-notice-created = تم نشر الإحاطة.
briefings-notice-calendar-revoked = لم يعد عنوان تقويمك يعمل.
briefings-notice-nda-accepted = شكرًا لك: وافقت على اتفاقية عدم الإفصاح.
briefings-calendar = تقويمك
briefings-calendar-lead = اشترك من تطبيق التقويم لديك في عنوان خاص يسرد الإحاطات التي رددت عليها. يستطيع أي شخص لديه العنوان رؤيتها، لذا احتفظ به لنفسك؛ ويمكنك استبداله أو إلغاؤه في أي وقت.
briefings-calendar-new = عنوان تقويمك (يُعرض الآن فقط، انسخه):
briefings-calendar-create = إنشاء عنوان تقويم
briefings-calendar-replace = استبدال عنوان التقويم
briefings-calendar-revoke = إلغاء عنوان التقويم
briefing-back = العودة إلى الإحاطة
briefing-embargo-label = محظور النشر.
briefing-embargo = لا يجوز مشاركة أي شيء من هذه الإحاطة قبل { $date }.
briefing-when = الموعد
briefing-minutes = { $count ->
    [zero] 0 دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
briefing-venue = المكان
briefing-seats = المقاعد
briefing-seats-taken = { $taken } من { $capacity } محجوزة
briefing-waiting = { $count ->
    [zero] لا يوجد أبطال بالانتظار
    [one] بطل واحد بالانتظار
    [two] بطلان بالانتظار
    [few] { $count } أبطال بالانتظار
    [many] { $count } بطلًا بالانتظار
   *[other] { $count } بطل بالانتظار
}
briefing-nda = إصدار اتفاقية عدم الإفصاح
briefing-edit = تعديل الإحاطة
briefing-manage = تأكيدات الحضور والحضور الفعلي وسجل الوصول
briefing-your-answer = ردك
briefing-rsvp-going = لديك مقعد.
briefing-rsvp-waiting = أنت في قائمة الانتظار.
briefing-you-run = أنت من يديرها
briefing-rsvp = سأحضر
briefing-join-waitlist = الانضمام إلى قائمة الانتظار
briefing-cancel = سحب ردي
briefing-join-link = الانضمام عبر الإنترنت
briefing-recording = مشاهدة التسجيل
briefing-ics = إضافة إلى التقويم (.ics)
briefing-agenda = جدول الأعمال
briefing-materials = المواد
briefing-notice-seated = لديك مقعد.
briefing-notice-waitlisted = الإحاطة مكتملة: أنت في قائمة الانتظار وستصلك رسالة إذا توفر مقعد.
briefing-notice-cancelled = تم سحب ردك.
briefing-notice-saved = تم حفظ الإحاطة.
briefing-notice-already = سبق أن رددت.
briefing-notice-attendance = تم حفظ الحضور.
briefing-notice-attendance-unmatched = { $count ->
    [zero] تم حفظ الحضور. طابقت جميع العناوين في الملف أبطالًا لهم مقاعد.
    [one] تم حفظ الحضور. عنوان واحد في الملف لم يطابق أي بطل له مقعد.
    [two] تم حفظ الحضور. عنوانان في الملف لم يطابقا أي بطل له مقعد.
    [few] تم حفظ الحضور. { $count } عناوين في الملف لم تطابق أي بطل له مقعد.
    [many] تم حفظ الحضور. { $count } عنوانًا في الملف لم تطابق أي بطل له مقعد.
   *[other] تم حفظ الحضور. { $count } عنوان في الملف لم تطابق أي بطل له مقعد.
}
briefing-import = استيراد الحضور
briefing-import-label = الحضور بصيغة CSV
briefing-import-hint = الصق قائمة المشاركين التي تصدّرها أداة الاجتماعات لديك. يُسجَّل الأبطال أصحاب المقاعد الذين تظهر عناوينهم فيها حاضرين، والآخرون غائبين.
briefing-import-submit = استيراد الحضور
briefing-unknown = لا يوجد شيء باسم «{ $value }».
briefing-field-title = العنوان
briefing-field-summary = الملخص
briefing-field-audience = الجمهور
briefing-audience-specializations = أبطال التخصصات أدناه
briefing-audience-all-heroes = كل بطل نشط
briefing-audience-named = الأبطال المذكورون أدناه
briefing-field-specializations = التخصصات
briefing-field-heroes = أبطال محددون بالاسم
briefing-field-heroes-hint = عناوين صفحاتهم (مثل ana-souza)، مفصولة بفواصل.
briefing-field-nda = إصدار اتفاقية عدم الإفصاح المطلوب
briefing-field-embargo = حظر النشر حتى
briefing-field-embargo-hint = اختياري. حتى هذا اليوم تعرض الإحاطة شريطًا تنبيهيًا: لا يجوز مشاركة أي شيء.
briefing-field-starts = البداية (بالتوقيت المحلي)
briefing-field-zone = المنطقة الزمنية
briefing-field-zone-hint = اسم IANA مثل Europe/Berlin أو America/New_York.
briefing-field-minutes = المدة بالدقائق
briefing-field-join = الرابط عبر الإنترنت
briefing-field-join-hint = يُعرض للأبطال المؤهلين فقط؛ وتُسجَّل كل نقرة. أدخل رابطًا أو مكانًا أو كليهما.
briefing-field-venue = المكان
briefing-field-capacity = المقاعد
briefing-field-agenda = جدول الأعمال
briefing-field-materials = المواد
briefing-field-recording = رابط التسجيل
briefing-save = حفظ الإحاطة
briefing-manage-title = إدارة «{ $title }»
briefing-rsvps = تأكيدات الحضور وقائمة الانتظار
briefing-rsvps-none = لم يرد أحد بعد.
briefing-who = من
briefing-answer = الرد
briefing-attended = الحضور
briefing-present = حضر
briefing-present-label = حضر { $name }
briefing-save-attendance = حفظ الحضور
briefing-access-log = سجل الوصول
briefing-access-log-none = لم يفتح أحد الإحاطة بعد.
briefing-what = ماذا
briefing-at = متى
briefing-viewed-page = الصفحة والمواد
briefing-viewed-join-link = رابط الانضمام
briefing-viewed-recording = التسجيل
briefing-viewed-calendar = ملف التقويم
field-markdown-hint = Markdown: روابط، قوائم، تنسيقات.
nda-title = اتفاقية عدم الإفصاح
nda-version = اتفاقية عدم الإفصاح، الإصدار { $version }
nda-effective = سارية منذ { $date }.
nda-accepted = وافقت على هذا الإصدار.
nda-accept = الموافقة على اتفاقية عدم الإفصاح
nda-accept-required = حدّد المربع للموافقة على اتفاقية عدم الإفصاح.
admin-nda-title = إصدارات اتفاقية عدم الإفصاح
admin-nda-lead = انشر إصدارًا جديدًا ليُطلب من كل بطل الموافقة عليه اعتبارًا من تاريخ سريانه؛ وتبقى الإحاطات التي تتطلبه مخفية عن الأبطال حتى يوافقوا.
admin-nda-published = تم نشر الإصدار.
admin-nda-label = الإصدار
admin-nda-effective = ساري اعتبارًا من
admin-nda-acceptances = الموافقات
admin-nda-new = نشر إصدار جديد
admin-nda-body = النص
admin-nda-publish = نشر
admin-nda-label-taken = يوجد إصدار بهذا الاسم بالفعل.
admin-nda-back = جميع إصدارات اتفاقية عدم الإفصاح
admin-nda-accepted-by = { $count ->
    [zero] لم يوافق عليه أحد
    [one] وافق عليه شخص واحد
    [two] وافق عليه شخصان
    [few] وافق عليه { $count } أشخاص
    [many] وافق عليه { $count } شخصًا
   *[other] وافق عليه { $count } شخص
}
admin-nda-who = من
admin-nda-when = متى
admin-nda-from = من العنوان
admin-area-nda = إصدارات اتفاقية عدم الإفصاح
admin-area-nda-hint = نشر إصدارات اتفاقية عدم الإفصاح ومعرفة من وافق على أيٍّ منها ومتى ومن أين.
admin-area-briefings = الإحاطات
admin-area-briefings-hint = إنشاء إحاطات بموجب اتفاقية عدم الإفصاح، والاطلاع على تأكيدات الحضور، وتسجيل الحضور، وقراءة سجل الوصول.
mail-briefing-seat-subject = المقعد لك: { $title }
mail-briefing-seat-body = توفر مقعد في الإحاطة «{ $title }» وهو لك. إن لم تتمكن من الحضور في النهاية، فاسحب ردك ليحصل عليه البطل التالي.
mail-briefing-digest-subject = { $count ->
    [zero] لا توجد إحاطات جديدة لك
    [one] إحاطة جديدة لك
    [two] إحاطتان جديدتان لك
    [few] { $count } إحاطات جديدة لك
    [many] { $count } إحاطة جديدة لك
   *[other] { $count } إحاطة جديدة لك
}
mail-briefing-digest-body = { $count ->
    [one] نُشرت إحاطة يمكنك حضورها:
   *[other] نُشرت إحاطات يمكنك حضورها:
}
mail-briefing-reminder-subject = غدًا: { $title }
mail-briefing-reminder-body = تذكير: تبدأ الإحاطة «{ $title }» { $start }. لديك مقعد.
## The private network and mentoring (issue 16)
network-title = شبكة الأبطال
network-lead = كل الأبطال الحاليين، مع بيانات التواصل التي يشاركونها مع الأبطال، وما يعملون عليه الآن، وما يمكن سؤالهم عنه. لا يرى هذه الصفحة إلا الأبطال وفريق البرنامج.
network-asks-link = الطلبات إلى الشبكة
network-card-link = بطاقتك في الشبكة
mentoring-home-link = الإرشاد
network-search-label = ابحث بالاسم أو الموضوع أو المكان أو ما يعمل عليه الشخص
network-filter-specialization = التخصص
network-filter-open = منفتح على
network-filter-any = الكل
network-open-cospeaking = التحدث المشترك
network-open-collaboration = التعاون
network-open-mentoring = الإرشاد
network-search-button = بحث
network-count = { $count ->
    [zero] لا يوجد أبطال
    [one] بطل واحد
    [two] بطلان
    [few] { $count } أبطال
    [many] { $count } بطلًا
   *[other] { $count } بطل
}
network-specializations = التخصصات
network-working-on = يعمل حاليًا على
network-ask-me-about = اسألني عن
network-languages = اللغات
network-timezone = المنطقة الزمنية
network-pages = الصفحات
network-previous = السابق
network-next = التالي
network-page-of = الصفحة { $page } من { $pages }
network-card-title = بطاقتك في الشبكة
network-card-lead = ما يراه الأبطال الآخرون عنك في الشبكة، إضافةً إلى ملفك الشخصي العام. تأتي بيانات التواصل من ملفك الشخصي، وتُعرض كل منها للجمهور الذي اخترته هناك.
network-card-saved = تم حفظ بطاقتك.
network-card-open = منفتح على
network-card-save = حفظ البطاقة
network-back = العودة إلى الشبكة
network-asks-title = الطلبات إلى الشبكة
network-asks-lead = اطلب من الأبطال الآخرين متحدثًا مشاركًا أو مراجعًا أو مكانًا أو أي شيء آخر. تصلك الردود عبر البريد الإلكتروني؛ أغلق الطلب حين تحصل على ما تحتاج إليه.
network-asks-none = لا توجد طلبات بعد.
network-answers-count = { $count ->
    [zero] لا توجد ردود
    [one] رد واحد
    [two] ردّان
    [few] { $count } ردود
    [many] { $count } ردًا
   *[other] { $count } رد
}
network-ask-state-closed = مغلق
network-ask-new = نشر طلب
network-ask-kind = ما تبحث عنه
network-ask-kind-co-speaker = متحدث مشارك
network-ask-kind-reviewer = مراجع
network-ask-kind-venue = مكان
network-ask-kind-other = شيء آخر
network-ask-title-label = في سطر واحد
network-ask-body = التفاصيل
network-markdown-hint = يمكنك استخدام Markdown هنا.
network-ask-post = نشر الطلب
network-ask-close = إغلاق هذا الطلب
network-answer-heading = الرد
network-answer-label = ردك
network-answer-submit = إرسال الرد
network-ask-closed = هذا الطلب مغلق؛ ولم يعد يقبل ردودًا.
network-asks-back = العودة إلى الطلبات
mail-ask-answered-subject = رد على طلبك: { $title }
mail-ask-answered = رد أحد أعضاء شبكة الأبطال على طلبك «{ $title }»:
mentoring-home-title = الإرشاد
mentoring-home-lead = اطلب من أحد الأبطال أن يكون مرشدك، وتابع علاقات الإرشاد الخاصة بك، وإن كنت بطلًا، فاعرض الإرشاد وأجب الأعضاء الذين يطلبونه.
mentoring-as-mentor = بصفتك مرشدًا
mentoring-offer-summary = { $count ->
    [zero] لا يوجد متدربون من أصل { $capacity }
    [one] متدرب واحد من أصل { $capacity }
    [two] متدربان من أصل { $capacity }
    [few] { $count } متدربون من أصل { $capacity }
    [many] { $count } متدربًا من أصل { $capacity }
   *[other] { $count } متدرب من أصل { $capacity }
}
mentoring-offer-open = متاح لمتدربين جدد
mentoring-offer-paused = متوقف مؤقتًا
mentoring-offer-edit = تغيير عرضك
mentoring-offer-start = عرض الإرشاد
mentoring-asks-heading = الأعضاء الذين طلبوك
mentoring-asks-none = لم يطلبك أحد بعد.
mentoring-ask-state-pending = بانتظار الرد
mentoring-ask-state-accepted = مقبول
mentoring-ask-state-declined = مرفوض
mentoring-ask-state-withdrawn = مسحوب
mentoring-accept = قبول
mentoring-decline = رفض
mentoring-mentorships-heading = علاقات الإرشاد
mentoring-mentorships-none = لا توجد علاقات إرشاد بعد.
mentoring-mentorship-line = { $mentor } يرشد { $mentee }
mentoring-sessions-count = { $count ->
    [zero] لا توجد جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $count } جلسات
    [many] { $count } جلسة
   *[other] { $count } جلسة
}
mentoring-ended = انتهت
mentoring-requests-heading = طلباتك للحصول على مرشد
mentoring-request-new = طلب مرشد
mentoring-request-state-open = يبحث عن مرشد
mentoring-request-state-matched = تمت المطابقة
mentoring-request-state-withdrawn = مسحوب
mentoring-notice-accepted = قبلت الطلب؛ وبدأت علاقة الإرشاد.
mentoring-notice-declined = تم إرسال ردك.
mentoring-notice-withdrawn = تم سحب طلبك.
mentoring-offer-title = عرض الإرشاد
mentoring-offer-lead = يراك الأعضاء الذين يطلبون مرشدًا ضمن الاقتراحات عندما تتوافق أعمالك أو عرضك أو ملفك الشخصي مع ما يريدون تعلمه، مع ذكر السبب.
mentoring-offer-saved = تم حفظ عرضك.
mentoring-topics = الموضوعات
mentoring-topics-hint = ما تقدم الإرشاد فيه، مثل «Lambda، التصميم القائم على الأحداث، التحدث أمام الجمهور».
mentoring-specializations = التخصصات
mentoring-languages = اللغات التي تلتقي بها
mentoring-languages-hint = رموز اللغات مفصولة بفواصل، مثل en، es، pt-BR.
mentoring-time-zones = المناطق الزمنية التي يمكنك الالتقاء فيها
mentoring-time-zones-hint = أسماء IANA مفصولة بفواصل، مثل Europe/Madrid، America/Bogota (خمسة على الأكثر).
mentoring-formats = الأشكال
mentoring-format-calls = مكالمات
mentoring-format-code-review = مراجعة الشيفرة
mentoring-format-career = نصائح مهنية
mentoring-capacity = عدد المتدربين في الوقت نفسه
mentoring-open-label = متاح لمتدربين جدد (ألغِ التحديد للإيقاف المؤقت؛ تستمر علاقات الإرشاد الجارية)
mentoring-offer-save = حفظ العرض
mentoring-capacity-below-taken = ترشد حاليًا عددًا أكبر من ذلك؛ أنهِ علاقة إرشاد أولًا أو أبقِ على رقم أعلى.
mentoring-back = العودة إلى الإرشاد
mentoring-request-title = طلب مرشد
mentoring-request-lead = اذكر ما تريد بلوغه وتعلمه؛ وسنقترح عليك أبطالًا يكتبون عنه ويتحدثون لغتك وتتوافق ساعاتهم مع ساعاتك، مع ذكر السبب لكل منهم.
mentoring-goals = أهدافك
mentoring-request-topics = الموضوعات المراد تعلمها
mentoring-language = اللغة
mentoring-language-hint = رمز لغة، مثل en أو es.
mentoring-time-zone = منطقتك الزمنية
mentoring-time-zone-hint = اسم IANA، مثل America/Bogota.
mentoring-request-submit = البحث عن مرشدين
mentoring-request-page-title = طلبك للحصول على مرشد
mentoring-asked-heading = المرشدون الذين طلبتهم
mentoring-suggestions-heading = المرشدون المقترحون
mentoring-suggestions-none = لا يوجد بعد مرشد لديه مكان شاغر يطابق هذه الموضوعات. جرّب كلمات أخرى، أو عد لاحقًا.
mentoring-choose-mentors = اختر مرشدًا واحدًا، أو حتى { $max }، من بين المقترحين
mentoring-already-asked = تم الطلب
mentoring-ask-submit = طلب المرشدين المختارين
mentoring-withdraw = سحب الطلب
mentoring-reason-posts = { $count ->
    [zero] لا توجد تدوينات عن { $topic }
    [one] تدوينة واحدة عن { $topic }
    [two] تدوينتان عن { $topic }
    [few] { $count } تدوينات عن { $topic }
    [many] { $count } تدوينة عن { $topic }
   *[other] { $count } تدوينة عن { $topic }
}
mentoring-reason-offers = يقدم الإرشاد في { $topic }
mentoring-reason-profile = يذكر الملف الشخصي { $topic }
mentoring-reason-speaks = يتحدث { $language }
mentoring-reason-hours = { $count ->
    [zero] لا توجد ساعات نهارية مشتركة
    [one] ساعة نهارية واحدة مشتركة
    [two] ساعتان نهاريتان مشتركتان
    [few] { $count } ساعات نهارية مشتركة
    [many] { $count } ساعة نهارية مشتركة
   *[other] { $count } ساعة نهارية مشتركة
}
mentoring-reason-places = { $count ->
    [zero] لا أماكن شاغرة من أصل { $capacity }
    [one] مكان واحد شاغر من أصل { $capacity }
    [two] مكانان شاغران من أصل { $capacity }
    [few] { $count } أماكن شاغرة من أصل { $capacity }
    [many] { $count } مكانًا شاغرًا من أصل { $capacity }
   *[other] { $count } مكان شاغر من أصل { $capacity }
}
mentoring-refusal-answered = تم الرد على هذا الطلب أو سحبه بالفعل.
mentoring-refusal-full = جميع أماكن هذا المرشد مشغولة.
mentoring-refusal-closed = وجد هذا الطلب مرشده بالفعل أو تم سحبه.
mentoring-refusal-ended = انتهت علاقة الإرشاد هذه، أو سبق أن تركت كلمتك.
mentoring-refusal-not-offering = لا يقبل هذا البطل متدربين حاليًا.
mentoring-refusal-paused = عرضك متوقف مؤقتًا، لذا لا تقبل متدربين حاليًا. أعد فتحه لقبول هذا الطلب؛ وسيبقى بالانتظار حتى ذلك الحين (أو ارفضه).
mentorship-title = علاقة الإرشاد
mentorship-since = منذ { $date }
mentorship-ended-on = انتهت في { $date }
mentorship-private = لا يرى هذه الصفحة إلا أنتما الاثنان؛ وتُحتسب الجلسات إرشادًا في جاهزية المرشد، من دون ملاحظاتها.
mentorship-goals = الأهداف
mentorship-log-heading = تسجيل جلسة
mentorship-held-on = التاريخ
mentorship-notes = الملاحظات (لا يراها إلا أنتما الاثنان)
mentorship-log-submit = تسجيل الجلسة
mentorship-words = كلمات الختام
mentorship-end-label = إنهاء علاقة الإرشاد بكلمة للطرف الآخر
mentorship-word-label = كلمتك الختامية
mentorship-end-submit = إنهاء علاقة الإرشاد
mentorship-word-submit = ترك كلمتك
mentorship-readiness-link = عرض جاهزيتك
mail-mentoring-asked-subject = يطلب منك { $member } أن ترشده
mail-mentoring-asked = يرغب { $member } في أن تكون مرشده في: { $topics }. أهدافه:
mail-mentoring-accepted-subject = سيرشدك { $mentor }
mail-mentoring-accepted = قبل { $mentor } طلبك: بدأت علاقة الإرشاد بينكما.
mail-mentoring-declined-subject = لا يستطيع { $mentor } إرشادك حاليًا
mail-mentoring-declined = رفض { $mentor } طلبك هذه المرة. يبقى طلبك مفتوحًا لمرشدين آخرين.
mail-mentorship-ended-subject = أنهى { $name } علاقة الإرشاد بينكما
mail-mentorship-ended = أنهى { $name } علاقة الإرشاد بينكما وترك هذه الكلمة:
admin-mentoring-title = الإرشاد
admin-mentoring-waiting = { $count ->
    [zero] لا توجد طلبات بالانتظار منذ أكثر من أسبوع
    [one] طلب واحد بالانتظار منذ أكثر من أسبوع
    [two] طلبان بالانتظار منذ أكثر من أسبوع
    [few] { $count } طلبات بالانتظار منذ أكثر من أسبوع
    [many] { $count } طلبًا بالانتظار منذ أكثر من أسبوع
   *[other] { $count } طلب بالانتظار منذ أكثر من أسبوع
}
admin-mentoring-member = العضو
admin-mentoring-since = تاريخ الطلب
admin-mentoring-pending = الطلبات بالانتظار
admin-mentoring-loads = عبء كل مرشد
admin-mentoring-no-mentors = لا يوجد بطل يعرض الإرشاد بعد.
admin-mentoring-mentor = المرشد
admin-mentoring-taken = المتدربون
admin-mentoring-state = العرض
admin-mentoring-months = المطابقات شهريًا
admin-mentoring-no-matches = لم تبدأ أي علاقة إرشاد خلال العام الماضي.
admin-mentoring-month = الشهر
admin-mentoring-matches = علاقات الإرشاد التي بدأت
admin-home-mentoring-waiting = { $count ->
    [zero] طلبات إرشاد بالانتظار منذ أكثر من أسبوع
    [one] طلب إرشاد بالانتظار منذ أكثر من أسبوع
    [two] طلبا إرشاد بالانتظار منذ أكثر من أسبوع
    [few] طلبات إرشاد بالانتظار منذ أكثر من أسبوع
    [many] طلبًا للإرشاد بالانتظار منذ أكثر من أسبوع
   *[other] طلب إرشاد بالانتظار منذ أكثر من أسبوع
}
admin-area-mentoring = الإرشاد
admin-area-mentoring-hint = الطلبات التي تنتظر مرشدًا، وعبء كل مرشد، والمطابقات شهريًا.

## Benefits II: pool imports from the web (job with progress)
credits-import-title = استيراد المخزون رقم { $id }
credits-import-progress = اكتمل { $done } من أصل { $total } من الصفوف
credits-import-running = الاستيراد قيد التشغيل؛ يُعاد تحميل هذه الصفحة كل بضع ثوانٍ.
credits-import-reload = إعادة التحميل الآن
credits-import-finished = اكتمل الاستيراد.
credits-import-added = { $count ->
    [zero] لم يُضف أي رمز إلى المخزون
    [one] أُضيف رمز واحد إلى المخزون
    [two] أُضيف رمزان إلى المخزون
    [few] أُضيفت { $count } رموز إلى المخزون
    [many] أُضيف { $count } رمزًا إلى المخزون
   *[other] أُضيف { $count } رمز إلى المخزون
}
credits-import-already = { $count ->
    [zero] لم يكن أي رمز موجودًا في المخزون مسبقًا
    [one] رمز واحد كان موجودًا في المخزون مسبقًا، بالقيمة وتاريخ الانتهاء نفسيهما (تُرك كما هو)
    [two] رمزان كانا موجودين في المخزون مسبقًا، بالقيمة وتاريخ الانتهاء نفسيهما (تُركا كما هما)
    [few] { $count } رموز كانت موجودة في المخزون مسبقًا، بالقيمة وتاريخ الانتهاء نفسيهما (تُركت كما هي)
    [many] { $count } رمزًا كانت موجودة في المخزون مسبقًا، بالقيمة وتاريخ الانتهاء نفسيهما (تُركت كما هي)
   *[other] { $count } رمز كانت موجودة في المخزون مسبقًا، بالقيمة وتاريخ الانتهاء نفسيهما (تُركت كما هي)
}
credits-import-refused = { $count ->
    [zero] لم يُرفض أي صف
    [one] رُفض صف واحد
    [two] رُفض صفان
    [few] رُفضت { $count } صفوف
    [many] رُفض { $count } صفًا
   *[other] رُفض { $count } صف
}
credits-import-refused-title = الصفوف المرفوضة
credits-import-col-line = السطر
credits-import-col-reason = السبب
credits-import-other-terms = هذا الرمز موجود في المخزون بالفعل بقيمة أو تاريخ انتهاء مختلفين؛ ويحتفظ المخزون بالرمز الموجود لديه.
credits-admin-imports = عمليات الاستيراد الأخيرة
credits-admin-import-line = { $when }: { $done } من أصل { $total } من الصفوف، أُضيف منها { $added }

## Benefits II: the digest's period
digest-title-week = نشرة Heroes، أسبوع { $day }
digest-title-quarter = نشرة Heroes، { $quarter }
digest-cadence-title = عدد مرات الإصدار
digest-cadence-label = إعداد مسودة نشرة
digest-cadence-hint = تُعدّ المهمة مسودة نشرة كل فترة عند انتهائها؛ ويسري أي تغيير اعتبارًا من الفترة التالية التي تُعدّ مسودتها.
digest-cadence-weekly = كل أسبوع
digest-cadence-monthly = كل شهر
digest-cadence-quarterly = كل ربع سنة
digest-cadence-save = حفظ
digest-cadence-saved = تم حفظ فترة النشرة.
credits-entry-restoration = استعادة (أُلغي النقل إلى الأبطال السابقين)
## Briefing files, product areas of briefings, feedback from briefings (issue 13)
briefing-files = الملفات
briefing-files-none = لا توجد ملفات بعد.
briefing-file-download = تنزيل { $name }
briefing-file-size-kb = { $size } KB
briefing-file-size-mb = { $size } MB
briefing-file-add = إضافة ملف
briefing-file-label = الملف
briefing-file-hint = PDF أو PNG أو JPEG أو WebP أو PowerPoint أو Word أو Excel أو نص (.txt و.md و.csv)؛ بحجم { $max } MB على الأكثر. يُتحقق من النوع بناءً على المحتوى لا الاسم. يُنزّله الأبطال المؤهلون؛ وتُسجَّل كل عملية تنزيل.
briefing-file-upload = رفع الملف
briefing-file-remove = إزالة
briefing-file-remove-label = إزالة { $name }
briefing-file-empty = اختر ملفًا غير فارغ.
briefing-file-too-large = حجم الملف أكبر من { $max } MB.
briefing-file-type = هذا النوع من الملفات غير مقبول (بناءً على محتواه): استخدم PDF أو PNG أو JPEG أو WebP أو PowerPoint أو Word أو Excel أو نصًا.
briefing-file-name = يحتوي اسم الملف على أحرف غير مسموح بها (مثل NUL). أعد تسمية الملف وحاول مرة أخرى.
briefing-file-unreadable = تعذّرت قراءة الملف المرفوع. يُرفض اسم الملف الذي يحتوي على أحرف تحكم (مثل NUL): أعد تسمية الملف وحاول مرة أخرى.
briefing-notice-file-added = تمت إضافة الملف.
briefing-notice-file-removed = تمت إزالة الملف.
briefing-viewed-file = ملف
briefing-area = مجال المنتج
briefing-field-area = مجال المنتج
briefing-field-area-none = لا شيء
briefing-feedback = الملاحظات الواردة من هذه الإحاطة
briefing-feedback-none = لا توجد ملاحظات تشير إلى هذه الإحاطة بعد.
feedback-field-briefing = واردة من إحاطة
feedback-field-briefing-none = لا شيء
feedback-field-briefing-hint = اختياري: الإحاطة التي عرفت فيها بهذا الأمر. لا يراها إلا فريق المنتج.
feedback-unknown-briefing = لا توجد إحاطة كهذه.
feedback-from-briefing = واردة من الإحاطة
feedback-from-briefing-hidden = إحاطة (رقم { $id }) لا تديرها
briefing-file-feedback = إرسال ملاحظة من هذه الإحاطة
admin-area-dashboard = لوحة المعلومات والتصدير
admin-area-dashboard-hint = مخططات للأبطال والمساهمات والنشاط والاختيار؛ وكل بطل ومساهمة وترشُّح بصيغة CSV أو JSON.
dashboard-title = لوحة المعلومات
dashboard-lead = مخططات البرنامج، مستمدة من أرقام تُحدَّث مع كل تغيير. يمكن تضييق كل مخطط حسب التخصص والمكان والفترة، وتنزيله بصيغة CSV.
dashboard-back = → لوحة المعلومات
dashboard-filters = تصفية المخططات
dashboard-any = الكل
dashboard-from = من شهر
dashboard-to = إلى شهر
dashboard-period-hint = الأشهر بصيغة YYYY-MM. من دون تحديد فترة، تُعرض آخر اثنا عشر شهرًا.
dashboard-filter = عرض
dashboard-period = من { $from } إلى { $to }
dashboard-csv = تنزيل البيانات (CSV)
dashboard-table-caption = بيانات المخطط
dashboard-listed = { $count ->
    [zero] لا يوجد أبطال للمتابعة
    [one] بطل واحد للمتابعة
    [two] بطلان للمتابعة
    [few] { $count } أبطال للمتابعة
    [many] { $count } بطلًا للمتابعة
   *[other] { $count } بطل للمتابعة
}
dashboard-more-in-csv = { $count ->
    [zero] لا مزيد في ملف CSV.
    [one] واحد آخر في ملف CSV.
    [two] اثنان آخران في ملف CSV.
    [few] { $count } آخرون في ملف CSV.
    [many] { $count } آخرون في ملف CSV.
   *[other] { $count } آخرون في ملف CSV.
}
dashboard-no-specialization = بلا تخصص
dashboard-year = سنة التسمية الأولى
dashboard-specialization = التخصص
dashboard-region = المنطقة
dashboard-country = الدولة
dashboard-month = الشهر
dashboard-kind = النوع
dashboard-hero = البطل
dashboard-heroes = الأبطال
dashboard-contributions = المساهمات
dashboard-views = المشاهدات
dashboard-attendees = الحضور
dashboard-stars = النجوم
dashboard-answers = الإجابات
dashboard-band = الفئة
dashboard-recent = آخر 90 يومًا
dashboard-before = الـ 90 يومًا السابقة لها
dashboard-latest = أحدث مساهمة
dashboard-none-in-window = لا شيء خلال 180 يومًا
dashboard-follow-up = أبطال للمتابعة
dashboard-band-active = نشط
dashboard-band-slowing = متباطئ
dashboard-band-quiet = هادئ
dashboard-band-silent = صامت
dashboard-cycle = الدورة
dashboard-stage-nominated = مُرشَّح
dashboard-stage-answered = تم الرد
dashboard-stage-reviewed = تمت المراجعة
dashboard-stage-decided = صدر القرار
dashboard-stage-announced = تم الإعلان
dashboard-days-to-answer = الأيام حتى رد المرشَّح (الوسيط)
dashboard-days-to-decide = الأيام من الرد حتى القرار (الوسيط)
dashboard-days-to-announce = الأيام من القرار حتى الإعلان (الوسيط)
dashboard-reviewer = المراجع
dashboard-assigned = المُسندة
dashboard-reviewed = المُراجَعة
dashboard-conflicts = حالات التعارض المُفصح عنها
dashboard-distance = متوسط البعد عن درجة اللجنة (بالأجزاء من مئة)
dashboard-heroes-by-year = الأبطال حسب سنة التسمية الأولى
dashboard-heroes-by-year-description = الأبطال الذين سُمّوا لأول مرة في كل سنة من الفترة، مقسَّمين حسب حالتهم اليوم: نشط أو بطل سابق أو في إجازة. يمثل طول الشريط عدد الأبطال الجدد في تلك السنة.
dashboard-heroes-by-specialization = الأبطال حسب التخصص
dashboard-heroes-by-specialization-description = الأبطال المسمَّون حتى نهاية الفترة في كل تخصص، حسب الحالة. البطل الحاصل على اللقب في تخصصين يُحتسب في كليهما.
dashboard-heroes-by-region = الأبطال حسب المنطقة
dashboard-heroes-by-region-description = الأبطال المسمَّون حتى نهاية الفترة في كل منطقة، حسب الحالة.
dashboard-heroes-by-country = الأبطال حسب الدولة
dashboard-heroes-by-country-description = الأبطال المسمَّون حتى نهاية الفترة في كل دولة، الأكثر أولًا، حسب الحالة.
dashboard-contributions-by-kind = المساهمات شهريًا حسب النوع
dashboard-contributions-by-kind-description = المساهمات العامة المنشورة في كل شهر من الفترة، حسب النوع. يُبقي عامل تصفية التخصص على المساهمات المسجَّلة فيه؛ ويُبقي عامل تصفية المكان على مساهمات الأبطال المقيمين فيه.
dashboard-contributions-by-specialization = المساهمات شهريًا حسب التخصص
dashboard-contributions-by-specialization-description = المساهمات العامة المنشورة في كل شهر من الفترة، حسب التخصص الذي سُجّلت فيه.
dashboard-reach = الوصول حسب النوع
dashboard-reach-description = المساهمات العامة خلال الفترة والوصول الذي سجّله أبطالها (المشاهدات، الحضور، النجوم، الإجابات)، حسب النوع.
dashboard-most-active = الأبطال الأكثر نشاطًا
dashboard-most-active-description = الأبطال العشرون أصحاب أكبر عدد من المساهمات العامة خلال الفترة. يُبقي عامل تصفية التخصص على الأبطال الحاصلين على اللقب فيه.
dashboard-activity-bands = فئات النشاط
dashboard-activity-bands-description = كل بطل نشط حسب مساهماته العامة حتى اليوم: نشط (عدد مساهماته في آخر 90 يومًا يساوي على الأقل عددها في الـ 90 يومًا السابقة لها)، متباطئ (أقل)، هادئ (لا شيء في آخر 90 يومًا، وبعضها قبل ذلك)، صامت (لا شيء خلال 180 يومًا). لا تنطبق الفترة هنا.
dashboard-selection-funnel = مسار الاختيار
dashboard-selection-funnel-description = ترشُّحات كل دورة اختيار مفتوحة خلال الفترة، حسب المرحلة التي بلغتها: مُرشَّح، ورد المرشَّح، وروجع مرة واحدة على الأقل، وصدر القرار، وأُعلن عنه.
dashboard-selection-times = الوقت في كل مرحلة من مراحل الاختيار
dashboard-selection-times-description = الوسيط بالأيام من الترشيح حتى رد المرشَّح، ومن الرد حتى القرار، ومن القرار حتى الإعلان، لكل دورة (0 إن لم يبلغ أي ترشُّح تلك المرحلة).
dashboard-reviewers = عبء المراجعين ومدى توافقهم
dashboard-reviewers-description = لكل مراجع، في دورات الاختيار المفتوحة خلال الفترة: الترشُّحات المسندة إليه، والتي راجعها، وحالات التعارض التي أفصح عنها، ومدى بُعد درجاته الموزونة عن متوسط اللجنة حيث راجع اثنان أو أكثر (كلما قلّ كان التوافق أكبر).
dashboard-panel-heroes = الأبطال
dashboard-panel-contributions = المساهمات
dashboard-panel-activity = النشاط والتجديد
dashboard-panel-selection = الاختيار
dashboard-panel-briefings = الإحاطات
dashboard-panel-feedback = الملاحظات
dashboard-panel-credits = الأرصدة
dashboard-panel-events = الفعاليات
dashboard-panel-mentoring = الإرشاد
dashboard-heroes-map = خريطة العالم للأبطال
dashboard-heroes-map-description = الأبطال المسمَّون حتى نهاية الفترة في كل دولة، كعلامة في متوسط موقع المدن الكبرى في الدولة، تتناسب مساحتها مع عدد أبطالها. الدول التي ليس فيها مدينة يبلغ عدد سكانها 100,000 نسمة في بيانات الخريطة تظهر في الجدول فقط. بيانات الخريطة: Natural Earth، المدن: GeoNames.
dashboard-renewal-readiness = الجاهزية للتجديد
dashboard-renewal-readiness-description = كل بطل نشط حسب جاهزيته للتجديد حتى اليوم: النقاط التي تمنحها معايير التقييم المنشورة لأعماله خلال الاثني عشر شهرًا الأخيرة، كنسبة من الهدف — جاهز (100 % أو أكثر)، قريب (75–99 %)، في المنتصف (50–74 %)، بدأ (25–49 %)، بعيد (أقل من 25 %). لا تنطبق الفترة هنا.
dashboard-readiness-level = الجاهزية
dashboard-readiness-ready = جاهز
dashboard-readiness-near = قريب (75–99 %)
dashboard-readiness-halfway = في المنتصف (50–74 %)
dashboard-readiness-started = بدأ (25–49 %)
dashboard-readiness-far = بعيد (أقل من 25 %)
dashboard-briefing-attendance = حضور الإحاطات
dashboard-briefing-attendance-description = الإحاطات التي بدأت في كل شهر من الفترة، مع المقاعد المحجوزة وقوائم الانتظار والأشخاص المسجَّلين حاضرين. تنطبق الفترة فقط.
dashboard-briefings = الإحاطات
dashboard-going = المقاعد المحجوزة
dashboard-waiting = قائمة الانتظار
dashboard-attended = الحضور الفعلي
dashboard-feedback-answer-times = أوقات الرد على الملاحظات
dashboard-feedback-answer-times-description = عناصر الملاحظات التي فُتحت في كل شهر من الفترة، وما رد عليه الموظفون منها، والوسيط بالأيام الكاملة من الفتح حتى أول رد. تنطبق الفترة فقط.
dashboard-opened = المفتوحة
dashboard-answered = التي تم الرد عليها
dashboard-median-days-to-answer = الأيام حتى أول رد (الوسيط)
dashboard-credit-spend = إنفاق الأرصدة
dashboard-credit-spend-description = قيمة رموز الأرصدة الصادرة في كل شهر من الفترة، حسب الغرض من الطلب. يُبقي التخصص على الرموز الصادرة ضمنه؛ ويُبقي المكان على رموز الأبطال المقيمين فيه.
dashboard-spend-workshop = ورش العمل
dashboard-spend-demo = العروض التوضيحية والمحاضرات
dashboard-spend-open-source = المصادر المفتوحة
dashboard-spend-other = أخرى
dashboard-spend-no-request = من دون طلب
dashboard-event-attendance = الفعاليات والحضور
dashboard-event-attendance-description = الفعاليات التي بدأت في كل شهر من الفترة (باستثناء الملغاة)، ومقاعدها المحجوزة، والأشخاص الذين سُجّل حضورهم عند الباب. يُبقي التخصص على فعالياته؛ ويُبقي المكان على فعاليات المجموعات الموجودة فيه.
dashboard-events = الفعاليات
dashboard-checked-in = سُجّل حضورهم
dashboard-mentoring-matches = مطابقات الإرشاد
dashboard-mentoring-matches-description = طلبات الحصول على مرشد المقدَّمة في كل شهر من الفترة، وما طوبق منها مع مرشد، والوسيط بالأيام الكاملة من الطلب حتى المطابقة. تنطبق الفترة فقط.
dashboard-requests = الطلبات
dashboard-matched = تمت مطابقتها
dashboard-median-days-to-match = الأيام حتى المطابقة (الوسيط)
dashboard-exports = عمليات التصدير على مستوى البرنامج
dashboard-exports-lead = كل بطل بجميع حقوله، وكل مساهمة عامة، وكل ترشُّح مع قراره. من دون تصفية.
export-heroes = الأبطال
export-contributions = المساهمات
export-candidacies = الترشُّحات والقرارات
## Community projects (issue 16)
nav-projects = المشاريع
projects-title = مشاريع المجتمع
projects-lead = مشاريع بدأها الأبطال: مصادر مفتوحة، وترجمات، ومواد تعليمية. اطلب الانضمام إلى المشاريع التي يمكنك المساعدة فيها.
projects-start-link = بدء مشروع (للأبطال)
projects-filters = تصفية المشاريع
projects-text = الكلمات
projects-specialization = التخصص
projects-status = الحالة
projects-any = الكل
projects-help-wanted = فقط المشاريع التي تحتاج إلى مساعدة
projects-filter = عرض المشاريع
projects-count = { $count ->
    [zero] لا توجد مشاريع
    [one] مشروع واحد
    [two] مشروعان
    [few] { $count } مشاريع
    [many] { $count } مشروعًا
   *[other] { $count } مشروع
}
projects-members = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
projects-feed-atom = موجز Atom لهذه المشاريع
projects-feed-json = JSON Feed لهذه المشاريع
projects-back = جميع المشاريع
project-status-active = نشط
project-status-looking-for-help = يبحث عن مساعدة
project-status-paused = متوقف مؤقتًا
project-status-done = مكتمل
project-help-wanted = مطلوب مساعدة
project-help-wanted-list = مطلوب مساعدة: { $help }
project-help-skills = المهارات المطلوبة
project-help-roles = الأدوار المطلوبة
project-site = المستودع أو الموقع
project-specializations = التخصصات
project-who = من يعمل عليه
project-owner = مالك
project-make-owner = تعيين مالكًا
project-unmake-owner = التنحي عن الملكية
project-make-owner-label = تعيين { $name } مالكًا
project-unmake-owner-label = لم يعد { $name } مالكًا
project-requests = طلبات الانضمام
project-no-requests = لا أحد بالانتظار.
project-accept = قبول
project-decline = رفض
project-accept-label = قبول { $name }
project-decline-label = رفض { $name }
project-contributions = المساهمات في هذا المشروع
project-no-contributions = لا توجد مساهمة مرتبطة بهذا المشروع بعد.
project-leave = مغادرة هذا المشروع
project-edit = تعديل المشروع
project-waiting = طلبت الانضمام؛ وسيرد المالكون.
project-join = طلب الانضمام
project-join-message = ما الذي تود القيام به (اختياري)
project-join-hint = يقرؤه المالكون مع اسمك وعنوانك.
project-sign-in-to-join = سجّل الدخول لطلب الانضمام
project-notice-started = بدأ مشروعك. أنت مالكه.
project-notice-saved = تم الحفظ.
project-notice-asked = أُرسل طلبك إلى المالكين.
project-notice-accepted = تم القبول: أصبح عضوًا الآن.
project-notice-declined = تم الرفض.
project-notice-left = غادرت المشروع.
project-notice-owners = تغيّر المالكون.
project-refusal-answered = تم الرد على هذا الطلب بالفعل.
project-refusal-member = أنت عضو في هذا المشروع بالفعل.
project-refusal-asked = سبق أن طلبت الانضمام؛ وسيرد المالكون.
project-refusal-closed = هذا المشروع مكتمل ولا يقبل أعضاء جددًا.
project-refusal-last-owner = يجب أن يكون للمشروع مالك دائمًا: اجعل عضوًا آخر مالكًا أولًا.
project-refusal-not-member = هذا الشخص ليس عضوًا في هذا المشروع.
project-start-title = بدء مشروع
project-start-lead = ستكون مالكه. يطلب الآخرون الانضمام، وأنت تقبل أو ترفض.
project-edit-title = تعديل { $project }
project-field-name = الاسم
project-field-description = الوصف
project-field-description-hint = Markdown: ما هو، ولمن هو، وكيف يمكن المساعدة.
project-field-url = المستودع أو الموقع (اختياري)
project-field-specializations = التخصصات
project-field-skills = المهارات المطلوبة
project-field-roles = الأدوار المطلوبة
project-field-help-hint = مفصولة بفواصل، عشرة على الأكثر.
project-field-status = الحالة
project-save = حفظ
project-start = بدء المشروع
project-unknown-specialization = هذا التخصص ليس في القائمة.
project-name-taken = يحمل هذا الاسم عدد كبير جدًا من المشاريع؛ اختر اسمًا آخر.
project-mail-asked-subject = يطلب { $name } الانضمام إلى { $project }
project-mail-asked-body = يرغب { $name } في العمل على { $project }. اقبل أو ارفض من صفحة المشروع.
project-mail-accepted-subject = مرحبًا بك في { $project }
project-mail-accepted-body = قبل أحد مالكي { $project } طلبك: أنت عضو الآن.
project-mail-declined-subject = طلبك للانضمام إلى { $project }
project-mail-declined-body = رفض مالكو { $project } طلبك هذه المرة.
own-project = المشروع
own-project-none = لا يوجد مشروع
own-project-hint = مشروع تنتمي إليه ويُعد هذا العمل جزءًا منه.
own-project-unknown = اختر مشروعًا تنتمي إليه.
## Speaker suggestions and invitations (issue 15)
speaker-reason-topics = يتحدث عن { $topic }
speaker-reason-distance = { $km ->
    [0] في المدينة نفسها
    [one] على بُعد كيلومتر واحد
    [two] على بُعد كيلومترين
    [few] على بُعد { $km } كيلومترات
    [many] على بُعد { $km } كيلومترًا
   *[other] على بُعد { $km } كيلومتر
}
speaker-reason-hours = { $count ->
    [0] المنطقة الزمنية نفسها
    [one] يفصله ساعة واحدة عن المنطقة الزمنية للفعالية
    [two] يفصله ساعتان عن المنطقة الزمنية للفعالية
    [few] يفصله { $count } ساعات عن المنطقة الزمنية للفعالية
    [many] يفصله { $count } ساعة عن المنطقة الزمنية للفعالية
   *[other] يفصله { $count } ساعة عن المنطقة الزمنية للفعالية
}
speaker-reason-available = متاح للتحدث
speaker-reason-spoke = { $count ->
    [zero] لم يتحدث خلال العام الماضي
    [one] تحدث مرة واحدة خلال العام الماضي
    [two] تحدث مرتين خلال العام الماضي
    [few] تحدث { $count } مرات خلال العام الماضي
    [many] تحدث { $count } مرة خلال العام الماضي
   *[other] تحدث { $count } مرة خلال العام الماضي
}
speaker-account-title = التحدث
speaker-account-lead = أخبر منظمي فعاليات البرنامج إن كنت مستعدًا لإلقاء محاضرة وأين. يرون الأبطال مرتبين كمتحدثين مناسبين لفعاليتهم، وأنت ترد على كل دعوة.
speaker-account-saved = تم حفظ إعدادات التحدث.
speaker-account-save = حفظ إعدادات التحدث
speaker-open-label = أنا منفتح على دعوات التحدث
speaker-topics = الموضوعات التي تحب التحدث عنها
speaker-topics-hint = بضع كلمات، مثل «Lambda، التصميم القائم على الأحداث»؛ تُطابَق مع الفعالية.
speaker-travel-km = المسافة التي تقطعها لحضور فعالية (كم)
speaker-travel-km-hint = اتركه فارغًا إن لم تكن المسافة مهمة.
speaker-remote-only-label = الفعاليات عبر الإنترنت فقط
speaker-languages = اللغات التي تلقي بها المحاضرات
speaker-languages-hint = رموز لغات مفصولة بفواصل، مثل «es, en». إن تُرك فارغًا: لغات ملفك الشخصي.
speaker-invitations-heading = دعوات التحدث
speaker-invitations-none = لا توجد دعوات بعد.
speaker-invitation-title = دعوة للتحدث
speaker-invitation-event = الفعالية
speaker-invitation-state = الرد
speaker-invitation-state-pending = بانتظار الرد
speaker-invitation-state-accepted = مقبولة
speaker-invitation-state-declined = مرفوضة
speaker-invitation-state-withdrawn = مسحوبة
speaker-talk-title = عنوان المحاضرة
speaker-message = الرسالة
speaker-accept = القبول والتحدث
speaker-decline = رفض
speaker-refusal-answered = تم الرد على هذه الدعوة بالفعل.
speaker-suggestions-link = البحث عن متحدثين
speaker-suggestions-title = المتحدثون المقترحون
speaker-suggestions-heading = أبطال يمكنهم التحدث
speaker-suggestions-none = لا توجد بعد أعمال لأي بطل تطابق عنوان هذه الفعالية أو وصفها أو تخصصاتها.
speaker-suggestions-refresh = اقتراح من جديد
speaker-event-languages = لغات المحاضرة
speaker-event-languages-hint = رموز لغات مفصولة بفواصل؛ افتراضيًا اللغات الأكثر تحدثًا بين الأبطال في دولة الفعالية.
speaker-invited-heading = المدعوون
speaker-invite = دعوة للتحدث
speaker-invite-submit = إرسال الدعوة
speaker-choose-suggested = اختر أحد الأبطال المقترحين.
speaker-already-invited = سبقت دعوة هذا البطل إلى هذه الفعالية.
speaker-notice-invited = تم إرسال الدعوة.
speaker-mail-invited-subject = يدعوك { $organizer } للتحدث في { $event }
speaker-mail-invited-body = مرحبًا { $name }، يود { $organizer } أن تلقي المحاضرة «{ $talk }» في { $event }.
speaker-mail-invited-answer = افتح الدعوة لقبولها أو رفضها.
speaker-mail-accepted-subject = سيتحدث { $hero } في { $event }
speaker-mail-accepted-body = مرحبًا { $name }، قبل { $hero } دعوتك لإلقاء «{ $talk }» في { $event } وأصبح الآن من بين متحدثيها.
speaker-mail-declined-subject = لا يستطيع { $hero } التحدث في { $event }
speaker-mail-declined-body = مرحبًا { $name }، رفض { $hero } دعوتك لإلقاء «{ $talk }» في { $event }.

## Leaders' mail to their group's members (issue 15)
group-mail-title = مراسلة الأعضاء
group-mail-lead = تصل الرسالة إلى كل عضو، باستثناء من ألغوا اشتراكهم في رسائل هذه المجموعة؛ وتتضمن كل رسالة رابطًا لإلغاء الاشتراك بنقرة واحدة.
group-mail-limit = { $count ->
    [one] يمكن للمجموعة إرسال رسالة واحدة كل { $days ->
        [one] يوم
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
    [two] يمكن للمجموعة إرسال رسالتين كل { $days ->
        [one] يوم
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
    [few] يمكن للمجموعة إرسال { $count } رسائل كل { $days ->
        [one] يوم
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
   *[other] يمكن للمجموعة إرسال { $count } رسالة كل { $days ->
        [one] يوم
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
}
group-mail-subject = الموضوع
group-mail-body = الرسالة
group-mail-send = الإرسال إلى الأعضاء
group-mail-sent = { $count ->
    [zero] لم تُدرج الرسالة في قائمة الإرسال لأي عضو.
    [one] أُدرجت الرسالة في قائمة الإرسال لعضو واحد.
    [two] أُدرجت الرسالة في قائمة الإرسال لعضوين.
    [few] أُدرجت الرسالة في قائمة الإرسال لـ { $count } أعضاء.
    [many] أُدرجت الرسالة في قائمة الإرسال لـ { $count } عضوًا.
   *[other] أُدرجت الرسالة في قائمة الإرسال لـ { $count } عضو.
}
group-mail-sent-heading = الرسائل المرسلة
group-mail-recipients = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
group-mail-limited = أرسلت هذه المجموعة الحد الأقصى المسموح به من الرسائل حاليًا. { $limit } يمكن إرسال الرسالة التالية في { $next }.
group-mail-from = كتب { $name } هذه الرسالة إلى أعضاء { $group }.
group-mail-open-group = فتح المجموعة
group-mail-footer = تصلك هذه الرسالة بصفتك عضوًا في المجموعة. إلغاء الاشتراك في رسائلها: { $link }
group-unsubscribe-title = إلغاء الاشتراك في رسائل هذه المجموعة
group-unsubscribe-body = ستبقى عضوًا؛ ولن يراسلك قادة المجموعة بعد الآن.
group-unsubscribe-action = إلغاء الاشتراك
group-unsubscribed-title = تم إلغاء الاشتراك
group-unsubscribed = لن تصلك رسائل أخرى من قادة هذه المجموعة.
list-text-filter = كلمات في الاسم أو الوصف

## Added later: webhooks, the language switcher, validation messages, candidates, time zones, Latin spellings
status-candidate = مرشَّح، غير منشور بعد
language-switcher-label = لغة الموقع
language-switcher-submit = تغيير
language-unknown-title = اللغة غير متاحة
language-unknown-body = لا توجد صفحات باللغة «{ $tag }». اختر لغة من القائمة.
language-back = رجوع
account-language-heading = اللغة
account-language-label = لغة الصفحات والرسائل
account-language-browser = حسب ما يطلبه متصفحي
account-language-hint = تُكتب الرسائل المرسلة إليك بهذه اللغة أيضًا.
account-language-submit = حفظ اللغة
account-language-saved = تم حفظ لغتك.
account-language-unknown = اختر لغة من القائمة.
expected-4-100-printable-characters = من 4 إلى 100 حرف قابل للطباعة من دون مسافات
expected-8-64-letters-digits = من 8 إلى 64 حرفًا أو رقمًا أو - أو _
expected-acknowledge-plan-start-ship = acknowledge أو plan أو start أو ship أو decline أو duplicate
expected-active-alumni-leave = active أو alumni أو on-leave
expected-active-dormant-closed = active أو dormant أو closed
expected-active-looking-help-paused = active أو looking-for-help أو paused أو done
expected-address-someone-other-yourself = عنوان شخص آخر غيرك
expected-americas-emea-apj = americas أو emea أو apj
expected-among-channels-hero-asked = إحدى القنوات التي طلبها البطل
expected-blog-github-x-linkedin = blog أو github أو x أو linkedin أو youtube أو mastodon أو bluesky أو website
expected-bug-feature-request-documentation = bug أو feature-request أو documentation أو other
expected-calls-code-review-career = calls أو code-review أو career
expected-co-speaker-reviewer-venue = co-speaker أو reviewer أو venue أو other
expected-contribution-kind-blog-post = نوع مساهمة مثل blog-post أو talk أو video
expected-country-code = رمز بلد وفق ISO 3166-1 alpha-2 مثل DE أو JP
expected-criterion-line-name-weight = معيارًا واحدًا في كل سطر: الاسم | الوزن | ما تعنيه الدرجات 1 و2 و3 و4 و5
expected-date-2026-03-14 = تاريخًا مثل 2026-03-14
expected-date-2027-03-28 = تاريخًا مثل 2027-03-28
expected-date-after-opening-date = تاريخًا في يوم الافتتاح أو بعده
expected-date-between-1990-year = تاريخًا بين عام 1990 وسنة من الآن
expected-date-since-1970-not = تاريخًا منذ عام 1970 وليس في المستقبل، مثل 2019-05-14
expected-date-since-mentorship-began = تاريخًا منذ بدء الإرشاد، وليس في المستقبل
expected-date-time-2027-03 = تاريخًا ووقتًا مثل 2027-03-28T18:30
expected-date-yyyy-mm-dd = تاريخًا بالصيغة YYYY-MM-DD
expected-day-after-first-most = يومًا في اليوم الأول أو بعده، بعد 60 يومًا على الأكثر
expected-deadline-later-start = موعدًا نهائيًا لا يتجاوز البداية
expected-degrees-52-52-latitude = درجات، مثل 52.52 (خط العرض) و13.40 (خط الطول)
expected-email-address-name-example = عنوان بريد إلكتروني مثل name@example.org
expected-empty-kind-contribution = قيمة فارغة لهذا النوع من المساهمات
expected-end-after-start = نهاية بعد البداية
expected-http-https-address = عنوانًا يبدأ بـ http:// أو https://
expected-webhook-address = عنوانًا يبدأ بـ http:// أو https:// دون اسم مستخدم أو كلمة مرور
expected-webhook-events = حدثًا واحدًا على الأقل
expected-iana-time-zone-europe = منطقة زمنية وفق IANA مثل Europe/Berlin
expected-language-codes-en-de = رموز لغات مثل en أو de أو pt-BR
expected-line-character = سطرًا واحدًا من دون الحرف |
expected-listed-purposes = أحد الأغراض المدرجة
expected-lowercase-letters-digits-single = أحرفًا لاتينية صغيرة وأرقامًا وشرطات مفردة (64 على الأكثر)
expected-meetup-conference-workshop-online = meetup أو conference أو workshop أو online-session
expected-most-10-criteria = 10 معايير على الأكثر
expected-most-10-links = 10 روابط على الأكثر
expected-most-link-kind = رابطًا واحدًا على الأكثر من كل نوع
expected-name-other-criterion-has = اسمًا لا يحمله أي معيار آخر
expected-online-link-venue-both = رابطًا عبر الإنترنت أو مكانًا (أو كليهما)
expected-password-not-your-email = كلمة مرور ليست عنوان بريدك الإلكتروني ولا كلمة مرور شائعة
expected-phone-number-49-30 = رقم هاتف مثل ‎+49 30 1234567
expected-public-members-heroes-staff = public أو members أو heroes أو staff
expected-read-write = read أو write
expected-rose-amber-blue-violet = إحدى القيم: rose أو amber أو blue أو violet أو teal أو green أو red أو navy
expected-selection-renewal = selection أو renewal
expected-speaker-line-name-hero = متحدثًا واحدًا في كل سطر: الاسم أو عنوان البطل | عنوان المحاضرة
expected-specialization-most-once = كل تخصص مرة واحدة على الأكثر
expected-specializations-all-heroes-named = تخصصات أو جميع الأبطال أو أبطالًا محددين
expected-spotlight-digest-social = spotlight أو digest أو social
expected-staff-reviewer-admin = إحدى القيم: staff أو reviewer أو admin
expected-tags-lowercase-letters-digits = وسومًا من أحرف لاتينية صغيرة وأرقام وشرطات
expected-text-control-characters-unicode = نصًا من دون أحرف تحكم أو محارف Unicode غير صالحة
expected-three-fields-code-value = ثلاثة حقول: code,value,expiry
expected-time-after-start-most = وقتًا بعد البداية، بعد 60 يومًا على الأكثر
expected-time-exists-chosen-time = وقتًا موجودًا في المنطقة الزمنية المختارة (تُقدَّم الساعة فتُتخطّى هذه الساعة)
expected-time-future = وقتًا في المستقبل
expected-time-still-come = وقتًا لم يحن بعد
expected-today-later-day-within = اليوم أو يومًا لاحقًا خلال سنة
expected-up-down = up أو down
expected-venue-online-link-both = مكانًا أو رابطًا عبر الإنترنت أو كليهما
expected-weekly-monthly-quarterly = weekly أو monthly أو quarterly
expected-whole-number = عددًا صحيحًا
expected-whole-number-weight-between = وزنًا بعدد صحيح بين 1 و100
role-candidate = مرشَّح مقبول
field-latin-name = الاسم بالحروف اللاتينية
field-latin-name-hint = اختياري. طريقة كتابة اسمك بالحروف اللاتينية إن كان يُكتب بخط آخر (مثل Ahmad Khalil لاسم أحمد خليل): يُعرض تحت اسمك ويمكن العثور عليه بالبحث.
answer-complete-profile = أكمل ملفك الشخصي كبطل
admin-area-webhooks = خطافات الويب (Webhooks)
admin-area-webhooks-hint = إبلاغ الأنظمة الأخرى عند الإعلان عن الأبطال أو نقلهم إلى الأبطال السابقين أو تغيير ملفاتهم الشخصية أو نشرهم.
admin-webhooks-title = خطافات الويب (Webhooks)
admin-webhooks-lead = تتلقى كل نقطة نهاية الأحداث المشتركة فيها بصيغة JSON موقَّعة، مع إعادة المحاولة بفواصل متزايدة عند الإخفاق.
admin-webhooks-none = لا توجد نقطة نهاية مسجَّلة.
admin-webhooks-url = العنوان
admin-webhooks-url-hint = عنوان http:// أو https:// يمكن للبرنامج الوصول إليه عبر الإنترنت؛ من دون اسم مستخدم أو كلمة مرور.
admin-webhooks-url-private = يشير هذا العنوان إلى شبكة خاصة أو شبكة استرجاع (loopback)، ولا يُرسل البرنامج إليها.
admin-webhooks-events = الأحداث
admin-webhooks-events-needed = اختر حدثًا واحدًا على الأقل.
admin-webhooks-event-hero-announced = الإعلان عن بطل جديد
admin-webhooks-event-hero-moved-to-alumni = نقل بطل إلى الأبطال السابقين
admin-webhooks-event-hero-profile-changed = تغيير بطل لملفه الشخصي العام
admin-webhooks-event-contribution-published = تسجيل مساهمة عامة
admin-webhooks-description = الوصف
admin-webhooks-active = نشطة (تبقى عمليات التسليم إلى نقاط النهاية الموقوفة مؤقتًا في الانتظار)
admin-webhooks-state = الحالة
admin-webhooks-state-active = نشطة
admin-webhooks-state-paused = موقوفة مؤقتًا
admin-webhooks-waiting = في الانتظار
admin-webhooks-failed = أخفقت
admin-webhooks-new = نقطة نهاية جديدة
admin-webhooks-add = إضافة نقطة نهاية
admin-webhooks-too-many = { $max ->
    [zero] لا يمكن تسجيل أي نقطة نهاية. أزِل واحدة أولًا.
    [one] يمكن تسجيل نقطة نهاية واحدة على الأكثر. أزِلها أولًا.
    [two] يمكن تسجيل نقطتَي نهاية على الأكثر. أزِل إحداهما أولًا.
    [few] يمكن تسجيل { $max } نقاط نهاية على الأكثر. أزِل إحداها أولًا.
    [many] يمكن تسجيل { $max } نقطة نهاية على الأكثر. أزِل إحداها أولًا.
   *[other] يمكن تسجيل { $max } نقطة نهاية على الأكثر. أزِل إحداها أولًا.
}
admin-webhooks-created = تمت إضافة نقطة النهاية.
admin-webhooks-removed = تمت إزالة نقطة النهاية.
admin-webhooks-saved = تم الحفظ.
admin-webhooks-rotated = أُنشئ سرّ جديد؛ ولم يعد السرّ القديم يوقّع عمليات التسليم.
admin-webhooks-ping-queued = إشارة اختبار (ping) في طريقها.
admin-webhooks-replay-queued = سيُعاد إرسال عملية التسليم.
admin-webhooks-back = كل خطافات الويب
admin-webhooks-endpoint-title = نقطة نهاية خطاف الويب
admin-webhooks-secret = سرّ التوقيع
admin-webhooks-secret-once = انسخ هذا السرّ الآن: فهو لا يُعرض إلا مرة واحدة. استخدمه للتحقق من الترويسة Heroes-Signature في كل عملية تسليم.
admin-webhooks-settings = الإعدادات
admin-webhooks-save = حفظ
admin-webhooks-ping = إرسال إشارة اختبار (ping)
admin-webhooks-rotate = إنشاء سرّ جديد
admin-webhooks-remove = إزالة نقطة النهاية
admin-webhooks-deliveries = عمليات التسليم
admin-webhooks-no-deliveries = لم يُرسل أي شيء إلى نقطة النهاية هذه بعد.
admin-webhooks-delivery = عملية التسليم { $id }
admin-webhooks-delivery-pending = في الانتظار
admin-webhooks-delivery-delivered = تم التسليم
admin-webhooks-delivery-failed = أخفق
admin-webhooks-delivery-skipped = تم التخطي (لم يعد عامًا)
admin-webhooks-next = المحاولة التالية { $at }
admin-webhooks-replay = إعادة الإرسال
admin-webhooks-replay-label = إعادة إرسال عملية التسليم { $id }
admin-webhooks-attempts-label = محاولات عملية التسليم { $id }
admin-webhooks-attempt-at = متى (UTC)
admin-webhooks-attempt-status = الحالة
admin-webhooks-attempt-duration = المدة
admin-webhooks-attempt-answer = الاستجابة أو الخطأ
admin-webhooks-ms = { $ms } ms
# $there: the time where it happens, with its zone; $here: the same moment in the reader's zone.
time-two-zones = { $there } · { $here } بتوقيتك
# The reader's zone is unknown, so the second time is UTC (named in $here), not "for you".
time-two-zones-utc = { $there } · { $here }
time-zone-title = المنطقة الزمنية
time-zone-lead = يُعرض كل تاريخ ووقت في هذه الصفحات وفق هذه المنطقة.
time-zone-saved = تم حفظ منطقتك الزمنية.
# $time: the date and time now, as these pages show it.
time-zone-now = الوقت الآن { $time }.
time-zone-default = غير محددة: منطقة متصفحك، أو UTC
# $zone: the IANA name of the zone on the person's hero profile.
time-zone-default-hero = غير محددة: منطقة ملفك الشخصي ({ $zone })
time-zone-hint = تعرض الفعاليات والإحاطات منطقتها الزمنية الخاصة أيضًا.
time-zone-submit = حفظ المنطقة الزمنية
candidate-banner-title = يصبح ملفك الشخصي عامًا في { $date }
candidate-banner-lead = حتى ذلك الحين، لا يرى ملفك الشخصي كبطل ومساهماتك أحد سواك. أكمله الآن ليكون جاهزًا في ذلك اليوم.
candidate-banner-missing = ما زال ينقص:
candidate-banner-complete = كل شيء جاهز: سيرتك الذاتية وصورتك وروابطك ومساهماتك.
candidate-missing-bio = سيرة ذاتية توضح ما تفعله
candidate-missing-photo = صورة
candidate-missing-links = روابط إلى مدونتك أو GitHub أو ملفات شخصية أخرى
candidate-missing-contributions = مساهماتك خلال آخر اثني عشر شهرًا
candidate-banner-edit = تعديل ملفك الشخصي وصورتك
candidate-banner-contributions = إضافة مساهمات
candidate-banner-sources = إضافة مصادر
candidate-banner-preview = معاينة صفحتك
candidate-preview-notice = معاينة: هذه الصفحة ليست عامة بعد. يرى الزوار «الصفحة غير موجودة» حتى الإعلان.
admin-candidate-record = سجل البطل جاهز (غير منشور حتى الإعلان)
