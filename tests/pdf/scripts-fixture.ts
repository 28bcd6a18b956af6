import type { BookEntry } from '../../electron/books/book-types';

/** One name per script the ministry reads, each in a summary of its own language. */
export const NAMES = {
  arabic: 'محمد بن سلمان',
  persian: 'مسعود پزشکیان',
  hebrew: 'בנימין נתניהו',
  chineseSimplified: '习近平',
  chineseTraditional: '賴清德',
  japanese: '岸田文雄',
  korean: '김정은',
  hindi: 'नरेन्द्र मोदी',
  russian: 'Владимир Путин',
} as const;

export type ScriptKey = keyof typeof NAMES;

interface Sample {
  language: string;
  title: string;
  body: string;
  keyPoint: string;
}

const SAMPLES: Record<ScriptKey, Sample> = {
  arabic: {
    language: 'ar',
    title: 'ولي العهد السعودي يستقبل وزير الخارجية',
    body: `استقبل ولي العهد الأمير ${NAMES.arabic} وزير الخارجية في الرياض، وبحث الجانبان العلاقات الثنائية والسلام في المنطقة.`,
    keyPoint: 'اتفق الجانبان (الرياض وضيفها) على مواصلة التشاور بشأن الأمن الإقليمي.',
  },
  persian: {
    language: 'fa',
    title: 'دیدار رئیس‌جمهور با وزیر امور خارجه',
    body: `رئیس‌جمهور ${NAMES.persian} در تهران با وزیر امور خارجه دیدار و درباره همکاری‌های منطقه‌ای گفت‌وگو کرد.`,
    keyPoint: 'دو طرف بر ادامه گفت‌وگو تأکید کردند.',
  },
  hebrew: {
    language: 'he',
    title: 'ראש הממשלה נפגש עם שר החוץ',
    body: `ראש הממשלה ${NAMES.hebrew} נפגש בירושלים עם שר החוץ ודנו בביטחון האזורי.`,
    keyPoint: 'הצדדים הסכימו להמשיך בדיאלוג.',
  },
  chineseSimplified: {
    language: 'zh',
    title: '国家主席会见外交部长',
    body: `国家主席${NAMES.chineseSimplified}在北京人民大会堂会见来访的外交部长，双方就双边关系和地区和平深入交换意见，并同意加强在贸易、气候变化和公共卫生领域的合作，推动两国关系持续健康稳定发展。`,
    keyPoint: '双方同意加强合作。',
  },
  chineseTraditional: {
    language: 'zh-Hant',
    title: '總統會見外交部長',
    body: `總統${NAMES.chineseTraditional}在臺北會見來訪的外交部長，雙方就區域和平與經貿關係交換意見。`,
    keyPoint: '雙方同意加強對話。',
  },
  japanese: {
    language: 'ja',
    title: '首相が外務大臣と会談',
    body: `${NAMES.japanese}首相は東京で外務大臣と会談し、地域の安全保障と経済協力について意見を交換した。`,
    keyPoint: '両者は対話を続けることで一致した。',
  },
  korean: {
    language: 'ko',
    title: '국무위원장 외무상 접견',
    body: `Chairman Kim Jong Un (${NAMES.korean}) 국무위원장은 평양에서 외무상을 접견하고 지역 정세를 논의했다.`,
    keyPoint: '양측은 대화를 계속하기로 했다.',
  },
  hindi: {
    language: 'hi',
    title: 'प्रधानमंत्री ने विदेश मंत्री से मुलाकात की',
    body: `प्रधानमंत्री ${NAMES.hindi} ने नई दिल्ली में विदेश मंत्री से मुलाकात की और क्षेत्रीय सुरक्षा पर चर्चा की। Press Trust of India.`,
    keyPoint: 'दोनों पक्ष बातचीत जारी रखने पर सहमत हुए।',
  },
  russian: {
    language: 'ru',
    title: 'Президент принял министра иностранных дел',
    body: `Президент ${NAMES.russian} принял в Кремле министра иностранных дел и обсудил региональную безопасность.`,
    keyPoint: 'Стороны договорились продолжить диалог.',
  },
};

/** Summaries in Arabic, Persian, Hebrew, Chinese, Japanese, Korean, Hindi and Russian. */
export function scriptEntries(): BookEntry[] {
  return (Object.keys(SAMPLES) as ScriptKey[]).map((key, i) => {
    const s = SAMPLES[key];
    return {
      id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
      title: s.title,
      meetingDate: `2024-03-${String(10 + i).padStart(2, '0')}`,
      city: 'Vientiane',
      country: 'Laos',
      sourceName: 'MFA press release',
      sourceUrl: `https://news.example.org/2024/${key}`,
      body: s.body,
      keyPoints: [s.keyPoint],
      notes: '',
      language: s.language,
      publishedDate: null,
      sourceAuthor: null,
      primaryForum: 'East Asia Summit',
      forums: ['East Asia Summit'],
      actors: [NAMES[key]],
      actorDetails: [{ name: NAMES[key], type: 'person' as const, aliases: [] }],
      themes: [],
    };
  });
}
