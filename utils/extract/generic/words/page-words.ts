// Words of the app around a record, per language (docs/adapters.md, "Session 18: the app's own words"): not a field's
// label, but what tells the app's own parts from the record — its user bar, a search form's buttons, its HR menu, the
// signed-in user's own page — and a few labels a rule asks about by name (a card's number, a shop member's rank). Same
// shape as the field-word tables (language tag → kind → `|`-separated words, written as the page's text is compared:
// lower case, single spaces), but shipped in the content script itself: they are a few KB, and the rules that read
// them decide whether a page holds a customer at all, from the first read on (the field words come by the handover,
// "How the world's words reach the content script").

/**
 * userLabel: the caption of the signed-in user's name in the app's bar ("User: m.galli"); searchButton / searchSide:
 * a search form's buttons, and the ones beside them (reset, export); noteClass: a note box's class word (class names
 * are written in English); cardLabel: a card's number label; memberRank: a shop member's rank label; ownPage: the
 * signed-in user's own page as it names itself; payroll / leave / attendance / reviews / hiring: an HR system's
 * modules as its menu names them; greeting: the welcome an app's user bar opens with ("Welcome, jdoe"); staff: a
 * staff member as a page names its record's kind (employee, colleague, 员工, Mitarbeiter: an HR or intranet page).
 */
export type PageWordKind =
  | 'userLabel'
  | 'searchButton'
  | 'searchSide'
  | 'noteClass'
  | 'cardLabel'
  | 'memberRank'
  | 'ownPage'
  | 'payroll'
  | 'leave'
  | 'attendance'
  | 'reviews'
  | 'hiring'
  | 'greeting'
  | 'staff';

export type PageWordTable = Partial<Record<PageWordKind, string>>;

export const PAGE_WORDS: Record<string, PageWordTable> = {
  en: {
    greeting: 'welcome|welcome back|hello|hi',
    userLabel: 'user|current user|logged in as',
    searchButton: 'search|find|filter|apply filter|apply filters|go',
    searchSide: 'reset|clear|clear all|export|new|add|more|less',
    noteClass: 'note|notes|memo|memos',
    cardLabel: 'card',
    memberRank: 'member level|membership level|member tier|customer group|customer tier|loyalty tier',
    ownPage: 'my profile|my details|my account|my settings|my preferences',
    payroll: 'payroll|salary|salaries|payslip|payslips|pay slip|pay slips',
    leave: 'leave|leaves|time off|timeoff|absence|absences|vacation|vacations',
    attendance: 'attendance|time tracking|timetracking|timesheet|timesheets|shift|shifts',
    reviews: 'performance|reviews|appraisal|appraisals',
    hiring: 'recruiting|recruitment|hiring',
    staff: 'employee|staff|staff member|colleague|coworker|co-worker|personnel',
  },
  'zh-CN': {
    greeting: '欢迎|欢迎您|您好|你好',
    userLabel: '用户|当前用户|登录用户|操作员',
    searchButton: '查询|搜索|查找|检索|筛选',
    searchSide: '重置|清空|清除|收起|展开|导出|新增|新建|添加',
    // (Asked of the label in simplified characters: 卡號 reads as 卡号.)
    cardLabel: '卡号',
    memberRank: '会员等级|会员级别|客户等级|客户级别|顾客等级|vip等级|会员卡等级|用户等级',
    ownPage: '个人中心|个人设置|我的资料|我的信息|我的账号|我的账户|我的档案',
    payroll: '工资|薪资|薪酬',
    leave: '请假|休假|假期',
    attendance: '考勤|出勤|打卡|排班',
    reviews: '绩效|考核',
    hiring: '招聘|招募',
    staff: '同事|员工|职员|雇员',
  },
  'zh-TW': {
    greeting: '歡迎|歡迎您',
    userLabel: '用戶|當前用戶|登錄用戶',
    searchButton: '查詢|搜尋|檢索|篩選',
    searchSide: '導出',
    memberRank: '會員等級|會員級別',
    ownPage: '我的帳戶|我的帳號|我的檔案|我的資料|我的資訊|個人中心',
    payroll: '薪資',
    leave: '請假',
    reviews: '績效',
    staff: '員工|僱員',
  },
  ja: {
    greeting: 'ようこそ|こんにちは',
    userLabel: 'ユーザー|ログインユーザー',
    searchButton: '検索|絞り込み',
    searchSide: 'リセット|クリア',
    memberRank: '会員ランク',
    ownPage: 'マイプロフィール|マイアカウント',
    payroll: '給与|給与計算',
    leave: '休暇|休暇管理',
    attendance: '勤怠|勤怠管理',
    reviews: '評価|人事評価',
    hiring: '採用',
    staff: '従業員|社員|職員|スタッフ|同僚',
  },
  ko: {
    greeting: '환영합니다|안녕하세요',
    userLabel: '사용자',
    searchButton: '검색|조회',
    searchSide: '초기화',
    memberRank: '회원등급|회원 등급',
    ownPage: '내 프로필|내 정보|내 계정',
    payroll: '급여|급여관리|급여 관리',
    leave: '휴가|휴가관리|휴가 관리|연차',
    attendance: '근태|근무|근무관리|근무 관리|출퇴근',
    reviews: '평가|성과',
    hiring: '채용',
    staff: '동료|직원|사원|임직원|구성원',
  },
  de: {
    greeting: 'willkommen|hallo',
    userLabel: 'benutzer',
    searchButton: 'suchen|filtern',
    searchSide: 'zurücksetzen',
    ownPage: 'mein profil|meine daten|mein konto',
    payroll: 'gehalt|lohn|lohnabrechnung',
    leave: 'urlaub|abwesenheiten',
    attendance: 'zeiterfassung|anwesenheit',
    reviews: 'leistungsbeurteilung',
    staff: 'kollege|kollegin|mitarbeiter|mitarbeiterin|angestellte|angestellter|angestellten',
  },
  fr: {
    greeting: 'bienvenue|bonjour',
    userLabel: 'utilisateur',
    searchButton: 'rechercher|filtrer',
    searchSide: 'réinitialiser|effacer',
    ownPage: 'mon profil|mon compte|mes informations',
    payroll: 'paie',
    leave: 'congés',
    attendance: 'présence|présences',
    reviews: 'évaluations',
    hiring: 'recrutement',
    staff: 'collègue|employé|employée|salarié|salariée',
  },
  es: {
    greeting: 'bienvenido|bienvenida|hola',
    userLabel: 'usuario',
    searchButton: 'buscar|filtrar',
    searchSide: 'restablecer|limpiar',
    ownPage: 'mi perfil|mis datos|mi cuenta',
    payroll: 'nómina',
    leave: 'vacaciones|ausencias',
    attendance: 'asistencia',
    reviews: 'evaluaciones',
    hiring: 'reclutamiento',
    staff: 'colega|empleado|colaborador',
  },
  pt: {
    greeting: 'bem-vindo|bem-vinda|olá',
    userLabel: 'utilizador|usuário',
    searchButton: 'pesquisar|procurar',
    searchSide: 'limpar|redefinir',
    ownPage: 'meu perfil|meus dados|minha conta|o meu perfil|a minha conta',
    payroll: 'folha de pagamento',
    leave: 'férias',
    attendance: 'ponto',
    reviews: 'avaliações',
    hiring: 'recrutamento',
    staff: 'funcionário|funcionária',
  },
  it: {
    greeting: 'benvenuto|benvenuta',
    userLabel: 'utente',
    searchButton: 'cerca|cercare|filtra',
    searchSide: 'azzera|reimposta',
    ownPage: 'il mio profilo|il mio account',
    payroll: 'buste paga',
    leave: 'ferie',
    attendance: 'presenze',
    reviews: 'valutazioni',
    hiring: 'reclutamento',
    staff: 'collega|dipendente',
  },
  nl: {
    greeting: 'welkom',
    userLabel: 'gebruiker',
    searchButton: 'zoeken|filteren',
    searchSide: 'wissen',
    ownPage: 'mijn profiel|mijn gegevens|mijn account',
    payroll: 'salarisadministratie',
    leave: 'verlof',
    attendance: 'aanwezigheid',
    reviews: 'beoordelingen',
    hiring: 'werving',
    staff: 'medewerker|werknemer',
  },
  pl: {
    greeting: 'witaj|witamy',
    userLabel: 'użytkownik',
    searchButton: 'szukaj|wyszukaj|filtruj',
    searchSide: 'resetuj|wyczyść',
    ownPage: 'mój profil|moje dane|moje konto',
    staff: 'pracownik|pracownika|pracownikowi|pracownikiem|pracowniku|pracownikami',
  },
  cs: {
    greeting: 'vítejte',
    searchButton: 'hledat|vyhledat',
    ownPage: 'můj profil|můj účet|moje údaje',
    staff: 'zaměstnanec|zaměstnance|zaměstnanci|zaměstnancem|zaměstnankyně',
  },
  sk: { greeting: 'vitajte', ownPage: 'môj profil|môj účet' },
  hu: { greeting: 'üdvözöljük', searchButton: 'keresés|keres' },
  ru: {
    greeting: 'добро пожаловать|здравствуйте',
    userLabel: 'пользователь',
    searchButton: 'поиск|найти|искать|фильтр',
    searchSide: 'сбросить|очистить',
    ownPage: 'мой профиль|мои данные|мой аккаунт',
    payroll: 'зарплата',
    leave: 'отпуск|отпуска',
    attendance: 'табель',
    staff:
      'коллега|коллеги|сотрудник|сотрудника|сотруднику|сотрудником|сотруднике|сотрудники|сотрудников|сотрудникам|сотрудниками|сотрудниках',
  },
  uk: {
    greeting: 'вітаємо',
    userLabel: 'користувач',
    searchButton: 'пошук|знайти',
    searchSide: 'скинути',
    ownPage: 'мій профіль|мої дані',
  },
  'sr-Cyrl': { ownPage: 'мој профил' },
  hr: { ownPage: 'moj profil|moji podaci|moj račun' },
  'sr-Latn': { ownPage: 'moj nalog' },
  ro: { ownPage: 'profilul meu|contul meu' },
  el: { greeting: 'καλώς ήρθατε', searchButton: 'αναζήτηση', ownPage: 'το προφίλ μου|ο λογαριασμός μου' },
  sv: {
    greeting: 'välkommen',
    searchButton: 'sök',
    searchSide: 'återställ',
    ownPage: 'min profil|mitt konto|mina uppgifter',
  },
  da: { greeting: 'velkommen', searchButton: 'søg', searchSide: 'nulstil', ownPage: 'mine oplysninger' },
  nb: { searchButton: 'søk', searchSide: 'tilbakestill' },
  fi: { greeting: 'tervetuloa', searchButton: 'hae', searchSide: 'tyhjennä', ownPage: 'oma profiili|omat tiedot' },
  et: { ownPage: 'minu profiil' },
  tr: {
    greeting: 'hoş geldiniz|merhaba',
    userLabel: 'kullanıcı',
    searchButton: 'ara|bul|filtrele',
    searchSide: 'temizle|sıfırla',
    ownPage: 'profilim|hesabım',
    payroll: 'bordro',
    leave: 'izin',
    attendance: 'devam',
  },
  vi: {
    greeting: 'chào mừng|xin chào',
    userLabel: 'người dùng',
    searchButton: 'tìm kiếm|tìm|lọc',
    searchSide: 'đặt lại|xóa',
    ownPage: 'hồ sơ của tôi|tài khoản của tôi',
    payroll: 'lương',
    leave: 'nghỉ phép',
    attendance: 'chấm công',
    staff: 'nhân viên',
  },
  id: {
    greeting: 'selamat datang',
    userLabel: 'pengguna',
    searchButton: 'cari|saring',
    searchSide: 'atur ulang|reset ulang',
    ownPage: 'profil saya|akun saya',
    payroll: 'gaji|penggajian',
    leave: 'cuti',
    attendance: 'kehadiran|absensi',
    staff: 'karyawan|pegawai',
  },
  th: {
    searchButton: 'ค้นหา',
    searchSide: 'ล้าง',
    ownPage: 'โปรไฟล์ของฉัน',
    payroll: 'เงินเดือน',
    leave: 'วันลา',
    staff: 'พนักงาน',
  },
  ar: {
    greeting: 'مرحبا|أهلا',
    userLabel: 'المستخدم',
    searchButton: 'بحث|ابحث',
    searchSide: 'إعادة تعيين|مسح',
    ownPage: 'ملفي الشخصي|حسابي',
    staff: 'زميل|الزميل|موظف|الموظف|موظفين|الموظفين',
  },
  fa: {
    greeting: 'خوش آمدید',
    userLabel: 'کاربر',
    searchButton: 'جستجو',
    searchSide: 'پاک کردن',
    ownPage: 'پروفایل من|حساب کاربری من',
  },
  he: {
    greeting: 'ברוך הבא|שלום',
    userLabel: 'משתמש',
    searchButton: 'חיפוש|חפש',
    searchSide: 'נקה',
    ownPage: 'הפרופיל שלי|החשבון שלי',
  },
  ca: { greeting: 'benvingut|benvinguda' },
  hi: { greeting: 'स्वागत|नमस्ते', ownPage: 'मेरी प्रोफ़ाइल|मेरी प्रोफाइल|मेरा प्रोफ़ाइल|मेरा प्रोफाइल|मेरा खाता' },
  // The signed-in user's own page in the languages of South and Central Asia, the Caucasus and East Africa whose CRMs
  // the held-out rounds reach (docs/adapters.md, "Session 25: round 25 opened").
  bn: { ownPage: 'আমার প্রোফাইল|আমার অ্যাকাউন্ট' },
  ne: { ownPage: 'मेरो प्रोफाइल|मेरो खाता' },
  mr: { ownPage: 'माझे प्रोफाइल|माझे खाते' },
  gu: { ownPage: 'મારી પ્રોફાઇલ|મારું ખાતું' },
  pa: { ownPage: 'ਮੇਰੀ ਪ੍ਰੋਫਾਈਲ|ਮੇਰਾ ਖਾਤਾ' },
  ta: { ownPage: 'எனது சுயவிவரம்|என் சுயவிவரம்|எனது கணக்கு' },
  te: { ownPage: 'నా ప్రొఫైల్|నా ఖాతా' },
  kn: { ownPage: 'ನನ್ನ ಪ್ರೊಫೈಲ್|ನನ್ನ ಖಾತೆ' },
  ml: { ownPage: 'എന്റെ പ്രൊഫൈൽ|എന്റെ അക്കൗണ്ട്' },
  si: { ownPage: 'මගේ පැතිකඩ|මගේ ගිණුම' },
  ur: { ownPage: 'میری پروفائل|میرا پروفائل|میرا اکاؤنٹ' },
  my: { ownPage: 'ကျွန်ုပ်၏ ပရိုဖိုင်' },
  km: { ownPage: 'ប្រវត្តិរូបរបស់ខ្ញុំ|គណនីរបស់ខ្ញុំ' },
  mn: { ownPage: 'миний профайл|миний бүртгэл' },
  ka: { ownPage: 'ჩემი პროფილი|ჩემი ანგარიში' },
  hy: { ownPage: 'իմ պրոֆիլը|իմ էջը' },
  kk: { ownPage: 'менің профилім|жеке кабинет' },
  uz: { ownPage: 'mening profilim|shaxsiy kabinet' },
  am: { ownPage: 'የእኔ መገለጫ' },
  sw: { ownPage: 'wasifu wangu|akaunti yangu' },
};

/** Every language's words of one kind, in the tables' order. */
export function pageWords(kind: PageWordKind): string[] {
  return Object.values(PAGE_WORDS).flatMap((table) =>
    (table[kind] ?? '')
      .split('|')
      .map((w) => w.trim())
      .filter(Boolean),
  );
}

/** Words as one regular expression's alternatives (`a|b c|…`), their special characters escaped; `space` for a space. */
export function wordAlternatives(words: string[], space = ' '): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, space)).join('|');
}
