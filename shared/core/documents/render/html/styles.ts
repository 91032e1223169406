/**
 * CSS of the general elements, body blocks, closing and 版记. Every block is a whole number of
 * body lines high so the 22-line grid holds on every page.
 */
export const ELEMENT_CSS = `
.masthead{position:relative}
.masthead>.at{position:absolute;left:0;right:0;margin:0;text-indent:0;white-space:nowrap}
.mark-line{font-family:var(--font-heiti);letter-spacing:0}
.mark-line.right{text-align:right}
.issuer-mark{left:50%!important;right:auto!important;width:0;display:flex;justify-content:center;line-height:1;
  color:var(--red);font-family:var(--font-xiaobiaosong);letter-spacing:0}
.issuer-mark>span{flex:none;white-space:nowrap}
.doc-number{text-align:center;letter-spacing:0}
.red-rule{height:0;border-top:1.5pt solid var(--red)}
.title{font-family:var(--font-xiaobiaosong);font-size:22pt;text-align:center;text-indent:0;letter-spacing:0;
  white-space:nowrap}
.recipients{text-indent:0}
.h1{font-family:var(--font-heiti)}
.h2{font-family:var(--font-kaiti)}
table.grid{border-collapse:collapse;table-layout:fixed;margin:0 auto;text-indent:0;letter-spacing:0}
table.grid th,table.grid td{border:.25mm solid #000;padding:0 1mm;line-height:calc(225mm / 22 - .25mm);
  text-align:center;font-weight:normal;overflow-wrap:anywhere}
table.grid th{font-family:var(--font-heiti)}
table.grid td.left{text-align:justify}
table.grid.dense{font-size:14pt}
table.grid.dense th,table.grid.dense td{line-height:7mm;padding:.75mm 1mm}
.attachments{padding-left:2em}
.enclosure{break-before:page}
.att-label{font-family:var(--font-heiti);text-indent:0;letter-spacing:0}
.att-row{display:flex;text-align:left}
.att-lead{flex:none;width:3em}
.att-num{flex:none}
.att-name{flex:1;min-width:0}
.sig-room{height:calc(225mm * 2 / 22);break-inside:avoid;break-before:avoid}
.signature{position:absolute;left:0;right:0;text-indent:0}
.signature .blank{height:1lh}
.sig-row{text-align:right;padding-right:4em}
.sig-date{display:inline-block;position:relative;text-align:left}
.sig-over{position:absolute;left:50%;bottom:100%;width:0;display:flex;justify-content:center;white-space:nowrap}
.sig-over>span{flex:none}
.sig-long{text-align:right;padding-right:2em}
.sig-plain{text-align:right;padding-right:2em}
.sig-plain>span{display:inline-grid;text-align:left}
.sig-plain .sig-date2{padding-left:2em}
.seal-placeholder{display:none}
@media screen{.seal-placeholder{display:block;position:absolute;left:50%;top:-3mm;width:42mm;height:42mm;
  transform:translate(-50%,-50%);border:.5mm dashed var(--red);border-radius:50%;box-sizing:border-box}}
.attendance{padding-left:5em;text-indent:-3em}
.attendance>b{font-weight:normal;font-family:var(--font-heiti)}
.foot-room{break-inside:avoid}
.foot-room.next-page{break-before:page}
.foot-room.bare,.blank-page{page:bare}
.blank-page{height:1mm}
.body-end{height:0}
.foot-signal{position:absolute;left:0;width:1px;height:1px}
.foot{position:absolute;left:0;right:0;display:flex;flex-direction:column;justify-content:flex-end;font-size:14pt;
  letter-spacing:0;text-indent:0;text-align:left}
.foot-row{position:relative;min-height:var(--line);box-sizing:border-box;padding:0 1em;display:flex;align-items:center}
.foot-row>.rules{position:absolute;left:0;top:0;width:100%;height:100%;overflow:visible;fill:#000}
.foot-row.hang{display:block;text-align:justify}
.foot-row.split{justify-content:space-between}
.foot-row.end{justify-content:flex-end}
`;
