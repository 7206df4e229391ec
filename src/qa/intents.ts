import type { Intent } from './types.js';
import { requiredWords } from './pattern-words.js';
import { isAsciiLetterOrDigit, lengthsByFirst, mayBeListed } from '../nlp/normalize.js';

/** What kind of value answers a question. */
export type AnswerType =
  | 'person'
  | 'organisation'
  | 'place'
  | 'time'
  | 'distance'
  | 'count'
  | 'money'
  | 'percent'
  | 'score'
  | 'age'
  | 'duration'
  | 'quote'
  | 'source'
  | 'credit'
  | 'reason'
  | 'description'
  | 'alias'
  | 'manner'
  | 'entity'
  | 'yes-no'
  | 'event'
  | 'none';

/** Answer kinds a question asks for precisely: a sentence without such a value cannot answer it. */
export const PRECISE_ANSWERS: ReadonlySet<AnswerType> = new Set<AnswerType>(['distance', 'count', 'money', 'percent', 'score', 'age', 'duration', 'time', 'quote', 'source', 'credit', 'place', 'reason', 'alias']);

export interface IntentRule {
  /** Shown in explanations: which rule read the question. */
  name: string;
  intent: Intent;
  /** Tested against the normalised question (lower case, straight quotes, shorthand expanded). */
  pattern: RegExp;
  wants: AnswerType[];
  /** Words the rule consumes: they say what kind of answer is wanted, not what it is about. */
  cues?: string;
}

/** "What happened in Merrow in August 2016?": the time or place named is in `scene` (as written: any case). */
export const EVENT_QUESTION = /^what(?: (?:happened|occurred|took place|went on)|(?:'s|s| has) (?:happened|occurred))\s+(?<scene>(?:in|at|on|near|during|outside|inside|off|around)\b[^?]+?)\s*\??$/i;

/**
 * The question-type table, first match wins. Patterns run on the raw (lower-cased) question, before
 * any stop-word removal: wink marks every wh-word as a stop word. The named group `subject`, where
 * present, captures who or what the question is about ("what did <subject> say").
 */
export const INTENT_RULES: readonly IntentRule[] = [
  { name: 'help', intent: 'help', pattern: /^(?:help|commands|usage|how (?:do|can|should) i (?:use|ask)|what can (?:you|this bot) do|what (?:do|can) i ask)\b/, wants: ['none'] },
  {
    name: 'greeting',
    intent: 'smalltalk',
    pattern: /^(?:hi|hello|hey|hiya|yo|howdy|good (?:morning|afternoon|evening|night)|thanks?(?: you)?|thank you|cheers|bye|goodbye|ok|okay|cool|nice|great|lol|who are you|what are you|are you a bot|how are you)\b[\s!.?,a-z]{0,12}$/,
    wants: ['none'],
  },
  {
    name: 'summary',
    intent: 'summary',
    // ("What's this one about?", "what is this row all about?": "this" with a noun of the asker's own points at the story too.)
    // ("tl;dr|tldr" is "tl;?dr" written out, so that its words can be read off the pattern: see matchIntent.)
    // ("What's the story here?", "what's this story?": the story itself is what is asked.)
    pattern: /(?:what(?:'s| is| was) (?:this|the) (?:[a-z]+ )?(?:article|story|piece|news|report|text)(?: all)? about|^what(?:'s| is) (?:this|the) story(?: here)?\??$|^what(?:'s| is) (?:it|this(?: [a-z]+){0,2})(?: all)? about\??$|\bsummar(?:y|ise|ize)\b|\b(?:tl;dr|tldr)\b|^what happened\??$|\bmain points?\b|\bthe gist\b|what is going on\??$|what's going on\??$)/,
    wants: ['none'],
  },
  {
    name: 'facts-about',
    intent: 'list',
    pattern: /^(?:(?:list|give me|show me|show|tell me)\s+)?(?:the\s+|all\s+|some\s+)?(?:facts|everything|info|information)\s+(?:about|on)\s+(?<subject>.+?)\??$|^(?:tell me (?:everything |more |all )?about|what do (?:we|you) know about|what does the (?:article|story) say about)\s+(?<subject2>.+?)\??$/,
    wants: ['entity'],
  },
  { name: 'stands-for', cues: 'stand', intent: 'definition', pattern: /^what (?:does|do|did) (?<subject>.+?) stand for\b/, wants: ['alias'] },
  {
    // "Who wrote this article?" is answered by its byline, not by anyone who wrote something in it
    // ("the study's co-author").
    name: 'byline',
    intent: 'source',
    pattern: /^(?:who|which (?:reporter|journalist|writer|correspondent))\b.*\b(?:wrote|writes|written|authored|reported|filed)\b.*\b(?:this|the) (?:article|story|piece|report)\b|^who(?:'s| is| was) the (?:author|writer|reporter|journalist|correspondent)(?: of (?:this|the) (?:article|story|piece|report))?\??$|\bwhose byline\b/,
    wants: ['none'],
  },
  {
    name: 'photo-credit', cues: 'photo picture image photograph pic pictured photographed take shot snap credit',
    intent: 'source',
    pattern: /^(?:who|which (?:photographer|agency|news agency))\b.*\b(?:photo|photos|picture|pictures|image|images|photograph|photographs|pic|pics|pictured|photographed|shot|snapped|took the)\b|\b(?:photo|picture|image) credit\b|\bcredit(?:ed)? for the (?:photo|picture|image)/,
    wants: ['credit'],
  },
  // "How did the crown react to the announcement?", "how did Meridex's stock do?": a market's
  // move ("strengthened 0.6 percent"), not what anyone said.
  {
    name: 'market-move',
    intent: 'how-much',
    cues: 'react respond do fare perform',
    pattern: /^how (?:did|has|have|had|does|do|will|would) (?:the |its |their |[\w'’-]+'s )?(?:[\w'’-]+ )?(?:stocks?|shares?|share price|markets?|currency|bonds?|index|prices?|crown|krona|krone|euro|dollar|pound|yen|franc|peso|rupee|rand|lira)(?: markets?)? (?:react|respond|do|fare|perform)\b/,
    wants: ['percent', 'money', 'count'],
  },
  {
    name: 'quote', cues: 'say tell add claim state announce comment word statement remark quote message think describe characterise characterize react',
    intent: 'quote',
    pattern: /^what (?:did|does|do|has|have|had|will|would) (?<subject>.+?) (?:say|said|tell|told|add|added|claim|warn|announce|state|vow|pledge|promise|describe|call|mean(?!\s*\??$)|think|write|comment|reply|respond|argue|insist|admit|deny|predict)\b(?! up\b)(?<rest>.*)$|^what (?:was|were|are|is) (?<subject2>.+?)(?:'s|') (?:words|comments?|statement|remarks?|quote|message|response|reaction|view|position)\b|^how (?:did|does|do|has|have|had|would|will) (?<subject3>.+?) (?:describe|characteri[sz]e|react)\b(?<rest3>.*)$/,
    wants: ['quote'],
  },
  {
    name: 'source', cues: 'say report quote claim tell announce confirm state warn describe call estimate accord source',
    intent: 'source',
    pattern: /^(?:who|which(?: \w+){0,3}?) (?:said|says|say|reported|reports|report|quoted|quotes|claimed|claims|told|announced|announces|confirmed|confirms|stated|states|warned|warns|described|describes|called|calls|estimated|estimates|according)\b|according to (?:whom|who|which|what)|(?:who|what) (?:is|was|are|were) the source|\bwho (?:is|are) (?:saying|reporting|claiming)\b|^says who\b|\bsource of\b/,
    wants: ['source'],
  },
  // "What will the prize money be spent on?", "where do the profits go?", "what is the grant
  // for?": what money goes to (the going and spending are no words the answer must hold). ("What
  // are the scales used for?" asks a use, but no use of money.)
  {
    name: 'money-use',
    cues: 'spend spent spending use used using go goes going went towards doing pay paying get got meant supposed plan planned',
    intent: 'what',
    pattern:
      /^(?:and |so |but )?what(?:'s| is| are| was| were| will| would| did| does| do| has| have| had)\b.*\b(?:spen[dt]|spending)\b(?: [\w'’-]+){0,4}? (?:on|for)(?: first| instead| now)?\s*\??$|^(?:and |so |but )?(?=.*\b(?:money|cash|funds?|grant|proceeds|profits?|surplus|donations?|takings|winnings|budget|windfall)\b)(?:what(?:'s| is| are| was| were| will| would| did| does| do)\b.*\b(?:use|used|using)\b(?: [\w'’-]+){0,4}? (?:on|for)(?: first| instead| now)?\s*\??|what (?:is|are|was|were|will|would)\b.*\b(?:do|doing|done) with\b.*|where (?:is|are|was|were|will|would|does|do|did)\b.*\b(?:go|going|goes|went)\s*\??|what (?:will|would|does|did|is|are|was|were)\b.*\b(?:pay|paying|go|going|goes|went) (?:for|towards?|to)\s*\??|what (?:is|was|are|were) the (?:[\w'’-]+ )?(?:money|cash|funds?|grant|proceeds|profits?) for\s*\??)$/,
    wants: ['entity'],
  },
  // "Where did the money come from?", "how will the new roof be paid for?", "how did the club raise
  // its share?": where money came from, which news tells by a grant, a loan or a raffle ("paid for
  // by a quiz night", "with £5,000 coming from the lottery"), not by a place.
  {
    name: 'money-source',
    cues: 'come came coming pay paid paying fund funded funding finance financed financing afford raise raised raising money cash funds',
    intent: 'how',
    pattern:
      /^where (?:does|did|do|is|was|are|were|will|would|has|have|had)\b.*\b(?:money|cash|funds|funding|financing)\b.*\b(?:come|coming|came) from\s*\??$|^how (?:is|was|are|were|will|would|does|do|did|has|have|had|can|could)\b.*\b(?:paid for|pay for|paying for|funded|fund|funding|financed|finance|financing)\b|^how (?:is|was|are|were|will|would|does|do|did|has|have|had|can|could)\b.*\brais(?:e|ed|es|ing)\b.*\b(?:money|cash|funds|funding|share|sum)\b/,
    wants: ['manner'],
  },
  // "How far over budget is the project?" asks for money; "how far behind schedule" for time.
  {
    name: 'how-far-over',
    intent: 'how-much',
    cues: 'far over above beyond',
    pattern: /\bhow far (?:over|above|beyond) (?:the |its |their )?(?:budget|target|forecast|estimate)\b/,
    wants: ['money', 'percent'],
  },
  // "How far did the shares fall?" / "fell 3.8 percent": a market's move is a share of its value,
  // not a distance; "how far above the price is the offer?" a premium. ("How far did the chairs
  // fall?" still asks for metres.)
  {
    name: 'how-far-change',
    intent: 'how-much',
    cues: 'far above below under',
    pattern: /\bhow far (?:did|has|have|had|will|would|could|might|does|do|is|are|was|were) (?:[\w'’-]+ ){0,4}?(?:stocks?|shares|share price|prices?|currency|index|rates?|value|markets?|profits?|sales|revenues?|earnings|exports|imports|inflation|output|economy|yields?|ratings?)(?:['’]s)? (?:drop|dropped|fall|fallen|rise|risen|climb|climbed|slide|slid|sink|sunk|plunge|plunged|tumble|tumbled|jump|jumped|go up|gone up|go down|gone down|decline|declined|grow|grown|shrink|shrunk)\b|\bhow far (?:above|below|under) (?:[\w'’-]+ ){0,3}?(?:price|value|rate|level|valuation)\b/,
    wants: ['percent', 'money', 'count'],
  },
  { name: 'how-far-behind', intent: 'how-long', cues: 'far behind', pattern: /\bhow far (?:behind|in advance)\b/, wants: ['duration'] },
  // "How far ahead was she after the first count?" / "two votes ahead": a lead, in votes, points or
  // time as often as in distance.
  { name: 'how-far-ahead', intent: 'how-much', cues: 'far ahead', pattern: /\bhow far ahead\b/, wants: ['count', 'duration', 'distance'] },
  {
    name: 'how-far', cues: 'far close near away distance mile kilometre km metre meter feet foot yard',
    intent: 'how-far',
    pattern: /\bhow (?:far|close|near)\b|\bhow many (?:miles|kilometres|kilometers|km|metres|meters|feet|yards)\b|\bwhat(?:'s| is| was) the distance\b|\bhow far away\b|\bat what distance\b/,
    wants: ['distance'],
  },
  { name: 'how-old', cues: 'old age', intent: 'how-old', pattern: /\bhow old\b|\bwhat age\b|\bat what age\b|\bwhat(?:'s| is| was) the age\b/, wants: ['age'] },
  // "How long is the line?" measures a thing; "how long did it take?" measures time.
  // "How long was the plane in the air?" measures time again: the thing must end the question
  // (or its ends may: "how long is the frog from snout to vent?"), unless it is a stretch of
  // something ("how long is the section of pipe engineers are looking at?", "how long is the damaged
  // stretch of road?", "how long a section of the wall fell?"). A thing to be built is measured the
  // same way, asked in the future ("how long will the new quay be?", "how long is the jetty going to be?").
  // A state the thing was in ("how long was the pool closed?", "… the nurse off work?") or a span of
  // time ("how long was the wait?") ending the question asks a time again.
  {
    name: 'how-long-size',
    cues: 'long',
    intent: 'how-long',
    pattern: /^how long (?:is|are|was|were|will be) (?:the|a|an|this|that|its|their)(?: (?!(?:in|on|at|for|to|of|since|during|after|before|from|until|off|out|away)\b)[\w'’-]+){1,3}(?<!\b(?:shut|closed|open|empty|missing|delayed|suspended|stopped|staying|living|waiting|trapped|stuck|held|detained|jailed|gone|offline|delay|wait|stay|training))(?: from (?:the )?[\w'’-]+ to (?:the )?[\w'’-]+)?(?: in (?:total|all|feet|metres|meters|miles|kilometres|kilometers|yards)| overall| altogether)?\s*\??$|^how long\b.*\bin (?:feet|metres|meters|miles|kilometres|kilometers|km|yards|inches|centimetres|centimeters)\s*\??$|^how long (?:is|are|was|were) (?:the|a|an|this|that) (?:[\w'’-]+ ){0,2}?(?:stretch|section|length|portion|strip|segment) of\b|^how long an? (?:stretch|section|portion|strip|segment) of\b|^how long (?:will|would) (?:the|a|an|this|that|its|their)(?: (?!(?:in|on|at|for|to|of|since|during|after|before|from|until|stay|remain|still|be)\b)[\w'’-]+){1,3} be\s*\??$|^how long (?:is|are) (?:the|a|an|this|that|its|their)(?: (?!(?:in|on|at|for|to|of|since|during|after|before|from|until)\b)[\w'’-]+){1,3} going to be\s*\??$/,
    wants: ['distance', 'duration'],
  },
  // "How much longer will the day be?", "how much earlier do the birds arrive?", "how many more
  // years will it stand?": a difference in time (or, for "longer", in length), told as the length
  // it adds ("extended by 40 minutes", "nine days earlier", "another 30 years").
  {
    name: 'how-much-longer',
    cues: 'much many more longer earlier later sooner',
    intent: 'how-long',
    pattern: /\bhow much (?:longer|earlier|later|sooner)\b|\bhow many more (?:seconds|minutes|hours|days|weeks|months|years|decades)\b/,
    wants: ['duration', 'distance'],
  },
  // "How long ago" asks when, below.
  // ("How quickly did the robot clear the beach?", "how soon will it reopen?": in how long a time.)
  { name: 'how-long', cues: 'long quickly soon', intent: 'how-long', pattern: /\bhow long\b(?! ago\b)|\bfor how long\b|\bhow (?:quickly|soon)\b/, wants: ['duration', 'time'] },
  // "What was her winning time?", "what's the old record time?": a race's time, a duration ("2
  // hours, 21 minutes and 48 seconds", "2:22:59"). ("What time did …" asks when, and "what was he
  // doing at the time" asks no time at all.)
  {
    name: 'race-time',
    cues: 'time',
    intent: 'how-long',
    pattern: /^what(?:'s| is| was| were| are) (?!.*\b(?:doing|at the|local)\b)(?:[\w'’-]+ ){0,4}?time(?: (?:in|for|at|on) [\w\s'’-]+)?\s*\??$/,
    wants: ['duration'],
  },
  {
    // "By how much has pay fallen?", "by how much did the bank raise rates?": a change, which a
    // percentage answers as well as an amount ("pay" and "raise" here are no price).
    name: 'how-much-change',
    intent: 'how-much',
    cues: 'much cost price worth',
    // ("How much of the country's copper …?" asks for a part of a whole: a share first, as here.)
    // ("How much more does bread cost than in January?" and "how much did the shares drop?" ask for
    // the change too.)
    pattern: /\bby how much\b|^how much of (?:the|its|their|his|her|this|that)\b|^how much (?:more|less|higher|lower|cheaper|dearer)\b|^how much (?:did|has|have|had|will|would|does|do) .+ (?:drop|fall|fell|rise|rose|go up|went up|gone up|go down|went down|climb|jump|slump|slide|decline|shrink|plunge|soar|surge|tumble|sink|sank|grow|weaken|strengthen)\b/,
    wants: ['percent', 'money', 'count'],
  },
  {
    // "How much did it cost?", "how much did the painting go for?", "what is the group worth?": only money answers.
    name: 'how-much-money',
    intent: 'how-much',
    cues: 'much cost price pay spend worth',
    pattern: /^what(?:'s| is| was| are| were| will be) .+ worth\b|\bhow much\b.*\b(?:cost|costs|costing|pay|paid|paying|spend|spent|spending|worth|charge|charged|charging|price|priced|sell|sold|selling|buy|bought|buying|earn|earned|earning|raise|raised|raising|invest|invested|investing|fund|funded|insure|insured|fine|fined|owe|owed|owes|donate|donated|donating|borrow|borrowed|borrowing|lend|lent|lending|compensation|fetch|fetched)\b|\bhow much\b.*\b(?:go|goes|went|gone|going) for\b|\bhow much (?:[\w-]+ )?(?:money|cash|funding|aid|severance)\b|\bhow much (?:[\w-]+ )?(?<measure>revenue|profit|income|salary|debt)\b|\bhow much\b.*\bin (?:profits?|revenues?|income|earnings|damages|compensation|fees|fines)\b/,
    wants: ['money'],
  },
  {
    // "How much does the satellite weigh?": a weight, whether or not the article says "weigh".
    name: 'how-weigh',
    intent: 'how-much',
    cues: 'much weigh heavy',
    pattern: /\bhow (?:much|heavy)\b.*\bweigh(?:s|ed|ing)?\b|^what (?:does|did|do) .+ weigh\b/,
    wants: ['count'],
  },
  {
    // "How much land would it flood?", "how much power": an amount of what the noun names, not money.
    name: 'how-much-of',
    intent: 'how-much',
    cues: 'much',
    pattern: /\bhow much (?:land|ground|territory|area|space|time|power|electricity|energy)\b/,
    wants: ['count'],
  },
  {
    // ("What is the penalty for parking there?" asks for the fine: "offenders will be fined 60 marks".)
    name: 'how-much', cues: 'much price cost value amount',
    intent: 'how-much',
    pattern: /\bhow much\b|\bwhat(?:'s| is| was| were) the (?:price|cost|value|amount|revenue|profit|sales|budget|fine|penalty|salary)\b|\bfor how much\b/,
    wants: ['money', 'count', 'percent'],
  },
  {
    // "What was the final vote tally?", "how did the council vote?": a tally like "41 to 20". "Final"
    // is the vote's last count, which a sentence giving it leaves unsaid ("the motion passed 23 to
    // 18"); of a match it may name the match itself ("the cup final"), below.
    name: 'vote-tally', cues: 'margin tally vote count result final',
    intent: 'how-much',
    pattern: /^(?:what|which)(?:'s| is| was| were) (?:the |its |their )?(?:final )?(?:tally|vote tally|vote count|vote result|result of the (?:[\w-]+ )?vote|vote(?= on\b| in\b|$))\b/,
    wants: ['score'],
  },
  // "How did the capital vote?": a tally, or in a referendum the share voting one way ("voted 64
  // percent in favour").
  { name: 'how-voted', cues: 'vote', intent: 'how-much', pattern: /^how did .+ vote\b/, wants: ['score', 'percent'] },
  // "By how many votes did the bill fail?" asks a margin: a count of votes ("by three votes", "a
  // margin of about 9,000 votes") before a tally.
  { name: 'vote-margin', cues: 'margin', intent: 'how-many', pattern: /^by how many votes\b/, wants: ['count', 'score'] },
  {
    // "What was the final score?": a result written like "3-1".
    name: 'score', cues: 'score scoreline margin tally vote count result',
    intent: 'how-much',
    pattern: /^(?:what|which)(?:'s| is| was| were) (?:the |its |their )?(?:final |half-time |full-time |end )?(?:score|scoreline|tally|vote tally|vote count|vote result|result of the (?:[\w-]+ )?vote|vote(?= on\b| in\b|$))\b|\bby what (?:score|margin)\b|^how did .+ vote\b|^by how many votes\b/,
    wants: ['score'],
  },
  {
    // "What was the company's net profit?", "What was the magnitude of the quake?": a value, not a definition.
    // (So are sums paid or received, "what is the annual rent?", and what is counted or waited out:
    // "what was its highest circulation?", "what is the median wait?".)
    name: 'what-amount',
    intent: 'how-much',
    cues: 'amount',
    pattern: /^(?:what|which)(?: is| was| are| were|'s) (?:the |an? |its |their |his |her )?(?:[\w'-]+ ){0,4}(?<measure>profit|profits|loss|losses|revenue|revenues|sales|turnover|income|earnings|price|cost|costs|value|valuation|budget|salary|debt|deficit|population|toll|magnitude|score|rate|share|stake|premium|height|length|depth|width|weight|size|area|temperature|speed|capacity|total|number|amount|age|average|turnout|inflation|unemployment|growth|attendance|majority|limit|cap|ceiling|threshold|target|quota|offer|bid|penalty|rent|fare|fee|fees|grant|wage|wages|wait|circulation|subsidy|allowance|readership)\b/,
    // "What's the average wait?": a length of time too.
    wants: ['money', 'count', 'percent', 'duration'],
  },
  {
    // "What premium does the offer represent?", "What inflation rate is the bank aiming for?": the
    // measure is the noun the question asks for.
    name: 'what-measure',
    intent: 'how-much',
    cues: 'amount',
    pattern: /^(?:what|which) (?:[\w'-]+ ){0,2}?(?<measure>profit|loss|revenue|turnover|income|earnings|price|cost|value|valuation|budget|salary|wage|wages|pay|fee|fine|penalty|debt|deficit|population|toll|magnitude|height|length|depth|width|weight|size|area|temperature|speed|capacity|total|amount|sum|rise|increase|raise|hike|cut|reduction) (?:does|did|do|will|would|is|was|are|were|has|have|had|can|could)\b/,
    wants: ['money', 'count', 'percent'],
  },
  {
    // "What rate did the members want?", "What premium does the offer represent?": a percentage first.
    name: 'what-rate',
    intent: 'how-much',
    cues: 'amount',
    pattern: /^(?:what|which) (?:[\w'-]+ ){0,2}?(?<measure>rate|stake|premium|discount|margin|majority|turnout|growth) (?:does|did|do|will|would|is|was|are|were|has|have|had|can|could)\b/,
    wants: ['percent', 'money', 'count'],
  },
  {
    // "What will the striker earn per week?", "What does a ticket cost?": an amount of money.
    // ("What does it cost to run the hall?": the sum an act costs, where "what will they pay to
    // the council for" asks after something else.)
    name: 'what-earn',
    intent: 'how-much',
    cues: 'earn cost pay charge',
    pattern: /^what (?:will|does|did|do|would|could|can) .+? (?:(?:earn|pay|charge)\b(?! (?:for|to|on)\b)|cost\b(?! (?:for|on)\b))/,
    wants: ['money'],
  },
  {
    // "How deep was it?": a measure named by its adjective, which must itself be in the article.
    name: 'how-measure',
    intent: 'how-much',
    pattern: /^how (?:deep|high|tall|big|large|wide|heavy|fast|strong|hot|warm|cold|cool|severe|powerful|expensive|full|empty)\b/,
    wants: ['count'],
  },
  {
    // "What share of its staff …?", "what percentage …": a percentage ("a third" is one too) first.
    // ("Which part of the road is shut?" picks out a stretch, a place, not a share.)
    name: 'how-many-share', cues: 'percentage percent share rate proportion fraction portion part',
    intent: 'how-many',
    pattern: /\bwhat(?:'s| is| was) the (?:percentage|share|proportion)\b|\bwhat percent(?:age)?\b|\b(?:what|which) (?:share|proportion|fraction|percentage|portion) of\b|\bwhat part of\b/,
    wants: ['percent', 'count'],
  },
  {
    // "How many people live in Lirren?" asks for a population: the article must say who lives
    // there (the verb is its measure), not count the people something happened to; "how many
    // people work at the plant?" likewise asks for a workforce.
    name: 'how-many', cues: 'many number total count percentage percent share rate toll proportion fraction portion',
    intent: 'how-many',
    pattern: /\bhow many (?:people|residents|inhabitants) (?<measure>live|reside)\b|\bhow many (?:people|employees|staff|workers) (?:will |would )?(?<measure2>work)\b|\bhow many\b|\bwhat(?:'s| is| was) the (?:number|total|toll|death toll|count|rate)\b|^(?!(?:why|when|where|who)\b).*\bnumber of\b|\b(?:what|which) (?:share|proportion|fraction|percentage|portion)\b/,
    wants: ['count', 'percent'],
  },
  {
    // "What's the deadline for comments?" / "Residents have until 6 March to comment": a deadline
    // is a time, which the article tells after "until", "by" or "within", seldom as "deadline".
    // ("What are the opening hours?" asks a span of the day: "open from 8am to 4pm".)
    name: 'when', cues: 'time day date year month hour minute week season deadline',
    intent: 'when',
    pattern: /^when\b|^(?:what|when)(?:'s| is| was| are| were) (?:the|its|their|his|her)(?: [a-z-]+)? deadlines?\b|^deadlines?\b|\bwhen (?:did|does|do|was|were|is|are|will|has|had)\b|\b(?:in |on |at )?(?:what|which) (?:exact |precise |specific )?(?:times?|days?|dates?|years?|months?|hours?|minutes?|weeks?|seasons?|decades?|century)\b|\bsince when\b|\bhow long ago\b|\bon what (?:day|date)\b|\bin what year\b|\buntil when\b|\bopening (?:hours|times)\b/,
    wants: ['time'],
  },
  // "Where was the train headed?" asks where it was going: the going is no word the answer must hold.
  // "Where did the club finish in the league?", "where was she ranked?": a placing, not a place.
  {
    name: 'where-placed',
    cues: 'finish finished end ended come came place placed rank ranked',
    intent: 'how',
    pattern: /^where (?:did|does|do|will|would|has|have|had) .+? (?:finish|end up|come|place)\b.*\b(?:in the (?:league|table|standings|final|race|championship|competition|rankings?|poll|election|contest|tournament|division)|(?:last|this|next) season|overall)\b|^where (?:did|does|do|will|would|has|have|had|is|was|are|were) .+? rank(?:ed)?\b/,
    wants: ['manner'],
  },
  {
    name: 'where-to', cues: 'headed heading going bound travelling traveling sailing flying head go travel sail fly',
    intent: 'where',
    pattern: /^where (?:was|were|is|are) .+ (?:headed|heading|going|bound|travell?ing|sailing|flying)(?: to| for)?\s*\??$/,
    wants: ['place'],
  },
  // "Where is Tarro from?" asks where she comes from: "who comes from the town of Rimmeholt", "the world number one from Velland".
  {
    name: 'where-from', cues: 'come from originally',
    intent: 'where',
    pattern: /^where(?:'s|s| is| was| are| were| does| did| do| will| would) .+ (?:originally )?(?:come )?from\s*\??$/,
    wants: ['place'],
  },
  // "Where does Ana Roth live?" asks for her home: news gives it after her name and age ("Ana Roth, 34, of Mill Lane, Selby").
  {
    name: 'where-lives', cues: 'live lives living reside home',
    intent: 'where',
    pattern: /^where (?:does|did|do|is|was|are|were) .+ (?:live|lives|living|reside|resides|residing)(?: now)?\s*\??$/,
    wants: ['place'],
  },
  {
    name: 'where', cues: 'city town country place region province state village area location direction',
    intent: 'where',
    pattern: /^where\b|\bwhere (?:did|does|do|was|were|is|are|will|has|had)\b|\bwhat (?:city|town|country|countries|place|region|province|state|village|area|location|direction)\b|\bwhich (?:city|cities|town|towns|country|countries|place|places|region|regions|province|provinces|state|states|village|villages|area|areas|location|direction)\b|\bin what (?:city|country|place)\b/,
    wants: ['place'],
  },
  // ("What triggered the probe?" asks for a cause as "what caused it?" does: the verb is the
  // question's, not a word the answer must write: "the inquiry began after …".)
  // ("What reason did she give for resigning?" and "what set off the walkout?" ask it too: the
  // reason, its giving and the setting off are no words the sentence telling it must write.)
  {
    name: 'why', cues: 'reason cause motive purpose trigger spark prompt explanation excuse justification give set',
    intent: 'why',
    pattern: /^why\b|\bwhy (?:did|does|do|was|were|is|are|has|had)\b|\bwhat(?:'s|s| was| is| were| are) the (?:(?:main|suspected|likely|probable|possible|real|official|underlying|immediate|biggest) )?(?:reason|cause|motive|purpose)\b|\bfor what (?:reason|purpose)\b|\bhow come\b|\bwhat (?:(?:might|may|could|would) (?:have )?)?(?:caused|cause|led to|started|sparked|triggered)\b|^what(?:'s| is| was| are| were) (?:causing|driving|behind)\b|^what (?:made|forced|prompted|drove)\b|\bto avoid\b|^what (?:was|is|were|are) .+ (?:caused|triggered|prompted|driven) by\??$|^what (?:reasons?|explanations?|excuses?|justifications?) (?:did|does|do|has|have|had|was|were|is|are)\b|^what set off\b/,
    wants: ['reason'],
  },
  // "What happened near Halden in March 2003?": the event at that time or place, told in a clause.
  // (A bare "what happened?" asks for the summary; "what happened to the ship?" asks about a thing.)
  {
    name: 'what-happened', cues: 'happen occur',
    intent: 'what',
    pattern: EVENT_QUESTION,
    wants: ['event'],
  },
  // "What happened to the old pier?" asks what befell it: "the old pier collapsed in 1998", "a storm
  // swept away the old pier".
  {
    name: 'happened-to', cues: 'happen',
    intent: 'what',
    // ("What's happening to the depot?", "what will happen to it?" ask its fate to come the same way.)
    pattern: /^what(?: has| had| will|(?:'s|’s|s| is)(?: going to)?)? (?:happened|happens|happening|happen) to (?<subject>[^?]+?)\??$/,
    wants: ['event'],
  },
  // "What nationality is she?" asks for a word of nationality ("a Tarvish coach"), which writes
  // no "nationality".
  { name: 'nationality', cues: 'nationality nationalities', intent: 'what', pattern: /^(?:what|which) nationalit(?:y|ies)\b/, wants: ['entity'] },
  // "What kind of dog is it?", "what breed are the cows?": the kind the article gives the thing
  // ("a Welsh collie", "60 Jersey cows"), not any phrase after the question's words. ("What
  // makes …" asks what does.)
  {
    name: 'kind-of', cues: 'kind type sort breed species variety make model brand colour color colours colors',
    intent: 'what',
    // ("What colour was the van?", "what are the club's colours?": a colour is a sort too.)
    pattern: /^(?:what|which) (?:kinds?|types?|sorts?|breeds?|species|variety|varieties|make|models?|brands?|colou?rs?) (?:of|is|are|was|were)\b|^what (?:are|were) [^?]+?(?:'s|’s) colou?rs\b/,
    wants: ['entity'],
  },
  // "What was the name of the shell firm?" asks which name: answered like "which", by a name.
  {
    name: 'name-of', cues: 'name nickname',
    intent: 'which',
    // ("What is the surfer's name?" asks the same; "what's Benedikt Aurell's name?", a follow-up
    // read, asks who he is.)
    // ("What is the experimental drug called?" too.)
    // ("What is the ferry's nickname?" asks for the name it is known by, and "what is her sisters
    // name?", typed without its apostrophe, for her sister's.)
    // ("What was the uncle's name who lent the money?" too: the clause after "name" says which uncle.)
    // ("What will the new park be called?", "what's the comet going to be called?" ask a name to come.)
    // ("What did the keepers name her?", "what is she called?": the name given to one a pronoun points back to.)
    pattern:
      /^what(?:'s| is| was| were| are) (?:the )?(?:nick)?names? (?:of|for)\b|^what(?:'s| is| was| were| are) (?:the |this |that |its |his |her |their |(?:[\w-]+ ){0,2}?[\w-]+'s )(?:[\w-]+ ){1,4}?(?:going to be )?(?:called|named)\??$|^what (?:will|would) (?:the |this |that |its |his |her |their )(?:[\w-]+ ){1,4}?be (?:called|named)\??$|^what(?:'s| is| was) (?:the|his|her|their|its) (?:[\w-]+ ){0,2}?[\w-]+(?:'s|'|(?<=s)) (?:full |first |last |nick)?name(?: (?:who|that) [^?]+)?\??$|^what(?:'s| is| was| are| were) (?:he|she|it|they) (?:called|named)\??$|^what (?:did|do|does|have|has|had|will) (?:the |his |her |their |its )?(?:[\w-]+ ){1,3}?(?:name|call|nickname|christen)(?:ed)? (?:him|her|it|them)\??$/,
    wants: ['entity'],
  },
  // "What was the building before it was a cafe?", "what was it originally?", "what used to be on
  // the site?": what a place was before its present use, which news writes as "a former chapel",
  // "in what had been a forge", "turning an old barn into …", not under the asker's words.
  // ("What was it before that?" after an amount asks the earlier amount: a bare "it" needs "originally".)
  {
    name: 'former-use', cues: 'before originally previously used building site place premises',
    intent: 'definition',
    pattern:
      /^what (?:was|were) (?:(?:the|this|that|its|their) (?:[\w-]+ ){0,2}?(?:building|site|place|premises|property|venue|land|plot|hall|unit|shop|store) (?:used (?:for |as )?)?(?:before|originally|previously)|it originally)\b[^?]*\??$|^what used to (?:be|stand) (?:on|at|in) (?:the|this|that) (?:[\w-]+ )?(?:site|land|plot|spot)\??$/,
    wants: ['description'],
  },
  {
    // "What is Tomasz Werner's job?", "What does she do for a living?": who the person is. ("What
    // did the police do?" asks what they did.)
    name: 'occupation', cues: 'job role position post occupation profession work living day use used',
    intent: 'definition',
    // ("What is her day job?", "what was his job?", "what does he do these days?", "what did she
    // use to work as?", "what job did he use to have?" ask the same.)
    pattern:
      /^what(?:'s| is| was) (?:(?<subject>[^?]{1,60}?)(?:'s|')|(?<subject4>his|her|their)) (?:day |current |main |old |previous |former |first )?(?:job|role|position|post|occupation|profession)(?: (?:before|until) [^?]{1,40}| (?:(?:back )?then|now|previously|before|at the time))?\??$|^what (?:does|did) (?<subject2>[^?]{1,60}?) (?:do (?:for (?:a living|work)|before [^?]{1,40}|these days|nowadays)|use(?:d)? to (?:do for (?:a living|work)|work as))\??$|^what (?:job|role|position|post) (?:does|did) (?<subject3>[^?]{1,60}?) (?:use(?:d)? to )?(?:have|hold|do)(?: (?:at|in|with|for|on) [^?]{1,60})?(?: (?:before|previously|earlier|then|now))?\??$/,
    wants: ['description'],
  },
  {
    name: 'definition', cues: 'mean refer word term',
    intent: 'definition',
    // ("What does the Ekholm Foundation do?": what a body does now is what it is for.)
    // ("What was the firm's previous worst outage?", "what's the old record?" ask for the earlier one,
    // not what a thing is.)
    pattern: /^(?:who|what) (?:is|are|was|were|'s) (?<subject>(?!(?:the |[\w-]+'s? )?(?:reason|cause|number|name|previous|old|former|last|earlier|prior|result|record)\b)[^?]{1,80}?)\??$|^(?:who|what)'s (?<subject2>(?!(?:the |[\w-]+'s? )?(?:previous|old|former|last|earlier|prior|record)\b)[^?]{1,80}?)\??$|^what (?:does|do) (?<subject3>.+?) (?:mean|refer to|(?<!\bto )do)\??$/,
    wants: ['description'],
  },
  // "How late was the book returned?", "how late did it open": by how long ("84 years after it was
  // due back", "four years behind schedule").
  { name: 'how-late', cues: 'late early overdue', intent: 'how-long', pattern: /^how (?:late|early|overdue)\b/, wants: ['duration'] },
  // "How often does the ferry sail?": a rate of recurrence ("twice a day", "every 20 minutes").
  { name: 'how-often', cues: 'often frequently regularly', intent: 'how', pattern: /^how (?:often|frequently|regularly)\b/, wants: ['manner'] },
  { name: 'how', intent: 'how', pattern: /^how\b/, wants: ['manner'] },
  // "What does Tessa Foods make?" asks for the firm's products ("Tessa Foods, which makes frozen
  // pastry, …"), not for a word after its name.
  {
    name: 'product', cues: 'make produce manufacture',
    intent: 'what',
    pattern: /^what (?:does|do|did) (?<subject>.+?) (?:make|produce|manufacture)(?: (?:there|now|today|these days|(?:when|before|after) [^?]+))?\??$/,
    wants: ['entity'],
  },
  // "What happens if the talks fail?", "what would happen if it rained?": a consequence, which news
  // writes with a modal ("the president can turn to …", "sites rated poor must post warnings").
  { name: 'what-if', intent: 'what', cues: 'happen occur', pattern: /^what (?:happens|would happen|will happen|could happen|happened|might happen|can happen) (?:if|unless|should|once)\b/, wants: ['manner'] },
  // "What should patients do?": what the sentence says they should do.
  { name: 'what-should', intent: 'what', cues: 'do', pattern: /^what (?<modal>should|must|can|could|will|would|ought to) (?<subject>.+?) do\b/, wants: ['manner'] },
  // A "who" or "which" later in a question that opens on another wh-word is a relative pronoun:
  // "What did the man who lives opposite hear?" asks what.
  { name: 'who', intent: 'who', pattern: /^(?:who|whom|whose)\b|^(?!(?:what|how|where|when|why)\b).*\b(?:who|whom)\b/, wants: ['person', 'organisation'] },
  { name: 'which', intent: 'which', pattern: /^which\b|^(?!(?:what|who|how|where|when|why)\b).*\bwhich\b/, wants: ['entity'] },
  {
    name: 'yes-no',
    intent: 'yes-no',
    pattern: /^(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|shall|may|might|must|isn't|aren't|wasn't|weren't|didn't|doesn't|don't|hasn't|haven't)\b/,
    wants: ['yes-no'],
  },
  // ("What's happening to the ferry?", "what's going on with the fete?", "what went wrong?": "happen"
  // and "go" tell no act of their own, and a sentence on the asked thing seldom writes them, while
  // one that does, "it had happened before", tells of something else.)
  // "Over what period did the thefts go on?": a sentence telling the period writes neither "period"
  // nor "go on", only its ends ("between May 2021 and June 2023") or its length ("over six weeks").
  { name: 'period', cues: 'period time span length happen go', intent: 'what', pattern: /\b(?:over|during|in|for) what (?:period|time ?span|span of time|length of time)\b|^what (?:period|time ?span)\b/, wants: ['entity'] },
  { name: 'what', cues: 'happen go', intent: 'what', pattern: /^what\b|\bwhat\b/, wants: ['entity'] },
  { name: 'statement', intent: 'unknown', pattern: /[\s\S]*/, wants: ['entity'] },
];

export interface IntentMatch {
  rule: IntentRule;
  subject?: string;
  rest?: string;
  /** "What was the company's profit?": the word naming what is measured. */
  measure?: string;
}

/**
 * "What is the population of Oskeby?" asks for a count of people and "what was its profit?" for
 * money (or a share of it): the measure a value rule reads narrows the values that answer it.
 */
export function wantsOf(rule: IntentRule, measure: string | undefined): AnswerType[] {
  if (measure === undefined || rule.intent !== 'how-much') return rule.wants;
  const word = measure.toLowerCase();
  if (PEOPLE_MEASURES.has(word)) return COUNT_ONLY;
  // ("What was the profit?" may be answered by how far it fell; "what is a nurse's salary?" by no share.)
  if (SUMS_ONLY.has(word)) return MONEY_ONLY;
  if (MONEY_MEASURES.has(word)) return rule.wants.filter((w) => w === 'money' || w === 'percent');
  return rule.wants;
}

/** Measures that are sums paid or charged, which a percentage never gives. */
const SUMS_ONLY: ReadonlySet<string> = new Set('price cost costs budget salary wage wages pay fee fine valuation'.split(' '));
const MONEY_ONLY: AnswerType[] = ['money'];

const PEOPLE_MEASURES: ReadonlySet<string> = new Set(['population']);
const MONEY_MEASURES: ReadonlySet<string> = new Set('profit profits loss losses revenue revenues income earnings price cost costs valuation budget salary debt deficit wage wages pay fee fine'.split(' '));
const COUNT_ONLY: AnswerType[] = ['count'];

/**
 * The rules each word makes possible, and those any question makes possible (a pattern with a
 * branch that needs no word: see requiredWords). Testing ~40 patterns in turn on each question was
 * most of the cost of reading its type; a question's words rule out most of them without running
 * them, and the first rule that matches is the same.
 */
interface RuleGates {
  byWord: Map<string, number[]>;
  always: Uint8Array;
}

function gatesOf(rules: readonly IntentRule[]): RuleGates {
  const byWord = new Map<string, number[]>();
  const always = new Uint8Array(rules.length);
  rules.forEach((rule, i) => {
    const words = requiredWords(rule.pattern);
    if (words === undefined) always[i] = 1;
    else for (const w of new Set(words)) byWord.set(w, [...(byWord.get(w) ?? []), i]);
  });
  return { byWord, always };
}

const GATES = gatesOf(INTENT_RULES);
/** Which rules the current question makes possible: matchIntent's scratch, reused from call to call. */
const possible = new Uint8Array(INTENT_RULES.length);

const LONGEST_GATE_WORD = Math.max(...[...GATES.byWord.keys()].map((w) => w.length));
const GATE_WORD_LENGTHS = lengthsByFirst(GATES.byWord.keys());

/** Marks the rules the question's words make possible: its words are its runs of letters and digits (it is lower-cased: a–z and 0–9), as requiredWords reads them. */
function markPossible(question: string): void {
  possible.set(GATES.always);
  let start = -1;
  for (let i = 0; i <= question.length; i += 1) {
    if (i < question.length && isAsciiLetterOrDigit(question.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    if (i - start <= LONGEST_GATE_WORD && mayBeListed(GATE_WORD_LENGTHS, question, start, i)) {
      const rules = GATES.byWord.get(question.slice(start, i));
      if (rules !== undefined) for (const r of rules) possible[r] = 1;
    }
    start = -1;
  }
}

/** Reads the question type from the table: the first rule whose pattern matches. */
export function matchIntent(question: string): IntentMatch {
  markPossible(question);
  for (let i = 0; i < INTENT_RULES.length; i += 1) {
    if (possible[i] === 0) continue;
    const rule = INTENT_RULES[i];
    const m = rule.pattern.exec(question);
    if (!m) continue;
    const groups = m.groups ?? {};
    const subject = (groups.subject ?? groups.subject2 ?? groups.subject3 ?? groups.subject4)?.trim();
    return { rule, subject: subject || undefined, rest: (groups.rest ?? groups.rest3)?.trim() || undefined, measure: groups.measure ?? groups.measure2 };
  }
  throw new Error('unreachable: the last intent rule matches everything');
}
