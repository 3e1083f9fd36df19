/**
 * The 36 departments of the Genhe task list (seed 004, Annex 1) in 序號 order, with the name
 * as printed (Traditional, OCR'd) beside the Simplified name the product shows.
 */
export interface GenheDepartment {
  /** 序號 in Annex 1 */
  seq: number;
  /** stable unit code used by genhe-tasks-2023: "GH-" + pinyin initials of the short name */
  code: string;
  /** Simplified Chinese, as shown in the product */
  name: string;
  /** the 部门名称 cell exactly as in the seed */
  documentName: string;
}

export const genheDepartments: readonly GenheDepartment[] = [
  { seq: 1, code: 'GH-ZZB', name: '市委组织部', documentName: '市委組織部' },
  { seq: 2, code: 'GH-XCB', name: '市委宣传部', documentName: '市委宣傳部' },
  { seq: 3, code: 'GH-BB', name: '市委编办', documentName: '市委編辦' },
  { seq: 4, code: 'GH-FGW', name: '市发改委', documentName: '市發改委' },
  { seq: 5, code: 'GH-JTJ', name: '市教体局', documentName: '市教體局' },
  { seq: 6, code: 'GH-NMSL', name: '市农牧水利科技局', documentName: '市農牧水利科技局' },
  { seq: 7, code: 'GH-GXJ', name: '市工信局', documentName: '市工信局' },
  { seq: 8, code: 'GH-MW', name: '市民委', documentName: '市民委' },
  { seq: 9, code: 'GH-GAJ', name: '市公安局', documentName: '市公安局' },
  { seq: 10, code: 'GH-MZJ', name: '市民政局', documentName: '市民政局' },
  { seq: 11, code: 'GH-SFJ', name: '市司法局', documentName: '市司法局' },
  { seq: 12, code: 'GH-CZJ', name: '市财政局', documentName: '市財政局' },
  { seq: 13, code: 'GH-RSJ', name: '市人社局', documentName: '市人社局' },
  { seq: 14, code: 'GH-ZRZY', name: '市自然资源局', documentName: '市自然資源局' },
  { seq: 15, code: 'GH-STHJ', name: '市生态环境局', documentName: '市生態環境局' },
  { seq: 16, code: 'GH-ZJJ', name: '市住建局', documentName: '市住建局' },
  { seq: 17, code: 'GH-JTYS', name: '市交通运输局', documentName: '市交通運輸局' },
  { seq: 18, code: 'GH-WLJ', name: '市文旅局', documentName: '市文旅局' },
  { seq: 19, code: 'GH-WJW', name: '市卫健委', documentName: '市衛健委' },
  { seq: 20, code: 'GH-TYJR', name: '市退役军人事务局', documentName: '市退役軍人事務局' },
  { seq: 21, code: 'GH-YJJ', name: '市应急局', documentName: '市應急局' },
  { seq: 22, code: 'GH-SJJ', name: '市审计局', documentName: '市審計局' },
  { seq: 23, code: 'GH-SCJG', name: '市市场监管局', documentName: '市市場監管局' },
  { seq: 24, code: 'GH-TJJ', name: '市统计局', documentName: '市統計局' },
  { seq: 25, code: 'GH-LCJ', name: '市林草局', documentName: '市林草局' },
  { seq: 26, code: 'GH-YBJ', name: '市医保局', documentName: '市醫保局' },
  { seq: 27, code: 'GH-XFJ', name: '市信访局', documentName: '市信訪局' },
  { seq: 28, code: 'GH-ZWFW', name: '市政务服务局', documentName: '市政務服務局' },
  { seq: 29, code: 'GH-XFZD', name: '市消防支队', documentName: '市消防支隊' },
  { seq: 30, code: 'GH-QXJ', name: '市气象局', documentName: '市氣象局' },
  { seq: 31, code: 'GH-YCZM', name: '市烟草专卖公司', documentName: '市煙草專賣公司' },
  { seq: 32, code: 'GH-FY', name: '市人民法院', documentName: '市人民法院' },
  { seq: 33, code: 'GH-ZGH', name: '市总工会', documentName: '市總工會' },
  { seq: 34, code: 'GH-GSL', name: '市工商联', documentName: '市工商聯' },
  { seq: 35, code: 'GH-SWJ', name: '税务局', documentName: '稅務局' },
  {
    seq: 36,
    code: 'GH-RMYH',
    name: '中国人民银行根河市中心支行',
    documentName: '中國人民銀行根河市中心支行',
  },
];
