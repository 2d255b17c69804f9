/** Who is on the line (issue #11): unsure values to confirm, a company's contacts, where the record was read. */
export const zhCNIdentity = {
  confirmTitle: '请确认客户身份',
  confirmField: '{label}“{value}”（{source}，把握 {pct}%）',
  confirmHint: '这些信息读取得不太确定。核对页面后按确认；确认之前，通话不会记到这位客户名下。',
  confirmButton: '已核对，确认',
  confirmBlocked: '请先确认客户身份（O）。',
  companyTitle: '这是公司记录：请问接电话的是哪位联系人？',
  companyNoContacts: '这是公司记录，页面没有列出联系人：请先问清对方姓名，填在下面，话术就称呼此人。',
  companyContactsTab:
    '这是公司记录，联系人在本记录的“{tab}”标签页：打开它可从列表中选出正在通话的人；或问清对方姓名，填在下面。',
  contactTyped: '输入对方姓名',
  contactTypedUse: '确定',
  contactOnLine: '接电话的是：{name}',
  contactNone: '都不是',
  contactChange: '换一位',
  sourceUrl: '网址中的记录号',
  frameRead: '客户信息读取自页面中的框架：{where}',
  frameTop: '页面本身',
  frameAmbiguous: '页面的 {n} 个框架显示了不同的客户，无法判断是哪一位：请点击客户所在的框架。',
  frameForeign: '页面中有 {n} 个来自其他网站的框架（{origins}），回访助手没有读取。需要时请在该网站上启用回访助手。',
  closedShadow: '页面有 {n} 处封闭的组件，其中的内容无法读取；缺失的字段可以用“选取”手动指定。',
} as const;
