/**
 * Traditional → Simplified for the characters that occur in 完成时限 texts. The Genhe list was
 * OCR'd in Traditional characters while the 2017 list is Simplified; a full OpenCC table would be
 * a dependency for a few dozen characters, so the table holds those seen in the seeds plus the
 * common administrative ones. Unknown characters pass through unchanged.
 */
const PAIRS =
  '時时續续進进報报當当產产開开實实關关門门單单許许處处罰罚決决個个內内長长堅坚後后際际與与從从發发務务應应項项' +
  '週周執执簽签檢检審审計计劃划結结經经營营準准備备頭头數数據据歸归辦办導导場场規规範范業业貫贯徹彻級级機机構构' +
  '號号類类書书體体會会議议總总達达標标現现將将對对證证質质衛卫醫医療疗藥药監监稅税環环資资財财員员網网絡络聯联' +
  '區区縣县鎮镇鄉乡車车農农災灾園园廣广電电視视團团組组織织統统並并稱称懲惩違违約约誠诚傳传檔档認认請请調调問问' +
  '題题別别復复覆复雙双萬万兩两這这為为過过還还運运選选遞递適适遲迟間间專专屬属嚴严態态擴扩於于條条來来極极權权' +
  '無无點点盡尽確确積积節节紀纪終终給给維维綜综線线緊紧編编績绩習习職职舊旧華华虛虚眾众衆众補补製制複复見见親亲' +
  '觀观訂订記记設设評评試试該该說说課课談谈論论識识護护讀读變变責责費费購购貨货載载邊边錄录閉闭隊队階阶隨随險险' +
  '隱隐難难預预領领頻频額额驗验齊齐舉举屆届啟启啓启佈布週周幫帮層层歷历曆历屢屡彙汇匯汇嚮向況况頒颁佈布執执罰罚';

const TABLE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
})();

export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += TABLE.get(ch) ?? ch;
  return out;
}
