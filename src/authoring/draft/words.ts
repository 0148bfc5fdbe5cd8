// Words of the field that say how a figure counts, shared by the period a figure covers and the indicator it is
// filed under: general patterns of Chinese statistical writing, none taken from a single document.

/** What exists at a date: 有效…, …拥有量, 累计达到, 总数, 现有, 已建成. */
export const STOCK_CUE =
  /有效|拥有量|保有量|累计(?:达到|达|拥有|获批|建成|认定|备案|培育|设立)|总数|总量|现有|共有|已(?:经)?(?:建成|认定|备案|设立|培育|有|建)/u;

/** What is held at a date by its nature, whatever the verb: 有效 (in force), 拥有量, 保有量. */
export const HELD = /有效|拥有量|保有量/u;

/** What happened in a period: 新增, 全年, 受理, 查处, 授权, 申请, 登记, 举办 … */
export const FLOW_CUE =
  /新(?:增|建|设|认定|培育|获批|办)|全年|当年|受理|查处|查办|办理|办结|审结|结案|立案|举办|开展|组织|授权|申请|登记|注册|培训|调解|走访|指导|提供|发放|实现|完成|移送|处理|帮助|挽回|补贴|投保|质押|融资|获得|评选|检查|促成|编印|形成|发布|接待|协助/u;
