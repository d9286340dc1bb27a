/**
 * Default policy content: the beneficiary relations policy of جمعية الآثار
 * (Al-Athar Association), from shared/seed/000_0306b2c3e6b74caa.txt.
 *
 * The Arabic is the seed's own text, with the breaks that PDF extraction put
 * inside words joined (e.g. "مختلف", "طالب"), stray spaces before punctuation
 * removed and " , " written as the Arabic comma "، ".
 * The English is the project's translation. Titles, descriptions and
 * checklists (which the seed does not spell out) are written by the project.
 */
import type { PolicySeed } from './policy-seed.types.js';

export const policySeed: PolicySeed = {
  organization: {
    key: 'al-athar',
    name: { ar: 'جمعية الآثار', en: 'Al-Athar Association' },
  },
  version: {
    number: 1,
    title: {
      ar: 'سياسة تنظيم العلاقة مع المستخدمين وتقديم الخدمات لجمعية الآثار',
      en: 'Policy on Organizing the Relationship with Users and Providing Services of Al-Athar Association',
    },
    preface: {
      ar:
        'تضع جمعية الأثار السياسات والإجراءات التي تنظم علاقتها بجميع الأطراف من مستفيدين وداعمين ومتطوعين وخلافه، بما يكفل حقوق الجمعية وكافة هذه الأطراف. وتشكل أنظمة العمل والعقود المصدر الأساسي في تحديد حقوق وواجبات المتعاقدين وطريقة أدائها وتبعات التقصير في الاداء، وحدود المسؤولية وطريقة تسوية الخلافات التي قد تنشأ من جراء تنفيذ هذه العقود والخدمات بشكل يكفل حماية الأطراف ذات العلاقة مع الجمعية.' +
        '\n\n' +
        'وتركز الجمعية على صيغة العلاقات مع المستفيدين، وتضع لها أولوية من خلال وضع آلية لتنظيم هذه العلاقة. مع مراجعتها باستمرار والتعديل عليها وتعميمها بما يكفل حقوق المستفيد.',
      en:
        'Al-Athar Association sets the policies and procedures that govern its relationship with all parties, including beneficiaries, supporters, volunteers and others, in a manner that safeguards the rights of the Association and of all these parties. Labor regulations and contracts constitute the primary source for defining the rights and obligations of the contracting parties, the manner in which they are to be performed, the consequences of failure to perform, the limits of liability, and the method of settling any disputes that may arise from the execution of these contracts and services, in a way that ensures the protection of the parties related to the Association.' +
        '\n\n' +
        'The Association focuses on the form of its relations with beneficiaries and gives them priority by establishing a mechanism to organize this relationship, which it continually reviews, amends and disseminates in a manner that safeguards the rights of the beneficiary.',
    },
    generalObjective: {
      ar: 'تقديم خدمة متميزة للمستفيدين من كافة الشرائح بإتقان وسرعة وجودة عالية لإنجاز معاملاتهم ومتابعة متطلباتهم ومقترحاتهم والعمل على مواصلة التطوير والتحسين التي تتم بالتعاون مع كافة الجهات للوصول إلى تحقيق الأهداف، والوصول إليهم بأسهل الطرق دون الحاجة إلى طلب المستفيد.',
      en: 'To provide distinguished service to beneficiaries of all segments with proficiency, speed and high quality, in order to complete their transactions and follow up on their requirements and suggestions; to work on continuous development and improvement in cooperation with all relevant parties to achieve the objectives; and to reach beneficiaries by the easiest means without the beneficiary having to ask.',
    },
    objectives: [
      {
        text: {
          ar: 'تقدير حاجة المستفيد وكافة الفئات المستفيدة في الجمعية من خلال تسهيل الإجراءات وحصولهم على كافة الخدمات المطلوبة دون عناء ومشقة',
          en: 'Appreciating the needs of the beneficiary and of all beneficiary groups of the Association by simplifying procedures and enabling them to obtain all required services without effort or hardship',
        },
      },
      {
        text: {
          ar: 'تقديم الخدمات المتكاملة بأحدث الأساليب الالكترونية في خدمة المستفيد',
          en: 'Providing integrated services using the latest electronic methods in serving the beneficiary',
        },
      },
      {
        text: {
          ar: 'تقديم المعلومات والإجابات بشكل ملائم بما يتناسب مع تساؤلات المستفيدين واستفساراتهم من خلال عدة قنوات',
          en: "Providing information and answers appropriately, in keeping with beneficiaries' questions and inquiries, through several channels",
        },
      },
      {
        text: {
          ar: 'تقديم خدمة للمستفيد من موقعه حفاظا لوقته وتقديرا لظروفه وسرعة انجاز خدمته',
          en: 'Serving the beneficiary from where they are, to save their time, in consideration of their circumstances and for the prompt completion of their service',
        },
      },
      {
        text: {
          ar: 'التركيز على عملية قياس رضا المستفيد كوسيلة لرفع جودة الخدمة المقدمة والتحسين المستمر لإجراء تقديم خدمة وأداء مقدم الخدمة',
          en: 'Focusing on measuring beneficiary satisfaction as a means of raising the quality of the service provided and continuously improving the service delivery procedure and the performance of the service provider',
        },
      },
      {
        text: {
          ar: 'زيادة ثقة وانتماء المستفيدين بالجمعية من خلال تبني أفضل المعايير والممارسات في تقديم الخدمة للمستفيد وذلك عن طريق ما يلي:',
          en: "Increasing beneficiaries' trust in and sense of belonging to the Association by adopting the best standards and practices in serving the beneficiary, through the following:",
        },
        children: [
          {
            ar: 'تصحيح المفاهيم السائدة لدى المستفيد عن الخدمات المقدمة في الجمعية.',
            en: 'Correcting the prevailing perceptions the beneficiary holds about the services provided by the Association.',
          },
          {
            ar: 'تكوين انطباعات وقناعات ايجابية جديدة نحو الجمعية وما تقدم من خدمات',
            en: 'Forming new positive impressions and convictions about the Association and the services it provides',
          },
          {
            ar: 'نشر ثقافة تقييم الخدمة لدى المستفيد والتشجيع على ذلك والتأكد على أن تقييم جودة الخدمة حق من حقوق المستفيد حيث أنها أداة للتقويم والتطوير لا للعقاب والتشهير',
            en: 'Spreading a culture of service evaluation among beneficiaries and encouraging it, and affirming that evaluating service quality is one of the rights of the beneficiary, as it is a tool for improvement and development, not for punishment or shaming',
          },
          {
            ar: 'نشر ثقافة جودة الخدمة بين جميع الأقسام التي تقدم خدماتها للمستفيدين الداخلي أو الخارجي',
            en: 'Spreading a culture of service quality among all departments that provide their services to internal or external beneficiaries',
          },
          {
            ar: 'ابتكار مفاهيم وتقنيات إدارية للارتقاء بمستوى ونوعية الخدمات المقدمة للمستفيد ومحاولة القضاء على معوقات تقديم خدمات ذات جودة عالية وذلك من خلال التطوير والتحسين المستمر للخدمات المقدمة للمستفيد من خلال تلمس آراء المستفيدين',
            en: "Devising administrative concepts and techniques to raise the level and quality of the services provided to the beneficiary and seeking to eliminate obstacles to providing high-quality services, through the continuous development and improvement of the services provided to the beneficiary by seeking out beneficiaries' opinions",
          },
        ],
      },
    ],
    channels: [
      {
        key: 'IN_PERSON',
        name: { ar: 'المقابلة', en: 'In-person interview' },
        description: {
          ar: 'يحضر المستفيد إلى مقر الجمعية ويقابل موظف علاقات المستفيدين مباشرة.',
          en: 'The beneficiary visits the Association and meets a beneficiary-relations officer in person.',
        },
      },
      {
        key: 'PHONE',
        name: { ar: 'الاتصالات الهاتفية', en: 'Phone calls' },
        description: {
          ar: 'يتواصل المستفيد مع الجمعية عبر الهاتف للاستفسار أو متابعة معاملته.',
          en: 'The beneficiary calls the Association to make an inquiry or follow up on a transaction.',
        },
      },
      {
        key: 'SOCIAL_MEDIA',
        name: { ar: 'وسائل التواصل الاجتماعي', en: 'Social media' },
        description: {
          ar: 'يراسل المستفيد الجمعية عبر حساباتها الرسمية في وسائل التواصل الاجتماعي.',
          en: 'The beneficiary contacts the Association through its official social media accounts.',
        },
      },
      {
        key: 'LETTERS',
        name: { ar: 'الخطابات', en: 'Letters' },
        description: {
          ar: 'يقدم المستفيد أو الجهة المحيلة خطابا مكتوبا إلى الجمعية.',
          en: 'The beneficiary or a referring body submits a written letter to the Association.',
        },
      },
      {
        key: 'HELP_REQUEST_SERVICES',
        name: { ar: 'خدمات طلب المساعدة', en: 'Help-request services' },
        description: {
          ar: 'يتقدم المستفيد بطلب مساعدة عبر خدمات الطلب التي تتيحها الجمعية.',
          en: 'The beneficiary applies for assistance through the request services the Association provides.',
        },
      },
      {
        key: 'VOLUNTEERING',
        name: { ar: 'خدمة التطوع', en: 'Volunteering service' },
        description: {
          ar: 'يصل المستفيد إلى الجمعية عن طريق متطوعيها وبرامجها التطوعية.',
          en: 'The beneficiary reaches the Association through its volunteers and volunteering programs.',
        },
      },
      {
        key: 'WEBSITE',
        name: { ar: 'الموقع الإلكتروني للجمعية', en: "The Association's website" },
        description: {
          ar: 'يتواصل المستفيد مع الجمعية أو يقدم طلبه عبر موقعها الإلكتروني.',
          en: 'The beneficiary contacts the Association or submits a request through its website.',
        },
      },
      {
        key: 'BRANCH_REPRESENTATIVES',
        name: { ar: 'مناديب المكاتب الفرعية', en: 'Branch-office representatives' },
        description: {
          ar: 'يستقبل مندوب المكتب الفرعي المستفيد في منطقته ويرفع طلبه إلى الجمعية.',
          en: 'A branch-office representative receives the beneficiary locally and forwards the request to the Association.',
        },
      },
    ],
    tools: [
      {
        key: 'BYLAWS',
        kind: 'REGULATION',
        name: { ar: 'اللائحة الأساسية للجمعية', en: "The Association's bylaws" },
        description: {
          ar: 'النظام الأساسي الذي يحدد أهداف الجمعية ونطاق خدماتها والفئات المستفيدة منها.',
          en: "The founding regulation that sets out the Association's objectives, the scope of its services and the groups it serves.",
        },
      },
      {
        key: 'SOCIAL_RESEARCH_GUIDE',
        kind: 'GUIDE',
        name: { ar: 'دليل خدمات البحث الاجتماعي', en: 'Social research services guide' },
        description: {
          ar: 'يشرح خدمات البحث الاجتماعي وإجراءات دراسة حالة المستفيد.',
          en: "Explains the social research services and the procedures for studying a beneficiary's case.",
        },
      },
      {
        key: 'SUPPORT_POLICY_GUIDE',
        kind: 'GUIDE',
        name: { ar: 'دليل سياسة الدعم للمستفيدين', en: 'Beneficiary support policy guide' },
        description: {
          ar: 'يحدد أنواع الدعم المقدم للمستفيدين وشروط استحقاقه وضوابطه.',
          en: 'Sets out the types of support offered to beneficiaries, the eligibility conditions and the rules that govern them.',
        },
      },
      {
        key: 'SUPPORT_REQUEST_FORM',
        kind: 'FORM',
        name: { ar: 'طلب دعم مستفيد', en: 'Beneficiary support request form' },
        description: {
          ar: 'النموذج الذي يعبئه المستفيد ويوقعه لطلب الدعم.',
          en: 'The form the beneficiary fills in and signs to request support.',
        },
      },
    ],
    steps: [
      {
        key: 'RECEPTION',
        title: { ar: 'استقبال المستفيد', en: 'Receive the beneficiary' },
        text: {
          ar: 'استقبال المستفيد بلباقة واحترام والإجابة على جميع الاستفسارات وإعطاء المراجع الوقت الكافي.',
          en: 'Receive the beneficiary with courtesy and respect, answer all inquiries, and give the applicant sufficient time.',
        },
        performerRole: 'STAFF',
        toolKeys: ['BYLAWS', 'SUPPORT_POLICY_GUIDE'],
        checklist: [
          {
            key: 'GREETED_COURTEOUSLY',
            text: {
              ar: 'استقبال المستفيد بلباقة واحترام',
              en: 'Beneficiary received with courtesy and respect',
            },
            required: true,
          },
          {
            key: 'REQUEST_IDENTIFIED',
            text: {
              ar: 'تحديد نوع الطلب (استفسار أو طلب دعم)',
              en: 'Type of request identified (inquiry or support request)',
            },
            required: true,
          },
          {
            key: 'QUESTIONS_ANSWERED',
            text: {
              ar: 'الإجابة على جميع استفسارات المستفيد',
              en: "All of the beneficiary's questions answered",
            },
            required: true,
          },
          {
            key: 'SUFFICIENT_TIME_GIVEN',
            text: {
              ar: 'إعطاء المستفيد الوقت الكافي',
              en: 'Beneficiary given sufficient time',
            },
            required: true,
          },
        ],
        conditional: false,
      },
      {
        key: 'VERIFICATION',
        title: { ar: 'التحقق من المعلومات', en: 'Verify the information' },
        text: {
          ar: 'التأكد من تقديم المراجع كافة المعلومات المطلوبة، وعلى الموظف مطابقة البيانات والتأكد من صلاحيتها وقت التقديم.',
          en: 'Ensure that the applicant has provided all the required information; the officer must match the data and confirm its validity at the time of submission.',
        },
        performerRole: 'STAFF',
        toolKeys: ['SUPPORT_REQUEST_FORM'],
        checklist: [
          {
            key: 'NATIONAL_ID_COPY',
            text: { ar: 'صورة الهوية الوطنية', en: 'Copy of the national ID' },
            required: true,
          },
          {
            key: 'VALID_MOBILE',
            text: { ar: 'رقم جوال ساري', en: 'Valid mobile number' },
            required: true,
          },
          {
            key: 'ADDRESS_CITY',
            text: { ar: 'العنوان والمدينة', en: 'Address and city' },
            required: true,
          },
          {
            key: 'FAMILY_MEMBERS',
            text: { ar: 'بيانات أفراد الأسرة', en: 'Family members' },
            required: true,
          },
          {
            key: 'INCOME_PROOF',
            text: { ar: 'ما يثبت الدخل', en: 'Proof of income' },
            required: true,
          },
          {
            key: 'BANK_IBAN',
            text: { ar: 'رقم الحساب البنكي (الآيبان)', en: 'Bank account number (IBAN)' },
            required: false,
          },
        ],
        conditional: false,
      },
      {
        key: 'REFERRAL',
        title: { ar: 'الإحالة للبحث الاجتماعي', en: 'Refer to social research' },
        text: {
          ar: 'في حالة عدم وضوح الإجراءات للمستفيد فعلى الموظف إحالته لمسئول البحث الاجتماعي للإجابة على تساؤلاته وإيضاح الجوانب التنظيمية.',
          en: 'If the procedures are unclear to the beneficiary, the officer shall refer them to the social research officer to answer their questions and clarify the organizational aspects.',
        },
        performerRole: 'RESEARCHER',
        toolKeys: ['SOCIAL_RESEARCH_GUIDE'],
        checklist: [
          {
            key: 'REFERRAL_REASON_RECORDED',
            text: {
              ar: 'تسجيل ما لم يتضح للمستفيد من الإجراءات',
              en: 'What was unclear to the beneficiary about the procedure recorded',
            },
            required: true,
          },
          {
            key: 'QUESTIONS_ANSWERED',
            text: {
              ar: 'الإجابة على تساؤلات المستفيد',
              en: "The beneficiary's questions answered",
            },
            required: true,
          },
          {
            key: 'PROCEDURES_CLARIFIED',
            text: {
              ar: 'إيضاح الجوانب التنظيمية للمستفيد',
              en: 'Organizational aspects clarified to the beneficiary',
            },
            required: true,
          },
        ],
        conditional: true,
        condition: {
          ar: 'عدم وضوح الإجراءات للمستفيد',
          en: 'The procedure is unclear to the beneficiary',
        },
      },
      {
        key: 'ATTESTATION',
        title: { ar: 'إقرار صحة البيانات', en: 'Attest to the data' },
        text: {
          ar: 'التأكد على صحة البيانات المقدمة من طالب الدعم والتوقيع عليها وأنه مسؤول مسئولية مباشرة عن صحة المعلومات.',
          en: 'Confirm the correctness of the data submitted by the support applicant, obtain their signature on it, and confirm that they are directly responsible for the accuracy of the information.',
        },
        performerRole: 'STAFF',
        toolKeys: ['SUPPORT_REQUEST_FORM'],
        checklist: [
          {
            key: 'DATA_REVIEWED',
            text: {
              ar: 'مراجعة البيانات المقدمة مع المستفيد',
              en: 'Submitted data reviewed with the beneficiary',
            },
            required: true,
          },
          {
            key: 'RESPONSIBILITY_EXPLAINED',
            text: {
              ar: 'إبلاغ المستفيد بأنه مسؤول مسؤولية مباشرة عن صحة المعلومات',
              en: 'Beneficiary informed that they are directly responsible for the accuracy of the information',
            },
            required: true,
          },
          {
            key: 'ATTESTATION_SIGNED',
            text: {
              ar: 'توقيع المستفيد على إقرار صحة البيانات',
              en: 'Beneficiary signed the attestation of the data',
            },
            required: true,
          },
        ],
        conditional: false,
      },
      {
        key: 'COMMITTEE',
        title: { ar: 'دراسة لجنة البحث', en: 'Research committee review' },
        text: {
          ar: 'التوضيح للمستفيد بأن طلبه سيرفع للجنة البحث لدراسة طلبه والرد عليه بشأن قبوله أو رفضه خلال مدة لا تقل عن أسبوعين.',
          en: 'Explain to the beneficiary that their request will be submitted to the research committee, which will study it and respond regarding its acceptance or rejection within a period of not less than two weeks.',
        },
        performerRole: 'COMMITTEE',
        toolKeys: ['SUPPORT_POLICY_GUIDE'],
        checklist: [
          {
            key: 'BENEFICIARY_INFORMED',
            text: {
              ar: 'إبلاغ المستفيد برفع طلبه للجنة البحث ومدة الرد',
              en: 'Beneficiary informed that the request goes to the research committee and of the response period',
            },
            required: true,
          },
          {
            key: 'REQUEST_STUDIED',
            text: {
              ar: 'دراسة الطلب وفق دليل سياسة الدعم',
              en: 'Request studied against the support policy guide',
            },
            required: true,
          },
          {
            key: 'DECISION_RECORDED',
            text: {
              ar: 'تسجيل قرار اللجنة بالقبول أو الرفض مع السبب',
              en: "Committee's decision to accept or reject recorded with its reason",
            },
            required: true,
          },
          {
            key: 'BENEFICIARY_NOTIFIED',
            text: {
              ar: 'إبلاغ المستفيد بالقرار',
              en: 'Beneficiary notified of the decision',
            },
            required: true,
          },
        ],
        conditional: false,
        windowDays: 14,
      },
      {
        key: 'REGISTRATION',
        title: { ar: 'استكمال التسجيل', en: 'Complete the registration' },
        text: {
          ar: 'استكمال اجراءات التسجيل مع اكتمال الطلبات.',
          en: 'Complete the registration procedures once the requests are complete.',
        },
        performerRole: 'STAFF',
        toolKeys: ['SUPPORT_REQUEST_FORM'],
        checklist: [
          {
            key: 'REQUEST_COMPLETE',
            text: {
              ar: 'التأكد من اكتمال الطلب ومرفقاته',
              en: 'Request and its attachments confirmed complete',
            },
            required: true,
          },
          {
            key: 'BENEFICIARY_REGISTERED',
            text: {
              ar: 'تسجيل المستفيد في سجل المستفيدين',
              en: 'Beneficiary entered in the beneficiary register',
            },
            required: true,
          },
          {
            key: 'FILE_ARCHIVED',
            text: {
              ar: 'حفظ ملف المستفيد',
              en: "Beneficiary's file filed",
            },
            required: false,
          },
        ],
        conditional: false,
      },
      {
        key: 'DELIVERY',
        title: { ar: 'تقديم الخدمة', en: 'Deliver the service' },
        text: {
          ar: 'تقديم الخدمة اللازمة.',
          en: 'Provide the required service.',
        },
        performerRole: 'STAFF',
        toolKeys: ['SUPPORT_POLICY_GUIDE'],
        checklist: [
          {
            key: 'SERVICE_DELIVERED',
            text: {
              ar: 'تقديم الخدمة المعتمدة للمستفيد',
              en: 'Approved service delivered to the beneficiary',
            },
            required: true,
          },
          {
            key: 'DELIVERY_RECORDED',
            text: {
              ar: 'توثيق تسليم الخدمة',
              en: 'Delivery of the service documented',
            },
            required: true,
          },
          {
            key: 'SURVEY_OFFERED',
            text: {
              ar: 'دعوة المستفيد لتقييم الخدمة',
              en: 'Beneficiary invited to rate the service',
            },
            required: false,
          },
        ],
        conditional: false,
      },
    ],
    approval: {
      body: {
        ar: 'مجلس إدارة جمعية الآثار',
        en: 'Board of Directors of Al-Athar Association',
      },
      boardTerm: { ar: 'الدورة الأولى', en: 'First term' },
      approvedOnGregorian: '2024-08-15',
      approvedOnHijri: '1446-02-11',
      note: {
        ar: 'تحل هذه السياسة محل جميع سياسات إدارة المتطوعين الموضوعة سابقا.',
        en: 'This policy supersedes all previously established volunteer management policies.',
      },
    },
  },
};
