// Traditional Chinese (Taiwan, Hong Kong: the words that are not just other glyphs of mainland ones — 手機, 身分證字號,
// 業務員, 合約日期), Japanese and Korean field words (Salesforce, HubSpot, Zoho, kintone, Sansan, Odoo in these
// languages). 統一編號 is a Taiwanese company's tax number — no person's id, no customer code: it stays unread; 聯絡電話 is a
// contact person's number as often as the customer's.
import type { WordTable } from './index';

export const EAST_ASIA: Record<string, WordTable> = {
  // Simplified Chinese field words are dictionary.ts's; here only the phone named by the record's kind (a customer, a
  // member, a tutoring centre's student, a pet's owner, a tenant, a car's owner): it says whose number, not which kind
  // of line, so a mobile under it is typed by its number (tel).
  'zh-CN': {
    tel: '客户电话|顾客电话|用户电话|会员电话|学员电话|学生电话|业主电话|主人电话|租客电话|车主电话',
    adviserNoun: '学管师|学管老师',
    roleNoun: '经理|店长|专员|营业员|业务员|主管|督导',
    sellerSide:
      '区域|大区|片区|门店|分店|店铺|网点|招商|销售|营销|业务|客户|会员|学员|服务|负责|专属|归属|所属|跟进|对接|责任|签约|招生',
    serviceNoun:
      '美容师|验光师|配镜师|技师|技术员|医生|医师|牙医|兽医|药师|护士|护理师|发型师|理发师|美发师|造型师|美甲师|化妆师|按摩师|理疗师|治疗师|康复师|营养师|工程师|维修员|安装员|安装工|师傅|教练|律师|司机|摄影师|设计师',
  },
  'zh-TW': {
    company: '服務單位|任職公司|任職單位|機構名稱|服務機構',
    tel: '電話|電話號碼|客戶電話|顧客電話|用戶電話|會員電話|學員電話|學生電話|業主電話|主人電話|租客電話|車主電話',
    phone: '室內電話|辦公室電話|日間電話|夜間電話|固網電話|宅電',
    mobile: '聯絡手機|行動電話號碼|流動電話號碼',
    email: '電子信箱|電子郵件信箱',
    address: '通訊處',
    addressPart: '鄉鎮區|門牌',
    birthDate: '出生日',
    idNumber: '身份證字號|身分證統一編號|國民身分證統一編號|身份證明文件號碼|居留證號碼',
    customerId: '會員編號|會員號碼|客編',
    owner: '所屬業務|承辦人|理專|跟進人|擁有者|業務',
    product: '方案名稱|保險商品|投保商品',
    signDate: '合約日期|合約開始日|合約起始日',
  },
  ja: {
    name: '名前|お客様名|契約者|契約者名|契約者氏名|会員名|フルネーム',
    firstName: 'ファーストネーム',
    middleName: 'ミドルネーム',
    lastName: 'ラストネーム',
    company: '会社|勤務先名|法人名|取引先|組織名',
    tel: '電話|電話番号|tel',
    phone: '会社電話|勤務先電話|勤務先電話番号|代表電話|代表電話番号|自宅電話番号',
    mobile: '携帯電話番号|携帯tel',
    email: 'eメール|電子メール|pcメール|携帯メール',
    address: 'ご住所|本社所在地|現住所|送付先住所|請求先住所|勤務先住所|自宅住所',
    addressPart: '〒|番地|町名・番地|町名番地|建物名|建物名・部屋番号|丁目',
    birthDate: '誕生日|お誕生日',
    customerId: 'お客様番号',
    owner: '営業担当者|顧客担当|取引先所有者|リード所有者|主担当|アカウントマネージャー',
    product: '商品名|製品|製品名|プラン|プラン名|ご契約プラン|サービス名|契約サービス|コース名|保険商品',
    signDate: '契約開始日|成約日|契約年月日|受注日',
  },
  ko: {
    name: '고객 이름|고객 성명|계약자|계약자명|가입자|가입자명|회원명|성함',
    lastName: '성',
    company: '직장|직장명|상호|상호명|기업명|업체명|거래처',
    tel: '전화|전화번호|연락처|고객 전화|고객 전화번호',
    phone: '자택 전화|자택전화|집전화|집 전화|일반전화|대표번호|대표 전화',
    mobile: '휴대폰 번호|휴대전화번호|휴대폰번호|핸드폰 번호|휴대전화 번호|모바일',
    email: '이메일 주소|전자우편|e-메일',
    address: '도로명 주소|도로명주소|지번 주소|배송지|배송 주소|주소지|거주지|설치주소|설치 주소|설치장소',
    addressPart: '상세 주소|상세주소|시/도|시도|시/군/구|시군구|읍/면/동|국가|도시',
    birthDate: '출생일',
    idNumber: '주민번호',
    owner:
      '담당|영업담당자|담당 사원|영업사원|영업 사원|설계사|담당 설계사|담당 플래너|플래너|담당 매니저|담당 상담사|담당 영업사원|상담실장|담당 실장|담당실장',
    product: '제품|제품명|요금제|플랜',
    signDate: '계약 날짜|청약일',
    roleNoun: '담당자|매니저|관리자',
    sellerSide: '영업|고객|판매|계정|거래처',
  },
};
