// Work list, queue and first-run setup (issue #12). zh-CN is the source of keys; en-worklist.ts is typed against it.
export const zhCNWorklist = {
  wlTitle: '导入工作清单',
  wlHint: '从客户管理系统导出的 Excel（.xlsx）或 CSV 文件，第一行是列名。',
  wlFile: '选择清单文件',
  wlFileRead: '文件：{name}（{encoding}，{rows} 行）',
  wlRemembered: '已按上次为此格式确认的列对应关系填好。',
  wlSite: '客户所在网站',
  wlNoSite: '请先在“网站”中启用客户管理系统的网址。',
  wlDefaultKind: '没有“回访类型”列时的回访类型',
  wlChooseKind: '请选择',
  wlLink: '客户页面链接模板（可选）',
  wlLinkHint: '例如 https://crm.example.com/customer/{id}：“下一位客户”会在当前标签页打开它。',
  wlMapping: '列对应关系',
  wlNoColumn: '（无此列）',
  wlPreview: '预览：{n} 条回访，合并重复 {merged} 行',
  wlIssues: '有 {n} 处问题，修改文件后重新选择（不会导入任何内容）：',
  wlIssueAt: '第 {row} 行 · {column}：{message}',
  wlIssueFile: '整个文件：{message}',
  wlMoreIssues: '另有 {n} 处问题未列出',
  wlImport: '导入 {n} 条回访',
  wlDone: '已导入“{name}”：{n} 条回访（合并重复 {merged} 行）。',
  wlCancel: '取消',
  // queue
  qFromList: '来自清单',
  // first-run setup
  // my calls today (History tab)
} as const;
