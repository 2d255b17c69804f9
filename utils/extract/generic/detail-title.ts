// A box's or a heading's title that names one record's details (患者信息, Client details), not the agent's own box.

// A box's title naming one record's details (买家信息, 乘客信息 · 工单 …, Client details, Datos del cliente, Kundendaten):
// the box is one record's, whatever page holds it. Not a title of the agent's own box (坐席信息, My profile).
const DETAIL_TITLE =
  /(?:信息|資訊|资料|資料|详情|詳情|档案|檔案|概况|情報|詳細)$|\b(?:info|information|details|profile|overview)$|^(?:informations?|infos?|détails?|datos|dados|dettagli|informazioni|información|informações|fiche)\b|(?:daten|informationen|profil)$/i;
const OWN_BOX_TITLE =
  /坐席|客服|员工|員工|用户|用戶|账号|賬號|账户|我的|个人|個人|本人|系统|系統|\b(?:agent|user|my|account|staff|employee|system)\b/i;

/** True when `text` (one short line) names one record's details: 买家信息, Datos del cliente, Kundendaten. */
export function namesRecordDetails(text: string): boolean {
  return text.length <= 30 && DETAIL_TITLE.test(text) && !OWN_BOX_TITLE.test(text);
}
