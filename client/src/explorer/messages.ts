/**
 * The explorer's own words, in the app's two languages. The explorer follows the language the
 * app remembers (`masar.locale`, Arabic unless English was chosen, `?lang=` in the address
 * too) and has its own switch, which the app then follows. GraphiQL's panes stay in English
 * and left to right: they are code.
 */
import type { AppLocale } from '../shared/locale';

export interface ExplorerText {
  /** The bar's and the examples menu's direction. */
  dir: 'rtl' | 'ltr';
  title: string;
  brand: string;
  examples: string;
  csv: string;
  csvTitle: string;
  csvBusy: string;
  downloaded: (file: string) => string;
  csvFailed: string;
  guide: string;
  back: string;
  nav: string;
  /** The switch's label: the other language's name, in that language. */
  switchTo: string;
  switchTitle: string;
  writeQuery: string;
  notJson: (what: 'variables' | 'headers') => string;
  notObject: (what: 'variables' | 'headers') => string;
  notSignedIn: string;
  notAllowed: string;
  tooMany: string;
  refused: (status: number) => string;
  unreachable: string;
}

export const EXPLORER_TEXT: Record<AppLocale, ExplorerText> = {
  ar: {
    dir: 'rtl',
    title: 'مستكشف الواجهة البرمجية',
    brand: 'مسار',
    examples: 'أمثلة',
    csv: 'CSV',
    csvTitle: 'تنزيل أول قائمة في الاستعلام ملفَّ CSV (UTF-8، يفتح في Excel)',
    csvBusy: 'يُجهَّز الملف…',
    downloaded: (file) => `نُزّل ${file}`,
    csvFailed: 'تعذّر إعداد ملف CSV.',
    guide: 'دليل المحلل',
    back: 'العودة إلى مسار',
    nav: 'مسار',
    switchTo: 'English',
    switchTitle: 'Show the explorer in English',
    writeQuery: 'اكتب استعلامًا أولًا.',
    notJson: (what) => `${what === 'variables' ? 'المتغيرات' : 'الترويسات'} ليست JSON صالحًا.`,
    notObject: (what) =>
      `${what === 'variables' ? 'المتغيرات' : 'الترويسات'} يجب أن تكون كائن JSON.`,
    notSignedIn: 'لم تسجّل الدخول (سجّل الدخول مجددًا، أو الصق رمز API في الترويسات)',
    notAllowed: 'غير مسموح',
    tooMany: 'طلبات كثيرة: أعد المحاولة بعد دقيقة',
    refused: (status) => `تعذّر إعداد ملف CSV (${status})`,
    unreachable: 'تعذّر الوصول إلى الخادم.',
  },
  en: {
    dir: 'ltr',
    title: 'API explorer',
    brand: 'Masar',
    examples: 'Examples',
    csv: 'CSV',
    csvTitle: "Download the query's first list as CSV (UTF-8, opens in Excel)",
    csvBusy: 'Preparing CSV…',
    downloaded: (file) => `Downloaded ${file}`,
    csvFailed: 'The CSV could not be made.',
    guide: 'Analyst guide',
    back: 'Back to Masar',
    nav: 'Masar',
    switchTo: 'العربية',
    switchTitle: 'اعرض المستكشف بالعربية',
    writeQuery: 'Write a query first.',
    notJson: (what) => `The ${what} are not valid JSON.`,
    notObject: (what) => `The ${what} must be a JSON object.`,
    notSignedIn: 'Not signed in (sign in again, or paste an API token under Headers)',
    notAllowed: 'Not allowed',
    tooMany: 'Too many requests: try again in a minute',
    refused: (status) => `The CSV could not be made (${status})`,
    unreachable: 'The server could not be reached.',
  },
};
