/**
 * The first version of the four documents the policy names as the officer's tools, written for
 * جمعية الآثار (Al-Athar Association) by the project: structured outlines, in Arabic (the
 * authoritative text) and English. The association replaces them with its own wording through
 * the library (a new version per change).
 */
import { DocumentKind } from './library.enums.js';

export interface LibrarySeedDocument {
  toolKey: string;
  slug: string;
  kind: DocumentKind;
  title: { ar: string; en: string };
  tags: string[];
  body: { ar: string; en: string };
}

const bylawsAr = `# اللائحة الأساسية لجمعية الآثار

تحدد هذه اللائحة هوية الجمعية وأهدافها ونطاق خدماتها والفئات المستفيدة منها، وتنظم العضوية وأجهزة الجمعية ومواردها. وهي المرجع الأول لموظف علاقات المستفيدين عند الإجابة عن أسئلة المستفيد حول الجمعية.

## التعريف بالجمعية

- **الاسم:** جمعية الآثار، جمعية أهلية غير ربحية.
- **المقر:** المقر الرئيس للجمعية، ولها أن تفتح مكاتب فرعية يمثلها مناديب في نطاق خدمتها.
- **النطاق الجغرافي:** المدن والمراكز التي يحددها مجلس الإدارة ويعلنها على موقع الجمعية.

## أهداف الجمعية

1. تقديم الدعم والخدمات الاجتماعية للأسر والأفراد المحتاجين في نطاق خدمة الجمعية.
2. تمكين المستفيدين من الاعتماد على أنفسهم بالتدريب والتأهيل والتوجيه.
3. التعاون مع الجهات الحكومية والأهلية لتكامل الخدمات وتجنب ازدواجية الدعم.
4. نشر ثقافة العمل التطوعي وإشراك المتطوعين في برامج الجمعية.

## الفئات المستفيدة ونطاق الخدمات

تخدم الجمعية الأسر المحتاجة والأيتام والأرامل والمطلقات وكبار السن وذوي الإعاقة والأسر المتعففة المقيمة في نطاق خدمتها. وتُقدَّم الخدمات وفق **دليل سياسة الدعم للمستفيدين** الذي يبين أنواع الدعم وشروط استحقاقه.

## العضوية

### شروط العضوية

- أن يكون العضو سعودي الجنسية أو مقيمًا إقامة نظامية، بالغًا، كامل الأهلية.
- أن يكون حسن السيرة والسلوك.
- أن يسدد رسوم العضوية السنوية التي تحددها الجمعية العمومية.

### حقوق الأعضاء وواجباتهم

- حضور اجتماعات الجمعية العمومية والتصويت فيها بعد مضي المدة النظامية على العضوية.
- الاطلاع على التقارير المالية والإدارية للجمعية.
- الالتزام بهذه اللائحة وبقرارات الجمعية العمومية ومجلس الإدارة.

### انتهاء العضوية

تنتهي العضوية بالانسحاب الكتابي أو بعدم سداد الرسوم بعد إشعار العضو أو بقرار مسبب من مجلس الإدارة.

## الجمعية العمومية

تتكون الجمعية العمومية من جميع الأعضاء العاملين، وتجتمع اجتماعًا عاديًا مرة في السنة على الأقل، وتختص بإقرار الحساب الختامي والموازنة وانتخاب أعضاء مجلس الإدارة وتعيين مراجع الحسابات.

## مجلس الإدارة

- ينتخب أعضاء مجلس الإدارة من الجمعية العمومية لدورة محددة المدة.
- يعتمد المجلس السياسات والأدلة، ومنها سياسة تنظيم العلاقة مع المستفيدين، ويراجعها دوريًا.
- يشكل المجلس لجنة البحث التي تدرس طلبات الدعم وتصدر قراراتها فيها.

## الموارد المالية

تتكون موارد الجمعية من رسوم العضوية والتبرعات والهبات والأوقاف والإعانات الحكومية وعوائد الأنشطة، وتودع في حساب الجمعية البنكي ولا تصرف إلا في أغراضها.

## أحكام ختامية

يعمل بهذه اللائحة من تاريخ اعتمادها، ولا يجوز تعديلها إلا بقرار من الجمعية العمومية.
`;

const bylawsEn = `# Bylaws of Al-Athar Association

These bylaws set out the Association's identity, objectives, scope of services and beneficiary groups, and govern its membership, bodies and resources. They are the beneficiary-relations officer's first reference when a beneficiary asks about the Association.

## About the Association

- **Name:** Al-Athar Association, a non-profit civil society association.
- **Seat:** the Association's head office; it may open branch offices represented by delegates within its service area.
- **Service area:** the cities and centres that the board of directors sets and publishes on the Association's website.

## Objectives

1. To provide support and social services to families and individuals in need within the service area.
2. To help beneficiaries become self-reliant through training, rehabilitation and guidance.
3. To cooperate with government and civil bodies so that services complement each other and support is not duplicated.
4. To spread a culture of volunteering and involve volunteers in the Association's programmes.

## Beneficiary groups and scope of services

The Association serves families in need, orphans, widows, divorced women, the elderly, persons with disabilities and families in hidden need living within its service area. Services are provided under the **beneficiary support policy guide**, which sets out the types of support and the eligibility criteria.

## Membership

### Conditions of membership

- The member is a Saudi national or a lawful resident, an adult with full legal capacity.
- The member is of good conduct.
- The member pays the annual membership fee set by the general assembly.

### Members' rights and duties

- To attend the general assembly and vote in it once the statutory membership period has passed.
- To read the Association's financial and administrative reports.
- To abide by these bylaws and by the decisions of the general assembly and the board of directors.

### End of membership

Membership ends by written withdrawal, by non-payment of the fee after notice, or by a reasoned decision of the board of directors.

## General assembly

The general assembly consists of all active members. It meets in ordinary session at least once a year; it approves the final accounts and the budget, elects the members of the board of directors and appoints the auditor.

## Board of directors

- The members of the board of directors are elected by the general assembly for a fixed term.
- The board approves the policies and guides, including the beneficiary relations policy, and reviews them periodically.
- The board forms the research committee, which studies support requests and decides on them.

## Financial resources

The Association's resources are membership fees, donations, gifts, endowments, government grants and income from activities. They are deposited in the Association's bank account and spent only on its purposes.

## Final provisions

These bylaws apply from the date of their approval and may be amended only by a decision of the general assembly.
`;

const researchAr = `# دليل خدمات البحث الاجتماعي

يشرح هذا الدليل خدمات البحث الاجتماعي في الجمعية وإجراءات دراسة حالة المستفيد، ويرجع إليه موظف علاقات المستفيدين عند إحالة المستفيد إلى مسؤول البحث الاجتماعي (الخطوة الثالثة من التعامل مع المستفيد).

## الغرض من الدليل

- توحيد إجراءات دراسة الحالة بين الباحثين الاجتماعيين.
- ضمان وصول الدعم إلى مستحقيه بعدالة وشفافية.
- إيضاح الجوانب التنظيمية للمستفيد حين لا تكون الإجراءات واضحة له.

## خدمات البحث الاجتماعي

1. **دراسة الحالة:** مقابلة المستفيد وجمع بياناته الاجتماعية والاقتصادية.
2. **الزيارة الميدانية:** زيارة سكن الأسرة للتحقق من ظروفها عند الحاجة.
3. **الإرشاد الأسري:** توجيه الأسرة إلى ما يعينها على الاستقرار والاعتماد على النفس.
4. **الإحالة إلى الجهات الأخرى:** توجيه المستفيد إلى الجهات الحكومية والأهلية المختصة بما لا تقدمه الجمعية.

## متى يحال المستفيد إلى البحث الاجتماعي

- إذا لم تتضح للمستفيد إجراءات التقديم أو المستندات المطلوبة.
- إذا احتاجت حالته إلى تقدير اجتماعي قبل رفع طلبه إلى لجنة البحث.
- يسجل الموظف سبب الإحالة، ويعيد الباحث المعاملة إليه مع التوجيه الذي قدمه.

## إجراءات دراسة الحالة

### المقابلة

يستقبل الباحث المستفيد في مكان يحفظ خصوصيته، ويشرح له الغرض من الدراسة، ويستمع إليه دون استعجال.

### جمع المستندات

- صورة الهوية الوطنية لمقدم الطلب وأفراد أسرته.
- ما يثبت الدخل أو عدمه.
- عقد الإيجار أو ما يثبت السكن.
- التقارير الطبية عند وجود مرض أو إعاقة.

### الزيارة الميدانية

تُجدول الزيارة بموعد متفق عليه مع المستفيد، ويقوم بها باحثان عند الإمكان، وتوثق ملاحظاتها في نموذج الزيارة.

### التقرير الاجتماعي

يكتب الباحث تقريرًا يلخص حال الأسرة واحتياجها وتوصيته بنوع الدعم، ويرفق به المستندات، ويرفعه إلى لجنة البحث.

## السرية وحماية البيانات

- بيانات المستفيد سرية، لا يطلع عليها إلا المختصون بخدمته.
- لا تنقل البيانات إلى جهة أخرى إلا بموافقة المستفيد أو بطلب نظامي.
- يحفظ ملف المستفيد في مكان آمن، ورقيًا أو إلكترونيًا.

## المدد الزمنية

- تُنجز دراسة الحالة خلال خمسة أيام عمل من الإحالة ما لم تتطلب زيارة ميدانية.
- ترفع الدراسة إلى لجنة البحث فور اكتمالها.
`;

const researchEn = `# Social research services guide

This guide explains the Association's social research services and how a beneficiary's case is studied. The beneficiary-relations officer turns to it when referring a beneficiary to the social-research officer (step 3 of handling a beneficiary).

## Purpose of the guide

- To make case-study procedures the same for every social researcher.
- To make sure support reaches those entitled to it, fairly and transparently.
- To explain the organisational side to a beneficiary who finds the procedure unclear.

## Social research services

1. **Case study:** interviewing the beneficiary and collecting their social and economic information.
2. **Home visit:** visiting the family's home to verify its circumstances when needed.
3. **Family counselling:** guiding the family towards stability and self-reliance.
4. **Referral to other bodies:** directing the beneficiary to the competent government or civil bodies for what the Association does not provide.

## When a beneficiary is referred to social research

- When the application procedure or the required documents are unclear to the beneficiary.
- When the case needs a social assessment before the request goes to the research committee.
- The officer records the reason for the referral; the researcher returns the transaction with the guidance given.

## Case-study procedure

### Interview

The researcher receives the beneficiary in a place that protects their privacy, explains the purpose of the study and listens without haste.

### Collecting documents

- Copy of the national ID of the applicant and of the family members.
- Proof of income, or of its absence.
- Lease contract or other proof of housing.
- Medical reports in case of illness or disability.

### Home visit

The visit is scheduled at a time agreed with the beneficiary, carried out by two researchers where possible, and its observations are recorded in the visit form.

### Social report

The researcher writes a report summarising the family's situation and need and recommending a type of support, attaches the documents and submits it to the research committee.

## Confidentiality and data protection

- The beneficiary's data is confidential and seen only by those serving them.
- Data is passed to another body only with the beneficiary's consent or on a lawful request.
- The beneficiary's file is kept in a secure place, on paper or electronically.

## Time limits

- A case study is completed within five working days of the referral unless it needs a home visit.
- The study is submitted to the research committee as soon as it is complete.
`;

const supportAr = `# دليل سياسة الدعم للمستفيدين

يحدد هذا الدليل أنواع الدعم الذي تقدمه جمعية الآثار للمستفيدين، وشروط استحقاقه وضوابطه، وكيف تدرس لجنة البحث الطلبات.

## أنواع الدعم

| النوع | أمثلة | الدورية |
|---|---|---|
| الدعم الغذائي | السلال الغذائية، بطاقات الشراء | شهري أو موسمي |
| الإعانات المالية | إعانة مقطوعة لحالة طارئة | عند الحاجة |
| دعم السكن | المساهمة في سداد الإيجار، الترميم | سنوي |
| سداد الفواتير | فواتير الكهرباء والماء | عند الحاجة |
| الأجهزة المنزلية | الأجهزة الأساسية للأسرة | عند الحاجة |
| الدعم التعليمي | الحقيبة المدرسية، الرسوم التدريبية | سنوي |
| الدعم الصحي | الأدوية، الأجهزة الطبية المساعدة | عند الحاجة |

## شروط الاستحقاق

1. أن يقيم المستفيد في نطاق خدمة الجمعية.
2. ألا يتجاوز دخل الأسرة حد الكفاية الذي يعتمده مجلس الإدارة.
3. أن تكتمل بيانات الطلب ومستنداته وتُطابق وقت التقديم.
4. أن يوقع المستفيد إقرارًا بصحة البيانات وأنه مسؤول عنها مسؤولية مباشرة.

## أولويات الدعم

- الأيتام والأرامل والمطلقات الحاضنات.
- ذوو الإعاقة وكبار السن وأصحاب الأمراض المزمنة.
- الأسر التي لا عائل لها أو التي فقدت مصدر دخلها.

## دراسة الطلبات في لجنة البحث

- يرفع الطلب المكتمل إلى لجنة البحث مع التقرير الاجتماعي إن وجد.
- ترد اللجنة على الطلب بالقبول أو الرفض خلال مدة لا تقل عن أسبوعين (١٤ يومًا).
- للجنة أن تعيد الطلب إلى المستفيد لاستكمال مستند ناقص، وتتوقف المدة حتى استكماله.
- يسجل قرار اللجنة مع سببه، ويبلغ به المستفيد.

## الاعتذار والتظلم

إذا اعتُذر عن الطلب بُيّن للمستفيد السبب، وله أن يتظلم كتابة خلال ثلاثين يومًا، ويُعرض التظلم على اللجنة في أول اجتماع لها.

## ضوابط الدعم

- لا يتكرر الدعم من النوع نفسه قبل انقضاء دورته.
- تتحقق الجمعية من عدم ازدواجية الدعم مع الجهات الأخرى.
- يُصرف الدعم المالي إلى الحساب البنكي للمستفيد (الآيبان) ولا يُصرف نقدًا.
- يوقع المستفيد على استلام الدعم العيني.
`;

const supportEn = `# Beneficiary support policy guide

This guide sets out the types of support Al-Athar Association provides to beneficiaries, the eligibility criteria and rules, and how the research committee studies requests.

## Types of support

| Type | Examples | Frequency |
|---|---|---|
| Food support | Food baskets, shopping cards | Monthly or seasonal |
| Financial aid | A one-off grant for an emergency | When needed |
| Housing support | Contribution to rent, repairs | Yearly |
| Bill payment | Electricity and water bills | When needed |
| Household appliances | Basic appliances for the family | When needed |
| Education support | School bags, training fees | Yearly |
| Health support | Medicines, assistive medical devices | When needed |

## Eligibility criteria

1. The beneficiary lives within the Association's service area.
2. The family's income does not exceed the sufficiency threshold approved by the board of directors.
3. The request's information and documents are complete and checked at submission.
4. The beneficiary signs an attestation that the information is correct and that they are directly responsible for it.

## Priorities

- Orphans, widows and divorced mothers with custody of their children.
- Persons with disabilities, the elderly and people with chronic illnesses.
- Families with no breadwinner or that have lost their source of income.

## Study of requests by the research committee

- A complete request goes to the research committee with the social report, if any.
- The committee answers the request, accepting or rejecting it, within a period of not less than two weeks (14 days).
- The committee may send the request back to the beneficiary to complete a missing document; the period stops until it is complete.
- The committee's decision is recorded with its reason, and the beneficiary is informed.

## Rejection and appeal

When a request is declined, the beneficiary is told why and may appeal in writing within thirty days; the appeal goes to the committee's next meeting.

## Rules of support

- Support of the same type is not repeated before its period has passed.
- The Association checks that support is not duplicated with other bodies.
- Financial support is paid into the beneficiary's bank account (IBAN), never in cash.
- The beneficiary signs for in-kind support on receipt.
`;

const formAr = `# نموذج طلب دعم مستفيد

يعبئ المستفيد هذا النموذج ويوقعه لطلب الدعم، ويراجعه موظف علاقات المستفيدين معه ويطابق بياناته وقت التقديم (الخطوتان الثانية والرابعة). الحقول المعلمة بـ (إلزامي) لا يكتمل الطلب دونها.

## بيانات مقدم الطلب

| الحقل | إلزامي | ملاحظات |
|---|:-:|---|
| الاسم الرباعي | نعم | كما في الهوية |
| رقم الهوية الوطنية أو الإقامة | نعم | عشرة أرقام |
| تاريخ الميلاد | نعم | هجري أو ميلادي |
| الجنس | نعم | |
| الحالة الاجتماعية | نعم | أعزب، متزوج، أرمل، مطلق |
| رقم الجوال | نعم | رقم ساري يبدأ بـ 05 |
| المدينة والحي | نعم | |
| العنوان الوطني | لا | |

## بيانات الأسرة

- عدد أفراد الأسرة المقيمين مع مقدم الطلب.
- لكل فرد: الاسم، صلة القرابة، العمر، الحالة الدراسية أو الصحية.

## الدخل والالتزامات

- مصادر الدخل الشهري ومقدارها (راتب، ضمان اجتماعي، تقاعد، أخرى).
- الالتزامات الشهرية: الإيجار، الأقساط، الديون.

## السكن

نوع السكن (ملك، إيجار، سكن خيري، مع الأقارب)، ومبلغ الإيجار السنوي إن وجد.

## الدعم المطلوب

- نوع الدعم المطلوب من أنواع الدعم في دليل سياسة الدعم.
- سبب الطلب ووصف مختصر للحاجة.

## الحساب البنكي

- اسم البنك.
- رقم الحساب الدولي (الآيبان) باسم مقدم الطلب.

## المرفقات المطلوبة

1. صورة الهوية الوطنية لمقدم الطلب.
2. صك الإعالة أو سجل الأسرة.
3. ما يثبت الدخل أو عدمه.
4. عقد الإيجار عند السكن بالإيجار.
5. التقارير الطبية عند وجود مرض أو إعاقة.

## الإقرار والتوقيع

أقر أنا مقدم الطلب بأن جميع البيانات والمستندات المقدمة صحيحة، وأنني مسؤول مسؤولية مباشرة عن صحتها، وأوافق على تحقق الجمعية منها.

الاسم: ............ التوقيع: ............ التاريخ: ............

## للاستخدام الرسمي

- رقم المعاملة وتاريخ الاستلام.
- الموظف المستلم وقناة الاستلام.
- قرار لجنة البحث وتاريخه وسببه.
`;

const formEn = `# Beneficiary support request form

The beneficiary fills in and signs this form to request support; the beneficiary-relations officer reviews it with them and checks the information at submission (steps 2 and 4). The request is not complete without the fields marked required.

## Applicant

| Field | Required | Notes |
|---|:-:|---|
| Full name (four parts) | Yes | As on the ID |
| National ID or residence number | Yes | Ten digits |
| Date of birth | Yes | Hijri or Gregorian |
| Gender | Yes | |
| Marital status | Yes | Single, married, widowed, divorced |
| Mobile number | Yes | A valid number starting with 05 |
| City and district | Yes | |
| National address | No | |

## Family

- Number of family members living with the applicant.
- For each member: name, relationship, age, schooling or health status.

## Income and obligations

- Sources and amounts of monthly income (salary, social security, pension, other).
- Monthly obligations: rent, instalments, debts.

## Housing

Type of housing (owned, rented, charitable housing, with relatives) and the yearly rent, if any.

## Support requested

- The type of support requested, from the types in the support policy guide.
- Reason for the request and a short description of the need.

## Bank account

- Name of the bank.
- International bank account number (IBAN) in the applicant's name.

## Required attachments

1. Copy of the applicant's national ID.
2. Dependency deed or family register.
3. Proof of income, or of its absence.
4. Lease contract when renting.
5. Medical reports in case of illness or disability.

## Attestation and signature

I, the applicant, attest that all the information and documents I have given are correct, that I am directly responsible for their correctness, and that I agree to the Association verifying them.

Name: ............ Signature: ............ Date: ............

## For official use

- Transaction number and date received.
- Receiving officer and channel.
- The research committee's decision, its date and reason.
`;

export const librarySeed: LibrarySeedDocument[] = [
  {
    toolKey: 'BYLAWS',
    slug: 'bylaws',
    kind: DocumentKind.REGULATION,
    title: { ar: 'اللائحة الأساسية للجمعية', en: "The Association's bylaws" },
    tags: ['لائحة', 'حوكمة', 'عضوية', 'bylaws', 'governance'],
    body: { ar: bylawsAr, en: bylawsEn },
  },
  {
    toolKey: 'SOCIAL_RESEARCH_GUIDE',
    slug: 'social-research-guide',
    kind: DocumentKind.GUIDE,
    title: { ar: 'دليل خدمات البحث الاجتماعي', en: 'Social research services guide' },
    tags: ['بحث اجتماعي', 'دراسة حالة', 'social research'],
    body: { ar: researchAr, en: researchEn },
  },
  {
    toolKey: 'SUPPORT_POLICY_GUIDE',
    slug: 'support-policy-guide',
    kind: DocumentKind.GUIDE,
    title: { ar: 'دليل سياسة الدعم للمستفيدين', en: 'Beneficiary support policy guide' },
    tags: ['دعم', 'استحقاق', 'support', 'eligibility'],
    body: { ar: supportAr, en: supportEn },
  },
  {
    toolKey: 'SUPPORT_REQUEST_FORM',
    slug: 'support-request-form',
    kind: DocumentKind.FORM,
    title: { ar: 'طلب دعم مستفيد', en: 'Beneficiary support request form' },
    tags: ['نموذج', 'طلب دعم', 'form'],
    body: { ar: formAr, en: formEn },
  },
];
