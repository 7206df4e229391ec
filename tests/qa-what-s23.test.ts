/**
 * Things and descriptions asked of invented news prose ("what", "which", "who is"), from the kinds
 * of question a batch of articles missed: each case is a general form of English the engine reads,
 * never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { matchIntent } from '../src/qa/intents.js';
import { askInline as ask } from './qa-helpers.js';

describe('"what was its highest circulation?": a count or a wait asked as "what is the …"', () => {
  const article =
    'date 2026-02-11\n\n' +
    'The Tollby Courier, a weekly paper founded in 1889, will print its last edition on Friday, its owners said.\n\n' +
    'Its circulation peaked at 18,300 copies a week in 1979, according to the paper’s own records.\n\n' +
    'Patients at the town’s clinic now face a median wait of 23 days for a first appointment, up from nine days in 2020.';

  it('reads them as asking for an amount, not a definition', () => {
    expect(matchIntent('what was its highest circulation?').rule.name).toBe('what-amount');
    expect(matchIntent('what is the median wait for a first appointment?').rule.name).toBe('what-amount');
  });

  it('answers the circulation with the sentence giving the figure', () => {
    const a = ask(article, 'What was its highest circulation?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('18,300 copies');
  });
});

describe('"which judge …?": a name the sentence calls one of the asked kind', () => {
  const article =
    'date 2026-01-20\n\n' +
    'A former harbour master was jailed for four years on Monday for taking bribes from shipping agents in Portly.\n\n' +
    'Judge Anneke Strohm of the Portly Crown Court said the defendant had "sold the trust of a whole town".\n\n' +
    'The new ferry terminal will be built by Kessler Marine, a company based in the northern city of Arlow, which beat three rivals for the contract.';

  it('answers "which judge" by the name titled Judge, though the sentence tells no jailing', () => {
    const a = ask(article, 'Which judge passed the sentence?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Anneke Strohm');
  });

  it('answers "which company" by the name an apposition calls a company', () => {
    const a = ask(article, 'Which company won the contract?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Kessler Marine');
  });
});

describe('"what have divers found …?": the object of a verb the sentence writes for the question’s', () => {
  const article =
    'date 2026-04-03\n\n' +
    'Divers have recovered a bronze bell from a steamer that sank in 1887 off Kellby, the county museum said on Thursday.\n\n' +
    'The bell will go on show at the museum in the summer after it has been cleaned, a spokesman said.';

  it('answers with what they recovered', () => {
    const a = ask(article, 'What have divers found off Kellby?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('bronze bell');
  });
});

describe('"what was the name of the crane driver?": a name the asked noun describes after an age', () => {
  const article =
    'date 2026-05-14\n\n' +
    'Two workers were injured on Tuesday when a crane toppled over at a building site in central Marlow, police said.\n\n' +
    'The injured men were named by the contractor as Piotr Hale, 41, a crane driver, and Omar Benn, 29, a welder who had joined the firm in March.';

  it('answers with the name before "41, a crane driver"', () => {
    const a = ask(article, 'What was the name of the crane driver who was injured?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Piotr Hale');
  });
});

describe('"what’s the name of the nurse who raised the alarm?": a name given past the question’s own clause', () => {
  const article =
    'date 2026-06-02\n\n' +
    'A care home in Dunford has been ordered to close after inspectors found residents left without food or water for hours.\n\n' +
    'The nurse who first raised the alarm, a night-shift worker named Ada Ferris, said she had been ignored for months.';

  it('answers with the name after "who first raised the alarm, a night-shift worker named"', () => {
    const a = ask(article, 'What’s the name of the nurse who first raised the alarm?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ada Ferris');
  });
});

describe('"what was her last column called?": a piece of writing named by its headline', () => {
  const article =
    'date 2026-03-09\n\n' +
    'The Orwell Gazette, a local weekly, printed its final issue on Thursday after 132 years.\n\n' +
    'Its longest-serving writer, Mabel Thorn, 71, wrote a farewell column headlined "Goodnight, Orwell" for the last page.';

  it('answers with the quoted headline', () => {
    const a = ask(article, 'what was her farewell column called');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Goodnight, Orwell');
  });
});

describe('"who is X?": a role set off before the name, ending on the body it belongs to', () => {
  const article =
    'date 2026-04-22\n\n' +
    'The last bakery on Tern Street in Holby will close at the end of the month after 64 years.\n\n' +
    'The secretary of the Holby Traders’ Association, Ivo Marsh, said the street was losing its reasons to visit.';

  it('answers with the role phrase before the name, not the whole sentence', () => {
    const a = ask(article, 'who is Ivo Marsh');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('secretary of the Holby Traders');
    expect(a.answer).not.toContain('losing');
  });
});

describe('"which campaign group is she with?": a name the asked noun titles is of the asked kind', () => {
  const article =
    'date 2026-07-15\n\n' +
    'The government of Morland will ban single-use plastic cutlery from January, the environment ministry said on Tuesday.\n\n' +
    'Hanna Solberg of the campaign group Blue Rivers Morland said the ban was welcome but came years too late.';

  it('answers with the name after "the campaign group", though it reads like a person’s', () => {
    const a = ask(article, 'Which campaign group is Hanna Solberg with?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Blue Rivers Morland');
  });
});

describe('"which company makes the pill?": the doer after "by" of a common verb the index keeps no word for', () => {
  const article =
    'date 2025-11-03\n\n' +
    'Tarland’s medicines regulator on Monday approved a weekly tablet for the prevention of severe asthma made by Halvern Biologics, after a late-stage trial showed it cut the number of attacks by a third, the company said.\n\n' +
    'The tablet will cost about 40 crowns a week, the health ministry said.';

  it('answers with the name after "made by", read as the doer of the asked act', () => {
    const a = ask(article, 'Which company makes the newly approved asthma tablet?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Halvern Biologics');
    expect(a.explanation.rule).toContain('doer');
  });
});

describe('"which company operates the line?": a name titled by the noun for the asked act’s doer', () => {
  const article =
    'date 2025-05-19\n\n' +
    'The overnight service from the capital, Dorn, to the lake town of Siel was carrying about 200 passengers when three of its six carriages left the rails on a bend just outside Marrow station at 4:10 a.m.\n\n' +
    'Nobody was seriously hurt, the state rail operator Tarn Railways (TR) said, adding that the line would stay closed until Wednesday.\n\n' +
    'Passenger Ida Holm, 31, who was travelling in the second carriage, said the train had seemed to be going unusually fast.';

  it('answers with the name after "the state rail operator"', () => {
    const a = ask(article, 'Which company operates the train?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tarn Railways');
    expect(a.explanation.rule).toContain('doer');
  });
});

describe('"which party does X belong to?": a body joined to the asked person by "of"', () => {
  const article =
    'date 2026-02-26\n\n' +
    'Parliament in Velland voted on Wednesday to make helmets compulsory for everyone riding an electric scooter.\n\n' +
    'Opposition lawmaker Ivo Hart of the Green League said the rule would put commuters off and that the money should go on safer cycle lanes.';

  it('answers with the name after "Ivo Hart of the"', () => {
    const a = ask(article, 'Which party does Ivo Hart belong to?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Green League');
  });
});

describe('"who is the captain?": a name titled "former" no longer holds the post', () => {
  const former =
    'date 2026-01-12\n\n' +
    'The Orvia football federation has named Paul Dessart as head coach of the national team on a three-year contract.\n\n' +
    'Dessart will bring two assistants from his old club, while former Orvia captain Ivo Lund, 38, joins as a scout.';
  const current = former.replace('while former Orvia captain Ivo Lund', 'while Orvia captain Ivo Lund');

  it('declines to name the former captain as the captain', () => {
    const a = ask(former, 'who is the current captain of the national team?');
    expect(a.answered).toBe(false);
  });

  it('still answers a question on the former captain, and the captain where the title is current', () => {
    expect(ask(former, 'who was the former captain of Orvia?').answer).toContain('Ivo Lund');
    expect(ask(current, 'who is the current captain of the national team?').answer).toContain('Ivo Lund');
  });
});

describe('"what nationality is she?": a word of nationality, or no answer', () => {
  const article =
    'date 2025-10-20\n\n' +
    'Mara Osk won the Dunmore marathon on Sunday in 2:19:40, the fastest time ever run on the course.\n\n' +
    'Lena Varro finished second, and the 2024 champion, Ada Brisk, was third.\n\n' +
    'Osk, a 27-year-old Tessanian athlete, said she had trained at altitude for three months.';

  it('answers with the nationality word the sentence gives her', () => {
    const a = ask(article, 'What nationality is Mara Osk?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Tessanian');
  });

  it('declines for a runner whose nationality the article never gives, rather than name another runner', () => {
    const a = ask(article, 'What nationality is Lena Varro?');
    expect(a.answered).toBe(false);
  });
});

describe('reading "what nationality …?"', () => {
  it('reads it as the nationality rule, and "which nation won?" not', () => {
    expect(matchIntent('what nationality is he').rule.name).toBe('nationality');
    expect(matchIntent('which nation won the most medals?').rule.name).not.toBe('nationality');
  });
});

describe('"what was the firm’s previous worst outage?", "what’s the old record?": the earlier one, not a definition', () => {
  const article =
    'date 2025-10-06\n\n' +
    'A marrow grown by a retired postman in Ellby weighed in at 121 kilograms at the county show on Saturday, a new show record.\n\n' +
    'It beat the show’s previous record of 98 kilograms, set in 2017 by a grower from the next village.';

  it('reads a possessive before "previous", and "what’s the old record", as no definition', () => {
    expect(matchIntent("what was skyreach's previous worst outage?").rule.name).not.toBe('definition');
    expect(matchIntent("what's the old record").rule.name).not.toBe('definition');
    expect(matchIntent("what's a satellite operator").rule.name).toBe('definition');
  });

  it('answers "whats the old record" with the sentence on the earlier record', () => {
    const a = ask(article, 'whats the old record');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('98 kilograms');
  });
});

describe('"who is the developer behind X?": the role before a preposition heads the description', () => {
  const article =
    'date 2025-03-18\n\n' +
    'Councillors in Dunwick voted 8 to 5 in favour of the Mill Quay development, a 160-metre tower that would become the tallest building in the county.\n\n' +
    'The project is backed by developer Harrow Lane Group, which says it will spend 300 million crowns on the site.';

  it('asks for a person or a body, and answers with the developer’s name', () => {
    const a = ask(article, 'Who is the developer behind Mill Quay?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Harrow Lane Group");
  });
});

describe('"who is the prime minister?": a name titled with the role ahead of a speaker who mentions it', () => {
  const article =
    'date 2026-02-09\n\n' +
    'Voters in Norland backed lowering the voting age to 16 in a referendum on Sunday.\n\n' +
    '"Young people have been told today that their voices count," Prime Minister Ilse Varro told supporters at a rally in Kelby.\n\n' +
    'Opposition leader Aron Falk said turnout had been low. "That should give the prime minister pause," Falk said.';

  it('answers with the prime minister’s name, not the speaker’s', () => {
    const a = ask(article, 'Who is the prime minister?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ilse Varro');
  });
});
