"""Who said each quote: a table of attribution patterns from real news.

Each case gives an article excerpt, the entities the pipeline would hand over
({canonical: (label, [other forms])}), and for each quote (by its opening
words) the expected speaker, or None where the text does not say.
Sources: Reuters/VentureBeat, Barron's, CNBC, Houston Chronicle, NYT, Newsweek,
Deccan Herald, The Guardian, AP, BBC, Taliban statement via Express Tribune,
Economic Times, SpaceNews, STV.
"""
import pytest

from test_quotes import load_nlp, named_mentions, simple_mentions

from extract.quotes import find_quotes, quoted_spans
from extract.speaker_names import names_of_speakers

CASES = {
    "a crosshead's quoted words under a headline's speech verb are not the headline speaker's": (
        "Judge warns of embargo breach after draft judgment sent\n\n"
        "‘Unidentified glitch’\n\n"
        "Three days before ruling, Judge Paul Mann circulated the draft judgment to the parties.\n\n"
        "A partner at the firm said the draft was sent “due to some unidentified glitch”.",
        {"Paul Mann": ("PERSON", ["Mann"])},
        {"Unidentified glitch": None}),
    "a statement signed by officials of two bodies is not the last signer's": (
        "Rail passengers have faced weeks of cancellations.\n\n"
        "The statement, signed off by Chief Operating Officer at Wales Rail, Rick Dale, and Chief Operating "
        "Officer at Track Link, Ann Tate, said: “We are sorry.”",
        {"Rick Dale": ("PERSON", ["Dale"]), "Ann Tate": ("PERSON", ["Tate"]),
         "Wales Rail": ("ORG", []), "Track Link": ("ORG", [])},
        {"We are sorry": None}),
    "a verb after an aside, its own modifiers and a colon speaks for the name before the aside": (
        "Hospital chiefs have spoken out about waiting times.\n\n"
        "Andrew Hale, the chief executive of the trust, posted on Thursday: “We are working flat out.”",
        {"Andrew Hale": ("PERSON", ["Hale"])},
        {"We are working": "Andrew Hale"}),
    "a speech verb heading a main clause joined by but leads in to the quote paragraph below": (
        "The bus company will cut twelve routes in the county.\n\n"
        "The routes have not been named yet but Cllr Tom Reid says the council is working on a solution.\n\n"
        "“We cannot stop them pulling out of those routes.”",
        {"Tom Reid": ("PERSON", ["Reid"])},
        {"We cannot stop": "Tom Reid"}),
    "a speech verb set off by commas has its subject after it, not the name before the aside": (
        "Prosecutor Ann Lee told the court about the night of the riot.\n\n"
        "Smith, said the prosecutor, had thrown a “petrol bomb at police”.",
        {"Ann Lee": ("PERSON", ["Lee"]), "Smith": ("PERSON", [])},
        {"petrol bomb": "Ann Lee"}),
    "a report that says it quotes someone gives that one's words": (
        "Central bank governor Anil Mehra says inflation will fall faster than forecast.\n\n"
        "“My expectation now is for lower inflation by December,” a Reuters news report quoting Mr Mehra said.",
        {"Anil Mehra": ("PERSON", ["Mehra"]), "Reuters": ("ORG", [])},
        {"My expectation": "Anil Mehra"}),
    "a headline's post with no article, a speech verb's subject, is the holder the story names below": (
        "Coroner criticises hospital trust for ‘misleading’ letter\n\n"
        "Have your say\n\n"
        "A hospital trust sent a letter to public figures before an inquest opened.\n\n"
        "Senior coroner Ruth Vale criticised the trust over the letter.",
        {"Ruth Vale": ("PERSON", ["Vale"])},
        {"misleading": "Ruth Vale"}),
    "a headline without its verb describes the speaker named below, the one who may hold the post": (
        "Council leader ‘deeply sorry’ over missed bin collections\n\n"
        "Bin collections have been missed for weeks across the city.\n\n"
        "Health Secretary Neil Gray said the council must act. Council leader Susan Aitken apologised.",
        {"Neil Gray": ("PERSON", ["Gray"]), "Susan Aitken": ("PERSON", ["Aitken"])},
        {"deeply sorry": "Susan Aitken"}),
    "a pronoun with no one named before it takes up the first subject named after it": (
        "“We will not back down over this offer,” she said.\n\n"
        "Nurses at the hospital walked out on Monday. Union representative Jane Cole said the offer was an insult.",
        {"Jane Cole": ("PERSON", ["Cole"])},
        {"We will not": "Jane Cole"}),
    "a pronoun with no one named before it takes up no one of the other sex": (
        "“We will not back down over this offer,” she said.\n\n"
        "Nurses at the hospital walked out on Monday. Union representative Mr Tom Cole said the offer was an insult.",
        {"Tom Cole": ("PERSON", ["Cole"])},
        {"We will not": None}),
    "a name set off in apposition to a subject is that subject for a pronoun below": (
        "Anna Berg said the council would bring back its plans in the spring.\n\n"
        "Although he backed the motion, the council's only opposition member — former MP Tom Reid — "
        "cast doubt on its timing.\n\n"
        "\"The timing shows the motive behind it,\" he said.",
        {"Anna Berg": ("PERSON", ["Berg"]), "Tom Reid": ("PERSON", ["Reid"])},
        {"The timing shows": "Tom Reid"}),
    "a verb of thinking whose subject is nobody yields to the named asker above it": (
        "The council has published its spending figures.\n\n"
        "Council leader Ian Reid asks whether anybody thinks “the figures add up at all”.",
        {"Ian Reid": ("PERSON", ["Reid"])},
        {"the figures add up": "Ian Reid"}),
    "the capitalised organ a body's name was written before is the body speaking through it": (
        "The Kelvo Fund Board on Tuesday fined Arden Bank $2 million.\n\n"
        "In a statement, the Board said the bank had “failed to monitor its loans for years”.\n\n"
        "The bank said it had fixed the problem. The board warned that “further fines would follow”.",
        {"Kelvo Fund": ("ORG", []), "Arden Bank": ("ORG", [])},
        {"failed to monitor": "Kelvo Fund", "further fines": "Kelvo Fund"}),
    "a weak verb with no subject at all governs no quote: the sentence's named speaker does": (
        "The EIS has rejected the latest pay offer.\n\n"
        "The offer was rejected at a meeting of the union's pay committee on Monday, with the union confirming its "
        "programme of strikes will continue “until a fair offer is made”.",
        {"EIS": ("ORG", [])},
        {"until a fair offer": "EIS"}),
    "a thing raising questions in reported words is the reporter's, not a speaker of its own": (
        "Waiting lists grew again in March.\n\n"
        "Opposition health spokesman Tom Baird said that the missed targets raise “serious questions” about the plan.",
        {"Tom Baird": ("PERSON", ["Baird"])},
        {"serious questions": "Tom Baird"}),
    "a letter signed by two officials speaks for their body, not the first signer": (
        "The Scottish Teachers Union said pay was falling behind inflation.\n\n"
        "The letter, signed by general secretary Anne Hart and chairman Colin Reid, said: “Our members cannot wait any longer.”",
        {"Scottish Teachers Union": ("ORG", []), "Anne Hart": ("PERSON", []), "Colin Reid": ("PERSON", [])},
        {"Our members": "Scottish Teachers Union"}),
    "a portfolio of two fields joined by and before a name is that person's office": (
        "Tenants in the city face another rent rise.\n\n"
        "Last night Scottish Tory finance and local government Maggie Chapman said: ‘Councils cannot go on like this.’",
        {"Maggie Chapman": ("PERSON", [])},
        {"Councils cannot": "Maggie Chapman"}),
    "an office's spokesperson, the office unnamed, is not another body's spokesperson": (
        "Liam Grant, the Scottish Liberal Democrats energy spokesperson, criticised the figures.\n\n"
        "The First Minister’s spokesperson said the claims were “without foundation”.",
        {"Liam Grant": ("PERSON", ["Grant"]), "Scottish Liberal Democrats": ("ORG", [])},
        {"without foundation": None}),
    "a pronoun after an unnamed spokesperson reporting others takes up the spokesperson": (
        "Michael Dunn told the committee the figures were wrong.\n\n"
        "A spokesman said officials had admitted the error weeks ago. He said: “It is all on the public record.”",
        {"Michael Dunn": ("PERSON", ["Dunn"])},
        {"It is all": None}),
    "they after a person's spokesperson speaks for that person": (
        "The Harbour Committee has asked Jane Kemp to explain the spending.\n\n"
        "A spokesperson for Jane Kemp said the report was “misleading”. Speaking to the Courier, they said, "
        "“The mayor has always been clear about the costs.”",
        {"Jane Kemp": ("PERSON", ["Kemp"]), "Harbour Committee": ("ORG", [])},
        {"The mayor has": "Jane Kemp"}),
    "by saying through an infinitive speaks for the clause's subject, not a name in its fronted phrase": (
        "Club chairman Hugh Dunn released a long statement on Monday.\n\n"
        "Among his complaints about Paul Leith, he defended his decision to sack him by text by saying: "
        "“It had to be simple and quick.”",
        {"Hugh Dunn": ("PERSON", ["Dunn"]), "Paul Leith": ("PERSON", ["Leith"])},
        {"It had to be": "Hugh Dunn"}),
    "a lede describing someone named in the next sentence, under a byline, is that person": (
        "By Anna Reid\n\n"
        "THE veteran councillor barred from the town hall says “nobody can stop me” going back.\n\n"
        "Jean Moss was accused of reading private files in the council offices.",
        {"Anna Reid": ("PERSON", ["Reid"]), "Jean Moss": ("PERSON", ["Moss"])},
        {"nobody can stop": "Jean Moss"}),
    "a body's name and a spokesperson's word before a colon head the body's statement": (
        "Staff at the broadcaster will vote on strike action.\n\n"
        "Acme Media Spokesperson: “The pay offer is fair and competitive.”",
        {"Acme Media": ("ORG", [])},
        {"The pay offer": "Acme Media"}),
    "an office another portfolio qualifies is another post: the First Minister is not the transport minister": (
        "Transport minister Kevin Stewart has told the ferry operator to keep disruption to a minimum.\n\n"
        "The First Minister said: “I recognise the impact this will have on the islands.”",
        {"Kevin Stewart": ("PERSON", ["Stewart"])},
        {"I recognise": None}),
    "one the text gives the office as held before is not who holds it now": (
        "Health Secretary Jeane Freeman paid tribute to the work of the chief executive.\n\n"
        "Her predecessor as health secretary, Shona Robison, was forced to intervene in the board.\n\n"
        "The Health Secretary said: “He has been an excellent chief executive.”",
        {"Jeane Freeman": ("PERSON", ["Freeman"]), "Shona Robison": ("PERSON", ["Robison"])},
        {"He has been": "Jeane Freeman"}),
    "a party's leader is not the person in view whom the text gives another office": (
        "First Minister Jane Doyle defended the budget at Holyrood.\n\n"
        "“We have protected every public service,” she said.\n\n"
        "The Scottish Labour leader said: “This budget fails the people of Scotland.”",
        {"Jane Doyle": ("PERSON", ["Doyle"]), "Scottish Labour": ("ORG", [])},
        {"We have protected": "Jane Doyle", "This budget fails": None}),
    "a body's leader is the person in view when the text gives them no other post": (
        "Tom Reilly has written to the council over the closure of the library.\n\n"
        "The leader of the Scottish Liberal Democrats added: “Readers deserve better than this.”",
        {"Tom Reilly": ("PERSON", ["Reilly"]), "Scottish Liberal Democrats": ("ORG", [])},
        {"Readers deserve": "Tom Reilly"}),
    "one who wrote to an office is not who the office's words below are": (
        "Ruth Kerr wrote to the First Minister about the ferry contract.\n\n"
        "“The public deserve answers,” Ms Kerr said.\n\n"
        "The First Minister said: “Every penny has been accounted for.”",
        {"Ruth Kerr": ("PERSON", ["Kerr"])},
        {"The public deserve": "Ruth Kerr", "Every penny": None}),
    "one named before the office in a sentence of their own may hold it": (
        "Ruth Kerr opened the new ferry terminal in Oban on Friday.\n\n"
        "The First Minister said: “Every penny has been accounted for.”",
        {"Ruth Kerr": ("PERSON", ["Kerr"])},
        {"Every penny": "Ruth Kerr"}),
    "an office opening the article is not the first of two people named after it": (
        "Ambulance response times have worsened again this winter.\n\n"
        "The Health Secretary said the figures were “deeply disappointing”.\n\n"
        "Both Tom Reilly and Ann Boyd raised the issue in the chamber on Thursday.",
        {"Tom Reilly": ("PERSON", ["Reilly"]), "Ann Boyd": ("PERSON", ["Boyd"])},
        {"deeply disappointing": None}),
    "a letter with no writer named speaks for no one, not for whoever spoke last": (
        "Brian Kerr, the firm's director, said the company regretted the accident.\n\n"
        "The letter states: “Staff were not trained to use the machine.”",
        {"Brian Kerr": ("PERSON", ["Kerr"])},
        {"Staff were not": None}),
    "a letter speaks for the one the text says sent it": (
        "Councillor Anne Bell sent a letter to the housing minister on Monday.\n\n"
        "The letter states: “Tenants have waited long enough for repairs.”",
        {"Anne Bell": ("PERSON", ["Bell"])},
        {"Tenants have": "Anne Bell"}),
    "one the text makes the office with as holds it: his confirmation as First Minister": (
        "Vaughan Gething has announced his new team following his confirmation as First Minister.\n\n"
        "Former mental health minister Lynne Neagle is promoted to Education Secretary.\n\n"
        "Announcing his team, the First Minister said: “I am incredibly proud of this team.”",
        {"Vaughan Gething": ("PERSON", ["Gething"]), "Lynne Neagle": ("PERSON", ["Neagle"])},
        {"I am incredibly": "Vaughan Gething"}),
    "a capitalised office after the is taken up by the subjects and speakers, not a name in passing": (
        "Jess Phillips held her first press conference on Monday after taking over the brief from Tom Watson, "
        "who was appointed to the Lords.\n\n"
        "The MP said: “We have a huge task ahead of us.”",
        {"Jess Phillips": ("PERSON", ["Phillips"]), "Tom Watson": ("PERSON", ["Watson"])},
        {"We have a huge": "Jess Phillips"}),
    "a name in a link to another story is no one a pronoun below it can mean": (
        "Union leader Jane Ross told the BBC the offer was only a small step forward.\n\n"
        "READ MORE: Nicola Sturgeon faces questions over teacher strikes\n\n"
        "“Our members have not had a proper chance to look at it,” she said.",
        {"Jane Ross": ("PERSON", ["Ross"]), "Nicola Sturgeon": ("PERSON", ["Sturgeon"]), "BBC": ("ORG", [])},
        {"Our members": "Jane Ross"}),
    "an office owned by a named place opening the article is the person named below it": (
        "Stormont’s finance minister has said he got a “warm” welcome at the Treasury.\n\n"
        "Conor Murphy held talks with Treasury ministers in London on Thursday.",
        {"Conor Murphy": ("PERSON", ["Murphy"]), "Treasury": ("ORG", [])},
        {"warm": "Conor Murphy"}),
    "a transcript heading an answer with the speaker's initials names the one person with them": (
        "Gregor Townsend spoke to the media after Saturday’s defeat to Ulster. Here is what he had to say.\n\n"
        "What did you make of the scrum?\n\n"
        "GT: “We were second best there and the penalty count hurt us badly.”\n\n"
        "How do you lift the players now?\n\n"
        "GT: “We go back to the training field on Monday and keep working.”",
        {"Gregor Townsend": ("PERSON", ["Townsend"]), "Ulster": ("ORG", [])},
        {"We were second": "Gregor Townsend", "We go back": "Gregor Townsend"}),
    "a speech verb after the quote borrows no subject from the quote's own verb": (
        "Edinburgh head coach Mike Blair praised his players after the derby.\n\n"
        "“I said to Calum MacRae as we walked up to the box: ‘That’s the worst half-time speech that I’ve "
        "given’,” revealed Blair after the game. “So it had nothing to do with the second half.”",
        {"Mike Blair": ("PERSON", ["Blair"]), "Calum MacRae": ("PERSON", ["MacRae"])},
        {"I said to Calum": "Mike Blair", "So it had": "Mike Blair"}),
    "went on with a colon after it introduces the quote like said": (
        "SNP MSP Elena Whitham said the chaos had been “an affront to democracy and an insult to people "
        "across the UK”.\n"
        "She went on: “It’s quite frankly scandalous that people across Scotland are expected to accept "
        "the shambles we see at Westminster as competent government when it is the exact opposite.”",
        {"Elena Whitham": ("PERSON", ["Whitham"])},
        {"an affront": "Elena Whitham", "It’s quite frankly": "Elena Whitham"}),
    "said the and a description closed by a comma after the quote is that description's speaker": (
        "Gers boss Philippe Clement would prefer an early decision, saying: “In these circumstances it can "
        "be a logical choice.”\n\n"
        "“It is a crazy situation in a top league that you don’t know the day before if the game is on or "
        "not,” said the Belgian, who confirmed Ridvan Yilmaz remained out with a knock.",
        {"Philippe Clement": ("PERSON", ["Clement"]), "Ridvan Yilmaz": ("PERSON", [])},
        {"In these": "Philippe Clement", "It is a crazy": "Philippe Clement"}),
    "a participle opening the sentence, taken for the subject, leaves the name after its comma speaking": (
        "An SNP MP has said that withdrawing from Westminster would be a mistake.\n"
        "Writing in The Scotsman, SNP MP for Glasgow South Stewart McDonald said: “His comments last week "
        "were not only wrong and unhelpful but would be a total abdication of our responsibility.”",
        {"Stewart McDonald": ("PERSON", ["McDonald"]), "SNP": ("ORG", []), "The Scotsman": ("ORG", [])},
        {"His comments": "Stewart McDonald"}),
    "the MS is the member of the Senedd in view": (
        "Health minister Eluned Morgan held her first press conference on Monday.\n\n"
        "The MS said: “We have a huge task ahead of us in rebuilding the NHS.”",
        {"Eluned Morgan": ("PERSON", ["Morgan"])},
        {"We have a huge": "Eluned Morgan"}),
    "a question put to a person leaves that person in view, not the asker": (
        "Health minister Eluned Morgan held her first press conference on Monday.\n\n"
        "Northwales.com asked the minister whether she had spoken to the health board.\n\n"
        "The MS said: “I have not had a chance to speak to them yet.”",
        {"Eluned Morgan": ("PERSON", ["Morgan"])},
        {"I have not": "Eluned Morgan"}),
    "a title of address says the sex before the list of given names": (
        "Hilary Benn met Emma Little Pengelly in Belfast.\n\n"
        "Emma Little Pengelly said the talks had been useful.\n\n"
        "Trade barriers were discussed, according to Mr Benn.\n\n"
        "“Had we met yesterday, we might have had a different discussion,” he told reporters.",
        {"Hilary Benn": ("PERSON", ["Benn"]), "Emma Little Pengelly": ("PERSON", [])},
        {"Had we met": "Hilary Benn"}),
    "a name opening the sentence, set off from its speech verb by an aside with a verb of its own, speaks": (
        "Councillor Ann Carter, who - along with fellow opposition councillors - tabled 18 amendments to the "
        "budget, said: “It is disappointing that none of them was accepted.”\n\n"
        "Grace Wood, pictured right, a leading Unite officer in Dumbarton, said: “Well done to the council.”",
        {"Ann Carter": ("PERSON", ["Carter"]), "Grace Wood": ("PERSON", []), "Unite": ("ORG", [])},
        {"It is disappointing": "Ann Carter", "Well done": "Grace Wood"}),
    "a paragraph ending in a colon after a speech noun and its author introduces the author's words": (
        "The union this week received the following statement from Dave Marsh in support of its campaign:\n\n"
        "“We have been working closely with union representatives on registration fees.\n\n"
        "“Many of these workers had the fee brought in after they were employed.”",
        {"Dave Marsh": ("PERSON", [])},
        {"We have been": "Dave Marsh", "Many of these": "Dave Marsh"}),
    "a pronoun opening the next sentence takes up a named subject whose sex only a given name said": (
        "General secretary Andrew Bradley called on staff in all schools to strike on November 24.\n\n"
        "She said: “We hoped not to get to this point.”",
        {"Andrew Bradley": ("PERSON", ["Bradley"])},
        {"We hoped": "Andrew Bradley"}),
    "a speech verb joined to a passive verb shares its subject": (
        "Tom Reid was asked about the closure of the library and said it was “a scandal”.\n\n"
        "Earlier this year, Prof Ann Gray, was appointed to lead the review and said the delays were "
        "“nothing short of a national shame”.",
        {"Tom Reid": ("PERSON", []), "Ann Gray": ("PERSON", [])},
        {"a scandal": "Tom Reid", "nothing short": "Ann Gray"}),
    "a name set off by commas after an opening phrase is no subject of the verb after it": (
        "After meeting Jane Smith, who runs the centre, the minister said: “It is a good scheme.”",
        {"Jane Smith": ("PERSON", [])},
        {"It is a good": None}),
    "a link to another story between two paragraphs of one speaker's words does not break them": (
        "Chief executive Katie Sadleir said: “We apply a medal allocation policy where there are few entries.”\n\n"
        "Read More on The Sun\n\n"
        "“Unfortunately, the scoreboard wrongly showed that it was a bronze medal race.”",
        {"Katie Sadleir": ("PERSON", [])},
        {"Unfortunately": "Katie Sadleir"}),
    "he is not a woman whose given name is missing from our short list of names": (
        "Tom Smith said the cuts were needed.\n\nSiobhan Kerr, who leads the opposition group, was at the "
        "meeting.\n\n“We will keep fighting for these services,” he said.",
        {"Tom Smith": ("PERSON", []), "Siobhan Kerr": ("PERSON", [])},
        {"We will keep": "Tom Smith"}),
    "he after an unnamed spokesman is the spokesman, not the reporter named before": (
        "Police were called to the town hall when parents protested at the closure, write Jane Reid and "
        "Tom Hill.\n\nA spokesman said the school had kept failing despite the council's efforts.\n\n"
        "He added: “It is still failing too many children and parents have voted with their feet.”",
        {"Jane Reid": ("PERSON", []), "Tom Hill": ("PERSON", [])},
        {"It is still": None}),
    "she after an organisation's spokeswoman, across a quoted subheading and her words going on": (
        "A CalMac spokeswoman said: “This service is cancelled for the rest of the day.\n\n"
        "‘Not a decision taken lightly’\n\n"
        "“Cancelling a sailing is never a decision we take lightly.”\n\n"
        "She added: “Please check our app for the latest updates.”",
        {"CalMac": ("ORG", [])},
        {"Please check": "CalMac"}),
    "it after a statement quoted just before is the statement, speaking for its author": (
        "Labour minister Nkechi Obi criticised the Nigeria Labour Congress over the planned strike in a "
        "statement on Monday.\n\n“The ministry reached out to the leadership of the unions for an emergency "
        "meeting,” the statement read.\n\nIt added: “Strike should only be resorted to as a last option.”",
        {"Nkechi Obi": ("PERSON", []), "Nigeria Labour Congress": ("ORG", [])},
        {"Strike should": "Nkechi Obi"}),
    "it read is a text, never the organisation named before it": (
        "Murdo Fraser shared a message sent to him by a Scottish National Party branch convener.\n\n"
        "It read: “Nobody has ever voted for you.”",
        {"Murdo Fraser": ("PERSON", []), "Scottish National Party": ("ORG", [])},
        {"Nobody has": None}),
    "words hung by as from a speech noun describe it, in the words of whoever dismissed it": (
        "Douglas Ross claimed that backbench MSPs had approached him offering to work with his party.\n\n"
        "Humza Yousaf has now dismissed Mr Ross’s claims as “entirely false”.",
        {"Humza Yousaf": ("PERSON", []), "Douglas Ross": ("PERSON", ["Mr Ross"])},
        {"entirely false": "Humza Yousaf"}),
    "dismissing something as a quoted phrase reports speech": (
        "The minister set out the cuts on Monday.\n\n"
        "Alan Reid dismissed the plan as “a disgrace”, while Mary Hill said it was “overdue”.",
        {"Alan Reid": ("PERSON", []), "Mary Hill": ("PERSON", [])},
        {"a disgrace": "Alan Reid", "overdue": "Mary Hill"}),
    "he after a speaker whose words report another's is the first speaker, not the one reported": (
        "Craig Levein said his side had been beaten by the better team.\n\n"
        "While Levein felt Willie Collum had denied his side a penalty, he stressed the players could not "
        "shirk responsibility.\n\n“I thought it was a penalty,” he said.",
        {"Craig Levein": ("PERSON", ["Levein"]), "Willie Collum": ("PERSON", [])},
        {"I thought": "Craig Levein"}),
    "a rank before an office names another post than the one named before": (
        "US President Donald Trump will visit Belfast in September.\n\n"
        "Gavin Robinson said Michelle O'Neill was not a leader for all, while the Sinn Fein vice-president "
        "told him to “butt out”.",
        {"Donald Trump": ("PERSON", []), "Gavin Robinson": ("PERSON", []), "Michelle O'Neill": ("PERSON", [])},
        {"butt out": None}),
    "a gerund after a name that ends a prepositional phrase is not that name's": (
        "Edinburgh has accepted the cuts and council leader Andrew Burns, has hit out at them in a letter to "
        "Mr Swinney, claiming they carry “punitive financial penalties.”",
        {"Andrew Burns": ("PERSON", []), "John Swinney": ("PERSON", ["Swinney"])},
        {"punitive": None}),
    "an office with an owner speaks for its holder named below": (
        "Holyrood’s Finance Secretary has said her Budget for the coming year “offers hope for the future”.\n\n"
        "Finance Secretary Shona Robison visited an energy firm ahead of her statement.",
        {"Shona Robison": ("PERSON", [])},
        {"offers hope": "Shona Robison"}),
    "a Scottish office after the is its holder named before: the Chief Constable": (
        "Chief Constable Jo Farrell met officers at the station on Monday.\n\n"
        "The Chief Constable thanked the crews, adding: “They kept the city safe all weekend.”",
        {"Jo Farrell": ("PERSON", [])},
        {"They kept": "Jo Farrell"}),
    "a Scottish office after the is its holder named before: the Lord Provost": (
        "Lord Provost Ann Ferguson opened the new library in Gorgie.\n\n"
        "The Lord Provost said: “This is a proud day for the whole city.”",
        {"Ann Ferguson": ("PERSON", [])},
        {"This is a proud": "Ann Ferguson"}),
    "a lowercase Scottish office after the is the person in view": (
        "Tom Baird wrote to the board members yesterday.\n\n"
        "In the letter, the former provost of Angus said: “This has been a hard decision to take.”",
        {"Tom Baird": ("PERSON", [])},
        {"This has been": "Tom Baird"}),
    "a Scottish office after the is its holder named before: the City Treasurer": (
        "City Treasurer Ricky Bell set out the savings to councillors.\n\n"
        "The City Treasurer said: “There is almost nothing left to cut.”",
        {"Ricky Bell": ("PERSON", [])},
        {"There is almost": "Ricky Bell"}),
    "a police rank after the is its holder named before: the Detective Inspector": (
        "Detective Inspector Tom Kane led the inquiry into the break-in.\n\n"
        "The Detective Inspector said: “We are keen to trace a man seen nearby.”",
        {"Tom Kane": ("PERSON", [])},
        {"We are keen": "Tom Kane"}),
    "a document ending in -ment that speaks is no unnamed person hiding the name before it": (
        "A petition to save the swimming pool has gathered 900 names.\n\n"
        "Set up by Moira Grant, the statement says the council has ignored local families.\n\n"
        "She said: “Closing the pool would leave the town with nowhere to learn to swim.”",
        {"Moira Grant": ("PERSON", [])},
        {"Closing the pool": "Moira Grant"}),
    "who after a name and a bracketed aside is that name, however the clause was hung": (
        "Transport Secretary Fiona Hyslop has denied the change was down to the union.\n\n"
        "The announcement was welcomed on Twitter by former Labour MSP Neil Findlay (above), who said: "
        "“Make no mistake this is down to the campaigning of the union.”",
        {"Fiona Hyslop": ("PERSON", []), "Neil Findlay": ("PERSON", [])},
        {"Make no mistake": "Neil Findlay"}),
    "a report speaks for the one who presented it": (
        "A report presented by lawyer John Scott to the police board found that enforcement had risen.\n\n"
        "The report said: “Some individuals are careless, and some are confused by the rules.”",
        {"John Scott": ("PERSON", [])},
        {"Some individuals": "John Scott"}),
    "the claims a body made are not its words when another body brands them": (
        "But Unite branded the claims made by GMB as 'totally untrue' and said only five members had voted.",
        {"Unite": ("ORG", []), "GMB": ("ORG", [])},
        {"totally untrue": "Unite"}),
    "a bare plural of bodies speaks for no one body": (
        "Audit Scotland and the Scottish Parliament Information Centre both agree councils have been getting "
        "£600m less in real terms.\n\nCouncils say that, faced with growing populations, they have been left "
        "with “no choice” but to cut core services.",
        {"Audit Scotland": ("ORG", []), "Scottish Parliament Information Centre": ("ORG", [])},
        {"no choice": None}),
    "a report is not the words of whoever last spoke of it": (
        "The union's new general secretary, Gary Smith, pledged to implement the recommendations of the "
        "inquiry report in full.\n\nIn its first paragraph, the report noted that “regional secretaries are, "
        "and always have been, men”.",
        {"Gary Smith": ("PERSON", [])},
        {"regional secretaries": None}),
    "said-X inversion with title": (
        "“Our third-quarter results reflected broad-based growth across our business,” said CEO Craig Menear "
        "in the company’s news release.",
        {"Craig Menear": ("PERSON", []), "Home Depot": ("ORG", [])},
        {"Our third-quarter": "Craig Menear"}),
    "said-X with a trailing apposition naming an organisation": (
        "\"The hope of a faster recovery in earnings because of a cut in the corporate tax is keeping the market "
        "higher,\" said Rusmik Oza, Head of Fundamental Research at Kotak Securities.",
        {"Rusmik Oza": ("PERSON", ["Oza"]), "Kotak Securities": ("ORG", [])},
        {"The hope": "Rusmik Oza"}),
    "X said: with a role before the name": (
        "GMB Scotland senior organiser for public services, Keir Greenaway, said: “GMB told COSLA bosses and "
        "ministers when we settled last year that our members expectations will be to keep building.”",
        {"Keir Greenaway": ("PERSON", []), "GMB": ("ORG", ["GMB Scotland"]), "COSLA": ("ORG", [])},
        {"GMB told": "Keir Greenaway"}),
    "X said: with a capitalised title and its organisation before the name": (
        "Chair of the union’s local government committee Mark Fenwick said: “Our members have voted "
        "overwhelmingly to reject this offer.”",
        {"Mark Fenwick": ("PERSON", ["Fenwick"])},
        {"Our members": "Mark Fenwick"}),
    "a statement on behalf of a body speaks for the body, and so does the statement continuing": (
        "A statement on behalf of the DUP grouping said there is a “real concern” about the dispute.\n"
        "“We make no apology for standing up for the ratepayer,” the statement said.\n"
        "The statement continued: “The public have high expectations of a resolution.”",
        {"DUP": ("ORG", []), "Armagh Borough Council": ("ORG", [])},
        {"real concern": "DUP", "We make": "DUP", "The public": "DUP"}),
    "a report speaks for no one the article names, not for the minister quoted before it": (
        "Yesterday, health secretary Hugh Kerr said: “This must be resolved urgently.”\n"
        "The report said: “This is clearly unacceptable.\n"
        "“Earlier, more rigorous challenges might have prevented such a large deficit.”",
        {"Hugh Kerr": ("PERSON", [])},
        {"This must": "Hugh Kerr", "This is clearly": None, "Earlier": None}),
    "he smiled for he said, and an age with a hyphen left out is the person in view": (
        "Stuart Brodie insists he will bring an exciting brand of football to the club.\n"
        "Brodie joins on a two-year deal.\n"
        "“I would rather win a match 5-4 than 1-0,” the 46-year old smiled. “I can guarantee that I will always "
        "send the team out to win.”",
        {"Stuart Brodie": ("PERSON", ["Brodie"])},
        {"I would rather": "Stuart Brodie", "I can guarantee": "Stuart Brodie"}),
    "a lower-case title with no determiner opens the subject, the name closes it": (
        "General secretary of the EIS Jane Kerr told the BBC’s Good Morning Scotland on Wednesday: “I would say "
        "this amounts to a tiny baby step in the right direction.”",
        {"Jane Kerr": ("PERSON", []), "BBC": ("ORG", []), "EIS": ("ORG", [])},
        {"I would say": "Jane Kerr"}),
    "the titled office after a photo credit is the office holder, not the photographer": (
        "Neil Dunn said there were ‘signs of stabilisation across the system’ in Scotland’s hospitals "
        "(Andrew Milligan/PA)\n\n"
        "The Health Secretary said: “We recognise that the system remains under sustained pressure.”",
        {"Neil Dunn": ("PERSON", []), "Andrew Milligan": ("PERSON", []), "PA": ("ORG", [])},
        {"We recognise": "Neil Dunn"}),
    "a READ MORE link in capitals reports no speech": (  # its quote is none of the story's (test_quotes.py)
        "Jane Kerr told the BBC: “Our members will look very carefully at this offer.”\n"
        "READ MORE: 'In my head and in my heart I know that time is now': First Minister resigns",
        {"Jane Kerr": ("PERSON", []), "BBC": ("ORG", [])},
        {"Our members": "Jane Kerr"}),
    "a role noun with modifiers goes forward only to someone carrying them all": (
        "Simon Dean was appointed to take charge at the health board.\n"
        "But the deputy chief executive of the NHS in Wales also insisted: “I am not the saviour of the health "
        "service.”\n"
        "He took up the interim post after the board's chief executive, Prof Trevor Purt, was suspended.",
        {"Simon Dean": ("PERSON", ["Dean"]), "Trevor Purt": ("PERSON", []), "NHS": ("ORG", [])},
        {"I am not": "Simon Dean"}),
    "a person closing the subject speaks, though the parser joined the name to the body": (
        "GMB Scotland senior organiser Callum Dryburgh warned that the crisis could become a “catastrophe” for many "
        "working families.",
        {"GMB": ("ORG", ["GMB Scotland"]), "Callum Dryburgh": ("PERSON", [])},
        {"catastrophe": "Callum Dryburgh"}),
    "X of the union Y insisted: the person, not the union the parser made the subject": (
        "Union leaders have urged ScotRail bosses to come up with an improved offer.\n"
        "Kevin Lennox of the trade union Aslef insisted “the ball is clearly in ScotRail’s court now” when it comes "
        "to resolving the dispute over pay.",
        {"Kevin Lennox": ("PERSON", []), "Aslef": ("ORG", []), "ScotRail": ("ORG", [])},
        {"the ball": "Kevin Lennox"}),
    "the trade union organiser is a person, not the union": (
        "Callum Dryburgh, a senior organiser with GMB Scotland, has challenged councils to “step up”.\n"
        "Council workers in three unions, the GMB, Unison and Unite, have backed industrial action.\n"
        "Speaking on BBC Radio Scotland’s Good Morning Scotland programme, the trade union organiser said: “For me, "
        "the Scottish Government has got the levers to raise income.”",
        {"Callum Dryburgh": ("PERSON", []), "GMB": ("ORG", ["GMB Scotland"]), "Unison": ("ORG", []),
         "Unite": ("ORG", []), "BBC Radio Scotland": ("ORG", [])},
        {"For me": "Callum Dryburgh"}),
    "organisation spokesman title": (
        "\"US Chinook helicopter shot down and completely destroyed last night while trying to raid Mujahideen "
        "position in Pangram area,\" Taliban spokesman Zabihullah Mujahid said in a tweet.",
        {"Zabihullah Mujahid": ("PERSON", []), "Taliban": ("ORG", [])},
        {"US Chinook": "Zabihullah Mujahid"}),
    "a company spokesperson speaks for the company": (
        "“We received an inquiry from the office of the New York State Attorney General and are cooperating in "
        "the matter,” said a WeWork spokesperson when contacted by Reuters.",
        {"WeWork": ("ORG", []), "Reuters": ("ORG", []), "New York State Attorney General": ("ORG", [])},
        {"We received": "WeWork"}),
    "a spokesperson for an organisation": (
        "A spokesperson for the British Foreign Office reiterated the UK's position that settlements \"are illegal "
        "under international law, present an obstacle to peace and threaten the physical viability of a "
        "two-state solution\".",
        {"British Foreign Office": ("ORG", ["Foreign Office"])},
        {"are illegal": "British Foreign Office"}),
    "wrote X after an introduction": (
        "In a research report early Tuesday, Jefferies analyst Jonathan Matuszewski said the market is "
        "misinterpreting the results. “Comp sales were light, though operating margins in-line with "
        "expectations,” wrote Matuszewski. “We interpret lighter results to be more tied to timing.”",
        {"Jonathan Matuszewski": ("PERSON", ["Matuszewski"]), "Jefferies": ("ORG", [])},
        {"Comp sales": "Jonathan Matuszewski", "We interpret": "Jonathan Matuszewski"}),
    "X told Y: the teller speaks": (
        "Ian Hamilton, an expert in drug use and mental health at the University of York who did not work on "
        "the study, told Newsweek: \"Although the researchers found that regular use increased by only a few "
        "percent, this could equate to a large proportion of the population.\"",
        {"Ian Hamilton": ("PERSON", ["Hamilton"]), "University of York": ("ORG", []), "Newsweek": ("ORG", [])},
        {"Although the researchers": "Ian Hamilton"}),
    "he said after a named speaker": (
        "Marco Villa, the company’s chief operating officer, said Tyvak would leverage that experience in its "
        "lunar landers. “We’re going to start with something smaller,” he said.",
        {"Marco Villa": ("PERSON", ["Villa"]), "Tyvak": ("ORG", [])},
        {"We’re going": "Marco Villa"}),
    "she said skips a more recent man": (
        "Union official Johanna Baxter said the offer had been criticised by Keir Greenaway of the GMB.\n"
        "“It falls short of the rate of inflation,” she said.",
        {"Johanna Baxter": ("PERSON", []), "Keir Greenaway": ("PERSON", []), "GMB": ("ORG", [])},
        {"It falls short": "Johanna Baxter"}),
    "a second quote in the paragraph keeps the speaker": (
        "“My people had $20 billion done,” Mr. Trump recounted in an Oct. 21 cabinet meeting. “And I said, "
        "‘I want more.’ They said, ‘The farmers can’t handle it.’”",
        {"Trump": ("PERSON", ["Mr. Trump"])},
        {"My people": "Trump", "And I said": "Trump"}),
    "saying shares the subject of the main verb": (
        "In a letter to the president in May, Zippy Duvall, the president of the American Farm Bureau, said "
        "farmers faced “near-unprecedented economic uncertainty and hardship” stemming from the escalation of "
        "tariffs. He urged Mr. Trump to make a deal as soon as possible, saying “time is running out for many "
        "in agriculture.”",
        {"Zippy Duvall": ("PERSON", []), "Trump": ("PERSON", ["Mr. Trump"]),
         "American Farm Bureau": ("ORG", [])},
        {"near-unprecedented": "Zippy Duvall", "time is running out": "Zippy Duvall"}),
    "role noun: the president": (
        "But it may morph into something bigger if US President Donald Trump agrees to Beijing's demands, "
        "people familiar with the talks say.\n"
        "The president said on Tuesday that China \"is going to have to make a deal that I like. If they don't, "
        "that's it.\"",
        {"Donald Trump": ("PERSON", ["Trump"])},
        {"is going to have": "Donald Trump"}),
    "role noun: the councillor, named inside an earlier quote": (
        "“Just two days ago, COSLA’s lead negotiator councillor Katie Hagman assured the union they were "
        "committed to a negotiated settlement,” he said.\n"
        "The councillor said the offer doesn’t mean an end to negotiations and added that COSLA will continue "
        "dialogue with trade unions “with the ambition reach a collective agreement if at all possible.”",
        {"Katie Hagmann": ("PERSON", ["Katie Hagman", "Hagmann"]), "COSLA": ("ORG", [])},
        {"with the ambition": "Katie Hagmann"}),
    "role noun named after the quote": (
        "China’s ambassador to Britain accused the UK and the US of meddling in the country’s affairs and warned "
        "that the Chinese government “will not sit on our hands” if the situation “becomes uncontrollable”.\n"
        "China’s ambassador to Britain Liu Xiaming has said that China has the “resolution and power” to end "
        "the unrest.",
        {"Liu Xiaming": ("PERSON", [])},
        {"will not sit": "Liu Xiaming", "becomes uncontrollable": "Liu Xiaming",
         "resolution and power": "Liu Xiaming"}),
    "organisation noun: the union, among several unions": (
        "Unison said the local authority body decided to “impose an insufficient pay award” despite its workers "
        "voting against it.\n"
        "Cosla said the current offer is fair and was accepted by both GMB and Unite.\n"
        "The union said the pay award fell short of “expectations given the 25% real-terms pay cut over the "
        "past 14 years”.",
        {"Unison": ("ORG", []), "COSLA": ("ORG", ["Cosla"]), "GMB": ("ORG", []), "Unite": ("ORG", [])},
        {"impose an": "Unison", "expectations given": "Unison"}),
    "organisation noun with a modifier: the production company": (
        "Dick Clark Productions denied that it had settled on an arrangement with the music label.\n"
        "“At no time did Dick Clark Productions agree to distribute a statement in partnership with Big Machine "
        "Label Group,” the production company said in a separate statement to Rolling Stone.",
        {"Dick Clark Productions": ("ORG", []), "Big Machine Label Group": ("ORG", []),
         "Rolling Stone": ("ORG", [])},
        {"At no time": "Dick Clark Productions"}),
    "an organisation's statement continues": (
        "On Thursday, Swift took to social media and accused Big Machine of disallowing the production of a "
        "Netflix documentary.\n"
        "The company flat-out denied the allegations in a statement shared to its website.\n"
        "\"As Taylor Swift's partner for over a decade, we were shocked to see her tumblr statements,\" the "
        "statement read.",
        {"Big Machine Records": ("ORG", ["Big Machine"]), "Taylor Swift": ("PERSON", ["Swift"])},
        {"As Taylor": "Big Machine Records"}),
    "a person's rep speaks for the person": (
        "Swift's rep told Fox News that this, too, was not the whole truth. \"Big Machine is trying to deflect "
        "and make this about money by publicly releasing financial information.\"",
        {"Taylor Swift": ("PERSON", ["Swift"]), "Big Machine": ("ORG", []), "Fox News": ("ORG", [])},
        {"Big Machine is": "Taylor Swift"}),
    "according to a named person": (
        "The offer is “the best in decades for local government workers”, according to Katie Hagmann.",
        {"Katie Hagmann": ("PERSON", [])},
        {"the best in decades": "Katie Hagmann"}),
    "a parse that leaves the subject loose": (
        "David O’Connor, the union’s local government lead, said COSLA’s decision to go ahead with the pay "
        "offer despite it being rejected by workers was “upsetting and infuriating”.",
        {"David O’Connor": ("PERSON", ["O’Connor"]), "COSLA": ("ORG", [])},
        {"upsetting": "David O’Connor"}),
    "a statement issued by an organisation": (
        "In a reflection of the confusion, the Electoral Commission, which regulates campaign finances, issued "
        "a statement warning that “voters are entitled to transparency and integrity from campaigners.”",
        {"Electoral Commission": ("ORG", [])},
        {"voters are entitled": "Electoral Commission"}),
    "an unnamed group of authors is no one": (
        "The authors of the research published in the journal JAMA Psychiatry argued that while the policies "
        "have provided \"important social benefits, particularly around issues of equity in criminal justice,\" "
        "the climb in conditions like cannabis use disorder are \"a potential public health concern.\"",
        {"JAMA Psychiatry": ("ORG", [])},
        {"important social": None, "a potential public": None}),
    "no speech verb: no speaker": (
        "One Home Depot refers to investments intended to create a “seamless, interconnected shopping "
        "experience” for customers.",
        {"Home Depot": ("ORG", [])},
        {"seamless": None}),
    "a passive participle is not an attribution": (
        "Two people briefed on the talks said Trump has decided that rolling back tariffs requires deeper "
        "concessions.\n"
        "\"The president wants the option of having a bigger deal with China. Bigger than just the little "
        "deal\" announced in October, said Derek Scissors, a China scholar with the American Enterprise "
        "Institute in Washington.",
        {"Derek Scissors": ("PERSON", ["Scissors"]), "Donald Trump": ("PERSON", ["Trump"]),
         "American Enterprise Institute": ("ORG", [])},
        {"The president wants": "Derek Scissors"}),
    "an unrecognised name stops a pronoun from guessing": (
        "Mr. Trump met Xi Jinping in Osaka.\n"
        "Eswar Prasad, a trade professor at Cornell, said the talks had stalled. “By hyping up expectations, "
        "Trump makes the prospects for any sort of trade deal more uncertain,” he said.",
        {"Trump": ("PERSON", ["Mr. Trump"]), "Xi Jinping": ("PERSON", ["Xi"])},
        {"By hyping": None}),
    "an unnamed expert is no one, and so is the expert later": (
        "Prince Andrew has left himself open to prosecution from his own words.\n"
        "“Prince Andrew is not entitled to any form of immunity because of his position as a member of the "
        "royal family,” said one legal expert, as reported by the Independent newspaper.\n"
        "“His friendship with the convicted sex offender could land him in court,” the expert warned.",
        {"Prince Andrew": ("PERSON", []), "Independent": ("ORG", [])},
        {"Prince Andrew is not": None, "His friendship": None}),
    "a company spokesperson is the company the article is about": (
        "The New York State Attorney General is investigating WeWork, according to a report.\n"
        "WeWork is headquartered in New York City. A company spokesperson said in an email that “we have "
        "received an inquiry from the office of the New York State Attorney General and are cooperating.”",
        {"WeWork": ("ORG", []), "New York State Attorney General": ("ORG", [])},
        {"we have received": "WeWork"}),
    "a report speaks for the body that released it": (
        "The importance of deadlines intensified last week as NASA’s Office of the Inspector General released "
        "two highly critical reports that depicted “technical challenges, cost increases and schedule delays”.",
        {"Office of the Inspector General": ("ORG", []), "NASA": ("ORG", [])},
        {"technical challenges": "Office of the Inspector General"}),
    "a relative clause speaks for its noun": (
        "Treasury officials met the bankers on Monday. Janet Yellen, who said the talks were “constructive and "
        "frank in equal measure”, left early.",
        {"Janet Yellen": ("PERSON", [])},
        {"constructive": "Janet Yellen"}),
    "the spokesperson again, for the organisation named with it before": (
        "A spokesperson for the NYAG declined to comment on Monday.\n"
        "Reuters reported that WeWork faces scrutiny. “We do not comment on ongoing investigations,” the "
        "spokesperson added.",
        {"New York State Attorney General": ("ORG", ["NYAG"]), "Reuters": ("ORG", []), "WeWork": ("ORG", [])},
        {"We do not comment": "New York State Attorney General"}),
    "the quote belongs to the verb it hangs from; 'the offices of Omar' gives Omar no role": (
        "Patrick Carlineo, 55, pleaded guilty to threatening to assault and murder a United States official.\n"
        "He was arrested in April for the March 21 call to the offices of Omar.\n"
        "During the call, he asked about the Muslim Brotherhood, called Omar a “terrorist” and said, “somebody "
        "ought to put a bullet in her skull,” the prosecutor’s office said.",
        {"Ilhan Omar": ("PERSON", ["Omar"]), "Patrick Carlineo": ("PERSON", ["Carlineo"]),
         "Muslim Brotherhood": ("ORG", [])},
        {"somebody ought": "Patrick Carlineo"}),
    "a surname the canonicaliser left apart takes the full name": (
        "Deputy Director of Public Prosecution Eva-Marie Persson took the decision to drop the investigation.\n"
        "Ms Persson said: \"I would like to emphasise that the injured party has submitted a credible and "
        "reliable version of events.\"",
        {"Eva-Marie Persson": ("PERSON", []), "Persson": ("PERSON", [])},
        {"I would like": "Eva-Marie Persson"}),
    "a speech noun speaks for its owner": (
        "Boris Johnson addressed the nation on Monday evening.\n"
        "Mr Johnson’s warning that the country faced “a long and difficult winter” was echoed by officials. "
        "His words, “we will get through this together”, were greeted with scepticism.",
        {"Boris Johnson": ("PERSON", ["Mr Johnson", "Johnson"])},
        {"a long and difficult": "Boris Johnson", "we will get through": "Boris Johnson"}),
    "a pronoun prefers the subject of the story over a name in passing": (
        "Prince Andrew gave a long interview to the BBC on Saturday.\n"
        "His effort to terminate his friendship with Epstein contradicts his claim in the same interview that "
        "the pair were “not close”.",
        {"Prince Andrew": ("PERSON", ["Andrew"]), "Jeffrey Epstein": ("PERSON", ["Epstein"]), "BBC": ("ORG", [])},
        {"not close": "Prince Andrew"}),
    "as X put it": (
        "No single example illustrates this better than The Dragon Waiting. As Gaiman put it, “Had he taken The "
        "Dragon Waiting and written a sequel, he would have been a bestseller.” Ford opted instead to write "
        "two Star Trek novels.",
        {"Neil Gaiman": ("PERSON", ["Gaiman"]), "Mike Ford": ("PERSON", ["Ford"])},
        {"Had he taken": "Neil Gaiman"}),
    "the statement refers back to who issued it": (
        "On Tuesday, Northwind Airlines issued a statement after the outage grounded flights for a day.\n"
        "The statement, which was seen by reporters, blamed a software update for the failure.\n"
        "“Our engineers worked through the night to restore the booking system,” the statement continued.\n"
        "Union leader Maria Lopez said the staff were exhausted.",
        {"Northwind Airlines": ("ORG", []), "Maria Lopez": ("PERSON", [])},
        {"Our engineers": "Northwind Airlines"}),
    "reported speech with an unknown inner subject is the reporter's": (
        "Smith said that after a long review Brussels had concluded the scheme was \"not, in itself, unlawful\", "
        "adding that courts would decide.",
        {"Anna Smith": ("PERSON", ["Smith"])},
        {"not, in itself": "Anna Smith"}),
    "a speech noun with the speaker as its compound": (
        "Neighbours criticised the plan, with Environment Minister Lena Holm warning of \"irreversible damage\".",
        {"Lena Holm": ("PERSON", [])},
        {"irreversible": "Lena Holm"}),
    "a feature writer's verb: assures": (
        "Martin Hale said he never sweated that summer.\n“Oh, actually? Yes,” he assures himself. “I did not sweat.”",
        {"Martin Hale": ("PERSON", ["Hale"])},
        {"Oh, actually": "Martin Hale"}),
    "a name after a dash signs the quote": (
        "Critics loved the first book.\n“Had she written a sequel, she would have been a bestseller.” — Ursula Grant\n"
        "The second book never came.",
        {"Ursula Grant": ("PERSON", [])},
        {"Had she written": "Ursula Grant"}),
    "remembered, with a partial quote": (
        "Chief executive Tim Cook spoke for an hour. Cook remembered Jobs rehearsing there for one launch and "
        "\"going way off script in a way that only he could.\"",
        {"Tim Cook": ("PERSON", ["Cook"]), "Steve Jobs": ("PERSON", ["Jobs"])},
        {"going way": "Tim Cook"}),
    "a gerund the parser hung from a noun speaks for the clause's subject": (
        "After running with the Level 3 plan, Health Minister Stephen Donnelly came in for heavy criticism.\n"
        "Speaking on Morning Ireland he bypassed the question for a second time saying \"It’s not about who’s "
        "right and who’s wrong, it’s about trying to make the best decision we can given the evidence we have.\"",
        {"Stephen Donnelly": ("PERSON", ["Donnelly"])},
        {"It’s not about": "Stephen Donnelly"}),
    "a gerund after a preposition the parser hung from a verb inside the quote": (
        "“A majority of Americans believe the browning of America is a good thing for the country,” Ezra Klein "
        "writes, before conceding that “as long as much of the country feels threatened by the changes they see, "
        "there will be a continuing, and perhaps growing, market for politicians like Trump.”",
        {"Ezra Klein": ("PERSON", ["Klein"]), "Trump": ("PERSON", [])},
        {"as long as": "Ezra Klein"}),
    "a name after the closing mark in a sentence left without a verb": (
        "Homeland Security Investigations special agents took custody of three men.\n"
        "“Our agents continue to interdict unlawful people and cargo approaching U.S. borders,” Augusto Reyes, "
        "Director of the Caribbean Air and Marine Branch.",
        {"Augusto Reyes": ("PERSON", []), "Homeland Security Investigations": ("ORG", [])},
        {"Our agents": "Augusto Reyes"}),
    "an infinitive of nobody in particular reports no speech": (
        "Natalya Lawrence says she hopes that people will admire Redonda. It’s easy, she says, for people to "
        "marvel at how beautiful an island is. “But they don’t know the work that goes into keeping it that way.”",
        {"Natalya Lawrence": ("PERSON", ["Lawrence"])},
        {"But they": "Natalya Lawrence"}),
    "a name before a post-nominal office speaks": (
        "Commenting on the figures, Scottish Labour leader Jane Kirkwood MSP said: “These numbers are a scandal "
        "for every family waiting on a bed.”",
        {"Jane Kirkwood": ("PERSON", []), "Scottish Labour": ("ORG", [])},
        {"These numbers": "Jane Kirkwood"}),
    "a reported phrase after a name and a post-nominal office": (
        "Responding to the report, Liberal Democrat leader Alex Dunbar MSP has said that ministers must come to "
        "parliament “to answer for their failures”.",
        {"Alex Dunbar": ("PERSON", []), "Liberal Democrat": ("ORG", [])},
        {"to answer": "Alex Dunbar"}),
    "the member named after the constituency the parser makes the subject": (
        "However, with the family not told until Tuesday, Perth and Kinross MP Ian Dunlop said residents had "
        "contacted him with “concerns” about the delay.",
        {"Ian Dunlop": ("PERSON", [])},
        {"concerns": "Ian Dunlop"}),
    "a quoted heading run into the speaker's sentence": (
        "Targets missed again\n‘Penalties for those who refuse to pay’\nThe Scottish Courts Service chief "
        "executive Mark Reid said: “We will use every power we have against those who will not pay.”",
        {"Mark Reid": ("PERSON", [])},
        {"We will use": "Mark Reid"}),
    "a quote left open runs on over a photo caption": (
        "Unite regional officer Gareth Boyd said: “We had served notice of a strike, but the employer made a much "
        "better offer.\nUnite members outside the city chambers earlier this month\n“As an act of good faith, we "
        "have agreed to suspend the action.”",
        {"Gareth Boyd": ("PERSON", []), "Unite": ("ORG", [])},
        {"As an act": "Gareth Boyd"}),
    "a quote left open runs on over a picture credit": (
        "Thelin said afterwards: “The game started well and we created chances but we missed them.\nThe winger "
        "celebrates in front of the travelling support. | SNS Group\n“We have a journey to go as a collective.”",
        {"Thelin": ("PERSON", [])},
        {"We have a journey": "Thelin"}),
    "a quote left open runs on over a crosshead in single marks": (
        "A ferry company spokeswoman, Ann Gray, said: “Due to high winds, this service is cancelled for the "
        "rest of the day.\nIsland sailings ‘cancelled’ again\n“Cancelling a sailing is a decision we "
        "never take lightly.”",
        {"Ann Gray": ("PERSON", [])},
        {"Cancelling a sailing": "Ann Gray"}),
    "a closed quote does not run on over a caption": (
        "Unite regional officer Gareth Boyd said: “We had served notice of a strike.”\nUnite members outside the "
        "city chambers earlier this month\n“As an act of good faith, we have agreed to suspend the action.”",
        {"Gareth Boyd": ("PERSON", []), "Unite": ("ORG", [])},
        {"As an act": None}),
    "a statement on behalf of a party group is the party's": (
        "Fife Council said it had made an improved offer.\nA statement on behalf of the SNP group said there was "
        "a “real concern” about the delay.\n“The group is not content to see this situation persist,” the "
        "statement said.",
        {"Fife Council": ("ORG", []), "SNP": ("ORG", [])},
        {"real concern": "SNP", "The group": "SNP"}),
    "an unnamed spokesman speaks for the body that spoke just before": (
        "Officers received a report of a serious assault in Kirkcaldy on Friday.\n\nPolice Scotland confirmed "
        "a man has been released pending further inquiries.\n\nA spokesman said: “Officers have arrested a "
        "35-year-old man in connection with the incident.”",
        {"Police Scotland": ("ORG", [])},
        {"Officers have": "Police Scotland"}),
    "an unnamed spokeswoman speaks for the body the story is about, others named since only in passing": (
        "NHS Tayside has insisted it is working to see patients as quickly as possible.\n\n"
        "Just over 60% of patients were seen within the Scottish Government’s target of 18 weeks.\n\n"
        "The gap between NHS Tayside and the next worst board, NHS Fife, has grown.\n\n"
        "However, health chiefs have moved to reassure patients.\n\n"
        "A spokeswoman said: “We will always see people as quickly as we can.”",
        {"NHS Tayside": ("ORG", []), "Scottish Government": ("ORG", []), "NHS Fife": ("ORG", [])},
        {"We will always": "NHS Tayside"}),
    "a lede's body by kind is named below, a body of another kind named above it notwithstanding": (
        "Bin strike could 'leave streets piled high'\n\nImage source, PA Media\n\n"
        "A union said strike action would \"leave streets piled high\" after Dundee City Council announced "
        "plans to cut 300 jobs.\n\nThe GMB said staff had learned of the cuts in an email.",
        {"PA Media": ("ORG", []), "Dundee City Council": ("ORG", []), "GMB": ("ORG", [])},
        {"leave streets": "GMB"}),
    "a lede's body by kind under a headline where that body spoke is that body": (
        "Unite warns of more bin strikes as talks stall\n\nWaste workers walked out across Scotland this week\n\n"
        "A leading union has warned further walkouts “will be on the cards” unless councils improve their offer."
        "\n\nThe warning from Unite came as talks with Cosla broke up without a deal.",
        {"Unite": ("ORG", []), "Cosla": ("ORG", [])},
        {"will be on": "Unite"}),
    "a lede's body by kind under captions naming the one body of that kind is that body": (
        "Nurses' union warns of winter walkouts\n\nRCN members hand out leaflets at the Royal Infirmary\n"
        "RCN members hand out leaflets at the Royal Infirmary\nShare this article\nHave your say\n\n"
        "A nursing union is claiming “overwhelming support” for its ballot on strike action.\n\n"
        "Members have been handing out leaflets at hospitals across the region.",
        {"RCN": ("ORG", [])},
        {"overwhelming support": "RCN"}),
    "a spokesperson speaks for the organisation a spokesperson was just given": (
        "Staff at Fife Council have been made an improved pay offer.\nA spokesperson for the council apologised "
        "for the disruption caused.\n“It is important for residents to understand the position of the council,” "
        "a spokesperson said.",
        {"Fife Council": ("ORG", [])},
        {"It is important": "Fife Council"}),
    "a headline run into the sentence whose subject the parser lost": (
        "Council ‘saddened’ by continuing strikes\nArmagh & Banbridge City Council has said it is ‘disappointed’ "
        "that strike action is going ahead while union members consider a new pay offer.",
        {"Armagh & Banbridge City Council": ("ORG", [])},
        {"disappointed": "Armagh & Banbridge City Council"}),
    "a health board's headline run into its sentence": (
        "Board ‘saddened’ by continuing strikes\nNHS Highland has said it is ‘disappointed’ that strike action is "
        "going ahead while union members consider a new pay offer.",
        {"NHS Highland": ("ORG", [])},
        {"disappointed": "NHS Highland"}),
    "a title in a possessive before a name is not that person's role": (
        "During an exchange at First Minister’s Questions on Thursday, Mr Sarwar produced a document which he "
        "said showed “political pressure” to open the hospital.\nIn response, Mr Swinney said the inquiry’s "
        "counsel had found no such pressure.\nThe First Minister told Holyrood: “There is no evidence of external "
        "pressure to open the hospital early.”",
        {"Anas Sarwar": ("PERSON", ["Sarwar"]), "John Swinney": ("PERSON", ["Swinney"])},
        {"There is no evidence": "John Swinney"}),
    "a letter left open runs on over an embedded post and its byline": (
        "Mr Sarwar has now written to the First Minister.\nHis letter said: “When I questioned you on the "
        "evidence, you told Parliament twice that there was none.\nJohn Swinney has lied again. He must come "
        "clean. pic.twitter.com/f8Cs8abc\n— Anas Sarwar (@AnasSarwar) January 30, 2026\n“You then falsely "
        "claimed that these words were those of the counsel.”",
        {"Anas Sarwar": ("PERSON", ["Sarwar"]), "John Swinney": ("PERSON", [])},
        {"You then": "Anas Sarwar"}),
    "raised concerns that introduces the quote": (
        "RCN Scotland director Theresa Fyffe said the survey was stark.\nShe raised concerns that “without urgent "
        "transformation there is a risk of a return to boom and bust.”",
        {"Theresa Fyffe": ("PERSON", ["Fyffe"]), "RCN Scotland": ("ORG", [])},
        {"without urgent": "Theresa Fyffe"}),
    "raised concerns in a relative clause": (
        "The Bakers, Food and Allied Workers Union, which has repeatedly raised “very serious concerns about health "
        "and safety processes” at the site, was refused access.",
        {"Bakers, Food and Allied Workers Union": ("ORG", [])},
        {"very serious": "Bakers, Food and Allied Workers Union"}),
    "a description opening the article is the person named as a subject below it": (
        "The chief executive of Dunmore council has warned all staff that if they strike they will lose two days' "
        "pay \"and, for those in the pension scheme, the loss of two days' pensionable service.\"\n\nMr John "
        "Winskill, in a brief to staff about the dispute, said: \"A strike will not lead to any change in the "
        "employers' position.\"",
        {"John Winskill": ("PERSON", ["Winskill"]), "Dunmore council": ("ORG", [])},
        {"and, for those": "John Winskill", "A strike": "John Winskill"}),
    "an organisation noun opening the article is the fitting body named below it": (
        "The largest union in local government has said strike action will go ahead after rejecting a revised pay "
        "offer that “puts absolutely no more money on the table”.\nUnison accused Cosla, which represents all "
        "Scottish local authorities, of making an offer that does not benefit its workers.",
        {"Unison": ("ORG", []), "Cosla": ("ORG", [])},
        {"puts absolutely": "Unison"}),
    "an indefinite description opening the article is the person named as a subject below it": (
        "A Carnoustie councillor has claimed that democracy within the council is “broken” after his bid failed.\n"
        "Councillor Bill Bowles asked the council to suspend its standing orders.",
        {"Bill Bowles": ("PERSON", ["Bowles"])},
        {"broken": "Bill Bowles"}),
    "an indefinite description in capitals opening the article is the person named below it": (
        "A COUNCILLOR has claimed that democracy within the council is “broken” after his bid failed.\n"
        "Councillor Bill Bowles asked the council to suspend its standing orders.",
        {"Bill Bowles": ("PERSON", ["Bowles"])},
        {"broken": "Bill Bowles"}),
    "an indefinite organisation noun opening the article is the fitting body named below it": (
        "A UNION has accused ministers of being \"inflammatory and unreasonable\" in blaming train drivers.\n\n"
        "Aslef has appealed for the First Minister to get the operator back to the table.",
        {"Aslef": ("ORG", [])},
        {"inflammatory": "Aslef"}),
    "an indefinite description after someone is named stays unnamed": (
        "Sheriff Ann Reid heard the case on Monday.\n"
        "A witness said the attack was “brutal and unprovoked”.\n"
        "Councillor Bill Bowles asked the council to suspend its standing orders.",
        {"Bill Bowles": ("PERSON", ["Bowles"]), "Ann Reid": ("PERSON", ["Reid"])},
        {"brutal": None}),
    "the owner of words a tifo took is no speaker a pronoun stands for": (
        "Postecoglou praised the fans, after they produced a stunning tifo that took some words from legendary "
        "Hoops figure Tommy Burns.\n\nSpeaking on Sky Sports, he said: “Champions again because of you.”",
        {"Ange Postecoglou": ("PERSON", ["Postecoglou"]), "Tommy Burns": ("PERSON", [])},
        {"Champions again": "Ange Postecoglou"}),
    "a body the text never named does not take the last speaker's words": (
        "The GMB said on Monday it had “turned down flat” the proposal.\nThe council said it is at the “limit” "
        "of what it can pay.",
        {"GMB": ("ORG", [])},
        {"turned down flat": "GMB", "limit": None}),
    "a kind of body fits the organisation the article also calls by its initials": (
        "Educational Institute of Scotland condemns pay offer\nThe EIS said the offer was “completely "
        "inadequate”.\nSalaries are falling behind.\nThe teaching union added that it “fails to recognise the "
        "value of teachers”.",
        {"Educational Institute of Scotland": ("ORG", ["EIS"])},
        {"completely inadequate": "Educational Institute of Scotland",
         "fails to recognise": "Educational Institute of Scotland"}),
    "the club before a role noun picks the person that club's office was given to": (
        "Celtic manager Brendan Rodgers felt the win was deserved.\nRangers boss Mark Warburton insisted his focus "
        "was on his team.\n\"I'm not worried,\" he said.\nThe Celtic boss picked up an injury as he celebrated and "
        "said: \"It was stupid wasn't it? I just slipped when the second goal went in.\"",
        {"Brendan Rodgers": ("PERSON", []), "Mark Warburton": ("PERSON", []), "Celtic": ("ORG", []),
         "Rangers": ("ORG", [])},
        {"I'm not worried": "Mark Warburton", "It was stupid": "Brendan Rodgers"}),
    "a question the writer asks reports no speech": (
        "“I cannot believe Martha would not want his books back in print,” Jane Starner said.\n"
        "All contact between the family and his friends dissolved.\n"
        "The deal took a year of back-and-forth, and the books will come back into print.\n"
        "When I got word that a deal had been struck, I thought of Elise Matthesen. Still smarting from the "
        "events surrounding his death, how would she feel about all of this?\n"
        "“I don’t even have words, it’s such good news,” she replied in an email.",
        {"Jane Starner": ("PERSON", ["Starner"]), "Elise Matthesen": ("PERSON", [])},
        {"I don’t even": "Elise Matthesen"}),
    "a capitalised office after 'the' with a body's word before it is the person in view, not the body": (
        "Mr Arvind Menon told reporters at his residence that his remarks had been twisted.\n"
        "“I never spoke against any region,” the Union Minister said.\n"
        "He will attend the meeting of the Union Cabinet on Friday.",
        {"Arvind Menon": ("PERSON", []), "Union Cabinet": ("ORG", [])},
        {"I never spoke": "Arvind Menon"}),
    "'was quoted as saying': the one quoted speaks": (
        "Oil output fell for a third month.\n"
        "“We will not sell the refinery,” Ahmed Bello was quoted as saying by the news agency.",
        {"Ahmed Bello": ("PERSON", [])},
        {"We will not sell": "Ahmed Bello"}),
    "'quoted X as saying': the object quoted speaks, not the agency quoting": (
        "The agency quoted Sipho Ndlovu as saying “the strike will go ahead on Monday”.",
        {"Sipho Ndlovu": ("PERSON", [])},
        {"the strike will": "Sipho Ndlovu"}),
    "a title, the name, then a clause about the person set off by commas": (
        "Minister for Energy Grace Ochieng, who took members' questions on Tuesday, told the House: \"The tariffs "
        "will stay.\"",
        {"Grace Ochieng": ("PERSON", [])},
        {"The tariffs": "Grace Ochieng"}),
    "a name set off by commas closing the subject, hung from the name before it": (
        "Special adviser to former Governor Ada Okafor, Musa Bello, has said the budget was a “fraud”.",
        {"Ada Okafor": ("PERSON", []), "Musa Bello": ("PERSON", [])},
        {"fraud": "Musa Bello"}),
    "of two subjects the parser gave the verb, the one naming someone speaks": (
        "Tom Ackerman, the Wales head coach, when questioned about the result and his team’s status responded "
        "with “We were second best all night.”",
        {"Tom Ackerman": ("PERSON", [])},
        {"We were second": "Tom Ackerman"}),
    "a name set off by commas right before a verb given no subject": (
        "Speaking on behalf of the governors, Aminu Bello, said the “rogue groups” have no mandate.",
        {"Aminu Bello": ("PERSON", [])},
        {"rogue groups": "Aminu Bello"}),
    "'a company spokesman' is the firm named before, not the union the article names more often": (
        "Workers at the Erdington plant run by Harwick Automotive were told it will close.\n"
        "Unite said the plant was viable. Unite regional officer Dan Moss said: “We will fight this.”\n"
        "He added: “Unite will not let these jobs go without a fight.”\n"
        "A company spokesman said: “We have reviewed the union's proposals but the outlook remains unchanged.”",
        {"Harwick Automotive": ("ORG", []), "Unite": ("ORG", []), "Dan Moss": ("PERSON", [])},
        {"We will fight": "Dan Moss", "We have reviewed": "Harwick Automotive"}),
    "'the ombudsman said' is the ombudsman's office named before, a body that speaks": (
        "The Housing Ombudsman has found severe maladministration by Ashgrove Homes over damp in a family's flat.\n"
        "“The landlord failed this family at every turn,” the ombudsman said.",
        {"Housing Ombudsman": ("ORG", []), "Ashgrove Homes": ("ORG", [])},
        {"The landlord failed": "Housing Ombudsman"}),
    "'police said' with no police force named is no company that spoke before": (
        "Tata Motors said sales rose in March. “Demand stayed firm,” the company said.\n"
        "A worker was arrested at the plant. “He will be charged in court,” police said.\n"
        "“The decision is final,” the ministry said.",
        {"Tata Motors": ("ORG", [])},
        {"Demand stayed": "Tata Motors", "He will be": None, "The decision": None}),
    "a phrase the headline repeats is still a quote where a named speaker reports it": (
        "MSP says delay was ‘deeply troubling’\n"
        "The handling of the inquiry has been criticised by opposition parties.\n"
        "Ms Rennie said it was “deeply troubling” that evidence had been lost.",
        {"Jane Rennie": ("PERSON", ["Ms Rennie"])},
        {"deeply troubling": "Jane Rennie"}),
    "a speech verb after an aside, hung by the parser from the name before it": (
        "“It was a poor performance from start to finish. We have to be better,” Robinson, who took charge in "
        "the summer, conceded.",
        {"Stephen Robinson": ("PERSON", ["Robinson"])},
        {"It was a poor": "Stephen Robinson"}),
    "a passive speech verb with its speaker after 'by'": (
        "Nurses will be consulted on the offer, described as “best and final” by health secretary Humza Yousaf "
        "last week.",
        {"Humza Yousaf": ("PERSON", [])},
        {"best and final": "Humza Yousaf"}),
    "people of a body speak for no body": (
        "Shropshire Council approved its budget on Thursday.\n"
        "Opposition group leaders said the administration had wasted its money on “shiny projects”.",
        {"Shropshire Council": ("ORG", [])},
        {"shiny projects": None}),
    "a body's officials in the plural speak for the body their phrase names": (
        "Council leaders met in Edinburgh on Friday to discuss the budget.\n\n"
        "Cosla leaders agreed: “Cosla cannot accept and will not recommend the offer.”\n\n"
        "They added: “The government should be endeavouring to empower local democracy.”",
        {"Cosla": ("ORG", [])},
        {"Cosla cannot": "Cosla", "The government should": "Cosla"}),
    "union bosses are the one union the article names, named below them": (
        "Union bosses said the strike was being taken to have “the greatest impact on service possible”.\n\n"
        "Unite the Union confirmed that more than 500 workers will go on strike.",
        {"Unite the Union": ("ORG", [])},
        {"the greatest impact": "Unite the Union"}),
    "officials carrying a short name speak for the one body whose fuller name opens with it": (
        "NHS Grampian wrongly sent an air ambulance to Shetland rather than Orkney.\n\n"
        "NHS chiefs said: “We would like to apologise unreservedly to the family.”",
        {"NHS Grampian": ("ORG", []), "NHS": ("ORG", [])},
        {"We would like": "NHS Grampian"}),
    "the health board is the board named for the NHS and its area": (
        "Two bodies were mixed up at a hospital run by NHS Lothian, a union said.\n\n"
        "The health board said: “We apologise to both families for the distress this has caused.”",
        {"NHS Lothian": ("ORG", [])},
        {"We apologise": "NHS Lothian"}),
    "a weak verb right before a paragraph's closing colon introduces the quote paragraph below": (
        "Angela Moore, MSP for Dunfermline, called the closure a “hammer blow” for the town.\n\n"
        "The MSP, who also met the plant's managers, continued:\n\n"
        "“I urge the company to think again about these job losses.”",
        {"Angela Moore": ("PERSON", [])},
        {"I urge": "Angela Moore"}),
    "the body is the organisation named just before it": (
        "Unison is balloting its members over the 3% offer from Cosla.\n"
        "The employers’ body has said that its offer “utilises the available funding” for increasing pay.\n\n"
        "Both unions rejected the last pay deal from Cosla in May, which the council umbrella body said was a "
        "“strong offer at the limits of affordability”.",
        {"Unison": ("ORG", []), "Cosla": ("ORG", [])},
        {"utilises": "Cosla", "strong offer": "Cosla"}),
    "a paragraph in which a body issues the following statement introduces its words": (
        "Rangers Football Club has confirmed the departure of its manager.\n\n"
        "The club issued the following statement:\n\n"
        "“We thank him for his service and wish him well for the future.”",
        {"Rangers Football Club": ("ORG", [])},
        {"We thank him": "Rangers Football Club"}),
    "an update a body released introduces its words": (
        "The City Council have released this update:\n\n"
        "“We are putting on extra collections on Saturday and Monday.”",
        {"City Council": ("ORG", [])},
        {"We are putting": "City Council"}),
    "a statement on a body's own page is the body's": (
        "Unison Scotland has criticised the revised offer.\n\n"
        "A statement on Unison Scotland’s social media said: “We had no heads-up that this was coming.”\n\n"
        "Fife Council has closed the library.\n\n"
        "A statement on the council’s website said: “We regret that the library will close.”",
        {"Unison Scotland": ("ORG", []), "Fife Council": ("ORG", [])},
        {"We had no": "Unison Scotland", "We regret": "Fife Council"}),
    "a union described in a lede is the one of its kind named as a subject three paragraphs on": (
        "Only a “significantly improved” pay offer will stop council workers going on strike, a union has warned.\n\n"
        "Staff at schools and nurseries voted to strike after rejecting a 2% pay offer.\n\n"
        "Ministers and local authority body Cosla will meet later to discuss the dispute.\n\n"
        "But GMB Scotland said this meeting has to result in a better deal.",
        {"Cosla": ("ORG", []), "GMB Scotland": ("ORG", [])},
        {"significantly improved": "GMB Scotland"}),
    "they who post a statement are the body whose words came before a link to another story": (
        "North Lanarkshire Council have revealed that they have been hit with abuse online.\n\n"
        "READ NEXT: Fury as council approves mass closures\n\n"
        "Posting a statement on social media, they said: “We don’t allow abusive comments on our pages.”",
        {"North Lanarkshire Council": ("ORG", [])},
        {"We don’t allow": "North Lanarkshire Council"}),
    "a body noun heading its phrase speaks for the body, not the kind of body compounded before it": (
        "Both unions rejected the last pay deal from Cosla in May, which the council umbrella body said was a "
        "“strong offer at the limits of affordability”.",
        {"Cosla": ("ORG", [])},
        {"strong offer": "Cosla"}),
    "the company is no union, though only unions are named": (
        "Unite is considering legal action after the company axed its Cambuslang chicken plant.\n\n"
        "In a letter to workers last week, the company said: “We have not been able to find an alternative.”",
        {"Unite": ("ORG", [])},
        {"We have not": None}),
    "of the bodies named just before the body, not one named as an owner": (
        "Cosla met council leaders on Tuesday to discuss the Scottish Government's latest budget settlement.\n\n"
        "The deal, which the local authority umbrella body said was “undeliverable without an unacceptable level "
        "of cuts”, was voted down.",
        {"Cosla": ("ORG", []), "Scottish Government": ("ORG", [])},
        {"undeliverable": "Cosla"}),
    "a body noun after the name of the body is that body, of whatever kind": (
        "The GMB said the offer was poor. Unite members voted on it too.\n\n"
        "The Unite union said the offer was “an insult to workers”.",
        {"Unite": ("ORG", []), "GMB": ("ORG", [])},
        {"an insult": "Unite"}),
    "an organisation's possessive before the title and the name": (
        "The union replied in a letter to the LGA's head of workforce Sarah Messanger on Friday.\n"
        "Unison's head of local government Heather Wakefield added the union needed 'more certainty' over the "
        "offer.",
        {"Heather Wakefield": ("PERSON", []), "Sarah Messanger": ("PERSON", []), "Unison": ("ORG", []),
         "LGA": ("ORG", [])},
        {"more certainty": "Heather Wakefield"}),
    "a quote paragraph, then 'This was said by X' opening the next": (
        "Thousands of workers marched through the city centre on Wednesday.\n"
        "“We are marching against the people we elected. We will withhold our vote.”\n"
        "This was said by the federation’s provincial chairperson, Thabo Mokoena, speaking outside its offices.\n",
        {"Thabo Mokoena": ("PERSON", [])},
        {"We are marching": "Thabo Mokoena"}),
    "a quote paragraph, then 'Those were the words of X' opening the next": (
        "“We will not back down until the offer is improved.”\n"
        "Those were the words of union leader Grace Phiri on Monday as the strike entered its third week.\n",
        {"Grace Phiri": ("PERSON", [])},
        {"We will not back": "Grace Phiri"}),
    "a quote paragraph, then 'That was the message from' someone never named, stays unattributed": (
        "“We will not back down until the offer is improved.”\n"
        "That was the message from the union on Monday, as Grace Phiri led the march.\n",
        {"Grace Phiri": ("PERSON", [])},
        {"We will not back": None}),
    "'the CM said' is the chief minister in view": (
        "Chief Minister Ramesh Gowda said on Sunday that his chair was not vacant.\n"
        "Speaking at the Press Club, the CM said, \"We don’t have any confusion amongst us.\"",
        {"Ramesh Gowda": ("PERSON", [])},
        {"We don’t have": "Ramesh Gowda"}),
    "'the IG said', 'the DGP told' are the police officers in view": (
        "Inspector General of Police of the range, Harjit Singh Sandhu, said nine people had been held.\n"
        "“Till now, we have arrested nine persons,” the IG said.\n"
        "Director General of Police (DGP) Punjab R.K. Mehra told the media the suspects were moving east.\n"
        "“The suspects took the national highway,” the DGP told IANS.",
        {"Harjit Singh Sandhu": ("PERSON", []), "R.K. Mehra": ("PERSON", [])},
        {"Till now": "Harjit Singh Sandhu", "The suspects took": "R.K. Mehra"}),
    "a title, then the name closing the subject before an auxiliary and the verb": (
        "Head of the HSE Declan Moran has said: 'We knew we were facing a difficult winter.'",
        {"Declan Moran": ("PERSON", [])},
        {"We knew": "Declan Moran"}),
    "a gerund after a preposition's object hanging from an adjective speaks for the clause's subject": (
        "Mr. Adeyemi seemed confident about the arrests stating that “the suspects will face the full weight "
        "of the law.”",
        {"Adeyemi": ("PERSON", [])},
        {"the suspects": "Adeyemi"}),
    "a weak verb in the passive with no quote in its sentence makes no speaker of its agent": (
        "Mr. Dubois maintained that the premier was the first leader to be welcomed by President Garner. "
        "“I think it is really important,” he said.",
        {"Dubois": ("PERSON", []), "Garner": ("PERSON", ["Ray Garner"])},
        {"I think": "Dubois"}),
    "a quote paragraph left open takes the speaker that closes it in the next paragraph": (
        "The party leader briefed the media in Pretoria on Friday.\n\n"
        "“We are here to govern and we will not falter. The people chose this coalition.\n\n"
        "“An attack on the president is an attack on the country,” Thandi Mokoena said.",
        {"Thandi Mokoena": ("PERSON", [])},
        {"We are here": "Thandi Mokoena", "An attack": "Thandi Mokoena"}),
    "'the agency' is a ministry or a department the article named": (
        "The Department of Conservation has closed two tracks after the storm.\n\n"
        "“The tracks will stay shut until the bridges are inspected,” the agency wrote on its website.",
        {"Department of Conservation": ("ORG", [])},
        {"The tracks": "Department of Conservation"}),
    "a round-up heads each manager's words with the name and the side alone": (
        "What the managers said after Saturday's games.\n\n"
        "Tom Ridley (Harbour Town)\n\n"
        "“We were second best for an hour and the result flattered us.”\n\n"
        "Paul Okafor (Riverside)\n\n"
        "“I am proud of the players, they never stopped running.”",
        {"Tom Ridley": ("PERSON", []), "Paul Okafor": ("PERSON", [])},
        {"We were second": "Tom Ridley", "I am proud": "Paul Okafor"}),
    "an office whose body differs is someone else: the person in view speaks": (
        "The blunder was spotted by the Alliance MLA Ann Boyd on Monday.\n\n"
        "Opposition leader Conor Kelly said Ms Boyd was “right to raise it”.\n\n"
        "The SDLP MLA said members must “read what they are given”.",
        {"Ann Boyd": ("PERSON", ["Boyd"]), "Conor Kelly": ("PERSON", []), "Alliance": ("ORG", []),
         "SDLP": ("ORG", [])},
        {"read what": "Conor Kelly"}),
    "a place before an office ties no one: the member named with the office speaks": (
        "TUV MLA Ian Reid told the Assembly the sum was “eye-watering”.\n\n"
        "“We should all be grateful for what the Union pays for.\n\n"
        "“It’s good to be British,” the North Antrim MLA said.",
        {"Ian Reid": ("PERSON", []), "TUV": ("ORG", [])},
        {"We should": "Ian Reid", "It’s good": "Ian Reid"}),
    "two people given the office in one sentence: the office names neither": (
        "The bill was backed by Transport Minister Jenny Reid and Housing Minister Paul Kerr.\n\n"
        "“This will change lives,” the minister said.",
        {"Jenny Reid": ("PERSON", []), "Paul Kerr": ("PERSON", [])},
        {"This will": None}),
    "an office is not the person its own sentence names beside it": (
        "Mr Sarwar told MSPs the figures were “a scandal”.\n\n"
        "The First Minister accused Mr Sarwar of “playing politics with patients”.",
        {"Anas Sarwar": ("PERSON", ["Sarwar"])},
        {"playing politics": None}),
    "an apposition ends before the sentence's main verb": (
        "Transport Minister Jenny Reid and Active Travel Minister Pat Hart were both in the chamber.\n\n"
        "While he spared Reid, the Tory MSP went after his Green counterpart.\n\n"
        "“I make my own choices,” Hart said.\n\n"
        "The Green minister told reporters the attacks were “childish name-calling”.",
        {"Jenny Reid": ("PERSON", ["Reid"]), "Pat Hart": ("PERSON", ["Hart"])},
        {"childish": "Pat Hart"}),
    "a paragraph reporting someone's words goes on in the quote paragraph below, whatever its report holds": (
        "EIS general secretary Andrea Reid said that after Monday's meeting the union would continue with "
        "its plans for a ballot.\n\n"
        "“No new offer was made, so we will keep moving towards a statutory ballot.”",
        {"Andrea Reid": ("PERSON", []), "EIS": ("ORG", [])},
        {"No new offer": "Andrea Reid"}),
    "a paragraph ending in a participle that reports the subject's words goes on in the quote below": (
        "Alliance MLA Stewart Dickson has accused the DUP of playing games.\n\n"
        "Mr Dickson raised the matter in the chamber, saying he did so on behalf of the public.\n\n"
        "“I asked the Speaker whether this was in breach of the pledge of office.”",
        {"Stewart Dickson": ("PERSON", ["Dickson"]), "DUP": ("ORG", []), "Alliance": ("ORG", [])},
        {"I asked": "Stewart Dickson"}),
    "a name and a colon head the quote in a round-up": (
        "Harbour Town 2-1 Riverside\n"
        "Paul Okafor: “We gave away two soft goals and you cannot do that here.”",
        {"Paul Okafor": ("PERSON", [])},
        {"We gave away": "Paul Okafor"}),
    "a body the subject phrase names in brackets speaks, not another sharing its first word": (
        "The Rail Delivery Group said fares would rise by 4% in March.\n\n"
        "The Rail, Maritime and Transport union (RMT) also slammed the rise, saying it was “a slap in the face” "
        "for commuters.",
        {"Rail Delivery Group": ("ORG", []), "RMT": ("ORG", [])},
        {"a slap in the face": "RMT"}),
    "an acronym the entity rules missed speaks for the body it spells": (
        "The Scottish Housing Council (SHC) published its figures on Monday.\n\n"
        "“Demand for homes has never been higher,” said the SHC.",
        {"Scottish Housing Council": ("ORG", [])},
        {"Demand for homes": "Scottish Housing Council"}),
    "the watchdog is the regulator named before": (
        "Southern Water has been fined £3m by Ofwat after sewage leaks.\n\n"
        "“These failures were avoidable,” said the watchdog.",
        {"Southern Water": ("ORG", []), "Ofwat": ("ORG", [])},
        {"These failures": "Ofwat"}),
    "a company's directors speak for it, and they go on for it": (
        "Harbour Foods has reported a rise in sales.\n\n"
        "The directors of the bakery chain, in their annual report, say trading was “tougher than expected”.\n\n"
        "They add: “The business remains in a strong position.”",
        {"Harbour Foods": ("ORG", [])},
        {"tougher than": "Harbour Foods", "The business": "Harbour Foods"}),
    "the council named just after its statement, with another body named before": (
        "Tenants of Canberra Court have told the Daily Record about damp in their flats.\n\n"
        "In a statement the council said: “Westfield City Council will inspect every affected home this week.”",
        {"Daily Record": ("ORG", []), "Westfield City Council": ("ORG", [])},
        {"Westfield City Council will": "Westfield City Council"}),
    "the charity is not the Charity Commission, whose name only has the word": (
        "The Charity Commission has opened an inquiry into Hope Kitchen.\n\n"
        "In a statement the charity said: “We are cooperating fully with the inquiry.”",
        {"Charity Commission": ("ORG", []), "Hope Kitchen": ("ORG", [])},
        {"We are cooperating": None}),
    "a spokesman for a body whose name shares a word with another's is that body's": (
        "Sam Green used to work for War Child UK.\n\n"
        "A Unicef UK spokesman said: “The review is under way and will report soon.”",
        {"Unicef": ("ORG", []), "War Child UK": ("ORG", [])},
        {"The review": "Unicef"}),
    "a body before a bracketed acronym and an auxiliary speaks where the parse gave no subject": (
        "Following a statement by Universities Minister Sam Gyimah, the University and College Union (UCU) have "
        "said they have an “incredibly strong mandate for further strikes” if talks fail.",
        {"Sam Gyimah": ("PERSON", []), "UCU": ("ORG", ["University and College Union"])},
        {"incredibly strong": "UCU"}),
    "a statement made by a body's spokesperson is that body's": (
        "Bin collections in the city were cancelled for a second week.\n\n"
        "A statement issued by a Unison spokesperson said: “Our members will not accept this offer.”",
        {"Unison": ("ORG", [])},
        {"Our members": "Unison"}),
    "a body before a dashed aside speaks where the parse gave no subject": (
        "But in a letter first reported by the BBC, Cosla – the umbrella body for councils – said it was "
        "concerned about the “extremely disappointing tone” of the letters.",
        {"BBC": ("ORG", []), "Cosla": ("ORG", [])},
        {"extremely disappointing": "Cosla"}),
    "a round-up's numbered heading, a side in brackets after the name, names the words below": (
        "Here is how the pundits saw the final.\n\n1. Kris Boyd (Sky Sports)\n\n"
        "“They were second best all afternoon and deserved nothing from the game.”\n\n2. Ally McCoist\n\n"
        "“I thought the referee had a poor game from start to finish.”",
        {"Kris Boyd": ("PERSON", []), "Ally McCoist": ("PERSON", []), "Sky Sports": ("ORG", [])},
        {"They were": "Kris Boyd", "I thought": "Ally McCoist"}),
    "a title before the name heading the words is no part of the heading's test": (
        "Manager reaction from Saturday's games.\n\nSir Kenny Dalglish: “We dominated the first half "
        "and should have been three up.”\n\nAlderman Sarah Quinn\n\n“This motion does nothing for the people of the city.”",
        {"Kenny Dalglish": ("PERSON", []), "Sarah Quinn": ("PERSON", [])},
        {"We dominated": "Kenny Dalglish", "This motion": "Sarah Quinn"}),
    "a line of a description and a name, ending in a colon, heads the words below as a name would": (
        "Reaction from both dugouts after the derby.\n\nRovers head coach Tom Ellis:\n\n"
        "“We were the better side for an hour and deserved the win.\n\n“The lads gave everything today.”\n\n"
        "City manager Dan Price:\n\n“We did not start well enough and paid for it.”",
        {"Tom Ellis": ("PERSON", []), "Dan Price": ("PERSON", []), "Rovers": ("ORG", [])},
        {"We were": "Tom Ellis", "The lads": "Tom Ellis", "We did": "Dan Price"}),
    "a line naming a person that ends in a colon but has a verb is no heading": (
        "The club has confirmed that Tom Ellis:\n\n“We wish him well in his next job.”",
        {"Tom Ellis": ("PERSON", [])},
        {"We wish": None}),
    "according to a name, ending the paragraph before, gives the quote paragraph its speaker": (
        "Ministers insist the housing scheme is on track.\n\nBut according to Harris, the figures paint another "
        "picture.\n\n“Nobody has seen a single new home built under this programme.”",
        {"Harris": ("PERSON", [])},
        {"Nobody has": "Harris"}),
    "a verdict the main verb of the paragraph before gives is the quote paragraph's speaker's": (
        "Ian Mackay gave his verdict on the defeat at Ibrox on Saturday.\n\n"
        "“We were nowhere near good enough today and the fans deserved better.”",
        {"Ian Mackay": ("PERSON", [])},
        {"We were": "Ian Mackay"}),
    "a person the paragraph before ends on, as its subject, leads in to the quote paragraph": (
        "Councillor Jean Hart highlighted the “shocking” state of the town's roads.\n\n"
        "“Residents have been complaining about potholes for years and nothing gets done.”\n\n"
        "The council spent £2m on repairs last year.\n\n“It was money well spent on the worst streets.”",
        {"Jean Hart": ("PERSON", [])},
        {"Residents have": "Jean Hart", "It was money": None}),
    "a colon ending such a paragraph leads in to the words below it": (
        "Kerry Mason deflected the praise when her own performance came up after the game:\n\n"
        "“It was a team effort and the defenders deserve the credit.”",
        {"Kerry Mason": ("PERSON", [])},
        {"It was a team": "Kerry Mason"}),
    "the object of 'with' before a gerund, or before an aside, does the describing": (
        "A new pay offer has already been rejected by the union as unacceptable without being put to a ballot "
        "of members – with Jane Muir, the rail firm's operations director, describing it as “astonishing” that "
        "the deal had not been put to members.\n\nThe budget was passed without being put to a vote of the full "
        "council – with Ruth Kerr, the opposition leader, describing it as “a dark day for democracy” in the city.",
        {"Jane Muir": ("PERSON", []), "Ruth Kerr": ("PERSON", [])},
        {"astonishing": "Jane Muir", "a dark day": "Ruth Kerr"}),
    "a description opening the article speaks for the name closing a later subject after its title": (
        "The general secretary of the country's largest teaching union has said the new offer is a "
        "“baby step” for teachers.\n\nThe deal would see teachers given a 6% rise this year.\n\n"
        "General secretary of the EIS Andrea Bradley told the radio programme the offer fell short.",
        {"Andrea Bradley": ("PERSON", []), "EIS": ("ORG", [])},
        {"baby step": "Andrea Bradley"}),
    # the parser makes "backs" the subject and hangs the name off it: the name set off by commas speaks
    "a name set off in a misparsed subject": (
        "The Wales backs coach, Rob Howley, has dismissed any notion of complacency, insisting that the "
        "team are “as hungry as ever for success”.",
        {"Rob Howley": ("PERSON", [])},
        {"as hungry as ever": "Rob Howley"}),
    "a capitalised office opened by a body's the is a description, named in the sentence below": (
        "Ministers in Cardiff signed the agreement on Wednesday.\n\n"
        "The UK Government’s Secretary of State for Wales called the deal a “constitutional muddle” and "
        "questioned its cost.\n\n"
        "Mr Jones said: “You cannot be in government and in opposition at once.”",
        {"David Jones": ("PERSON", ["Mr Jones"])},
        {"constitutional muddle": "David Jones"}),
    "two offices joined under one the describe the person in view": (
        "Keith Brown has apologised to parliament after accusing a Tory MSP of misleading it.\n\n"
        "The former deputy First Minister and Finance Secretary said Liam Kerr had given “wholly inaccurate” "
        "figures in a debate on prisons.",
        {"Keith Brown": ("PERSON", []), "Liam Kerr": ("PERSON", [])},
        {"wholly inaccurate": "Keith Brown"}),
    "a lede's unsourced research speaks for whoever the text below says carried it out": (
        "New research is warning that small bakeries face “a winter of closures”.\n\n"
        "The findings come from a poll of 400 bakers.\n\n"
        "The survey, carried out by the Craft Bakers Guild, found most had cut opening hours.",
        {"Craft Bakers Guild": ("ORG", [])},
        {"a winter of closures": "Craft Bakers Guild"}),
    "a lede's research whose author the text never names speaks for no one": (
        "New research is warning that small bakeries face “a winter of closures”.\n\n"
        "The findings come from a poll of 400 bakers, most of whom had cut opening hours.\n\n"
        "The Craft Bakers Guild has called for help with energy bills.",
        {"Craft Bakers Guild": ("ORG", [])},
        {"a winter of closures": None}),
    "a list inside a clause about a report's author makes no second author": (
        "Village shops are closing at a record rate.\n\n"
        "Rates relief has “not reached the smallest shops”, according to the report published today by the "
        "Rural Shops Alliance, which offers advice and training to shop owners.",
        {"Rural Shops Alliance": ("ORG", [])},
        {"not reached the smallest": "Rural Shops Alliance"}),
    "a former office is the person in view's though the text gives them another post now": (
        "Party deputy leader Ann Lyle has hit out at her rivals in parliament.\n\n"
        "The former health secretary accused the opposition of “playing games with the truth”.",
        {"Ann Lyle": ("PERSON", ["Lyle"])},
        {"playing games": "Ann Lyle"}),
    "a current office of another name still keeps the person in view out": (
        "Party deputy leader Ann Lyle has hit out at her rivals in parliament.\n\n"
        "The health secretary accused the opposition of “playing games with the truth”.",
        {"Ann Lyle": ("PERSON", ["Lyle"])},
        {"playing games": None}),
    "the German after his own words is the person in view, not a German office named before": (
        "German Chancellor Angela Merkel backed the board last week.\n\n"
        "Speaking in Berlin, Tom Enders said the reports were “exaggerated”.\n\n"
        "“Look at our share price if you doubt the support of shareholders,” the German said.",
        {"Angela Merkel": ("PERSON", []), "Tom Enders": ("PERSON", [])},
        {"Look at our": "Tom Enders"}),
    "the Italian is the subject of his own paragraph, not the manager who spoke before": (
        "Alex Ferguson said his side had been “galvanised” by the win.\n\n"
        "Roberto Mancini was pleased to see his side beat Newcastle. “If we play like this, we win,” the "
        "Italian said.",
        {"Alex Ferguson": ("PERSON", []), "Roberto Mancini": ("PERSON", [])},
        {"If we play": "Roberto Mancini"}),
    "the party member from a state is the person in view": (
        "Adam Schiff said in a statement that ten days had passed since the deadline.\n\n"
        "In a letter, the California Democrat said the office had “improperly” withheld the complaint.",
        {"Adam Schiff": ("PERSON", [])},
        {"improperly": "Adam Schiff"}),
    "a lede's office as a title is the one person the article later gives that title": (
        "An MP is calling on Police Scotland to provide “urgent answers” on the delay.\n\n"
        "John Low, 65, was found dead beside a path on Saturday.\n\n"
        "A murder inquiry was not opened until a week later.\n\n"
        "Officers said the death had first seemed accidental.\n\n"
        "Perth MP Pete Wishart said constituents had contacted him.",
        {"John Low": ("PERSON", []), "Pete Wishart": ("PERSON", [])},
        {"urgent answers": "Pete Wishart"}),
    "a lede's office as a title is no one when two people hold it below": (
        "An MP is calling on Police Scotland to provide “urgent answers” on the delay.\n\n"
        "John Low, 65, was found dead beside a path on Saturday.\n\n"
        "Perth MP Pete Wishart and Angus MP Dave Doogan both wrote to the chief constable.",
        {"John Low": ("PERSON", []), "Pete Wishart": ("PERSON", []), "Dave Doogan": ("PERSON", [])},
        {"urgent answers": None}),
    "a lede's head of a named body is the one person below who heads that body, by another word for it": (
        "The run of walkouts “is not going to stop” the leader of the Unite union has warned, as new figures "
        "showed the most days lost to strikes in a decade.\n\n"
        "About 840,000 working days were lost to disputes in the month, the ONS said.\n\n"
        "It said this was the heaviest toll since 2011.\n\n"
        "Sharon Graham, the general secretary of Unite, told ministers that unions would not back down.",
        {"Unite": ("ORG", []), "ONS": ("ORG", []), "Sharon Graham": ("PERSON", [])},
        {"is not going": "Sharon Graham"}),
    "a lede's head of a body by kind is the person named next with another word for that office": (
        "The boss of Scotland's biggest teaching union has branded a pay offer “a slap in the face” as staff "
        "prepare to walk out.\n\n"
        "Ministers made a new offer to the EIS on Monday.\n\n"
        "The EIS turned it down, with its general secretary Andrea Bradley describing it as unworkable.",
        {"EIS": ("ORG", []), "Andrea Bradley": ("PERSON", [])},
        {"a slap": "Andrea Bradley"}),
    "the body's head by its kind, after the body spoke, is the one the text made its head": (
        "“Talks have failed,” Unite general secretary Sharon Graham said today.\n\n"
        "Staff walked out at midnight, Unite said.\n\n"
        "“We will not go back to work,” the union boss added.",
        {"Unite": ("ORG", []), "Sharon Graham": ("PERSON", [])},
        {"We will not": "Sharon Graham"}),
    "the body's head by its kind, titled by initials the text gave the body in brackets": (
        "Nurses met at a rally called by the Northern Ward Nurses Guild (NWNG) on Monday.\n\n"
        "“No ward is safe,” NWNG chairwoman Alice Tembo said.\n\n"
        "The walkout will go on, the union said.\n\n"
        "“We are done waiting,” the union boss added.",
        {"Northern Ward Nurses Guild": ("ORG", ["NWNG"]), "Alice Tembo": ("PERSON", [])},
        {"We are done": "Alice Tembo"}),
    "a plural before the kind that the parser made a second subject still says which body": (
        "Nurses at Care Wales voted last week.\n\n"
        "The nurses union says Care Wales's latest offer is a \"big step back\" for patients.\n\n"
        "Welsh Nurses Organisation secretary Ruth Male says talks have stalled.",
        {"Care Wales": ("ORG", []), "Welsh Nurses Organisation": ("ORG", []), "Ruth Male": ("PERSON", [])},
        {"big step": "Welsh Nurses Organisation"}),
    "a person's communique that reads out quote paragraphs is theirs": (
        "Trade Minister Ada Okafor said the ports would stay open.\n\n"
        "Ada Okafor’s communique partly read:\n\n"
        "“We will not close the ports. Trade must go on.\n\n"
        "“In view of this, we are hiring more inspectors.”",
        {"Ada Okafor": ("PERSON", ["Okafor"])},
        {"We will not": "Ada Okafor", "In view": "Ada Okafor"}),
    "a document taken up again and again stays its mover's, however far back it was brought": (
        "Labour councillor Jane Pike will table a motion on bus fares at Thursday's meeting.\n\n"
        "Fares rose twice last year.\n\n"
        "Riders' groups are asking members for their support on the motion.\n\n"
        "The city has no power to cap fares itself.\n\n"
        "The motion states that the rises are “simply unfair” on shift workers.",
        {"Jane Pike": ("PERSON", ["Pike"])},
        {"simply unfair": "Jane Pike"}),
    "a spokesman for a person speaks for that person": (
        "Opposition parties said the pledge did not add up.\n\n"
        "A spokesman for Health Minister Mark Drakeford said: “These sums simply do not exist.”",
        {"Mark Drakeford": ("PERSON", [])},
        {"These sums": "Mark Drakeford"}),
    "a body speaking only inside a reported clause with no quote leaves its reporter the person in view": (
        "Green Party health spokesperson Maggie Thorn has criticised the health board. She said Unison "
        "was demanding an urgent review of staffing.\n\n"
        "The Eastwood councillor added: “Patients deserve far better than this.”",
        {"Maggie Thorn": ("PERSON", []), "Unison": ("ORG", [])},
        {"Patients deserve": "Maggie Thorn"}),
    "'when asked' after a trailing attribution is a question put to the speaker, not their speech verb": (
        "Hibs manager Lee Johnson spoke after the final.\n\n"
        "\"Great pride and a bit of relief\", Johnson said, when asked what his emotions were.",
        {"Lee Johnson": ("PERSON", ["Johnson"])},
        {"Great pride": "Lee Johnson"}),
    "words something 'added to' are not speech: the quote is the reporting verb's above it": (
        "Announcing the strike ballot, which closes next month, union co-lead for schools Jane Ross said that "
        "“staff had seen their pay fall for a decade, as wages failed to keep pace”, and this year’s offer added "
        "to “the real hardship faced by employees”.\n\n"
        "“A strike is always a last resort.”",
        {"Jane Ross": ("PERSON", ["Ross"])},
        {"the real hardship": "Jane Ross", "A strike": "Jane Ross"}),
    "the administration is the government named before it": (
        "The Welsh government gave councils an extra £20 million this year – and the administration has said "
        "it will “keep the funding under review”.",
        {"Welsh government": ("ORG", [])},
        {"keep the funding": "Welsh government"}),
    "an office with its brief after 'for' opening the article is the holder of that brief named below": (
        "The extra money is “nowhere near enough to meet the need”, the minister for housing has said.\n\n"
        "Last week, Finance Minister Ann Price said the budget was tight.\n\n"
        "On Thursday, Housing Minister Tom Reid said the cash would be spread over four years.",
        {"Ann Price": ("PERSON", ["Price"]), "Tom Reid": ("PERSON", ["Reid"])},
        {"nowhere near": "Tom Reid"}),
    "'they' opening a sentence takes up a named body's members, who speak as the body": (
        "The three unions will meet to consider the deal over the coming days.\n\n"
        "Unite members were the latest to vote for strike action, with a large majority in favour.\n\n"
        "They described the council’s previous offer as “an insult to the workforce”.",
        {"Unite": ("ORG", [])},
        {"an insult": "Unite"}),
    "a name set off after the quote speaks, though the parse hangs the verb inside it and 'by telephone' is no agent": (
        "“China’s growth is slowing,” Matthew Sherwood, head of research at Perpetual Investments, said by telephone.",
        {"Matthew Sherwood": ("PERSON", ["Sherwood"]), "Perpetual Investments": ("ORG", [])},
        {"China’s growth": "Matthew Sherwood"}),
    "a photographer named in a picture credit is not the person in view": (
        "Rovers manager Dan Kerr deemed the display not good enough.\n\n"
        "Rovers manager Dan Kerr. (Photo by Sam Lee / SNS Group)\n\n"
        "“It wasn’t good enough in the final third,” the Hoops boss said.",
        {"Dan Kerr": ("PERSON", ["Kerr"]), "Sam Lee": ("PERSON", ["Lee"])},
        {"It wasn’t": "Dan Kerr"}),
    "a paragraph closed by a speech verb and a comma introduces the quote paragraph below": (
        "Rovers coach Dan Kerr was pleased with the clean sheet.\n\n"
        "Asked about the second half, he said,\n\n"
        "“We kept our shape and waited for our chance.”",
        {"Dan Kerr": ("PERSON", ["Kerr"])},
        {"We kept": "Dan Kerr"}),
    "a speech verb joined to the main verb reports for the main subject before a quote paragraph": (
        "Coach Dan Kerr was a relieved man and said that his side had earned the points.\n\n"
        "“We kept our shape and waited for our chance.”",
        {"Dan Kerr": ("PERSON", ["Kerr"])},
        {"We kept": "Dan Kerr"}),
    "a verb of intent with an infinitive makes no speaker a pronoun below takes up": (
        "In an interview, Premier Tom Grady was asked how he would deal with Mark Hale, who promises to be "
        "a difficult neighbour.\n\n"
        "“I will work with whoever the voters choose,” he said.",
        {"Tom Grady": ("PERSON", ["Grady"]), "Mark Hale": ("PERSON", ["Hale"])},
        {"I will work": "Tom Grady"}),
    "a speech participle hung in a clause about a thing speaks for the sentence's main subject": (
        "Minister Kofi Boateng met journalists in Tamale on Thursday.\n\n"
        "Mr Boateng said voters must be praised especially with the vibrancy of the radio since 1992 which "
        "has shown the level of tolerance of the rulers of the country saying “insults are not good”.",
        {"Kofi Boateng": ("PERSON", ["Boateng"])},
        {"insults are": "Kofi Boateng"}),
    "a body whose statement a paragraph interrupts goes on speaking in the quote paragraph below": (
        "The Unity Party has hit back at the Civic Alliance over its march on the party's offices.\n\n"
        "“The march was a stunt by people who have run out of ideas,” the Unity Party said.\n\n"
        "The Unity Party referred to the march as a cheap gimmick.\n\n"
        "“Our members will keep campaigning on the ground.”",
        {"Unity Party": ("ORG", []), "Civic Alliance": ("ORG", [])},
        {"The march": "Unity Party", "Our members": "Unity Party"}),
    "the Member of Parliament for a seat spelt out is the office an MP holds, the person in view": (
        "Information Minister Kojo Mensah spoke on a radio station on Friday.\n\n"
        "The Member of Parliament for Ofoase North said “the borders will stay open for trade”.",
        {"Kojo Mensah": ("PERSON", ["Mensah"])},
        {"the borders": "Kojo Mensah"}),
    "disclosed reports speech as revealed does": (
        "Commission chairman Ola Bakare visited the governor on Monday.\n\n"
        "He disclosed that, “no one in government has ever asked me to drop a case.”",
        {"Ola Bakare": ("PERSON", ["Bakare"])},
        {"no one": "Ola Bakare"}),
    "a body whose name ends in a number word speaks through its spokeswoman": (
        "Capital One Financial paid the fine on Tuesday.\n\n"
        "“We have worked hard to fix our controls,” the Capital One spokeswoman said.",
        {"Capital One Financial": ("ORG", ["Capital One"])},
        {"We have worked": "Capital One Financial"}),
    "a name set off by a who aside after an opening phrase speaks the verb the aside closes on": (
        "Junior minister Asha Rao toured the constituency on Monday.\n\n"
        "In reply to a question over the border, Rao, who is also the local MP, said, ”We want calm on "
        "both sides.”",
        {"Asha Rao": ("PERSON", ["Rao"])},
        {"We want calm": "Asha Rao"}),
    "a pronoun passes over a person of unknown sex named in passing for a speaker of its sex": (
        "Health minister Joan Okafor said the clinics would reopen this week.\n\n"
        "The rebels took the town on Sunday after General Okezie Bello fled the region.\n\n"
        "Speaking in the capital, she said, “The people there will have care again.”",
        {"Joan Okafor": ("PERSON", ["Okafor"]), "Okezie Bello": ("PERSON", ["Bello"])},
        {"The people there": "Joan Okafor"}),
    "a qualified office is not the person in view when the text gives them another post": (
        "Dr Anna Reid, the chair of the doctors’ committee, said strike action was an “absolute last resort”.\n\n"
        "Speaking ahead of the meeting, the First Minister said: “We have made a fair offer to the doctors.”",
        {"Anna Reid": ("PERSON", ["Reid"])},
        {"absolute last": "Anna Reid", "We have made": None}),
    "the office by its own word, held by someone before, outranks another word for it beside the party": (
        "Labour MP Ruth Owen asked the minister about council funding.\n\n"
        "Opposition leader Sir Tom Hale praised the old industries in a newspaper article.\n\n"
        "The Labour leader has since warned that he would not “turn on the spending taps” if elected.",
        {"Ruth Owen": ("PERSON", ["Owen"]), "Tom Hale": ("PERSON", ["Sir Tom", "Hale"]), "Labour": ("ORG", [])},
        {"turn on": "Tom Hale"}),
    "a bare office noun is not an office of its own named later, but the lede's description of it": (
        "Northern Ireland’s Health Minister has admitted he has a “decision” to make about his future.\n\n"
        "Unionist leader Mark Dunn opened up about his future in politics.\n\n"
        "Speaking on the radio, Mr Dunn said: “I was very happy on the back benches.\n\n"
        "“Then events came along and I could not resist the challenge.\n\n"
        "“The circumstances are different now.\n\n"
        "“I will make up my mind next spring.”\n\n"
        "Yesterday the minister said the cuts would have “consequences” for patients.\n\n"
        "Earlier this week, First Minister Ann Keel said the situation was “dire”.",
        {"Mark Dunn": ("PERSON", ["Dunn"]), "Ann Keel": ("PERSON", ["Keel"])},
        {"decision": "Mark Dunn", "consequences": "Mark Dunn", "dire": "Ann Keel"}),
    "the one asked a question just before answers it as 'the minister', not the one who asked": (
        "Health Secretary Tom Reid told MSPs he was doing “everything in my power” to avoid a strike.\n\n"
        "Labour’s Jane Bell asked him about contingency plans for the walkout.\n\n"
        "The minister said: “I have already asked health boards to prepare.”",
        {"Tom Reid": ("PERSON", ["Reid"]), "Jane Bell": ("PERSON", ["Bell"])},
        {"I have already": "Tom Reid"}),
    "a speech verb opening a quote, joined to the clause another speech verb reports, is the reporter's": (
        "Councillor Tom Reid said the council had promised a review of the service last year and added: "
        "“Nothing has changed for the families.”",
        {"Tom Reid": ("PERSON", ["Reid"])},
        {"Nothing has": "Tom Reid"}),
    "the force is the police force named before": (
        "On Tuesday, Police Scotland said a man had been arrested in connection with the disappearance.\n"
        "In a statement, the force said: ‘A 53-year-old man has been arrested.’",
        {"Police Scotland": ("ORG", [])},
        {"A 53-year-old": "Police Scotland"}),
    "one who made an appeal is a speaker 'he' takes up, before a name the parser made a subject": (
        "Finance secretary Tom Reid made a personal appeal on Tuesday to the president of the council body "
        "(Cosla), Jim Watters and Tom Smith, for \"dialogue\" to take place. \"I think that's the right role,\" he said.",
        {"Tom Reid": ("PERSON", ["Reid"]), "Jim Watters": ("PERSON", ["Watters"]), "Tom Smith": ("PERSON", ["Smith"]),
         "Cosla": ("ORG", [])},
        {"I think": "Tom Reid"}),
    "a paragraph closed by a speech verb and a comma introduces the quote below, as a colon would": (
        "Coach Sam Lee spoke to reporters after the match.\n\n"
        "Talking about his opponents, he said,\n\n"
        "\"It's a very different side. I really enjoy watching them play.\"",
        {"Sam Lee": ("PERSON", ["Lee"])},
        {"It's a very": "Sam Lee"}),
    "reported speech by a verb joined to the main one ends the paragraph before a quote paragraph": (
        "Coach Sam Lee at the press conference was a happy man and said that his team deserved to win.\n\n"
        "\"We have been close three times. I thought we played well tonight.\"",
        {"Sam Lee": ("PERSON", ["Lee"])},
        {"We have been": "Sam Lee"}),
    "a portfolio before the office is no name to match: the Health Secretary is not a director for Mental Health": (
        "The Secretary of State for Health, Tom Reid MP, visited the trust yesterday.\n\n"
        "Professor Ann Kerr, the national clinical director for Mental Health, was also in attendance.\n\n"
        "Mr Reid thanked staff for keeping patients safe.\n\n"
        "The Health Secretary also took time to reflect on the trust’s rating:\n\n"
        "“I am very impressed with how the rating has been talked about today.”",
        {"Tom Reid": ("PERSON", ["Reid"]), "Ann Kerr": ("PERSON", ["Kerr"])},
        {"I am very": "Tom Reid"}),
    "the head of a body by another word is the same office, before a holder of the word itself": (
        "New Acme boss Jane Hart has told the inquiry the sector is “fiercely competitive”.\n\n"
        "Ms Hart took the top job in September, taking over from long-time chief executive Bob Dunn, who "
        "stepped down earlier this year.\n\n"
        "The Acme chief said that while Zeta was a “major competitor”, others had blurred the lines.",
        {"Jane Hart": ("PERSON", ["Hart"]), "Bob Dunn": ("PERSON", ["Dunn"]), "Acme": ("ORG", []),
         "Zeta": ("ORG", [])},
        {"major competitor": "Jane Hart"}),
    "a paragraph whose speech verb introduces a text with a colon leaves the text its author's": (
        "Governor Ann Price tweeted about the campaign on Monday.\n\n"
        "She proceeded to share the website for the initiative, which contains the following statement:\n\n"
        "“Our state has a problem. There is no single solution.”",
        {"Ann Price": ("PERSON", ["Price"])},
        {"Our state": None}),
    "a message speaks for its owner": (
        "The party's chief executive Tom Reid is alleged to have sent messages about the case.\n\n"
        "Another suggests police should open a second investigation into the former leader, Ann Price.\n\n"
        "Mr Reid’s message reportedly read: “The more fronts she is fighting on the better.”",
        {"Tom Reid": ("PERSON", ["Reid"]), "Ann Price": ("PERSON", ["Price"])},
        {"The more fronts": "Tom Reid"}),
    "headlines listed under a bare 'Read more:' line are links, not paragraphs that break a speaker's words": (
        "Mr Reid denied that the government had ended the measures early, saying it had taken advice.\n\n"
        "Read more:\n"
        "Warning new law would let ministers skip scrutiny\n"
        "Nurses consider further strike action\n\n"
        "\"I utterly reject what I regard as a disgraceful charge.\"",
        {"Tom Reid": ("PERSON", ["Reid"])},
        {"I utterly": "Tom Reid"}),
    "a 'Read More' line and its bulleted headlines do not count against the speaker memory": (
        "Her party colleague Jane Hollis called on Monday for a review of the funding formula.\n\n"
        "Read More\n\n"
        "  • Council elections 2024 - results in full\n"
        "  • Elections 2024: How the night unfolded\n\n"
        "The Lagan Valley MP said her leader was \"raising the issue directly with ministers\".",
        {"Jane Hollis": ("PERSON", ["Hollis"])},
        {"raising the issue": "Jane Hollis"}),
    "a 'Related Article' link between a person's reported words and their quote does not break them": (
        "Ann Moore, the union's general secretary, has called on ministers to meet nurses half way.\n\n"
        "Related Article: Nursing report to be launched next month\n\n"
        "‘Nurses are entitled to a fair rise, and we are ready to talk about it.’",
        {"Ann Moore": ("PERSON", ["Moore"])},
        {"Nurses are entitled": "Ann Moore"}),
    "a party's leader after the quote is the person in view, though the text gives them another post": (
        "Following the meeting First Minister Jane Doyle said the executive was united.\n\n"
        "Mrs Doyle did not address the funding, but said the parties were committed to working together.\n\n"
        "\"There are big challenges ahead of us, but we have a real opportunity,\" the Unionist leader said.",
        {"Jane Doyle": ("PERSON", ["Doyle"]), "Unionist": ("ORG", [])},
        {"There are big": "Jane Doyle"}),
    "an office describing the subject of the clause joined before it is that person": (
        "Nurses are set to strike after talks ended without agreement.\n\n"
        "Jordan met with the union today - but the health secretary again admitted the government has "
        "\"no more money\" for pay.\n\n"
        "Speaking after the meeting, he said: \"We will implement the deal.\"",
        {"Sam Jordan": ("PERSON", ["Jordan"])},
        {"no more money": "Sam Jordan", "We will implement": "Sam Jordan"}),
    "an office the person in view cannot hold is the one named next, given no other office": (
        "Dr Anna Reid, the chair of the doctors’ committee, said strike action was an “absolute last resort”.\n\n"
        "But the First Minister said on Monday there was likely to be “major disruption”.\n\n"
        "On Monday, Tom Gallacher will chair a meeting of ministers to plan for the strikes.",
        {"Anna Reid": ("PERSON", ["Reid"]), "Tom Gallacher": ("PERSON", ["Gallacher"])},
        {"absolute last": "Anna Reid", "major disruption": "Tom Gallacher"}),
    "an office to be held ('the first minister designate') describes the person in view": (
        "Deputy leader Ann Kelly said the secretary of state lacked the necessary \"urgency\".\n\n"
        "Speaking after she and former finance minister Tom Boyd met officials on Wednesday, the first "
        "minister designate said the cuts were \"not tolerable\".",
        {"Ann Kelly": ("PERSON", ["Kelly"]), "Tom Boyd": ("PERSON", ["Boyd"])},
        {"urgency": "Ann Kelly", "not tolerable": "Ann Kelly"}),
    "a participle after two joined main clauses speaks for the subject of the last": (
        "The council announced new rules for parking and Jane Moss appeared to blame drivers for the delays, "
        "describing the queues as “a daily misery for everyone”.",
        {"Jane Moss": ("PERSON", ["Moss"])},
        {"a daily misery": "Jane Moss"}),
    "a crosshead retelling in its own words a statement continued below is the statement's speaker's": (
        "Announcing the ballot, union organiser Tom Reid said that “pay had fallen for a decade”.\n"
        "The ballot of 80,000 council workers closes on 12 June.\n"
        "‘Staff have been underpaid and undervalued for too long’\n"
        "Branch secretary Ann Moss said: “We have done everything we can to avoid a strike.\n"
        "“Council workers have been underpaid and undervalued for far too long, and they know it.”",
        {"Tom Reid": ("PERSON", ["Reid"]), "Ann Moss": ("PERSON", ["Moss"])},
        {"Staff have been": "Ann Moss", "Council workers": "Ann Moss"}),
    "a standfirst's quote whose verb names no one retells the words quoted below": (
        "Health boss says there are too many trusts\n"
        "  • Health secretary tells the paper there are “too many trusts as independent bodies”\n"
        "Ian Ford said: “I think we do have too many trusts as independent bodies at the moment.”",
        {"Ian Ford": ("PERSON", ["Ford"])},
        {"too many trusts as": "Ian Ford"}),
    "a name closing a long title after the verb speaks: said Federal Minister for Trade and Industry Sam Dole": (
        "“We will not hold talks until the elections are over,” said Federal Minister for Trade and Industry "
        "Sam Dole.",
        {"Sam Dole": ("PERSON", [])},
        {"We will not": "Sam Dole"}),
    "a name and its description set off before a verb with no subject of its own speak, not the first clause's": (
        "Sheikh Rashid Obaid ordered the creation of the fund, and commenting on its launch, Ali Hamdan, Chief "
        "Executive Officer of Gulf Holding, said: “The fund will manage our largest projects.”",
        {"Rashid Obaid": ("PERSON", []), "Ali Hamdan": ("PERSON", []), "Gulf Holding": ("ORG", [])},
        {"The fund will": "Ali Hamdan"}),
    "a speech verb in a clause hung from a noun keeps the clause's own subject: had to admit": (
        "So convincing was the display that even the rival captain Tom Baird had to admit: “They were simply better "
        "than us.”",
        {"Tom Baird": ("PERSON", [])},
        {"They were": "Tom Baird"}),
    "one who spoke about something before a quote in the same paragraph speaks it": (
        "Mills also spoke about how the young players have grown this season. “They have been brilliant from the "
        "first day.”",
        {"Rob Mills": ("PERSON", ["Mills"])},
        {"They have been": "Rob Mills"}),
    "a participle of speaking frames another verb: the outlet it was spoken to is no speaker": (
        "A spokesperson for the mayor said the claims were unfair. Speaking to Metro News, they said, “We need "
        "more officers on the streets.”",
        {"Metro News": ("ORG", [])},
        {"We need": None}),
    "one heard telling supporters that “…” speaks, not the one responding to the video": (
        "The minister was responding to a video in which former President Joe Mensah was heard telling supporters "
        "at a rally that “the President will not finish his term”.",
        {"Joe Mensah": ("PERSON", [])},
        {"the President will": "Joe Mensah"}),
    "a bracketed aside after a name set off by commas does not hide that the name speaks": (
        "In line with that view, chief executive of Rahme Group, Paul Rahme (below), said that firms must choose "
        "where to grow.\n\n"
        "“We have to look forward and see where we want to play.”",
        {"Paul Rahme": ("PERSON", []), "Rahme Group": ("ORG", [])},
        {"We have to": "Paul Rahme"}),
    "a promotion line naming the speaker between two paragraphs of his words does not break them": (
        "“They are not listening to what I said,” Chan told reporters on Friday.\n\n"
        "Watch: One-on-one with Acme CEO John Chan\n\n"
        "“They are giving me more credit than I deserve.”",
        {"John Chan": ("PERSON", ["Chan"]), "Acme": ("ORG", [])},
        {"They are not": "John Chan", "They are giving": "John Chan"}),
    "a statement no one is said to have issued is the subject's: according to a press release, she": (
        "Governor Ann Ridley signed the budget on Monday. According to a press release, she remains ready to find "
        "a “real, long-term funding solution for the roads.”",
        {"Ann Ridley": ("PERSON", [])},
        {"real, long-term": "Ann Ridley"}),
    "the force is Ireland's police, An Garda Síochána, as it is any police body": (
        "An Garda Síochána has reviewed the actions of its members at the courthouse and “lessons have been "
        "learnt”, a spokesman for the force told reporters.",
        {"An Garda Síochána": ("ORG", [])},
        {"lessons have": "An Garda Síochána"}),
    "a person's name compounded to a spokesman's word is whom he speaks for": (
        "Mayor Jane Lowe proposed her budget in April.\n\n"
        "“We have concerns about the scale of the cuts,” a Lowe spokesman said in a statement.",
        {"Jane Lowe": ("PERSON", ["Lowe"])},
        {"We have concerns": "Jane Lowe"}),
    "a bracketed aside after a name set off before a verb with no subject of its own": (
        "In line with that view, and speaking for the sector, chief executive of Rahme Group, Paul Rahme "
        "(below), said that firms must choose where to grow.\n\n"
        "“We have to look forward and see where we want to play.”",
        {"Paul Rahme": ("PERSON", []), "Rahme Group": ("ORG", [])},
        {"We have to": "Paul Rahme"}),
    "several holders of an office speaking together are no one of them": (
        "Justice George Odunga suspended the clauses last month.\n\n"
        "Appeal judges Ann Musa, Peter Kiage and Mary Oloo ruled on Friday that the State had not proved its case.\n"
        "“We decline to grant the orders sought by the applicant.” Said the judges.",
        {"George Odunga": ("PERSON", ["Odunga"]), "Ann Musa": ("PERSON", []), "Peter Kiage": ("PERSON", []),
         "Mary Oloo": ("PERSON", [])},
        {"We decline": None}),
    "a speech verb hung from a long apposition's noun is the named person's": (
        "Some investors disagreed.\n\n"
        "Maria Keller, a partner at the venture arm of pension plan Northern Teachers Retirement System, called "
        "Dawson’s plan “stale” and lamented that it puts “the blame for weak growth on the founders alone.”\n\n"
        "“Maybe it is time to look at the whole picture,” she wrote.",
        {"Maria Keller": ("PERSON", ["Keller"])},
        {"stale": "Maria Keller", "the blame": "Maria Keller", "Maybe it is": "Maria Keller"}),
    "the judge takes up a Justice named before: the office by another word": (
        "Justice Alan Poh said the clinic had been careful.\n\n"
        "Dr Lim examined the sample again in 2012 and found a tumour.\n\n"
        "The judge queried if Dr Lim's first report was wrong. \"We must not judge a doctor more harshly for an error "
        "in reading a slide.\"",
        {"Alan Poh": ("PERSON", ["Poh"]), "Kevin Lim": ("PERSON", ["Lim"])},
        {"We must not": "Alan Poh"}),
    "a headline's quote closed by a colon is the next named holder of the post the headline gives": (
        "‘We never saw that letter’: Ports minister rejects claims over contract\n\n"
        "Ports Minister Daniel Okoro on Monday denied that his office had received the bid.",
        {"Daniel Okoro": ("PERSON", ["Okoro"])},
        {"We never saw": "Daniel Okoro"}),
    "a headline's quote closed by a colon and a name after a section label is that person's": (
        "More on the tournament\n"
        "Election 2024 | “It is for the voters to decide”: Rahul Mehta\n"
        "The board met on Tuesday.",
        {"Rahul Mehta": ("PERSON", ["Mehta"])},
        {"It is for the voters": "Rahul Mehta"}),
    "a firm's first word read as a verb does not stop a described name from heading the words below": (
        "The calls this week\n\n"
        "Spotify Technology SA CFO Paul Vogt:\n\n"
        "“Demand held up well in every region this quarter.”",
        {"Paul Vogt": ("PERSON", ["Vogt"])},
        {"Demand held": "Paul Vogt"}),
    "letters after a name heading the subject do not hand the words to the body the post is at": (
        "The charity sector faces a funding gap.\n\n"
        "Jane Morrow MBE, chief executive CYPA said: “This funding gap is growing every month.”",
        {"Jane Morrow": ("PERSON", ["Morrow"]), "CYPA": ("ORG", [])},
        {"This funding gap": "Jane Morrow"}),
    "a name opening the subject before a body and a post is the one who holds the post": (
        "Forty jobs will go at the plant.\n\n"
        "Tom Hale Unite regional secretary, said: “Our members will not accept this.”",
        {"Tom Hale": ("PERSON", ["Hale"]), "Unite": ("ORG", [])},
        {"Our members": "Tom Hale"}),
    "the one by whom a thing was done is a subject a pronoun takes up": (
        "Cllr Rhys Evans put forward the motion. He said: “Schools need this money now.”\n\n"
        "The motion was seconded by Cllr Owen Hughes, the council’s cabinet member for resources. "
        "He also pointed out that the union had backed the call.\n\n"
        "“It is a blow for every school,” he said.",
        {"Rhys Evans": ("PERSON", ["Evans"]), "Owen Hughes": ("PERSON", ["Hughes"])},
        {"Schools need": "Rhys Evans", "It is a blow": "Owen Hughes"}),
    "the union representative named before is the person, not the union": (
        "The board discussed the recovery plan.\n\n"
        "But Mary Doyle, staff representative from Unison, raised fears about the plan.\n\n"
        "The trade union representative argued the proposal was unlawful.\n\n"
        "She explained: “Some of these savings break the law.”",
        {"Mary Doyle": ("PERSON", ["Doyle"]), "Unison": ("ORG", [])},
        {"Some of these": "Mary Doyle"}),
    "a colon closing a clause about a named person leads in to the quote paragraph below": (
        "A crowd of staff looked on as Governor Hal Brandt signed the budget in the state house:\n\n"
        "“This is a good day for the people of this state.”",
        {"Hal Brandt": ("PERSON", ["Brandt"])},
        {"This is a good day": "Hal Brandt"}),
    "data that reveals quoted words in someone's reported speech is no speaker: the reporter is": (
        "Funding for youth groups fell again.\n\n"
        "Kate Ross, chief executive of the Youth Trust, said the data reveals “how deep the cuts have gone”.",
        {"Kate Ross": ("PERSON", ["Ross"]), "Youth Trust": ("ORG", [])},
        {"how deep": "Kate Ross"}),
    "a name in a phrase right before a verb with no subject is where it was said, not who said it": (
        "Foreign Minister Vivian Lim thanked the officers.\n\n"
        "Earlier on 11 Mar, Dr Lim in an interview with CNBC affirmed that one of the ministry’s functions is "
        "“to keep track of citizens who go overseas”.",
        {"Vivian Lim": ("PERSON", ["Lim"]), "CNBC": ("ORG", [])},
        {"to keep track": "Vivian Lim"}),
    "the agent of a passive before a participle is not who adds the words": (
        "Paul Grey told the committee he was sorry for the delays.\n\n"
        "He welcomed a review of the targets being led by former chief officer Sir Ian Watt, adding: "
        "“We must do better for patients.”",
        {"Paul Grey": ("PERSON", ["Grey"]), "Sir Ian Watt": ("PERSON", ["Ian Watt", "Watt"])},
        {"We must do better": "Paul Grey"}),
    "a pronoun whose sex only the given-name list contradicts takes up the one who spoke just before": (
        "Nurses have called for a security review.\n\n"
        "Union general secretary Phil Doran said the union’s “thoughts” were with the families.\n\n"
        "“We will support our members in every hospital,” she said.",
        {"Phil Doran": ("PERSON", ["Doran"])},
        {"We will support": "Phil Doran"}),
    "a participle after a comma speaks for the clause before the quote the parser rooted it in": (
        "Judge Anne Lowe heard the inheritance case in March.\n\n"
        "The judge did not accept that, ruling the husband did “not explain why he did not consider himself "
        "to be a third party”.",
        {"Anne Lowe": ("PERSON", ["Lowe"])},
        {"not explain": "Anne Lowe"}),
    "the man of an earlier paragraph is no man named in another story far below": (
        "A man called the police about the video on Monday.\n\n"
        "According to the man, the officers took his phone and “never gave it back”.\n\n"
        "The command said it would look into the matter.\n\n"
        "It asked anyone with a video to send it in.\n\n"
        "In other news, the state command has arrested a 40-year-old man, John Bello for allegedly stealing a car.\n\n"
        "Bello, a resident of the town, was said to have fled.",
        {"John Bello": ("PERSON", ["Bello"])},
        {"never gave it back": None}),
}

CONTINUATION = (
    "Finance secretary Shona Robison said: “The decision made by council leaders will halt any further "
    "delays.\n"
    "“The pay award will see the lowest paid workers receive a 5.63% pay increase.\n"
    "“I confirmed to COSLA and unions when we met that the Scottish Government has utilised all available "
    "funding.”\n"
    "“As council leaders have said consistently – we absolutely value our workforce,” she said.\n"
    "“We fully understand that our trade union colleagues want the best possible deal.”\n"
    "Last year’s long-running pay battle ended after unions accepted a deal.\n"
    "“I hope that Scottish Joint Council union colleagues will view this as a strong offer.”\n"
)


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def speakers_by_opening(quotes, openings):
    found = {}
    for opening in openings:
        matching = [q for q in quotes if q.text.startswith(opening)]
        assert matching, f"no quote opens with {opening!r}: {[q.text[:30] for q in quotes]}"
        found[opening] = matching[0].speaker
    return found


@pytest.mark.parametrize("name", CASES)
def test_attribution_patterns(nlp, name):
    text, entities, expected = CASES[name]
    doc = nlp(text)
    quotes = find_quotes(doc, named_mentions(text, entities))
    assert speakers_by_opening(quotes, expected) == expected
    for quote in quotes:
        assert quote.speaker is None or quote.speaker in entities
        assert quote.speaker_label == (entities[quote.speaker][0] if quote.speaker else None)


def test_verbs_are_lemmas(nlp):
    text = ("“Comp sales were light,” wrote Matuszewski. “We remain sceptical,” Oza added. "
            "\"People are a little more cautious,\" InfoNation President Dan McDowell says.")
    entities = {"Matuszewski": ("PERSON", []), "Oza": ("PERSON", []), "Dan McDowell": ("PERSON", []),
                "InfoNation": ("ORG", [])}
    quotes = find_quotes(nlp(text), named_mentions(text, entities))
    assert [(q.speaker, q.verb) for q in quotes] == [
        ("Matuszewski", "write"), ("Oza", "add"), ("Dan McDowell", "say")]


def test_continuation_paragraphs_and_breaks(nlp):
    entities = {"Shona Robison": ("PERSON", []), "COSLA": ("ORG", []), "Scottish Government": ("ORG", []),
                "Scottish Joint Council": ("ORG", [])}
    quotes = find_quotes(nlp(CONTINUATION), named_mentions(CONTINUATION, entities))
    assert [q.speaker for q in quotes] == ["Shona Robison"] * 5 + [None]
    assert [q.verb for q in quotes] == ["say"] * 5 + [None]


def test_a_paragraph_ending_in_a_colon_introduces_the_quote_below(nlp):
    text = ("Tottenham confirmed the appointment on Wednesday morning. In a statement, the club said:\n"
            "“Jose is one of the most successful managers in the history of the game.”\n"
            "“He is renowned for his tactical prowess.”\n")
    entities = {"Tottenham Hotspur": ("ORG", ["Tottenham"])}
    quotes = find_quotes(nlp(text), named_mentions(text, entities))
    assert [q.speaker for q in quotes] == ["Tottenham Hotspur", "Tottenham Hotspur"]


def test_a_quote_paragraph_after_an_unattributed_quote_stays_unattributed(nlp):
    text = ("Protesters gathered outside the Statehouse on Tuesday.\n"
            "“We are not going anywhere until the budget is fixed.”\n"
            "“Our children deserve better than this.”\n")
    quotes = find_quotes(nlp(text), [])
    assert [q.speaker for q in quotes] == [None, None]


def test_with_the_recogniser_and_a_simple_canonicaliser(nlp):
    # End to end without hand-given entities: spaCy's own PERSON spans.
    text = ("Wendy Dunsmore, Unite industrial officer, said: “Constructive talks have now finished involving "
            "the trade unions.\n"
            "“The trade unions were informed that the DFM would now engage on a mechanism.”\n"
            "Johanna Baxter, head of local government, said: “We have held detailed constructive talks this "
            "evening.”")
    quotes = find_quotes(nlp(text), simple_mentions(nlp(text)))
    assert [q.speaker for q in quotes] == ["Wendy Dunsmore", "Wendy Dunsmore", "Johanna Baxter"]


def test_a_lone_name_that_speaks_a_quote_is_a_person(extractor):
    # No full name explains "Meghan", so the entity rules drop it; speaking a quote shows it is someone,
    # and the name's other mentions outside the quotes come along.
    text = ("The couple gave their first interview since leaving Britain. Meghan’s mother watched.\n"
            "“I just didn't want to be alive any more,” Meghan said, adding that she had asked for help.\n"
            "“That was a very dark place,” Harry said.")
    extraction = extractor.extract(text)
    assert [(q.speaker, q.speaker_label) for q in extraction.quotes] == [("Meghan", "PERSON"), ("Harry", "PERSON")]
    assert [e.text for e in extraction.entities if e.canonical == "Meghan"] == ["Meghan", "Meghan"]


def test_a_hyphenated_given_name_stays_whole_on_a_speaker_the_model_missed(extractor):
    # The parser compounds only "Hélène Dubois" to the subject; "Jean-" before it, with no space, is
    # the first half of the same given name. The model tagging nothing, the speaker rule names it.
    text = "“We must be ambitious,” Jean-Hélène Dubois said Thursday."
    found = names_of_speakers(extractor.nlp(text), text, [], extractor.gazetteer, quoted_spans(text))
    assert [m.text for m in found] == ["Jean-Hélène Dubois"]
    # Tagged by the model, the name keeps its accented first half too.
    extraction = extractor.extract("The minister spoke in Ottawa.\n“We must be ambitious,” " + text[24:])
    assert [q.speaker for q in extraction.quotes] == ["Jean-Hélène Dubois"]


def test_an_office_heading_the_subject_is_no_name_the_name_closing_it_speaks(extractor):
    # "Minister" is the subject the parser gives "said"; the office is no one's name, the name with its
    # initials that closes the phrase is; after "Minister for Finance X, who …, told" no "Minister" either.
    text = ("The ministry released the survey on Monday.\n"
            "“We have met the target two years early,” said Union Minister of Statistics and Programme "
            "Implementation D V Ramanna Gowda.\n"
            "Minister for Finance Kojo Asante, who presented the budget, told Parliament: “The economy is "
            "recovering.”")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["D V Ramanna Gowda", "Kojo Asante"]
    assert "Minister" not in {e.canonical for e in extraction.entities}


def test_a_job_capitalised_before_a_speaking_name_is_no_part_of_it(extractor):
    # The parser compounds "Nurse" into the subject of "said"; a job before a first name and a surname
    # is role text, so the speaker is the name alone.
    text = "Nurse Claire Nicol, who works at the Royal Infirmary, said: \"We are exhausted.\""
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Claire Nicol"]
    assert "Nurse Claire Nicol" not in {e.canonical for e in extraction.entities}


@pytest.mark.parametrize("text", [
    "Union warns of summer strikes\n“The offer is derisory,” Union says.",
    "Council issues cuts warning\n“We have to find £40m more in savings,” Council says.",
])
def test_a_kind_of_body_capitalised_by_a_headline_is_no_speaking_name(extractor, text):
    extraction = extractor.extract(text)
    assert [e.text for e in extraction.entities] == []
    assert [q.speaker for q in extraction.quotes] == [None]


def test_a_place_or_a_plain_word_that_speaks_a_quote_is_no_person(extractor):
    text = ("“We will take the necessary measures,” China said on Monday.\n"
            "“This is a very good day for all of us,” Hope said.")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == [None, None]
    assert [e for e in extraction.entities if e.label == "PERSON"] == []


def test_a_statement_goes_on_across_a_byline_naming_its_speaker_in_full(nlp):
    # The canonicaliser may keep "Arsenal" and the byline's "Arsenal FC" apart; the byline still names the speaker.
    text = ("Arsenal said in a statement: \"Mikel has been an outstanding servant of the club.\n"
            "Club statement\n"
            "— Arsenal FC (@Gunners) December 20, 2019\n"
            "\"He won the FA Cup twice as a player and once as our head coach.\"\n")
    entities = {"Arsenal": ("ORG", []), "Arsenal FC": ("ORG", [])}
    quotes = find_quotes(nlp(text), named_mentions(text, entities))
    assert [q.speaker for q in quotes] == ["Arsenal", "Arsenal"]


def test_a_gerund_after_a_preposition_speaks_for_the_main_subject(nlp):
    text = ("“Most Americans think the change is good for the country,” Klein writes, before conceding that “as "
            "long as much of the country feels threatened, polarization will follow.”\n"
            "Senator Elizabeth Warren accused Michael Bloomberg of arguing “the economy would be better off if we "
            "just let banks be more overtly racist.”")
    entities = {"Ezra Klein": ("PERSON", ["Klein"]), "Elizabeth Warren": ("PERSON", []),
                "Michael Bloomberg": ("PERSON", [])}
    quotes = find_quotes(nlp(text), named_mentions(text, entities))
    found = speakers_by_opening(quotes, ["Most Americans", "as long as", "the economy"])
    assert found["Most Americans"] == found["as long as"] == "Ezra Klein"
    assert found["the economy"] != "Elizabeth Warren"  # "of arguing": the accused argues, not the accuser


def test_the_subject_nearest_the_speech_verb_speaks(extractor):
    # The parser makes the book's title a second subject of "replied"; the recogniser tags no one here.
    text = ("Asked about major discrepancies in her 1956 autobiography, Lady Sings the Blues, which was credited to "
            "her and the writer/activist William Dufty, Billie Holliday replied, “Shit, man, I ain’t never read that "
            "book.”")
    assert [q.speaker for q in extractor.extract(text).quotes] == ["Billie Holliday"]


def test_a_pull_quote_after_someone_elses_quotes_is_the_speaker_of_the_words_it_repeats(nlp):
    text = ("The Appellate Court ruled for the plaintiff on Thursday.\n"
            "“Amazon placed itself in the chain of distribution,” the Appellate Court said.\n"
            "“It is impossible to overstate the magnitude of this ruling.”\n"
            "Bolger’s lawyer welcomed the decision. “It is impossible to overstate the magnitude of this ruling,” "
            "Jeremy Robinson said.\n")
    entities = {"Appellate Court": ("ORG", []), "Jeremy Robinson": ("PERSON", [])}
    quotes = find_quotes(nlp(text), named_mentions(text, entities))
    assert [q.speaker for q in quotes] == ["Appellate Court", "Jeremy Robinson", "Jeremy Robinson"]


def test_a_definite_noun_speaks_for_the_person_in_view_only_when_it_names_a_person(nlp):
    body = ("Hitler suffered a dislocated shoulder and was shortly arrested. In early 1924, his trial for high "
            "treason began, with the prosecution describing the Nazi leader as “the soul of the whole undertaking.”")
    person = "Jessie Buckley plays the lead in the film. “This song was such a gift to me,” the star said."
    entities = {"Adolf Hitler": ("PERSON", ["Hitler"]), "Jessie Buckley": ("PERSON", [])}
    assert [q.speaker for q in find_quotes(nlp(body), named_mentions(body, entities))] == [None]
    assert [q.speaker for q in find_quotes(nlp(person), named_mentions(person, entities))] == ["Jessie Buckley"]


def test_the_trust_is_the_organisation_not_a_member_described_by_it(nlp):
    text = ("The Citizens’ Independent Transportation Trust complained in July that it had been kept in the dark. "
            "As trust member Robert Ruano asked how the service would work, officials had no answers.\n"
            "The trust then urged the county to ensure that it “honors the prior commitments to provide true rapid "
            "transit.”")
    entities = {"Citizens’ Independent Transportation Trust": ("ORG", []), "Robert Ruano": ("PERSON", [])}
    quotes = find_quotes(nlp(text), named_mentions(text, entities))
    assert [q.speaker for q in quotes] == ["Citizens’ Independent Transportation Trust"]


def test_a_speaking_surname_with_particles_is_one_name(extractor):
    text = ("The results came on Tuesday. Ursula von der Leyen spoke to reporters after the meeting.\n"
            "“The situation remains tight,” von der Leyen said.")
    [quote] = extractor.extract(text).quotes
    assert quote.speaker is not None and quote.speaker.endswith("von der Leyen")


def test_a_speaking_name_joined_by_ul_or_ur_is_one_name(extractor):
    # South Asian names joined by "ul", "ur", "ud" ("Inzamam ul Haq"): the recogniser tags no one.
    text = ("The board met in Lahore on Monday.\n"
            "“The tour will go ahead as planned,” said Tariq ul Rehman, Media Director, Pakistan Cricket Board.")
    [quote] = extractor.extract(text).quotes
    assert quote.speaker == "Tariq ul Rehman"


def test_a_speaking_surname_joins_the_full_name_the_recogniser_missed(extractor):
    # The model tags no one in "Hedda Wintour spoke"; the given name before the speaker's surname makes one person.
    text = ("The results came on Tuesday. Hedda Wintour spoke to reporters after the meeting.\n"
            "“The situation remains tight,” Wintour said.")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Hedda Wintour"]
    assert sorted(e.text for e in extraction.entities if e.canonical == "Hedda Wintour") == ["Hedda Wintour", "Wintour"]


def test_a_name_after_a_title_the_model_took_for_the_organisation_speaks(extractor):
    # The model reads "GMB Scotland Senior" as an organisation, the subject, hangs the name from it and
    # tags no person at all.
    text = ("Responding to council claims that it is considering using private contractors amid the strike, "
            "GMB Scotland Senior Organiser Callum Dryburgh said:\n"
            "“The council has repeatedly threatened our members with anti-union laws.\n"
            "“Our members are striking because they have been paid so poorly for too long.”")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Callum Dryburgh", "Callum Dryburgh"]
    assert [e.text for e in extraction.entities if e.label == "PERSON"] == ["Callum Dryburgh"]


def test_a_name_closing_a_subject_of_title_and_ward_is_the_speaker(extractor):
    # The model tags "Midstocket and Rosemount Tom Cormack" as no person; the name closes the subject
    # "councillor for …" right before the verb, and "He" after it is that councillor, not Mr Lawson.
    text = ("Nearly 7,000 complaints were received, and the waste manager Peter Lawson has since left.\n"
            "SNP councillor for Midstocket and Rosemount Tom Cormack said Mr Lawson had “misled” councillors about the "
            "problem. He said: “Rosemount has been a complete and utter disaster for my constituents.”")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes if q.text.startswith("Rosemount")] == ["Tom Cormack"]
    assert "Tom Cormack" in {e.canonical for e in extraction.entities if e.label == "PERSON"}


def test_a_one_word_name_the_rules_dropped_can_be_a_speaking_pronouns_person(extractor):
    # "Luboku" is never written in full, so the entity rules drop it and "he" went to Carl Sagan.
    text = ("The record samples the voice of the astronomer Carl Sagan. Luboku released it on Friday.\n"
            "“When you look at that image of earth, you can't help but put our experience into perspective,” he says.")
    assert [q.speaker for q in extractor.extract(text).quotes] == ["Luboku"]


def test_a_subject_its_own_sentence_calls_he_is_a_person_the_pronoun_can_mean(extractor):
    # The model tags "Tommy" as a place here; "his" in its own sentence says it is someone.
    text = ("Many savers are inspired by Warren Buffett.\n"
            "Tommy — who only goes by his first name online — retired at age 51. He saved steadily, he wrote in "
            "a blog post.\n"
            "\"So much of a great retirement is mental. Being mortgage free adds another level of freedom,\" he wrote.")
    assert [q.speaker for q in extractor.extract(text).quotes] == ["Tommy"]


def test_a_quote_in_a_relative_clause_with_a_named_subject_is_that_subjects(nlp):
    text = ("Among the company’s values is privacy, which Samsung views as “a fundamental human right” and builds into "
            "its products. Another is care for the planet, Jane Doe said.")
    entities = {"Samsung": ("ORG", []), "Jane Doe": ("PERSON", [])}
    quotes = find_quotes(nlp(text), named_mentions(text, entities))
    assert [q.speaker for q in quotes] == ["Samsung"]


def test_an_unnamed_body_as_subject_does_not_stop_the_person_in_view(nlp):
    # "the prosecution" speaks for no one we know, but it is no unnamed person either: the
    # prisoner in the next sentence is still the man named before.
    text = ("Hitler was shortly arrested. In early 1924, his trial for high treason began, with the prosecution "
            "describing the Nazi leader as “the soul of the whole undertaking.” That didn’t stop a sympathetic, "
            "right-leaning judge from allowing the prisoner to give extended speeches: “I alone bear the "
            "responsibility.”")
    entities = {"Adolf Hitler": ("PERSON", ["Hitler"])}
    quotes = find_quotes(nlp(text), named_mentions(text, entities))
    assert [q.speaker for q in quotes] == [None, "Adolf Hitler"]


def test_a_participle_opening_the_sentence_is_no_speaker(extractor):
    # The parser takes "Commenting" for the subject, with the MP's name in apposition to it.
    text = ("Portsmouth South MP Stephen Morgan has responded to the statement.\n"
            "Commenting, Portsmouth South MP, Stephen Morgan, said:\n"
            "“His excuse for an apology today is a slap in the face.”")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Stephen Morgan"]
    assert "Commenting" not in {e.canonical for e in extraction.entities}


def test_a_name_closing_a_subject_after_a_preposition_speaks_for_no_one_else(nlp):
    # A lawyer acts for the client but speaks as themself; a spokesman's words are the words of whom
    # they speak for (tests/dev/README.md: "Swift's rep told Fox News" gives Taylor Swift).
    text = ("John Smith, 45, was arrested on Monday.\nA spokesman for Mr Smith said: “He denies the charges.”\n"
            "A lawyer for Dr Jane Doe said: “She denies the charges.”")
    entities = {"John Smith": ("PERSON", ["Mr Smith"]), "Jane Doe": ("PERSON", ["Dr Jane Doe"])}
    quotes = find_quotes(nlp(text), named_mentions(text, entities))
    assert [q.speaker for q in quotes] == ["John Smith", None]


def test_a_name_that_speaks_as_i_is_a_person_whatever_the_model_tagged_it(extractor):
    # The model tags "Yousaf" as a place or a body here; only a person says "I" of themselves.
    text = ("HUMZA Yousaf has paid tribute to a man who was shot near Aberfeldy.\n\n"
            "The MSP asked the FM about the case.\n\n"
            "Yousaf replied: “I agree with all of that. I give my condolences to the family.”")
    extraction = extractor.extract(text)
    assert [(q.speaker, q.speaker_label) for q in extraction.quotes] == [("Yousaf", "PERSON")]


def test_an_office_that_speaks_as_i_is_no_name(extractor):
    text = ("Mr Jaipal Reddy spoke to reporters on Monday.\n\n"
            "“I was talking about the Congress party,” the Union Minister said.")
    extraction = extractor.extract(text)
    assert "Union Minister" not in {e.canonical for e in extraction.entities}


def test_a_name_before_letters_that_head_the_subject_speaks(extractor):
    # The parser heads "Adam Price MS" with the letters and the model tags no person there; the given
    # name and surname compounded before them speak, wherever the name stands with its letters.
    text = ("Plaid Cymru Leader Adam Price MS has today announced his key spokespeople in the Senedd.\n\n"
            "Adam Price MS said that Wales was now entering a “critical period of transition”.\n\n"
            "Adam Price MS said:\n\n"
            "“I am proud to lead a united team with the skills needed to hold the government to account.”")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Adam Price", "Adam Price"]


def test_a_colon_written_against_the_quote_mark_still_introduces_it(nlp):
    text = ("The minister chaired a meeting overnight.\n"
            "Ms Brodie said:“Crews have worked through the night to clear the roads.\n"
            "“People should still check before they travel.”\n")
    entities = {"Ailsa Brodie": ("PERSON", ["Ms Brodie"])}
    quotes = find_quotes(nlp(text), named_mentions(text, entities))
    assert [q.speaker for q in quotes] == ["Ailsa Brodie", "Ailsa Brodie"]


def test_a_family_is_no_office_held_by_the_person_named_in_it(nlp):
    text = ("Officers found Alan Dobie, 61, at the house.\n"
            "In a statement, Mr Dobie’s family said: “He was the kindest man we knew.”\n"
            "Detective Sergeant Ruth Kelso said: “My thoughts are with the family and friends of Alan.”\n")
    entities = {"Alan Dobie": ("PERSON", ["Mr Dobie", "Alan"]), "Ruth Kelso": ("PERSON", [])}
    quotes = find_quotes(nlp(text), named_mentions(text, entities))
    assert [q.speaker for q in quotes] == [None, "Ruth Kelso"]


@pytest.mark.parametrize("name, sex", [("Felix", "male"), ("Amina", "female"), ("Meenakshi", "female"),
                                       ("Jean", None), ("Siobhan", None)])
def test_a_given_name_the_list_never_records_in_britain_has_its_sex_abroad(name, sex):
    from extract.gazetteer import given_name_sex_abroad
    assert given_name_sex_abroad(name) == sex


def test_a_double_given_name_takes_the_one_sex_its_parts_give(nlp):
    # Known to be a woman, she is not passed over as someone of unknown sex named in passing.
    text = ("Promoter Mary Hale said the tour had sold out in a day.\n\n"
            "The crowd cheered when Rose-Lynn Carter walked on stage.\n\n"
            "“I never expected a crowd like this,” she said.")
    entities = {"Rose-Lynn Carter": ("PERSON", ["Carter"]), "Mary Hale": ("PERSON", ["Hale"])}
    quotes = find_quotes(nlp(text), named_mentions(text, entities))
    assert [q.speaker for q in quotes] == ["Rose-Lynn Carter"]


def test_a_loose_word_before_a_speaking_name_picks_the_body_it_completes(nlp):
    """"However, BMA Scotland is pushing for …" with the recogniser missing the name here (and the
    parser hanging "BMA" loose): the body the word before completes, not the nearest other body
    whose name shares "Scotland"."""
    text = ("BMA Scotland said its members had voted to strike.\n\n"
            "Doctors were awarded less than other NHS Scotland staff last year.\n\n"
            "However, BMA Scotland is pushing for \"pay restoration\", arguing that inflation has left doctors "
            "earning less in real terms.")
    entities = {"BMA Scotland": ("ORG", []), "NHS Scotland": ("ORG", [])}
    third = text.rindex("BMA Scotland")
    mentions = [m for m in named_mentions(text, entities) if m.start != third]
    quotes = find_quotes(nlp(text), mentions)
    assert [q.speaker for q in quotes] == ["BMA Scotland"]



def test_a_grade_before_a_police_rank_is_no_part_of_the_speaking_name(extractor):
    text = ("Police are continuing to investigate the death of a man in the city.\n\n"
            "“We have made substantial progress since Saturday,” says Detective Senior Sergeant Dan Overton.")
    [quote] = extractor.extract(text).quotes
    assert quote.speaker == "Dan Overton"


def test_a_barristers_letters_after_the_name_are_no_part_of_it(extractor):
    text = ("A man appeared before the District Court on Tuesday.\n\n"
            "Ciaran Doyle BL, representing the accused, said his client would abide by “strict conditions”.")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Ciaran Doyle"]
    assert "Ciaran Doyle" in {e.canonical for e in extraction.entities if e.label == "PERSON"}


def test_a_senior_counsel_read_as_a_body_is_a_person_named_without_the_post_nominal(extractor):
    text = ("Declan Doyle SC, for the plaintiff, said the case had been “settled” that morning.\n"
            "Al Ahly SC said it would “appeal” the ruling.")
    extraction = extractor.extract(text)
    assert [q.speaker for q in extraction.quotes] == ["Declan Doyle", "Al Ahly SC"]
    assert ("PERSON", "Declan Doyle") in {(e.label, e.canonical) for e in extraction.entities}


def test_a_headline_copying_the_bodys_words_is_kept_when_its_headline_verb_names_the_speaker(nlp):
    text = ("‘You are wasting the court’s time': Magistrate Moyo slams the State as trial stalls\n\n"
            "‘You are wasting the court’s time': Magistrate Moyo slams the State as trial stalls\n\n"
            "The fraud trial stalled again on Thursday.\n\n"
            "'You are wasting the court’s time if you say you are ready,' Magistrate Jane Moyo told the prosecutor.")
    quotes = find_quotes(nlp(text), named_mentions(text, {"Jane Moyo": ("PERSON", ["Moyo"])}))
    assert [(q.text, q.speaker) for q in quotes[:2]] == [("You are wasting the court’s time", "Jane Moyo")] * 2
    assert len(quotes) == 3


def _speakers(nlp, text, entities):
    return [(q.text, q.speaker) for q in find_quotes(nlp(text), named_mentions(text, entities))]


@pytest.mark.parametrize("text, entities, expected", [
    # a headline's words lifted from one speaker's longer quote below
    ("Ministers accused of a ‘broken promise’ on rail fares\n\n"
     "The rail fare rise was confirmed on Tuesday.\n\n"
     "Tom Baird, the opposition's transport spokesman, said: “This is a broken promise to every commuter in the region.”",
     {"Tom Baird": ("PERSON", ["Baird"])}, ("broken promise", "Tom Baird")),
    # the lede's words lifted so
    ("Rail fares to rise again\n\n"
     "Commuters face what one MSP called a “broken promise” as fares rise in May.\n\n"
     "Tom Baird said: “This is a broken promise to every commuter in the region.”",
     {"Tom Baird": ("PERSON", ["Baird"])}, ("broken promise", "Tom Baird")),
    # two speakers use the words: no one is guessed
    ("Rail fares a ‘broken promise’\n\n"
     "Tom Baird said: “This is a broken promise to commuters.”\n\n"
     "Ann Cole said: “It is a broken promise, plain and simple.”",
     {"Tom Baird": ("PERSON", ["Baird"]), "Ann Cole": ("PERSON", ["Cole"])}, ("broken promise", None)),
    # a crosshead's word the body reports without marks under a speech verb
    ("The board met on Monday to agree its budget.\n\n"
     "Cuts could be ‘unlawful’\n\n"
     "Union official Ann Cole argued the proposed cuts were unlawful.",
     {"Ann Cole": ("PERSON", ["Cole"])}, ("unlawful", "Ann Cole")),
])
def test_a_summarys_quoted_words_take_the_speaker_of_the_same_words_below(nlp, text, entities, expected):
    assert _speakers(nlp, text, entities)[0] == expected


def test_a_headlines_quotes_hung_from_one_verb_share_the_speaker_found_for_one(nlp):
    text = ("‘Rogue’ ministers are ‘wrecking the budget’, party deputy claims\n\n"
            "Ministers are wrecking the budget, the party's deputy leader Ann Cole has said.\n\n"
            "Ms Cole said the government was \"wrecking the budget\" with its plans.")
    found = _speakers(nlp, text, {"Ann Cole": ("PERSON", ["Cole"])})
    assert found[:2] == [("Rogue", "Ann Cole"), ("wrecking the budget", "Ann Cole")]


def test_the_subject_of_a_headlines_blaming_verb_is_the_one_blamed(nlp):
    text = ("City Council accused of a ‘cover-up’ over flooding\n\n"
            "The flooding report was published on Monday.")
    found = _speakers(nlp, text, {"City Council": ("ORG", [])})
    assert found == [("cover-up", None)]
