/**
 * Real-looking survey comments (Arabic, English, mixed) with what de-identification must mask
 * and what it must keep. redact.test.ts runs every row. `mask`: text that must not survive
 * (digits are compared whatever their script and grouping; words as whole words, Arabic letter
 * forms folded). `keep`: text that must survive exactly as written.
 */
export interface CorpusRow {
  /** The beneficiary's full name (as stored). */
  name: string;
  comment: string;
  mask: string[];
  keep: string[];
}

export const CORPUS: CorpusRow[] = [
  // ── Numbers: IDs and mobiles however they are typed ──
  {
    name: 'سلطان فهد المطيري',
    comment: 'رقم جوالي 059.830.7655 أرجو التواصل',
    mask: ['0598307655'],
    keep: ['رقم جوالي', 'أرجو التواصل'],
  },
  {
    name: 'سلطان فهد المطيري',
    comment: 'تواصلوا معي على 059/830/7655 بعد العصر',
    mask: ['0598307655'],
    keep: ['تواصلوا معي على', 'بعد العصر'],
  },
  {
    name: 'نورة سعد الشهري',
    comment: 'جوالي ٠٥٩٨٣٠٧٦٥٥ ولم يتصل أحد',
    mask: ['0598307655'],
    keep: ['ولم يتصل أحد'],
  },
  {
    name: 'نورة سعد الشهري',
    comment: 'هويتي ۱۰۸۷۶۵۴۳۲۱ والمعاملة متأخرة',
    mask: ['1087654321'],
    keep: ['والمعاملة متأخرة'],
  },
  {
    name: 'خالد عبدالله القحطاني',
    comment: 'My ID is 1 0 8 7 6 5 4 3 2 1, please call +966 59 830 7655',
    mask: ['1087654321', '966598307655'],
    keep: ['My ID is', 'please call'],
  },
  {
    name: 'خالد عبدالله القحطاني',
    comment: 'السجل المدني 1087-654-321 والجوال 0598-307-655',
    mask: ['1087654321', '0598307655'],
    keep: ['السجل المدني', 'والجوال'],
  },
  {
    name: 'هند محمد الزهراني',
    comment: 'رقم الهوية ١٠٨٧ ٦٥٤ ٣٢١ وتم رفض الطلب بدون سبب',
    mask: ['1087654321'],
    keep: ['وتم رفض الطلب بدون سبب'],
  },
  {
    name: 'هند محمد الزهراني',
    comment: 'اتصلت من رقم 598307655 ثلاث مرات',
    mask: ['598307655'],
    keep: ['ثلاث مرات'],
  },
  {
    name: 'فهد سعد الدوسري',
    comment: 'Call me on 00966598307655 any time after 4 pm',
    mask: ['00966598307655'],
    keep: ['any time after 4 pm'],
  },
  {
    name: 'فهد سعد الدوسري',
    comment: 'رقم المعاملة MSR-2026-000123 ولم يصلني رد',
    mask: ['MSR-2026-000123', '000123'],
    keep: ['رقم المعاملة', 'ولم يصلني رد'],
  },
  {
    name: 'فهد سعد الدوسري',
    comment: 'بياناتي:\nالهوية 1087\n654321\nشكراً',
    mask: ['1087654321'],
    keep: ['بياناتي:', 'شكراً'],
  },
  {
    name: 'سلطان فهد المطيري',
    comment: 'الهوية 1087\u200B654321 والاسم سلطان\u200Cالمطيري',
    mask: ['1087654321', 'المطيري'],
    keep: ['الهوية', 'والاسم'],
  },
  {
    name: 'تركي سلمان الشمري',
    comment: 'من ترکی الشمری: موظف ممتاز',
    mask: ['ترکی', 'الشمری', 'تركي', 'الشمري'],
    keep: ['من', 'موظف ممتاز'],
  },
  // ── E-mails, IBANs, handles ──
  {
    name: 'ريم عبدالعزيز الدوسري',
    comment: 'أرسلت الأوراق إلى reem.d1990@gmail.com ولم يرد أحد',
    mask: ['reem.d1990@gmail.com', 'gmail'],
    keep: ['أرسلت الأوراق إلى', 'ولم يرد أحد'],
  },
  {
    name: 'ريم عبدالعزيز الدوسري',
    comment: 'حسابي SA03 8000 0000 6080 1016 7519 ولم يصل المبلغ',
    mask: ['SA03', '80000000608010167519'],
    keep: ['حسابي', 'ولم يصل المبلغ'],
  },
  {
    name: 'ريم عبدالعزيز الدوسري',
    comment: 'IBAN SA4420000001234567891234 please transfer the support',
    mask: ['SA4420000001234567891234'],
    keep: ['IBAN', 'please transfer the support'],
  },
  {
    name: 'عبدالرحمن صالح العنزي',
    comment: 'راسلوني على تويتر @abdulrahman_9 أو الإيميل a.enezi@outlook.sa',
    mask: ['abdulrahman_9', 'a.enezi@outlook.sa'],
    keep: ['راسلوني على تويتر', 'أو الإيميل'],
  },
  // ── Numbers that stay: counts, scores, dates, amounts ──
  {
    name: 'سعد ناصر العتيبي',
    comment: 'انتظرت 3 أيام فقط والخدمة 5 نجوم',
    mask: [],
    keep: ['انتظرت 3 أيام فقط والخدمة 5 نجوم'],
  },
  {
    name: 'سعد ناصر العتيبي',
    comment: 'Great service, 5 stars, done in 2 days',
    mask: [],
    keep: ['Great service, 5 stars, done in 2 days'],
  },
  {
    name: 'سعد ناصر العتيبي',
    comment: 'قدمت الطلب بتاريخ 2026/05/12 وانتهى في 1447/11/25 هـ',
    mask: [],
    keep: ['2026/05/12', '1447/11/25'],
  },
  {
    name: 'مريم علي الحربي',
    comment: 'Applied on 12/05/2026, closed 2026-06-01; waited from 2025-2026',
    mask: [],
    keep: ['12/05/2026', '2026-06-01', '2025-2026'],
  },
  {
    name: 'مريم علي الحربي',
    comment: 'صرفت لي مساعدة 15000 ريال وكانت الإيجار 1,500 شهرياً',
    mask: [],
    keep: ['15000 ريال', '1,500 شهرياً'],
  },
  {
    name: 'مريم علي الحربي',
    comment: 'The grant was SAR 12,500.50 and the fee 250.75, thank you',
    mask: [],
    keep: ['SAR 12,500.50', '250.75', 'thank you'],
  },
  {
    name: 'تركي سلمان الشمري',
    comment: 'الساعة 10:30 وصلت والموظف رقم 12 في الفرع ساعدني خلال 15 دقيقة',
    mask: [],
    keep: ['10:30', 'رقم 12', '15 دقيقة', 'ساعدني'],
  },
  {
    // A word that merely begins like a currency (رسالة) does not make a number an amount.
    name: 'مريم علي الحربي',
    comment: 'أرسلت الرقم 1087654 رسالة نصية ودفعت ريال 25000 للرسوم',
    mask: ['1087654'],
    keep: ['أرسلت الرقم', 'رسالة نصية ودفعت ريال 25000 للرسوم'],
  },
  // ── Names: Arabic forms, prefixes, compounds ──
  {
    name: 'سلطان فهد المطيري',
    comment: 'أنا سلطان المطيري والخدمة كانت ممتازة',
    mask: ['سلطان', 'المطيري'],
    keep: ['أنا', 'والخدمة كانت ممتازة'],
  },
  {
    name: 'سلطان فهد المطيري',
    comment: 'شكراً لكم، وصلت الرسالة لسلطان ومطيري الحي يعرفني',
    mask: ['لسلطان', 'ومطيري'],
    keep: ['شكراً لكم، وصلت الرسالة', 'الحي يعرفني'],
  },
  {
    name: 'عبدالعزيز محمد السبيعي',
    comment: 'أنا عبد العزيز السبيعي راجعت الفرع مرتين',
    mask: ['عبد', 'العزيز', 'السبيعي'],
    keep: ['أنا', 'راجعت الفرع مرتين'],
  },
  {
    name: 'عبد الله سعيد الغامدي',
    comment: 'المستفيد عبدالله الغامدي، والحمد لله تمت المعاملة',
    mask: ['عبدالله', 'الغامدي'],
    keep: ['المستفيد', 'والحمد لله تمت المعاملة'],
  },
  {
    name: 'عبدالله سعيد الغامدي',
    comment: 'أخوكم عبد الله جزاكم الله خيراً',
    mask: ['عبد'],
    keep: ['أخوكم', 'جزاكم الله خيراً'],
  },
  {
    name: 'عبدالرحمن صالح العنزي',
    comment: 'يا ليت تتواصلون مع والدي صالح بن عبدالرحمن العنزي',
    mask: ['صالح', 'بن', 'عبدالرحمن', 'العنزي'],
    keep: ['يا ليت تتواصلون مع والدي'],
  },
  {
    name: 'نورة سعد آل سعود',
    comment: 'الأخت نورة آل سعود تشكر الموظفين',
    mask: ['نورة', 'آل', 'سعود'],
    keep: ['الأخت', 'تشكر الموظفين'],
  },
  // ── The beneficiary's family, written with the family name ──
  {
    name: 'سلطان فهد المطيري',
    comment: 'راجع أخي محمد المطيري بدلاً عني لأني مريض',
    mask: ['محمد', 'المطيري'],
    keep: ['راجع أخي', 'بدلاً عني لأني مريض'],
  },
  {
    name: 'سلطان فهد المطيري',
    comment: 'زوجتي هيفاء المطيري هي التي قدمت الطلب',
    mask: ['هيفاء', 'المطيري'],
    keep: ['زوجتي', 'هي التي قدمت الطلب'],
  },
  {
    name: 'خالد عبدالله القحطاني',
    comment: 'ابني عبد الرحمن القحطاني يحتاج متابعة',
    mask: ['عبد', 'الرحمن', 'القحطاني'],
    keep: ['ابني', 'يحتاج متابعة'],
  },
  {
    name: 'خالد عبدالله القحطاني',
    comment: 'والدتي فاطمة بنت علي القحطاني تعبت من المراجعات',
    mask: ['فاطمة', 'بنت', 'علي', 'القحطاني'],
    keep: ['والدتي', 'تعبت من المراجعات'],
  },
  // ── Latin spellings of the beneficiary's names ──
  {
    name: 'سلطان فهد المطيري',
    comment: 'Sultan Almutairi here, the officer was very helpful',
    mask: ['Sultan', 'Almutairi'],
    keep: ['here, the officer was very helpful'],
  },
  {
    name: 'سلطان فهد المطيري',
    comment: 'Please contact Sultan Al-Mutairi or my brother Mohammed Al Mutairi',
    mask: ['Sultan', 'Mutairi', 'Mohammed'],
    keep: ['Please contact', 'or my brother'],
  },
  {
    name: 'عبدالعزيز محمد السبيعي',
    comment: 'I am Abdul Aziz Alsubaie and I waited 3 weeks',
    mask: ['Abdul', 'Aziz', 'Alsubaie'],
    keep: ['I am', 'and I waited 3 weeks'],
  },
  {
    name: 'خالد عبدالله القحطاني',
    comment: 'khalid alqahtani: service was slow but staff were kind',
    mask: ['khalid', 'alqahtani'],
    keep: ['service was slow but staff were kind'],
  },
  {
    name: 'تركي سلمان الشمري',
    comment: 'Turki Ash-Shammari: thank you for the quick solution',
    mask: ['Turki', 'Ash', 'Shammari'],
    keep: ['thank you for the quick solution'],
  },
  {
    name: 'مريم علي الحربي',
    comment: 'Maryam Alharbi - All good, the call was short',
    mask: ['Maryam', 'Alharbi'],
    keep: ['All good, the call was short'],
  },
  {
    // على folds to علي: the preposition stays, the name goes.
    name: 'علي حسن الشهري',
    comment: 'أنا علي الشهري، شكراً على سرعة الرد وعلى التعامل',
    mask: ['الشهري'],
    keep: ['أنا […] […]،', 'شكراً على سرعة الرد وعلى التعامل'],
  },
  {
    // A name that is also a word: the word stays, the name (with a cue or the family name) goes.
    name: 'حسن سعيد الشهري',
    comment: 'شكراً لحسن التعامل، أنا سعيد بالنتيجة. أخي حسن تابع الطلب مع حسن الشهري',
    mask: ['الشهري'],
    keep: ['شكراً لحسن التعامل،', 'بالنتيجة. أخي […] تابع الطلب مع […] […]'],
  },
  // ── Mixed and nothing to mask ──
  {
    name: 'هند محمد الزهراني',
    comment: 'الموظف كان متعاون جداً thank you so much',
    mask: [],
    keep: ['الموظف كان متعاون جداً thank you so much'],
  },
  {
    name: 'هند محمد الزهراني',
    comment: 'Hind Alzahrani، رقمي 0598307655، الموظفة لطيفة',
    mask: ['Hind', 'Alzahrani', '0598307655'],
    keep: ['الموظفة لطيفة'],
  },
  {
    name: 'فهد سعد الدوسري',
    comment: 'التعامل راقٍ والإجراءات واضحة، أنصح بالجمعية',
    mask: [],
    keep: ['التعامل راقٍ والإجراءات واضحة، أنصح بالجمعية'],
  },
  {
    name: 'فهد سعد الدوسري',
    comment: 'The waiting room was crowded and the system was down for 2 hours',
    mask: [],
    keep: ['The waiting room was crowded and the system was down for 2 hours'],
  },
  {
    name: 'ريم عبدالعزيز الدوسري',
    comment: 'لم يرد أحد على اتصالي يا ريم الدوسري',
    mask: ['ريم', 'الدوسري'],
    keep: ['لم يرد أحد على اتصالي يا'],
  },
  {
    name: 'تركي سلمان الشمري',
    comment: 'خدمة ممتازة، كل الشكر للموظف سعد في فرع الرياض',
    mask: [],
    keep: ['خدمة ممتازة، كل الشكر للموظف', 'في فرع الرياض'],
  },
  {
    name: 'علي حسن الشهري',
    comment: 'Ali here. All documents were sent; allow 2 weeks they said',
    mask: ['Ali'],
    keep: ['All documents were sent; allow 2 weeks they said'],
  },
];
