/**
 * The value-stage ladder's words (B. Gale, *Managing Customer Value*, 1994, via deck 000): what each
 * stage focuses on, what it means in practice (after the deck), what a company measures there and what
 * the next rung asks (the course's own), and the self-assessment's statements. Core keeps only the
 * stages' order and the rule that places an organisation on them.
 */
import { messages, type Catalog } from '../../lib/i18n';

const en = {
  title: 'The value-stage ladder',
  blurb: 'Climb the four stages from meeting standards to winning on customer value, and place your own organisation on them.',
  'conformance-quality.name': 'Conformance quality',
  'conformance-quality.focus': 'Minimum requirements',
  'conformance-quality.practice': 'Deliver what we promise and meet the standards we have set.',
  'conformance-quality.measure': 'Defect and error rates, on-time delivery, compliance with specifications and service standards.',
  'conformance-quality.nextStep': 'Look outward: ask customers what they want, not only whether we met our own specification, and treat complaints as information.',
  'customer-satisfaction.name': 'Customer satisfaction',
  'customer-satisfaction.focus': 'Customer focus',
  'customer-satisfaction.practice': 'Provide what customers want and respond to their complaints.',
  'customer-satisfaction.measure': 'Satisfaction surveys of current customers; complaint numbers and how quickly and fully they are resolved.',
  'customer-satisfaction.nextStep': 'Satisfaction alone does not keep customers: find out why satisfied customers still leave, and work on keeping them and on their recommendations.',
  'customer-loyalty.name': 'Customer loyalty',
  'customer-loyalty.focus': 'Customer attitudes',
  'customer-loyalty.practice': 'Keep our customers and get them to recommend us.',
  'customer-loyalty.measure': 'Retention and defection rates, repeat purchase, share of wallet, willingness to recommend.',
  'customer-loyalty.nextStep': 'Compare with competitors: learn which needs matter most to the customers you target, and how you perform on them against the alternatives.',
  'customer-value.name': 'Customer value',
  'customer-value.focus': 'Competitive focus on targeted markets',
  'customer-value.practice': 'Meet the critical needs of targeted customers, outperform competitors and create new, unique benefits.',
  'customer-value.measure': 'Perceived quality and price relative to competitors (the customer value map); market share in the targeted segments.',
  'customer-value.nextStep': "Staying on top: keep measuring value against competitors, because today's unique benefit becomes tomorrow's minimum requirement.",
  firstStep: 'Start at the first rung: agree the minimum requirements every customer must get, and meet them every time.',
  'statement.cq-promises': 'We consistently deliver what we promise to customers.',
  'statement.cq-standards': 'Our products and services reliably meet our quality standards.',
  'statement.cs-wants': 'We regularly ask customers what they want and act on the answers.',
  'statement.cs-complaints': 'Complaints are answered quickly and their causes are fixed.',
  'statement.cl-retention': 'We track which customers we keep and which we lose, and why they leave.',
  'statement.cl-recommend': 'Many of our customers recommend us to others.',
  'statement.cv-critical-needs': 'We know the critical needs of the customers we target and beat competitors on them.',
  'statement.cv-new-benefits': 'We create new, unique benefits that competitors do not offer.',
} satisfies Catalog;

const zh: Catalog<keyof typeof en> = {
  title: '价值阶梯',
  blurb: '从达到标准一路攀登到以客户价值取胜的四个阶段，并看看你所在的组织站在哪一级。',
  'conformance-quality.name': '符合性质量',
  'conformance-quality.focus': '达到基本要求',
  'conformance-quality.practice': '兑现对客户的承诺，达到既定的标准。',
  'conformance-quality.measure': '缺陷率和差错率、准时交付率，以及是否符合产品规格和服务标准。',
  'conformance-quality.nextStep': '把目光转向外部：不只检查是否符合自己的标准，更要了解客户想要什么，并把投诉当作改进的线索。',
  'customer-satisfaction.name': '客户满意',
  'customer-satisfaction.focus': '以客户为中心',
  'customer-satisfaction.practice': '提供客户想要的产品和服务，及时回应客户投诉。',
  'customer-satisfaction.measure': '现有客户满意度调查；投诉数量，以及投诉处理得是否迅速、彻底。',
  'customer-satisfaction.nextStep': '仅靠满意留不住客户：要弄清满意的客户为什么仍会流失，着力留住客户并提高他们的推荐意愿。',
  'customer-loyalty.name': '客户忠诚',
  'customer-loyalty.focus': '客户态度',
  'customer-loyalty.practice': '留住现有客户，并让他们主动向别人推荐我们。',
  'customer-loyalty.measure': '客户保持率和流失率、重复购买率、钱包份额、推荐意愿。',
  'customer-loyalty.nextStep': '与竞争对手比较：弄清目标客户最看重哪些需求，以及在这些需求上我们与竞争对手相比表现如何。',
  'customer-value.name': '客户价值',
  'customer-value.focus': '在目标市场上与竞争对手比拼',
  'customer-value.practice': '满足目标客户的关键需求，胜过竞争对手，并创造新的、独特的利益。',
  'customer-value.measure': '相对于竞争对手的感知质量和价格（客户价值图），以及在目标细分市场中的份额。',
  'customer-value.nextStep': '保持领先：持续对照竞争对手衡量客户价值，因为今天独特的利益，明天就会变成基本要求。',
  firstStep: '从第一级做起：明确每位客户都应得到的基本要求，并且每次都做到。',
  'statement.cq-promises': '我们始终能兑现对客户的承诺。',
  'statement.cq-standards': '我们的产品和服务稳定地达到质量标准。',
  'statement.cs-wants': '我们定期了解客户的需求，并据此改进。',
  'statement.cs-complaints': '客户投诉能得到迅速回应，问题的根源也会被解决。',
  'statement.cl-retention': '我们跟踪哪些客户留了下来、哪些流失了，以及流失的原因。',
  'statement.cl-recommend': '我们的很多客户会主动向别人推荐我们。',
  'statement.cv-critical-needs': '我们了解目标客户的关键需求，并在这些方面胜过竞争对手。',
  'statement.cv-new-benefits': '我们不断创造竞争对手无法提供的新的、独特的利益。',
};

export const t = messages({ en, zh });
export type LadderMessage = keyof typeof en;
