/** Sheet names and row layout shared by the template writer and the XLSX reader. */
export const INPUT_SHEET_NAME = '填报';
export const GUIDE_SHEET_NAME = '填写说明';
/** rows 1 (headers) and 2 (field keys) precede the data */
export const FIRST_DATA_ROW = 3;
/** rows given drop-down lists in the template */
export const TEMPLATE_ROWS = 500;
