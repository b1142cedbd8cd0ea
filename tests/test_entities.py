"""Organisation and person mentions: each row is a real-world text, the (label,
text) mentions it must yield and the words it must not yield as an entity."""
import pytest

from extract.mentions import Mention
from extract.name_edges import fix_edges, whole_hyphenated_name

CASES = [
    ("a numbered seat and a title before a council member's name leave the person",
     "City Council passed the plan with a 7-3 vote. The “no” votes were cast by District 3 Councilmember "
     "Ana Ruiz, District 9 Councilmember Paul Reyes, and District 5 Councilmember Tom Baker.",
     [("PERSON", "Ana Ruiz"), ("PERSON", "Paul Reyes"), ("PERSON", "Tom Baker")], ["District 3 Councilmember Ana Ruiz"]),
    ("a saint's possessive runs on into the hospice named after the saint",
     "In Carlow, St Brendan’s Hospice has a deficit of about £900,000 and will cut 12 posts.",
     [("ORG", "St Brendan’s Hospice")], ["St Brendan"]),
    ("'Tory' before 'government' is the government's colour, no party mention; before 'MP' it is the party",
     "Council leaders blamed years of cuts by the Tory government for the crisis.",
     [], ["Tory"]),
    ("a given name before a plural of things, listed after companies, is a company, not a person",
     "The cuts fell on theatre companies such as Rosalind Lanterns and Windmill Theatre, which tour schools.",
     [("ORG", "Rosalind Lanterns"), ("ORG", "Windmill Theatre")], []),
    ("a hospice that acts after its town is a body, its saint's name no person",
     "St Oswin Hospice in Morpeth, Northumberland, warned on Monday that it faces a deficit. "
     "Hospice Network said other charities were struggling.",
     [("ORG", "St Oswin Hospice")], ["Oswin Hospice"]),
    ("names listed after a kind of place are places, whatever the model calls them",
     "In addition, areas including Inverness and Ynys Mon North are among constituencies that will get money from the fund.",
     [], ["Inverness", "Ynys Mon North"]),
    ("a nickname in quotation marks between given name and surname leaves one person",
     "President Rodolfo “Rudy” Santos Jr. on Monday urged voters to turn out.",
     [("PERSON", "Rodolfo “Rudy” Santos Jr.")], ["Rodolfo", "Santos Jr."]),
    ("a nickname in straight quotes before a surname with a particle leaves one person",
     'The probe was reopened under Senator Marco "Toto" Dela Cruz, who chairs the panel.',
     [("PERSON", 'Marco "Toto" Dela Cruz')], ["Marco", "Dela Cruz"]),
    ("a province after a capitalised dateline city is no person",
     "TAGUM CITY, Davao Norte—The mayor opened the new market on Friday.",
     [], ["Davao Norte"]),
    ("a two-word Malaysian honorific before a name is no part of it",
     "The plan was presented by Tan Sri Rahim Osman, the chief secretary.",
     [("PERSON", "Rahim Osman")], ["Tan Sri Rahim Osman"]),
    ("a magistrate's title before her name is no part of it",
     "Magistrate Wanjiru Kamau granted the two men bail on Tuesday.",
     [("PERSON", "Wanjiru Kamau")], ["Magistrate Wanjiru Kamau"]),
    ("a street after a person's name and 'of' is his address, not a person",
     "Peter Hughes, of Hawthorn Way, was fined £300 at the sheriff court.",
     [("PERSON", "Peter Hughes")], ["Hawthorn Way"]),
    ("a nationality between an age and an untagged full name leaves the name a person",
     "The prize went to 24-year-old Canadian Bo Lindqvist, who started out on the internet.",
     [("PERSON", "Bo Lindqvist")], ["Canadian Bo Lindqvist"]),
    ("after a minister's portfolio and a comma comes the holder's whole name, not a second portfolio",
     "Present were the Minister for the Interior, Kofi Mensah Boateng; and the Minister of Health.",
     [("PERSON", "Kofi Mensah Boateng")], ["Mensah Boateng"]),
    ("a long name the model cuts in two with only a space between is one person",
     "Also at the airport was Vice-President Paa Kwesi Bekoe Amissah-Arthur, who greeted the delegation.",
     [("PERSON", "Paa Kwesi Bekoe Amissah-Arthur")], ["Paa Kwesi", "Bekoe Amissah-Arthur"]),
    ("a capitalised word between 'Mr' and a name is the first given name",
     "He was welcomed by the Chief of Staff, Mr Prosper Douglas Bani, at the lounge.",
     [("PERSON", "Prosper Douglas Bani")], ["Douglas Bani"]),
    ("a Yoruba given name opens a person's name the model takes for a body",
     "Senator Uba Bello reacted to a statement credited to his colleague from Ekiti South, Ajibola Adeyemi, "
     "over the comments.", [("PERSON", "Ajibola Adeyemi")], []),
    ("a head of government named by surname alone is a person, not a body",
     "Party members called for Ramaphosa to step aside, and Ramaphosa’s office said he would stay.",
     [("PERSON", "Ramaphosa")], []),
    ("a country of two words before a captain's title is no person",
     "New Zealand skipper Tom Latham said the batting had let them down.",
     [("PERSON", "Tom Latham")], ["New Zealand"]),
    ("an Irish county in an address is no person",
     "Sean Byrne (52), of Main Street, Arklow, Co Wicklow, was remanded in custody.",
     [("PERSON", "Sean Byrne")], ["Co Wicklow"]),
    ("an Irish barrister's letters after his name are no part of it",
     "Niall Doyle BL, for the accused, said his client would obey any conditions.",
     [("PERSON", "Niall Doyle")], ["Niall Doyle BL"]),
    ("a brigadier's abbreviated rank the model tags alone is no person",
     "Police director Brig. Gen. Ramon Cruz said the raid was planned for weeks.",
     [("PERSON", "Ramon Cruz")], ["Brig"]),
    ("a member's seat and party initials in brackets after the name are no person",
     "The minister was answering Azlan Bin Yusof (Kota Bharu-PN), who asked about the ringgit.",
     [("PERSON", "Azlan Bin Yusof")], ["Kota Bharu-PN"]),
    ("a seat named by a place and a compass point before its member's office is no person",
     "Lari East MP Peter Otieno questioned the minister about the loan.",
     [("PERSON", "Peter Otieno")], ["Lari East"]),
    ("a storm named like a person is no person",
     "Grants will help pay for repairs after Storm Fergus, which flooded the valley. Storm Fergus also cut power.",
     [], ["Storm Fergus"]),
    ("a company's name in two languages ending in its known name is the company, not a person",
     "Two firms paid less: Severn Trent with awards of £500,000; and Dŵr Cymru Welsh Water where the sum was £120,000.",
     [("ORG", "Dŵr Cymru Welsh Water")], []),
    ("office-holders named by a title in the plural are no person",
     "The President swore in the new Cabinet Secretaries (CSs) and Principal Secretaries (PSs) on Monday, "
     "among them Grace Wanjiru and Peter Kamau.", [("PERSON", "Grace Wanjiru")],
     ["Cabinet Secretaries", "Principal Secretaries"]),
    ("a council leader named after her council's name is a person, not a body",
     "Others spoke out too, including the leader of Moray Council Fiona Grant.",
     [("PERSON", "Fiona Grant")], []),
    ("a West African honorific before a name is no part of it",
     "Alhaji Musa Danladi, the party chairman, addressed supporters in Kano on Saturday.",
     [("PERSON", "Musa Danladi")], ["Alhaji Musa Danladi"]),
    ("Malaysian honorifics the model tags apart from the name are no person of their own",
     "Minister Datuk Seri Dr Amina Harun said the housing plan was ready.",
     [], ["Datuk Seri", "Seri"]),
    ("a Dáil member's letters after her name are no part of it",
     "Housing spokesperson Aoife Brennan TD said the budget had failed renters.",
     [("PERSON", "Aoife Brennan")], ["Aoife Brennan TD"]),
    ("a Senior Advocate's letters after his name are no part of it",
     "Her counsel, Chinedu Okafor SAN, told the court the motion had been served.",
     [("PERSON", "Chinedu Okafor")], ["Chinedu Okafor SAN"]),
    ("a legislature named in its own language is a body, not a person",
     "New Delhi: Lok Sabha MP Ravi Kumar on Wednesday said the bill was flawed.",
     [("ORG", "Lok Sabha"), ("PERSON", "Ravi Kumar")], []),
    ("an Indian given name opens a person's name the model takes for a body",
     "Raising the matter during the Zero Hour, Gaurav Mehta of the Congress said it would hurt federalism.",
     [("PERSON", "Gaurav Mehta")], []),
    ("a body's name the model ends on 'of' takes the capitalised words after it",
     "Lecturers at the University of the West of Scotland (UWS) will begin voting on strike action from Monday.",
     [("ORG", "University of the West of Scotland")], ["University of the West"]),
    ("a kind of body named by two nouns joined by 'and' is one name, though the article writes a half apart",
     "The Glasgow City Health and Social Care Partnership faces a gap of £2m. The Partnership said services in "
     "Glasgow would be protected.", [("ORG", "Glasgow City Health and Social Care Partnership")],
     ["Glasgow City Health", "Social Care Partnership"]),
    ("a name joined by 'and' written whole again is one name, not two written apart",
     "U.S. Customs and Border Protection found 475 pounds of cocaine in a boat at the U.S. border, "
     "Customs and Border Protection announced on Tuesday.",
     [("ORG", "U.S. Customs and Border Protection")], ["U.S. Customs"]),
    ("a treasurer's title before a name is no part of it",
     "Federal Treasurer Josh Frydenberg called it threatening behaviour by the unions.",
     [("PERSON", "Josh Frydenberg")], ["Treasurer Josh Frydenberg"]),
    ("the first noun of such a kind, in capitals, belongs to the name the model began after it",
     "HEALTH and Social Care Partnership chief officer Keith Redpath said the gap would close by the summer.",
     [("ORG", "HEALTH and Social Care Partnership"), ("PERSON", "Keith Redpath")], ["Social Care Partnership"]),
    ("a body named for two places ends in initials the article also writes alone",
     "The Argyll and Bute IJB will meet in Campbeltown next week. The IJB must find savings of £3m.",
     [("ORG", "Argyll and Bute IJB")], ["Bute IJB"]),
    ("the first place of such a name, taken for a person, belongs to the body's name",
     "A spokesman for the Dumfries and Galloway HSCP said the HSCP had no plans to close the unit.",
     [("ORG", "Dumfries and Galloway HSCP")], ["Galloway HSCP"]),
    ("'Forum' ends a body's name as 'Association' does, so the model's person is a body",
     "A spokesperson for the Harris Transport Forum said the ferry cuts would hit the island hard.",
     [("ORG", "Harris Transport Forum")], []),
    ("a numeral opening a firm's name stays in it, in the full name and in the short form that opens it",
     "The poultry producer 2 Sisters Food Group has confirmed the closure of its site in Cambuslang. A spokesman "
     "for 2 Sisters said the decision was not taken lightly.",
     [("ORG", "2 Sisters Food Group"), ("ORG", "2 Sisters")], ["Sisters Food Group", "Sisters"]),
    ("the Western Isles' council by its Gaelic name",
     "Comhairle nan Eilean Siar said the ferry timetable cuts were unacceptable.",
     [("ORG", "Comhairle nan Eilean Siar")], []),
    ("a well-known body before 'and' is a name of its own, not the start of the council's",
     "The budget was agreed by funding partners NHS Highland and Argyll and Bute Council on Friday.",
     [("ORG", "NHS Highland"), ("ORG", "Argyll and Bute Council")], ["NHS Highland and Argyll and Bute Council"]),
    ("one word the model tags alone and a firm's whole name, joined by 'and', are two firms",
     "HDFC Securities said TCS would lead while Infosys and HCL Technologies lag behind this quarter.",
     [("ORG", "Infosys"), ("ORG", "HCL Technologies")], ["Infosys and HCL Technologies"]),
    ("a body named for places listed before 'and' is not split at it",
     "Plans for 400 homes were lodged.\nWoodhall, Faskine and Palacecraig Conservation Group, which opposes the "
     "plans, has held several public meetings.", [], ["Faskine"]),
    ("a job between capitalised words joins no names into one",
     "When the Chairman and CEO of the Emirates Group, Ahmad Bin Saeed, arrived, the deal was signed.",
     [("ORG", "Emirates Group")], ["Chairman and CEO of the Emirates Group"]),
    ("a headline's words taken for a person make no person of the company opening them",
     "Infosys Beats Earnings Expectations, Wipro Set for Worst Quarter Since 2008\nConsolidated sales rose 7.5% in "
     "the June quarter. Infosys' net profit rose 8.7% to 69.21 billion rupees. Analysts forecast that Infosys will "
     "report earnings of $0.19 per share.", [("ORG", "Infosys")], []),
    ("an ombudsman, like a commission, heads a body's name",
     "The Housing Ombudsman said landlords must act on damp within days.", [("ORG", "Housing Ombudsman")], []),
    ("a carmaker's or supplier's 'Automotive' ends its name, not the word before it",
     "GKN Automotive said it would close the Erdington plant next year.", [("ORG", "GKN Automotive")], []),
    ("a nation's adjective inside a name led by a given name makes it no person",
     "He cited the RSPCA, NSPCC and Royal British Legion in particular.", [("ORG", "Royal British Legion")], []),
    ("a skipper, like a captain, is a title before a name",
     "India skipper Virat Kohli will only play the first Test match before flying home.",
     [("PERSON", "Virat Kohli")], []),
    ("a name after a job is its holder's, though the model takes his surname for a place",
     "Eskom spokesperson Sikonathi Mantshantsha said that they were still unable to return generators to service.",
     [("PERSON", "Sikonathi Mantshantsha")], []),
    ("an ISO date line run into the first sentence is no measure before the name",
     " date 2023-05-11 Safaricom reported a drop in full-year profit as costs in Ethiopia weighed on earnings.",
     [("ORG", "Safaricom")], []),
    ("a central bank's governor after its name is a job, its holder in apposition a person",
     "Shaktikanta Das, Reserve Bank of India Governor, said the repo rate would rise. Das said inflation was too high.",
     [("ORG", "Reserve Bank of India"), ("PERSON", "Shaktikanta Das")], ["Reserve Bank of India Governor"]),
    ("a subheading's plain words before a body the article names alone",
     "Shares of the group fell on Monday.\n\nLosses Of Kestrel Group\nKestrel Group shares fell 5% while Ambuja "
     "Cements lost 2%.", [("ORG", "Kestrel Group")], ["Losses Of Kestrel Group"]),
    ("a chairperson before a name the model calls a body",
     "US short-seller Hindenburg Research alleged that SEBI chairperson Madhabi Puri Buch and her husband had "
     "invested in offshore funds.", [("PERSON", "Madhabi Puri Buch"), ("ORG", "Hindenburg Research")], []),
    ("a listed body's name the model cuts before the place that ends it",
     "The Board of Control for Cricket in India (BCCI) said the matches would go ahead as planned.",
     [("ORG", "Board of Control for Cricket in India"), ("ORG", "BCCI")], ["Board of Control for Cricket"]),
    ("a post the model runs on from a district or a field is no body",
     "The District Collector ordered all schools in Sircilla closed on Monday, officials said. The appeal was "
     "dismissed by the Planning Inspector, who said the homes would harm the green belt.",
     [], ["District Collector", "Planning Inspector"]),
    ("head words alone, a minister's portfolios, name no body",
     "He met the Minister of Mineral Resources and Energy Gwede Mantashe on Monday.", [], ["Energy", "Mineral Resources"]),
    ("suffix of a member of the Northern Ireland Assembly",
     "Independent unionist Alex Easton MLA said the nursing vacancies were shocking.",
     [("PERSON", "Alex Easton")], ["Alex Easton MLA"]),
    ("an Irish surname after a separate 'O'",
     "Lord Mayor Mairtin O Muilleoir was attacked in Woodvale Park in north Belfast.",
     [("PERSON", "Mairtin O Muilleoir")], ["Mairtin"]),
    ("a job capitalised as a title before a name the model calls a body",
     "In a statement Chief Nurse Vicky Morris said the trust had met the standard.",
     [("PERSON", "Vicky Morris")], ["Nurse Vicky Morris"]),
    ("an office named by its portfolios before its holder",
     "Minister for Higher Education, Further Education, Youth Employment and Training Jamie Hepburn said the "
     "money would help.",
     [("PERSON", "Jamie Hepburn")], ["Training Jamie Hepburn", "Youth Employment"]),
    ("an office's portfolios joined by 'and the'",
     "Cabinet Secretary for Finance and the Economy Kate Forbes said the budget was fair.",
     [("PERSON", "Kate Forbes")], ["Economy Kate Forbes", "Finance"]),
    ("where a company is based, joined to its name",
     "Bridge of Weir-based Scottish Leather Group posted turnover of £144.5m for the year.",
     [("ORG", "Scottish Leather Group")], ["Bridge of Weir-based Scottish Leather Group"]),
    ("a name written twice in a row",
     "Theatre leaders welcome the budget\n\nSamuel West Samuel West\nby -\n\nIndustry leaders welcomed it.",
     [("PERSON", "Samuel West")], ["Samuel West Samuel West"]),
    ("a titled name whose surname is a building's word",
     "He is a candidate to lead the force following Sir Stephen House’s formal retirement next month.",
     [("PERSON", "Stephen House")], []),
    ("a lawyer's rank after a comma, not a state's code",
     "According to prosecutor Gibson Grenfell, QC, the men hoped the hauls would win them shorter sentences.",
     [("PERSON", "Gibson Grenfell")], []),
    ("a street and its town after 'home at'",
     "He is accused of having a knife near his home at Hazel Glen, Dunmurry on Tuesday.",
     [], ["Hazel Glen", "Dunmurry"]),
    ("a byline under a headline ending in an organisation noun",
     "Council tax rise would raise £5 million for a cash-strapped Welsh council\n\nRichard Evans, Local democracy "
     "reporter\nConwy County Council has proposed the rise.",
     [("PERSON", "Richard Evans")], []),
    ("a village and the place it is near",
     "The council granted permission for 21 homes off Park Street in Hawkesbury Upton, near Old Sodbury.",
     [], ["Hawkesbury Upton"]),
    ("a role of two or three words before a body's name",
     "Sue Ray, Former Director General of the Ghana Health Service, said the clinics would reopen.",
     [("ORG", "Ghana Health Service")], ["Former Director General of the Ghana Health Service"]),
    ("a role ending in a plain word before a body's name",
     "Mark Dean, Chief Executive of the Health Service Executive, said waiting lists had grown.",
     [("ORG", "Health Service Executive")], ["Chief Executive of the Health Service Executive"]),
    ("suffix after a person",
     "Finance secretary Shona Robinson MSP announced the pay offer.",
     [("PERSON", "Shona Robinson")], ["Shona Robinson MSP"]),
    ("council name in full",
     "Workers at Dumfries and Galloway Council will strike next week.",
     [("ORG", "Dumfries and Galloway Council")], ["Dumfries"]),
    ("possessive",
     "GMB Scotland’s members rejected the deal.",
     [("ORG", "GMB Scotland")], ["GMB Scotland’s"]),
    ("union the model calls a person",
     "Unison said its members in schools would walk out.",
     [("ORG", "Unison")], []),
    ("lowercase word",
     "Bin collections stopped as bin workers went on strike, said Johanna Baxter.",
     [("PERSON", "Johanna Baxter")], ["bin", "Bin"]),
    ("surname alone after the full name",
     "Katie Hagmann spoke first. Hagmann said the offer was fair.",
     [("PERSON", "Katie Hagmann"), ("PERSON", "Hagmann")], []),
    ("a titled person the model tagged as an organisation",
     "It comes after union bosses called on First Minister Nicola Sturgeon to urgently intervene over the controversial "
     "pay proposal.",
     [("PERSON", "Nicola Sturgeon")], ["First Minister Nicola Sturgeon"]),
    ("a professor the model tagged as an organisation",
     "He took up the interim post after the board's chief executive, Prof Trevor Purt, was suspended following "
     "Monday's decision.",
     [("PERSON", "Trevor Purt")], ["Prof Trevor Purt"]),
    ("titled name",
     "Mr. Trump said the talks went well.",
     [("PERSON", "Trump")], []),
    ("company with a head word",
     "Shares in Walt Disney Co. rose after Marvel Entertainment reported.",
     [("ORG", "Marvel Entertainment")], []),
    ("acronym used again in capitals",
     "Unison balloted members. UNISON said turnout was high.",
     [("ORG", "Unison"), ("ORG", "UNISON")], []),
    ("two organisations joined by and",
     "Talks between COSLA and Scottish Government broke down.",
     [("ORG", "COSLA"), ("ORG", "Scottish Government")], ["COSLA and Scottish Government"]),
    ("building, not an organisation",
     "Protesters gathered outside St Andrew’s House in Edinburgh.",
     [], ["St Andrew’s House"]),
    ("role abbreviation",
     "The DFM said the budget was tight, according to Kate Forbes.",
     [("PERSON", "Kate Forbes")], ["DFM"]),
    ("name with a hyphenated lowercase part",
     "South Korean President Moon Jae-in met the delegation in Seoul on Tuesday.",
     [("PERSON", "Moon Jae-in")], ["Moon Jae"]),
    ("hyphenated adjective stays outside the name",
     "The Trump-appointed panel heard from Kim Jong-un's envoy.",
     [], ["Trump-appointed"]),
    ("an age after a name makes a person, and gives the full name",
     "Music manager Scooter Braun has stayed silent. Braun, 38, did not reply to requests for comment.",
     [("PERSON", "Scooter Braun"), ("PERSON", "Braun")], []),
    ("an age after a name the model left untagged, late in a list of defendants, makes a person",
     "At the Court of Appeal yesterday, Liam Carter, 21, had his sentence of nine years increased to 12 years; "
     "Dean Walsh, 23, had a seven-year term increased to 11 years; Ryan Hughes, 26, had an eight-year sentence "
     "increased to 12 years and Moses Asante, 22, had an eight-year sentence increased to ten years.",
     [("PERSON", "Moses Asante")], []),
    ("an age just before a name the model left untagged makes a person",
     "A Co Antrim couple in the midst of a divorce stood side by side in court today accused of fraud.\n\n"
     "Derek Porter (45) and 42-year-old Janice Porter, both from Mill Park in Kells, appeared at Ballymena "
     "Magistrates’ Court jointly charged with fraudulently claiming tax credits.",
     [("PERSON", "Janice Porter")], []),
    ("a job in apposition makes a person",
     "Tunde Adeyemi, a professor of economics at Lagos Business School, said inflation would ease.",
     [("PERSON", "Tunde Adeyemi")], []),
    ("an organisation noun before an untagged name",
     "Shares of cosmetics company Revlon fell sharply on Tuesday.",
     [("ORG", "Revlon")], []),
    ("employer before a job title and a person",
     "Wedbush analyst Daniel Ives said the iPhone cycle was strong.",
     [("ORG", "Wedbush"), ("PERSON", "Daniel Ives")], []),
    ("a name before a thing noun names the thing",
     "She won the Rising Star award at the ceremony in Leeds.",
     [], ["Rising Star"]),
    ("an abbreviation after 'an' is a common noun, a modifier keeps its organisation",
     "The startup is preparing for an IPO next year, a NASA scientist said.",
     [("ORG", "NASA")], ["IPO"]),
    ("a company named with its ’s",
     "Sales at Macy’s (M) fell 3% in the quarter. Macy’s said it would close 30 stores.",
     [("ORG", "Macy’s")], ["Macy"]),
    ("a possessive stays a possessive",
     "Apple’s (troubled) card and Apple’s phones were discussed by Bernie Sanders’s aides.",
     [("ORG", "Apple"), ("PERSON", "Bernie Sanders")], ["Apple’s", "Bernie Sanders’s"]),
    ("a streaming product is no organisation",
     "Subscribers flocked to Apple TV+ and Disney+ this week, Netflix said.",
     [("ORG", "Netflix")], ["Disney+", "Apple TV+"]),
    ("a survey named after its head word",
     "Data from the National Survey on Drug Use and Health show a rise in use.",
     [], ["National Survey on Drug Use and Health"]),
    ("a state's House is a legislature, not a building",
     "Indiana House Speaker Brian Bosma spoke to teachers in Indiana.",
     [("ORG", "Indiana House"), ("PERSON", "Brian Bosma")], []),
    ("competitions are no organisations",
     "Liverpool won the Champions League in Madrid, and Premier League clubs cheered.",
     [], ["Champions League", "Premier League"]),
    ("UEFA's smaller competitions are no organisations either",
     "The club secured Europa Conference League football, and England play in the Nations League.",
     [], ["Europa Conference League", "Nations League"]),
    ("a place named by its last word",
     "He visited friends in Cuyahoga Falls last week.",
     [], ["Cuyahoga Falls"]),
    ("a company without its head word is the company, whatever its first name",
     "Sierra Nevada Corporation won a NASA contract. Sierra Nevada said the work would start soon.",
     [("ORG", "Sierra Nevada Corporation"), ("ORG", "Sierra Nevada")], []),
    ("a film title in quotation marks",
     "The studio re-released “Mary Poppins” and “Bambi.”",
     [], ["Mary Poppins"]),
    ("a title in quotation marks after its leading article",
     "The chief executive said in a message to 45,000 employees entitled “The Survival of British Airways” that "
     "the airline would be parking aircraft.",
     [], ["Survival of British Airways"]),
    ("a home town after an age",
     "Police arrested Christopher Tays, 32, of Franklin, on Tuesday.",
     [("PERSON", "Christopher Tays")], ["Franklin"]),
    ("a common word opening a sentence",
     "Education groups said pay was too low. Spending on education rose by a third.",
     [], ["Education"]),
    ("a full name after a long capitalised title",
     "Chief Inspector of Prisons for Wales Anna-Lena Berg visited on Monday. Ms Berg said the cells were cold.",
     [("PERSON", "Anna-Lena Berg")], []),
    ("a job in apposition outweighs a club-like last word",
     "Marco Villa, the company’s chief operating officer, said the lander would fly in 2022.",
     [("PERSON", "Marco Villa")], []),
    ("an -ing word opening the sentence is no first name",
     "Apple chief executive Tim Cook spoke on Tuesday. Hosting Cook at the summit was an honour, organisers said.",
     [("PERSON", "Tim Cook"), ("PERSON", "Cook")], ["Hosting Cook"]),
    ("a dateline's place in capitals before the day of filing is no person",
     "KOTA BHARU, Mar 3 — Deputy Minister Datuk Seri Ali Hassan said today that the bridge would reopen.",
     [("PERSON", "Ali Hassan")], ["KOTA BHARU"]),
    ("a wire dateline names a place",
     "COLUMBIA, S.C. (AP) — Joe Biden spoke to voters on Friday.",
     [("ORG", "AP"), ("PERSON", "Joe Biden")], ["COLUMBIA"]),
    ("stock indices are no organisations",
     "Stocks rose as the Sensex and Nifty hit records, and Infosys gained 3%.",
     [], ["Sensex", "Nifty"]),
    ("a plural name after 'the' is a team",
     "The visitors held on late, and the Sabres lost their eighth game in nine.",
     [("ORG", "Sabres")], []),
    ("a position abbreviation inside the model's name starts the person's name",
     "Browns DL Sheldon Richardson was fined on Monday.",
     [("PERSON", "Sheldon Richardson")], ["Browns DL Sheldon Richardson"]),
    ("initials opening a name are the person's, not an abbreviated post",
     "Karnataka Deputy Chief Minister D K Shivakumar met Chief Minister N. Chandrababu Naidu on Monday.",
     [("PERSON", "D K Shivakumar"), ("PERSON", "N. Chandrababu Naidu")], ["K Shivakumar", "Chandrababu Naidu"]),
    ("a surname with a prefix after a curly apostrophe is the person's",
     "Labour junior minister Aodhan O’Riordain said today it was wrong. Mr O’Riordain spoke in Dublin.",
     [("PERSON", "Aodhan O’Riordain")], ["Aodhan"]),
    ("a party, its member's office in capitals and the member's name are two names",
     "Labour TD Aodhán Ó Ríordáin said the decision was wrong.",
     [("ORG", "Labour"), ("PERSON", "Aodhán Ó Ríordáin")], ["Labour TD Aodhán Ó Ríordáin"]),
    ("a Welsh patronymic with ap is one name",
     "Plaid Cymru leader Rhun ap Iorwerth said: \"This is a betrayal of Wales.\"",
     [("PERSON", "Rhun ap Iorwerth")], ["Rhun", "Iorwerth"]),
    ("Indian police ranks are titles, not names",
     "A team led by SHO HS Dhillon organised a raid and arrested the suspect on Friday, the DGP told reporters.",
     [("PERSON", "HS Dhillon")], ["SHO HS Dhillon", "DGP"]),
    ("a design studio is a firm",
     "The light show was made by Balmond Studio for the city.",
     [("ORG", "Balmond Studio")], []),
    ("news outlets from the alias file, whole",
     "The actor told The Hollywood Reporter that filming was over, according to E! News.",
     [("ORG", "The Hollywood Reporter"), ("ORG", "E! News")], ["The Hollywood"]),
    ("a company named by its business word",
     "Analysts at Motilal Securities and Zenith Robotics cut their forecasts.",
     [("ORG", "Motilal Securities"), ("ORG", "Zenith Robotics")], []),
    ("what follows 'Rt Hon' is a person, and the body before it keeps its own name",
     "The Speaker of the House of Commons Rt Hon Jane Meldrum MP wrote to the Rt Hon Tom Ashby on Monday.",
     [("ORG", "House of Commons"), ("PERSON", "Jane Meldrum"), ("PERSON", "Tom Ashby")],
     ["House of Commons Rt Hon Jane Meldrum", "Rt Hon Tom Ashby"]),
    ("a courtesy title inside a span parts the body before it from the person after it",
     "He met the chief executive of the Arab League Dr. Samir Haddad in Cairo. The University of Kelso Prof "
     "Jane Dunmore said the study was small.",
     [("ORG", "Arab League"), ("PERSON", "Samir Haddad"), ("ORG", "University of Kelso"), ("PERSON", "Jane Dunmore")],
     ["Arab League Dr", "University of Kelso Prof Jane Dunmore"]),
    ("a headline's compound adjective opening a line is no part of the name after it",
     "Cash-strapped Kinross Council to close libraries\n\nKinross Council said the cuts were needed. "
     "The Co-operative Bank lent the money.",
     [("ORG", "Kinross Council"), ("ORG", "Co-operative Bank")], ["Cash-strapped Kinross Council"]),
    ("a name the initials after it spell whole is one body, though two of its words are head words",
     "A spokesman for the Coastal Securities and Harbour Investments Commission (CSHIC) said fines would rise.",
     [("ORG", "Coastal Securities and Harbour Investments Commission")], ["Coastal Securities", "Harbour Investments Commission"]),
    ("the model's own name before 'and' is a whole name, the rest another",
     "Kestrix raised $40 million from DST Global and Northgate Venture Partners on Monday.",
     [("ORG", "DST Global"), ("ORG", "Northgate Venture Partners")], ["DST Global and Northgate Venture Partners"]),
    ("a well-known airline listed with a place is no place",
     "The loss was incurred by the airline, followed by Iberia and Aer Lingus, while Vueling did better.",
     [("ORG", "Aer Lingus")], []),
    ("an acronym before a first name and a surname ends the organisation's name",
     "US Ambassador to the UN Samantha Power said on Tuesday that the resolution was the strongest in 20 years.",
     [("PERSON", "Samantha Power")], ["UN Samantha Power"]),
    ("a photo credit joins the photographer to a well-known agency with a hyphen",
     "Guard Kobe Bryant is defended at Staples Center. Mandatory Credit: Kirby Lee-USA TODAY Sports",
     [("ORG", "USA TODAY Sports"), ("PERSON", "Kirby Lee")], ["Kirby Lee-USA TODAY Sports"]),
    ("well-known rugby sides, whole, where the model tags none or part",
     "Glasgow Warriors’ second rows Max Williamson and Alex Samuel were called up. Wales are without several "
     "British and Irish Lions in Taulupe Faletau and Dan Biggar.",
     [("ORG", "Glasgow Warriors"), ("ORG", "British and Irish Lions")], ["Irish Lions"]),
    ("a well-known club led by a first name stays a club",
     "Thousands gathered outside the stadium after the cup defeat at the hands of Ross County.",
     [("ORG", "Ross County")], []),
    ("a job noun before a first name and a surname",
     "He opened the scoring by stripping Sabres center Casey Mittelstadt in the neutral zone.",
     [("PERSON", "Casey Mittelstadt")], []),
    ("a job in apposition gives a person the name the model cut",
     "“Without lower tariffs, what is the incentive for the Chinese side to sign this deal?” He Jianmin, the former "
     "executive director for China at the World Bank, said at a Nov. 6 event in Washington.",
     [("PERSON", "He Jianmin")], ["Jianmin"]),
    ("a listed company the model misses",
     "Shares in Yahoo! and Verizon fell after the report, and Nvidia rose.",
     [("ORG", "Yahoo!"), ("ORG", "Verizon"), ("ORG", "Nvidia")], []),
    ("a one-word source after 'provided by' is a body",
     "This chart, provided by Ookla, shows where broadband is fastest.",
     [("ORG", "Ookla")], []),
    ("an -ing given name opening a sentence stays",
     "Xiaoming Wang founded the lab in 2009. Wang said funding was tight.",
     [("PERSON", "Xiaoming Wang")], []),
    ("an office's name runs over its district",
     "A Buffalo man pleaded guilty on Monday, the U.S. Attorney’s Office for the Western District of New York "
     "announced.",
     [("ORG", "U.S. Attorney’s Office for the Western District of New York")], ["Attorney’s Office"]),
    ("a category label is no organisation",
     "Portugal were drawn in Group H with Serbia and Ukraine, UEFA said on Sunday.",
     [("ORG", "UEFA")], ["Group H"]),
    ("a name in a list does not end on 'and'",
     "NASA picked Intuitive Machines, Orbit Beyond and Astrobotic to build landers for the moon.",
     [("ORG", "Intuitive Machines")], ["Orbit Beyond and"]),
    ("two words with no first name and a company's shares are a company",
     "Magic Box’s shares rose after the toy maker said sales doubled.",
     [("ORG", "Magic Box")], []),
    ("two words with no first name speaking in a statement are a company",
     "Event Horizon said in a statement that it would appeal the ruling.",
     [("ORG", "Event Horizon")], []),
    ("a programme named before its noun is no organisation, wherever the article writes it",
     "The Artemis program will send astronauts around the moon, NASA said. Artemis will cost billions.",
     [("ORG", "NASA")], ["Artemis"]),
    ("an organisation's mission keeps the organisation",
     "A NASA mission to Europa was delayed. SpaceX said its rocket was ready.",
     [("ORG", "NASA"), ("ORG", "SpaceX")], []),
    ("a conference named before 'summit' is no organisation",
     "Executives met at the Mobile World Congress summit in Barcelona, where Samsung showed a phone.",
     [("ORG", "Samsung")], ["Mobile World Congress"]),
    ("common abbreviations are no organisations",
     "The laptop has a faster CPU, more RAM and two USB ports, Dell said.",
     [], ["CPU", "RAM", "USB"]),
    ("a common word given a capital, written in lowercase elsewhere, is no organisation",
     "Lexus showed the Concept at the Detroit show. The concept has a folding roof, Toyota said.",
     [("ORG", "Lexus"), ("ORG", "Toyota")], ["Concept"]),
    ("a tally after a name in a sports report is not part of it",
     "Saves: Britton Carroll 5, Kyleigh Trout 1. Goals: Duvan Portillo 1.",
     [("PERSON", "Kyleigh Trout")], ["Kyleigh Trout 1"]),
    ("a listed union's name before the word for its kind is the union's name",
     "Council workers who are members of the Unite union will walk out next week.",
     [("ORG", "Unite")], ["Unite union"]),
    ("a party's name before the government it runs names the party",
     "Teachers’ leaders said the SNP Government had broken its promise on class sizes.",
     [("ORG", "SNP")], ["SNP Government"]),
    ("a union's committee with its remit names the union; a legislature's committee stays whole",
     "The motion was backed by the EIS Equality Committee. He told the Senate Intelligence Committee so.",
     [("ORG", "EIS"), ("ORG", "Senate Intelligence Committee")], ["EIS Equality Committee"]),
    ("a nation's adjective before a party names the party's branch there, not before the NHS",
     "Welsh Tories leader Andrew RT Davies said waiting times across the Welsh NHS rose again in March.",
     [("ORG", "Welsh Tories"), ("ORG", "NHS")], ["Tories", "Welsh NHS"]),
    ("a nation's adjective the model reads as a person's name joins the party after it",
     "The Welsh Liberal Democrats said the figures were alarming.",
     [("ORG", "Welsh Liberal Democrats")], ["Welsh"]),
    ("Scotland's colleges' sector bodies and Whitehall's initials are known names",
     "Pay is a matter for Colleges Scotland and the unions, the minister added. The DfE has threatened to close the school.",
     [("ORG", "Colleges Scotland"), ("ORG", "DfE")], []),
    ("high-street chains are known names, whatever the model calls them",
     "The tycoon behind Topshop and BhS said shoppers were spooked, and its online brand was saved by Boohoo.",
     [("ORG", "Topshop"), ("ORG", "BhS"), ("ORG", "Boohoo")], []),
    ("a station's number is part of its name, no tally",
     "\"They will not cover the deficit,\" he told the BBC Radio 4 Today programme.",
     [("ORG", "BBC Radio 4")], ["BBC Radio"]),
    ("a company's product after its possessive is not the company",
     "Apple’s AirPower charger was cancelled, Apple said.",
     [("ORG", "Apple")], ["Apple’s AirPower"]),
    ("a name sold in tiers is a product line, with or without its brand",
     "Google Stadia launches today. Stadia Pro costs $10 a month, and Stadia runs on a Chromecast Ultra, Google said.",
     [("ORG", "Google")], ["Stadia", "Google Stadia", "Stadia Pro", "Chromecast Ultra"]),
    ("a brand before a plain noun it also writes in lowercase is its product",
     "Uber Money gives drivers a debit card. Uber said the money arrives instantly.",
     [("ORG", "Uber")], ["Uber Money"]),
    ("a brand before its line of business stays a company",
     "Sony Music signed the band, Sony said, as music sales rose.",
     [("ORG", "Sony Music")], []),
    ("a name ending in Court with no court's kind is an address, a court of law keeps its kind",
     "Officers swooped on Moorfoot Court at around 6pm on Tuesday. Jane Doe appeared at Jedburgh Sheriff Court "
     "and later at the Court of Session.",
     [("ORG", "Jedburgh Sheriff Court"), ("ORG", "Court of Session")], ["Moorfoot Court"]),
    ("a venue and a town before its state are places",
     "The tour stops at Shoreline Amphitheatre, Mountain View, CA and Toyota Music Factory, Irving, TX, Live Nation said.",
     [], ["Shoreline Amphitheatre", "Irving", "CA", "TX"]),
    ("a royal's title is part of the name",
     "The real Prince Andrew was busy while Queen Elizabeth II stayed at Balmoral.",
     [("PERSON", "Prince Andrew"), ("PERSON", "Queen Elizabeth II")], ["Andrew", "Elizabeth II"]),
    ("plain words with no given name, never shortened to a surname, are no person",
     "Fans of Tomb Raider can stream it today. The new Blade Runner film opens on Friday, and Starry Night "
     "hangs in the museum.",
     [], ["Tomb Raider", "Blade Runner", "Starry Night"]),
    ("a nickname for a first name stays a person when the surname stands alone",
     "Cornerback Greedy Williams missed practice. Williams said his hamstring was fine.",
     [("PERSON", "Greedy Williams")], []),
    ("a sentence's last word is not the start of the next sentence's name",
     "Pageau scored twice for Ottawa. Anders Nilsson made 35 saves. Nilsson said the team was tired.",
     [("PERSON", "Anders Nilsson")], ["Ottawa. Anders Nilsson"]),
    ("a name listed with people is a person",
     "Eric Robinson and Boone Jenner also scored for the Blue Jackets.",
     [("PERSON", "Boone Jenner")], []),
    ("people listed with a note in brackets each, the note between two of them",
     "The visitors were led by Governor Kemi Adeyemi. Others are Tunde Bakori (Ondo), Simon Lalong (Plateau) "
     "and Musa Danjuma (Kebbi).",
     [("PERSON", "Tunde Bakori"), ("PERSON", "Musa Danjuma")], []),
    ("a company's short name listed with people stays a company",
     "Big Machine Records issued a statement. Swift accused Braun, Borchetta and Big Machine of blocking her.",
     [("ORG", "Big Machine")], []),
    ("a plain word capitalised only where every word is, once, is no organisation",
     "As early retiree Steve Adcock wrote on his blog Think, Save, Retire, \"Sacrifice is necessary to retire "
     "early, but it is not all we do.\"",
     [("PERSON", "Steve Adcock")], ["Sacrifice"]),
    ("each item of a list of organisations is one whole name",
     "The nine companies selected by NASA nearly a year ago: Astrobotic, Deep Space Systems, Draper, Firefly "
     "Aerospace, Intuitive Machines, Lockheed Martin, Masten Space Systems, Moon Express and OrbitBeyond.",
     [("ORG", "Lockheed Martin"), ("ORG", "Moon Express")], ["Lockheed"]),
    ("a newspaper before an apposition-like clause subject stays a newspaper",
     "Michael Bloomberg spoke in 2015. In the speech, first disclosed by the Aspen Times, the former mayor "
     "argued that crime fell.",
     [("ORG", "Aspen Times")], []),
    ("the article's person keeps a surname that a listed outlet shares",
     "Michael Bloomberg entered the race in November. Bloomberg said he would spend his own money.",
     [("PERSON", "Bloomberg")], []),
    ("a given name run into a listed body is the person and the body",
     "Keir Starmer visited Cardiff on Monday. Labour has run Wales since 1999. \"Look at Wales. But according "
     "to Sir Keir Labour in Wales is a blueprint for the rest of the country,\" Greg Hands said.",
     [("ORG", "Labour"), ("PERSON", "Keir")], ["Keir Labour"]),
    ("a body named for two places keeps the first place the model tagged apart",
     "The Brighton and Hove branch of Unison said: “As a result of the Brighton and Hove City Council budget "
     "meeting, Unison is now preparing for action.”",
     [("ORG", "Brighton and Hove City Council")], ["Hove City Council"]),
    ("a listed body before an apposition is no person",
     "Opposition politicians should work with Conservatives to form a future non-Labour Welsh Government, the "
     "Tory leader in Wales has said.",
     [], ["Welsh Government"]),
    ("a headline of four plain words is no person",
     "Newslinks | Watchdog Condemns Rail Hikes\n\nThe NewsEditor\n\nA consumer watchdog has labelled looming "
     "rail fare rises \"unfair and unjustified\", Anthony Smith said.",
     [("PERSON", "Anthony Smith")], ["Watchdog Condemns Rail Hikes"]),
    ("two names always written together are one firm",
     "Tayport-based textile firm Scott and Fyfe has reported record profits. Having started as a linen works in "
     "1864, Scott and Fyfe now supplies industries across the globe, chairman John Ritchie said.",
     [("ORG", "Scott and Fyfe")], ["Scott", "Fyfe"]),
    ("a party before the listed body it runs is two names",
     "The Parliamentary Under Secretary of State for Wales, Dr James Davies MP, lambasted the Labour Welsh "
     "Government at the weekend, which he said \"has inflicted so much damage\".",
     [("ORG", "Labour"), ("ORG", "Welsh Government")], ["Labour Welsh Government"]),
    ("a firm's line of business ends its name",
     "While Arnold Clark Automobiles remained Scotland’s biggest private firm, the figures rose slightly on "
     "2016, analyst Jane Smith said.",
     [("ORG", "Arnold Clark Automobiles")], []),
    ("a name listed only with places is a place",
     "Travellers from Turkey, Poland, and Bonaire, St Eustatius and Saba must quarantine, Grant Shapps said.",
     [("PERSON", "Grant Shapps")], ["St Eustatius"]),
    ("pubs and quays are places",
     "Regulars at Costigans Pub on Albert Quay said they would miss it, Padraig Cribben said.",
     [("PERSON", "Padraig Cribben")], ["Costigans Pub", "Albert Quay"]),
    ("a local office before a name is a title",
     "Tanaiste Leo Varadkar said the plan was not the right way to do things.",
     [("PERSON", "Leo Varadkar")], ["Tanaiste Leo Varadkar"]),
    ("a headline's capitals make no name",
     "Amazon Liable for Defective Third-Party Products Rules CA Appellate Court\nOn Thursday the court ruled "
     "against Amazon, Angela Bolger said.",
     [("ORG", "Amazon")], ["Amazon Liable for Defective Third-Party Products Rules CA Appellate Court",
                           "Defective Third-Party Products Rules CA Appellate Court"]),
    ("a name ends before a quotation mark",
     "The Institute for Transportation and Development Policy ‘Gold Standard’ applies, Peggy Bell said.",
     [("ORG", "Institute for Transportation and Development Policy")], []),
    ("a rule is a document, not a body",
     "Under the COPPA Rule, operators must get consent, the Federal Trade Commission said.",
     [("ORG", "Federal Trade Commission")], ["COPPA Rule"]),
    ("a listed company's name before another capitalised word is its product",
     "In Europe there will be integrated Amazon Alexa support, and Apple Arcade games too, Audi said.",
     [("ORG", "Audi")], ["Amazon Alexa", "Apple Arcade"]),
    ("a player's tally after a name makes a person",
     "Palm Bay (1-0-2): Noah Jackson 1 goal, 1 assist. Sheldon Bryan 1 goal, 1 assist. Duvan Portillo 1 assist.",
     [("PERSON", "Duvan Portillo")], []),
    ("a sport's job before a name makes a person",
     "Summary: Salina South diver Keetan Munsell (junior) won the state championship with a score of 409.30.",
     [("PERSON", "Keetan Munsell")], []),
    ("a photo credit's slash ends the name",
     "Photo: Jonathan Nackstrand/AFP\nAnders Tegnell said the plan worked.",
     [("PERSON", "Jonathan Nackstrand"), ("PERSON", "Anders Tegnell")], ["Jonathan Nackstrand/AFP"]),
    ("players in a table's rows are people, wherever the article repeats them",
     "Pos Player Plays % Stats\nLB Mack Wilson 74 100% 1 tackle, 4 assists.\nLB Sione Takitaki 6 8% No stats.\n\n"
     "Sione Takitaki played 6 snaps on defense.",
     [("PERSON", "Mack Wilson"), ("PERSON", "Sione Takitaki")], ["LB Sione"]),
    ("an organisation's name does not run on over 'the' into the next name",
     "Earlier this year, Johnston told Billboard the Doobies have been in the studio with producer John Shanks.",
     [("ORG", "Billboard")], ["Billboard the Doobies"]),
    ("a body known by its initials before a region or branch names that branch, not a product",
     "Staff at BBC Alba backed the strike, GMB Scotland Organiser Benny Rankin said.",
     [("ORG", "BBC Alba"), ("PERSON", "Benny Rankin")], ["GMB Scotland Organiser"]),
    ("a national government written with a lowercase g",
     "A Scottish government spokesperson said the offer was fair.",
     [("ORG", "Scottish government")], []),
    ("public bodies and charities named in passing",
     "Waits at NHS Lothian rose again as ScotRail cut services and Volunteer Scotland lost funding.",
     [("ORG", "NHS Lothian"), ("ORG", "ScotRail"), ("ORG", "Volunteer Scotland")], []),
    ("a well-known body before its officer's capitalised title",
     "NHS Lothian Chief Executive Calum Campbell said beds were full.",
     [("ORG", "NHS Lothian"), ("PERSON", "Calum Campbell")], ["NHS"]),
    ("a place before a lowercase council names that council, not before council tax",
     "Edinburgh council leader Cammy Day said the budget would pass, but Glasgow council tax will rise.",
     [("ORG", "Edinburgh council")], ["Glasgow council", "Glasgow council tax"]),
    ("two places joined by and before a lowercase council",
     "Staff at Perth and Kinross council will strike next week.",
     [("ORG", "Perth and Kinross council")], ["Kinross council"]),
    ("a name with 'and' stays whole where the article wrote it before",
     "The Department of Communities and Local Government said it was re-examining the proposals. "
     "A Department of Communities and Local Government spokeswoman said the system was fair.",
     [("ORG", "Department of Communities and Local Government")], ["Department of Communities", "Local Government"]),
    ("plain words before a plural public body's head name a kind of body",
     "The national pay offer, along with the increments requested by Trade Unions, could mean a rates rise.",
     [], ["Trade Unions"]),
    ("a hospital department is no organisation, even after 'hospital'",
     "Statistics show that 81.8 per cent of people were seen at hospital A&E departments in the area.",
     [], ["A&E"]),
    ("a name after a title is a person, though the model tags the whole an organisation",
     "Union bosses have called on First Minister Nicola Sturgeon to intervene. Meanwhile, Mr Rafferty said "
     "the row over pay was escalating.",
     [("PERSON", "Nicola Sturgeon"), ("PERSON", "Rafferty")], ["First Minister Nicola Sturgeon", "Mr Rafferty"]),
    ("a party before its leader's capitalised title and a full name: the name is the person's",
     "The motion was tabled by Scottish Labour Leader Anas Sarwar on Thursday.",
     [("PERSON", "Anas Sarwar")], ["Scottish Labour Leader Anas Sarwar", "Leader Anas Sarwar"]),
    ("a surname that is also a building's or a day's last word, after a job",
     "Workers picketing outside the City Chambers were joined by council leader Cammy Day on Monday.",
     [("PERSON", "Cammy Day")], []),
    ("a city the model once calls an organisation stays a place where it tags it a place",
     "A major clean-up operation has begun in Edinburgh as services resume. The strike was timed to coincide "
     "with Edinburgh’s festival season. Rubbish piled up in Edinburgh during the strike, Edinburgh Council said.",
     [("ORG", "Edinburgh Council")], ["Edinburgh"]),
    ("a newspaper the article speaks to or quotes, after 'the'",
     "Mr Wykes told the Diss Express the meeting went well, as reported by the Evening News.",
     [("ORG", "Diss Express"), ("ORG", "Evening News")], []),
    ("a publication cited by its name alone, before or after the citing words; not a place standing for "
     "its trade, nor people",
     "The studio plans a sequel, according to The Wrap, and Deadline reports that filming starts in May. "
     "Shares will slide, according to Wall Street. Ms Lane told MPs the plan would work.",
     [("ORG", "The Wrap"), ("ORG", "Deadline")], ["Wall Street", "MPs"]),
    ("a wire agency named with its kind in lowercase after a speaking phrase",
     "The ferry operator's chief, Ruth Allan, told the PA news agency the route would reopen.",
     [("ORG", "PA news agency")], []),
    ("an outlet cited where its clause ends, its title a nationality after a capital 'The'",
     "Teachers will march on Friday to demand the old pension scheme, The Hindu reported.",
     [("ORG", "The Hindu")], []),
    ("an outlet interviewed or making contact, a site's address its name",
     "In an exclusive interview with KAMBA.co.ke, trader Peter Obi said prices would rise. "
     "Councillors contacted by The Evening Star said they knew nothing of it.",
     [("ORG", "KAMBA.co.ke"), ("ORG", "The Evening Star")], []),
    ("a station in brackets opening the line after the page's date is the story's source",
     "date 2023-11-04 (WQRT) — Union leaders said the deal was ratified by members.",
     [("ORG", "WQRT")], []),
    ("a wire picture credit of agency in capitals and photographer: two names, an agency and a person",
     "The minister speaks to reporters in Ottawa, Monday, Nov. 4, 2019. THE NORTHERN PRESS/Jane Marlow\n"
     "The minister said the talks would continue.",
     [("ORG", "THE NORTHERN PRESS"), ("PERSON", "Jane Marlow")], ["NORTHERN PRESS/Jane Marlow"]),
    ("a read-aloud audio credit on a line of its own names the company",
     "Audio By Vocalix\nThe Finance Minister says the government will cut spending next year.",
     [("ORG", "Vocalix")], []),
    ("a masthead alone on the page's first line and a site's name after its title's bar",
     "The Harbour Coast Bulletin\n\nBest result in years for big firms\n\nProfits rose across the market.",
     [("ORG", "The Harbour Coast Bulletin")], []),
    ("a page's invitation to follow or take the paper names the outlet",
     "The council will meet again in May.\n\nJoin the Lough Shore News WhatsApp channel\n\nEnjoy having "
     "The Glen Gazette delivered as a digital ePaper every morning.",
     [("ORG", "Lough Shore News"), ("ORG", "Glen Gazette")], ["Lough Shore News WhatsApp"]),
    ("a picture's source label credits its photographer and agencies",
     "The Health Minister said the money is ready.\nImage Source: Tom Reed / Hill Publishing/Shutterstock",
     [("ORG", "Hill Publishing"), ("ORG", "Shutterstock")], []),
    ("a news page's section label over its other stories is no body",
     "He said the economy would recover.\nLatest Stories\n-\nTrader granted bail after posing as soldier\n"
     "20 minutes -",
     [], ["Latest Stories"]),
    ("a breadcrumb trail opening the page names its site and the site's owner",
     "date 2022-10-01 KMG / Pulse Kasa  >  news  >  politics\n\nThe president said the economy would recover.",
     [("ORG", "KMG"), ("ORG", "Pulse Kasa")], []),
    ("a reprinted paper with its city on the line above the byline",
     "Doctors Call Off Strike\n\n23 April 2024\nLakeside FM (Kisumu)\nBy Jane Atieno\n\nKisumu — Doctors "
     "called off their strike on Tuesday.",
     [("ORG", "Lakeside FM")], []),
    ("the site's name after the bar ending the page's title",
     "Minister raises the alarm over the unpaid court judgment | Ripples Daily\n\nThe minister said the "
     "judgment must be paid.",
     [("ORG", "Ripples Daily")], []),
    ("an outlet told something, 'The' written with a capital",
     "His lawyer told The Hill in a statement that the charges were baseless.",
     [("ORG", "Hill")], []),
    ("a publisher's credit line and its copyright line name the outlet",
     "The probe landed safely. This story was originally published by Futurism.\nCopyright 2021 Kona News Now. "
     "All rights reserved.",
     [("ORG", "Futurism"), ("ORG", "Kona News Now")], []),
    ("a capitalised plural after 'the' in a sports report is a team's nickname, on a team's marks",
     "The Warriors won 104-99 on Friday. Coach Dale Ritter said the Warriors had earned it, and "
     "Warriors forward Tom Adair scored 30. The trip to the Highlands comes next.",
     [("ORG", "Warriors")], ["Highlands"]),
    ("in a sports report a well-known club after 'play' is an opponent, not a game played",
     "Hearts beat Hibs 1-0 on Sunday. Motherwell, fourth, play Rangers on Wednesday.",
     [("ORG", "Rangers")], []),
    ("a results headline going on after a colon gives both sides, though the model tags the line whole",
     "Kelvale 0-1 Dunmore: Late winner lifts visitors\nA header in the 83rd minute settled it. Dunmore move "
     "into second place.",
     [("ORG", "Kelvale"), ("ORG", "Dunmore")], ["Kelvale 0-1 Dunmore"]),
    ("'the House' alone is the chamber; not a longer name or a building",
     "Democrats won control of the House in November, and the new House majority plans hearings. She shops "
     "at the House of Fraser store, and the House Ethics Committee met.",
     [("ORG", "House"), ("ORG", "House Ethics Committee")], ["House of Fraser"]),
    ("'the Assembly' alone is the chamber too, capitalised though the article writes 'assembly members'",
     "John Moore corrected the Assembly record on Tuesday after assembly members complained. The "
     "Assembly Commission met later.",
     [("ORG", "Assembly"), ("ORG", "Assembly Commission")], []),
    ("'the Executive' alone is Northern Ireland's government, which the model leaves untagged or calls a place",
     "A Sinn Fein councillor has urged the Executive to reform after telling Belfast City Council it was failing.",
     [("ORG", "Executive")], []),
    ("a ground named by one word is a place, though it stands for its club before the manager",
     "Partick Thistle drew 1-1 with Dundee. Firhill manager Alan Archibald said he left Firhill disappointed.",
     [("ORG", "Partick Thistle"), ("PERSON", "Alan Archibald")], ["Firhill"]),
    ("a plural's apostrophe before a lone head word is inside the body's name, not its owner's",
     "The National Police Chiefs’ Council said the guidance would be reviewed.",
     [("ORG", "National Police Chiefs’ Council")], ["National Police Chiefs"]),
    ("Northern Ireland's Alliance party goes by its head word alone",
     "The UUP, SDLP and Alliance voted against the budget. Kellie Armstrong of Alliance said her party had "
     "tabled the motion.", [("ORG", "Alliance")], []),
    ("a person's surname before a body's name the article writes by its initials only describes it",
     "Aides at the Obama National Security Council were briefed. The NSC declined to comment, Barack Obama said.",
     [("ORG", "National Security Council")], ["Obama National Security Council"]),
    ("a company named for a family, written whole again and again, keeps the family's name beside its chairman",
     "Thomson Reuters is engaged in succession planning, the company said. David Thomson, the chairman, backed "
     "the board. A spokesman for Thomson Reuters declined to comment. Thomson Reuters owns the Reuters news agency.",
     [("ORG", "Thomson Reuters")], []),
    ("a surname the model calls a body after the article has named the person in full is that person",
     "The new board will reassure markets, said spokesperson Khulu Phasiwe. Phasiwe explained that the "
     "utility would approach lenders, and Phasiwe said talks would start soon.",
     [("PERSON", "Khulu Phasiwe"), ("PERSON", "Phasiwe")], []),
    ("a describing word opening the sentence before a body's name the article writes alone is no part of "
     "it; a place's name is",
     "The Security Council met on Monday. Key Security Council members disagreed over the vote. Labour "
     "abstained. Scottish Labour said the vote was a mistake.",
     [("ORG", "Security Council"), ("ORG", "Scottish Labour")], ["Key Security Council"]),
    ("a name cited as a source that goes on past three words is no outlet",
     "The officer was found unresponsive, according to Yavapai County Sheriff David Rhodes, and Variety "
     "has learned that the film was shelved.",
     [("ORG", "Variety")], ["Yavapai County Sheriff"]),
    ("a listed magazine opening with a title's abbreviation stays the magazine",
     "The studio's director told PC Gamer that the game would launch in March.",
     [("ORG", "PC Gamer")], ["Gamer"]),
    ("a post before 'of' names its holder, not the body",
     "The Commissioner of Police, Musa Ibrahim, told Deputy Superintendents of Police to act, and the "
     "Inspector-General of Police agreed.",
     [("PERSON", "Musa Ibrahim")], ["Commissioner of Police", "Deputy Superintendents of Police",
                                 "Inspector-General of Police"]),
    ("a post's acronym spelt out as the post",
     "The Inspector General of Police (IGP) visited the command. The IGP said more officers would come.",
     [], ["IGP", "Inspector General of Police"]),
    ("a police rank before a name makes a person",
     "The command's spokesman, DSP Tunde Okoro, said five men were held. DSP Okoro said they would be charged.",
     [("PERSON", "Tunde Okoro"), ("PERSON", "Okoro")], ["DSP Tunde Okoro", "DSP Okoro"]),
    ("a district, a territory or a constituency is a place",
     "Police arrested two men in Ikeja Local Government Area and one in the Federal Capital Territory, said "
     "the lawmaker for the Okene Federal Constituency of Kogi.",
     [], ["Ikeja Local Government Area", "Federal Capital Territory", "Okene Federal Constituency of Kogi",
          "Okene Federal Constituency"]),
    ("a name in apposition after a post holds the post",
     "The governor of Bayelsa, Douye Diri, has ordered an inquiry. The state’s commissioner of police, "
     "Tunde Mobayo, in a statement said officers would cooperate.",
     [("PERSON", "Douye Diri"), ("PERSON", "Tunde Mobayo")], []),
    ("a name ending in a world region is a branch, not a person, even after a title",
     "Vexa, a maker of hospital software, signed the deal. Rob Miller, President Vexa North America, says: "
     "“We are pleased.”",
     [("PERSON", "Rob Miller"), ("ORG", "Vexa North America")], []),
    ("a one-word name the model calls a person, the subject of a sentence with 'her' in it",
     "Rihanna also had twelve number one singles in her long career.",
     [("PERSON", "Rihanna")], []),
    ("a one-word name the model calls a person, listed next to a full name",
     "The playlist mixed Bruno Mars, Drake, Frank Ocean and The Eagles.",
     [("PERSON", "Bruno Mars"), ("PERSON", "Drake")], []),
    ("a whole headline line that capitalises its little words is no name",
     "IGP Tells Police To Respect Rights Of Suspects\nThe police chief spoke in Abuja.",
     [], ["IGP Tells Police To Respect Rights Of Suspects"]),
    ("a party to a case, capitalised in a court report, is no name",
     "The suit was argued on behalf of the Plaintiff, Musa Bello, a lawyer. The Defendant was represented by two counsel.",
     [("PERSON", "Musa Bello")], ["Plaintiff", "Defendant"]),
    ("a job capitalised before a first name and a surname is no part of the name",
     "Farmer Alan Rennie said the flooding had ruined his crop. Striker Lawrence Shankland scored twice.",
     [("PERSON", "Alan Rennie"), ("PERSON", "Lawrence Shankland")],
     ["Farmer Alan Rennie", "Striker Lawrence Shankland"]),
    ("a surname after a title written only before people is a person the model missed",
     "The motion was amended, but again Cllr McColl fired back. He thanked Mr President for coming.",
     [("PERSON", "McColl")], ["President", "Mr President"]),
    ("a bailie's title is no part of the name",
     "Bailie Denis Agnew said the council could not afford it. Later, Bailie Agnew voted against.",
     [("PERSON", "Denis Agnew")], ["Bailie Denis Agnew", "Bailie Agnew"]),
    ("an Irish head of government's title, with or without its fada, is no name nor part of one",
     "Taoiseach Micheál Martin said the talks went well. The Tánaiste agreed, and Tánaiste Simon Harris spoke later.",
     [("PERSON", "Micheál Martin"), ("PERSON", "Simon Harris")],
     ["Taoiseach", "Tánaiste", "Taoiseach Micheál Martin", "Tánaiste Simon Harris"]),
    ("a Kenyan Cabinet or Principal Secretary's title is no body nor part of the name",
     "Energy Cabinet Secretary Mary Wambui met traders. Later, CS Wambui said prices would fall, "
     "and PS Peter Otieno agreed. The CS left early.",
     [("PERSON", "Wambui"), ("PERSON", "Peter Otieno")], ["CS Wambui", "PS Peter Otieno", "CS"]),
    ("India's Chief Justice named by the initials of his office is no body",
     "Chief Justice Ravi Sharma heard the petition. CJI Sharma said the bench would sit again, and the CJI set a date.",
     [("PERSON", "Sharma")], ["CJI Sharma", "CJI"]),
    ("a news outlet's name led by a given name is no person",
     "Maria Lopez is the editor of Georgia Farm News. She said the harvest was late.",
     [("ORG", "Georgia Farm News")], []),
    ("a byline naming an outlet, not a writer, is no person",
     "By GrainWire News\n\nWheat prices rose for a third week, traders said.",
     [("ORG", "GrainWire News")], []),
    ("a league that decides or is cited as a source is its governing body, not only a competition",
     "The Premier League has confirmed the new spending rules. Clubs voted for them, according to the "
     "Premier League. Smith scored twice in his first Premier League season.",
     [("ORG", "Premier League")], []),
    ("a ministry named by its portfolios is one name though the model cut it at the comma",
     "The Minister of Trade, Industry and Investment, Musa Bello, spoke first. \u201cWe in the Ministry of "
     "Trade, Industry and Investment will act,\u201d he said.",
     [("ORG", "Ministry of Trade, Industry and Investment")], ["Industry and Investment", "Ministry of Trade"]),
    ("a share bar ending in a lone plus for more networks is the page's furniture",
     "Share this:\nFacebook Pinterest LinkedIn Tumblr +\nThe water board said supply would return on Friday.",
     [], ["Pinterest LinkedIn Tumblr", "Pinterest", "LinkedIn"]),
    ("a news site's section over the day of the story is no body",
     "Business News of Monday, 3 May 2021\n\nCocoa farmers will be paid more this season, the board said.",
     [], ["Business News"]),
    ("a year before a body's name dates what it did and leaves the body's name standing",
     "The dispute began with a 2015 Supreme Court ruling on grazing rights. Output rose to 2000 MW.",
     [("ORG", "Supreme Court")], ["MW"]),
    ("a post between a person and a name is the person's, and the name after it the body",
     "Guests were met by Sir Paul Amadi, President, Coastal Airways Group, and by Ruth Kimani, "
     "Chairman, Savanna Foods. Lagos State Governor, Babajide Sanwo-Olu, has sworn in new commissioners.",
     [("ORG", "Savanna Foods"), ("PERSON", "Babajide Sanwo-Olu")], []),
    ("a person and a company joined by and, the company with its legal suffix, are two names",
     "The court will try the former director alongside two others, Ibrahim Sule and Kogi Cement Works Limited, "
     "on Monday. The firm denied the charges.",
     [("PERSON", "Ibrahim Sule"), ("ORG", "Kogi Cement Works Limited")], []),
    ("a Filipino name joined by ng is one name",
     "MANILA – The Bangko Sentral ng Pilipinas kept rates on hold on Thursday, its governor said.",
     [("ORG", "Bangko Sentral ng Pilipinas")], ["Bangko Sentral"]),
    ("a company's line of business as its last word makes the model's person a company",
     "The lawsuit names Hartley Pharma and its former chief executive.",
     [("ORG", "Hartley Pharma")], []),
    ("a place the model tagged alone, joined to an untagged word, names a company the text trades",
     "Shares in Uganda Clays rose after the company said profits had doubled.",
     [("ORG", "Uganda Clays")], ["Uganda"]),
    ("a department named by its portfolios keeps the commas of its name",
     "A spokeswoman for the Department of Housing, Heritage and Local Government said the plan was under review.",
     [("ORG", "Department of Housing, Heritage and Local Government")], ["Department of Housing", "Heritage"]),
    ("a body named by its remits, then its country or head word, keeps the commas of its name",
     "Staff at Transport Canada, Innovation, Science and Economic Development Canada and Health Canada got notices.",
     [("ORG", "Innovation, Science and Economic Development Canada"), ("ORG", "Transport Canada")],
     ["Innovation", "Science and Economic Development Canada"]),
    ("a body's first remit the model ran into the name before it leaves that name its own words",
     "Notices went to staff at Public Safety Canada, Canadian Heritage and Immigration, Refugees and "
     "Citizenship Canada, among others.",
     [("ORG", "Canadian Heritage"), ("ORG", "Immigration, Refugees and Citizenship Canada")],
     ["Canadian Heritage and Immigration", "Refugees and Citizenship Canada"]),
    ("a legislature opened by a word that is also a given name is no person",
     "Senator Lito Reyes urged the Philippine Senate to act.",
     [("ORG", "Philippine Senate")], []),
    ("a company registered under its web address keeps its legal suffix",
     "Analysts said Overstock.com Inc. had cut prices to win back shoppers.",
     [("ORG", "Overstock.com Inc.")], []),
    ("a person's full name after an organisation's possessive is a person of his own",
     "GMB’s Tony Wright and Unison’s Dave Prentis said the offer was too low. The meeting heard from Labour’s "
     "Aileen Innes on Friday night.",
     [("ORG", "Unison"), ("PERSON", "Dave Prentis"), ("PERSON", "Aileen Innes")], ["Unison’s Dave Prentis"]),
    ("a given name that is also a verb, capitalised mid-sentence, opens the name",
     "Assistant chief constable Will Hart said the arrests followed a long inquiry, and councillor May Finlay "
     "welcomed them.",
     [("PERSON", "Will Hart"), ("PERSON", "May Finlay")], ["Hart"]),
    ("a surname title after another capitalised word still shows the surname after it",
     "Then Cllr McColl fired back.",
     [("PERSON", "McColl")], []),
    ("a photographer's name glued to the name a caption ends in, before an agency credit",
     "Nicola Sturgeon: First Minister with Alex Salmond Jeff J Mitchell via Getty Images",
     [("PERSON", "Alex Salmond"), ("PERSON", "Jeff J Mitchell")], ["Alex Salmond Jeff"]),
    ("a name the model tagged ORG after a capitalised post and a comma is the post's holder",
     "Lagos State Governor, Babajide Sanwo-Olu, has sworn in 38 commissioners and special advisers.",
     [("PERSON", "Babajide Sanwo-Olu")], []),
    ("an Irish police rank is no part of the name",
     "Garda Marguerite Reilly said the woman made no reply when charged. Later Insp McMorrow apologised.",
     [("PERSON", "Marguerite Reilly"), ("PERSON", "McMorrow")], ["Garda Marguerite Reilly", "Insp McMorrow"]),
    ("a place and an office the model ran into the holder's given name stop before it",
     "Friday May 8, 2020 – Kitui Governor Charity Ngilu has suffered a setback after the High Court declined to "
     "halt the impeachment.",
     [("PERSON", "Charity Ngilu")], ["Kitui Governor Charity", "Ngilu"]),
    ("a surname with an apostrophe inside is part of the name the model cut before it",
     "Lady Justice Wanjiru Ong’ondo dismissed the suit, and his deputy Hussein Ndung'u (chief whip) appealed.",
     [("PERSON", "Wanjiru Ong’ondo"), ("PERSON", "Hussein Ndung'u")], ["Wanjiru", "Hussein"]),
    ("a byline's name run on into a desk's is the writer",
     "Fuel queues return to Lahore\n\nBy Faizan Bangash & News Desk\nJuly 24, 2018\n\nLAHORE: Traders said supplies "
     "had run out.",
     [("PERSON", "Faizan Bangash")], ["Faizan Bangash & News Desk"]),
    ("a byline naming a news service is no writer, nor is an outlet opened by a given name",
     "Sleep and the heart\n\nBy HealthDay News\n\nAnna Whitfield is editor of Georgia Health News. She said sleep "
     "matters.",
     [("ORG", "HealthDay News"), ("PERSON", "Anna Whitfield"), ("ORG", "Georgia Health News")], []),
    ("a person run into the listed body whose post follows is two names; a firm of components is no person",
     "The Sharp Components plant will shut.\nMaria Keller Unite regional secretary, said the workers deserve better.",
     [("ORG", "Sharp Components"), ("PERSON", "Maria Keller"), ("ORG", "Unite")], ["Maria Keller Unite"]),
    ("a chamber named by its one word after 'the' is the chamber, not a cricket ground",
     "The MP told the Commons the plan was sound. He later played at Lord's, and the Lords voted it down.",
     [("ORG", "Commons"), ("ORG", "Lords")], ["Lord"]),
    ("a newspaper reporting as the subject is an outlet",
     "Last week, the Evening Courier revealed the council faced a £9m gap.",
     [("ORG", "Evening Courier")], []),
    ("a rank before a surname the article gives another given name is no given name",
     "Keith Dunbar spoke at Holyrood. Speaking later, former Royal Marine Dunbar attacked the plan. Dunbar said so.",
     [("PERSON", "Keith Dunbar"), ("PERSON", "Dunbar")], ["Marine Dunbar"]),
    ("a byline set in capitals above the writer's job",
     "GRAHAM SMITH\n\nHealth Correspondent\n\nThe health board said waiting times had grown.",
     [("PERSON", "GRAHAM SMITH")], []),
    ("a byline set in capitals with the writer's job and email on its own line",
     "Rents to rise by 5%\n\n- MARTIN HOWELLS Local Democracy Reporter martin.howells@example.co.uk\n\nTENANTS "
     "in Newport face a rise in rents. The housing association said costs had grown.",
     [("PERSON", "MARTIN HOWELLS")], []),
    ("a byline set in capitals with the writer's job after it, no email",
     "Ward closure plan\n\nSARAH PRICE Health Correspondent\n\nA HOSPITAL ward in Bangor will shut for the summer.",
     [("PERSON", "SARAH PRICE")], []),
    ("a byline set in capitals alone on its line after a list's dash or 'By'",
     "Profits climb at big firms\n\n- LAURA MADDEN\n\nLISTED companies had a strong year, the exchange said.\n\n"
     "- BY PETER HOLLIS\n",
     [("PERSON", "LAURA MADDEN"), ("PERSON", "PETER HOLLIS")], []),
    ("a byline of two writers and the city they file from, with no 'By'",
     "Union calls off strike\n\nTunde Okafor and Chidi Nwosu in Lagos\n\nThe union said talks would resume.",
     [("PERSON", "Tunde Okafor"), ("PERSON", "Chidi Nwosu")], ["Lagos"]),
    ("a photographer's credit run into the caption keeps the outlet after the slash out of the name",
     "The union met on Monday.\nMARTIN GRAY/Stuff Health Minister Anne Clark has called the union reckless.",
     [("PERSON", "MARTIN GRAY"), ("PERSON", "Anne Clark")], ["MARTIN GRAY/Stuff"]),
    ("a premier's surname naming the government is the premier, not a place's or a party's",
     "Nurses said the Tremblay government must act, while the Labour government and the Quebec government "
     "stayed silent.",
     [("PERSON", "Tremblay"), ("ORG", "Labour")], ["Quebec"]),
    ("a name the model cut inside a hyphenated word loses the hyphen",
     "The Canada Post-owned firm said a third of its drivers had stopped work.",
     [("ORG", "Canada Post")], ["Canada Post-"]),
    ("a name ending in a legal suffix is a company, though a first name opens it",
     "Shares in Imani Africa Plc rose 1.8 percent while Kito Tea Plc fell.",
     [("ORG", "Imani Africa Plc"), ("ORG", "Kito Tea Plc")], []),
    ("'Parliament' with no article is the country's parliament",
     "The opposition accused the government of disrupting Parliament over the spying row.",
     [("ORG", "Parliament")], []),
    ("'Parliament' opening a line is still the parliament",
     "The vote came after a long row over the budget.\n\nParliament on Friday approved all six nominees of "
     "President Kofi Mensah.",
     [("ORG", "Parliament")], []),
    ("two names joined by 'and' that the article also writes apart are two",
     "The suit also names his agent, Pieter Vandamme and Crosswind Sports. Vandamme and Crosswind ran the team.",
     [("PERSON", "Pieter Vandamme"), ("ORG", "Crosswind Sports")], ["Pieter Vandamme and Crosswind Sports"]),
    ("a body before '-led' is the body",
     "Voters may learn from the Kilimo National Congress-led (KNC) municipalities in the east.",
     [("ORG", "Kilimo National Congress")], ["Kilimo National Congress-led"]),
    ("a person before '-led' is the person",
     "Shares rose a day after the Mukesh Ambani-led company bought a stake in the retailer.",
     [("PERSON", "Mukesh Ambani")], ["Mukesh Ambani-led"]),
    ("a seat in a body before 'of' is cut off the body's name",
     "The governor was also facing an impeachment motion by the Members of Kisumu County Assembly.",
     [("ORG", "Kisumu County Assembly")], ["Members of Kisumu County Assembly"]),
    ("a party whose name is also a given name, before its MSP",
     "The Tory MSP said the ferry contract had been a fiasco from the start.",
     [("ORG", "Tory")], []),
    ("a party whose name is also a plain word, before its councillors, with its nation's adjective",
     "Scottish Green councillors abstained, and Welsh Tory leader Andrew Davies called it a stitch-up.",
     [("ORG", "Scottish Green"), ("ORG", "Welsh Tory"), ("PERSON", "Andrew Davies")], []),
    ("a party before its councillors, with any nation's adjective aliases.yml lists",
     "Irish Green councillors in Belfast backed the motion on Monday.", [("ORG", "Irish Green")], []),
    ("what a minister is 'for' is the office's portfolio, not a body",
     "The presidency said Mantashe, the Minister of Mineral Resources and Energy, had tested positive.",
     [], ["Mineral Resources and Energy"]),
    ("a minister's portfolio of local government is no government",
     "The list included Martin Korsah, Minister for Local Government, and Lydia Alhassan.",
     [("PERSON", "Martin Korsah")], ["Local Government"]),
    ("a surname that is a plain word after 'Ms', tagged a body by the model, is a person",
     "Asked whether the wards could cope this winter, Ms Jones said she could not say.",
     [("PERSON", "Jones")], ["Ms Jones"]),
    ("an Irish patronymic 'Ó' inside a name marks a person, even after an unlisted given name",
     "ECONOMY Minister Máirtín Ó Muilleoir has unveiled a grant scheme for small firms.",
     [("PERSON", "Máirtín Ó Muilleoir")], []),
    ("a lowercase surname particle after a given name stays inside a person's name",
     "SDLP councillor Séamas de Faoite described the motion as cynical.",
     [("PERSON", "Séamas de Faoite")], []),
    ("a council in lowercase that the model took into the place",
     "Cllr Nicholas Rushton, the Conservative leader of Leicestershire county council, said the government must act.",
     [("ORG", "Leicestershire county council")], []),
    ("an NHS trust in lowercase after its name",
     "Among those in debt is the Barnsley Hospital NHS trust, where an investigation is under way.",
     [("ORG", "Barnsley Hospital NHS trust")], []),
    ("a given name and surname after a post of a body are its holder, not a body named after a person",
     "In an hour long speech, leader of the council Judith Blake was scathing about the cuts.\n\n"
     "“We can all be proud of our city,” councillor Blake said.",
     [("PERSON", "Judith Blake")], []),
    ("a given name standing alone that who follows is a person introduced by first name",
     "The charity quoted finance officer and mum-of-two Leanne, who needed food vouchers despite working 37 "
     "hours a week.", [("PERSON", "Leanne")], []),
    ("the listed full name of a person the article names by surname, in a caption the model skipped",
     "The decision means officers will not start shifts early.\n\nNicola Sturgeon, seen with John Swinney in "
     "Holyrood, at the Scottish Parliament. Picture: Jeff J Mitchell/Getty Images\n\nQuestioned by Douglas "
     "Ross, Ms Sturgeon said: “Policing is very clearly a priority for this Government.”",
     [("PERSON", "Nicola Sturgeon")], []),
    ("a full name after a dash glued to it is the person a lone surname later names",
     "Her sentence was observed by the woman she betrayed -Alice Bennett MBE who had been her friend for 20 "
     "years.\n\nMrs Bennett said she forgave her long ago.",
     [("PERSON", "Alice Bennett")], []),
    ("a listed public figure by surname alone",
     "Far from tormenting Trump and the Republicans, the hearings helped him. Polls show Trump is almost back.",
     [("PERSON", "Trump")], []),
    ("a given name and a surname of no language the model took for a building",
     "Eluned Morgan took on the role from Vaughan Gething, who was appointed as minister for the economy.",
     [("PERSON", "Vaughan Gething")], []),
    ("a room's name is a place's, not a person's",
     "If you have an appointment at either the Bridgewater Suite or the Cancer Centre at Belfast City Hospital, "
     "please attend as normal.", [], ["Bridgewater Suite"]),
    ("a priory named after its town, a given name to the name list, is a place",
     "The mum, supported in court by the vicar of Malvern Priory who gave a reference, has sold her home.",
     [], ["Malvern Priory"]),
    ("an election is no general's", "Trading slowed ahead of the UK General Election, the broker said.",
     [], ["General Election", "Election"]),
    ("a firm named after its founder", "John Lewis Partnership, the employee-owned group, said sales fell.",
     [("ORG", "John Lewis Partnership")], []),
    ("a photographer in a picture credit after a caption",
     "Eighty-one retailers collapsed into administration in the year to November Credit: Rui Vieira/PA",
     [("PERSON", "Rui Vieira"), ("ORG", "PA")], []),
    ("a photographer with a middle initial in a credit, whatever the agencies' rule made of him",
     "Nicola Sturgeon spoke at Holyrood on Tuesday. Picture: Jeff J Mitchell/Getty Images",
     [("PERSON", "Jeff J Mitchell"), ("ORG", "Getty Images")], []),
    ("a name of three words the model cuts after two runs on over the last word of no language",
     "Works Minister Tuilagi Afoa Uelese Vaai said the road would open soon.",
     [("PERSON", "Tuilagi Afoa Uelese Vaai")], ["Tuilagi Afoa"]),
    ("a Chinese given name of two words after the surname ends the name",
     "Managing director Chia Der Jiun spoke on Thursday.",
     [("PERSON", "Chia Der Jiun")], ["Chia Der"]),
    ("a name does not run on over a function word and the next name in a headline",
     "Why The Secrecy – Shehu Sani To Cardoso\n\nSenator Shehu Sani has reacted to the report.",
     [("PERSON", "Shehu Sani")], ["Shehu Sani To Cardoso"]),
    ("a photographer whose given name the name list lacks, after the agency in a credit",
     "The new pier at the port. (Photo: ABC/Syamil Rahman)",
     [("PERSON", "Syamil Rahman")], ["ABC/Syamil Rahman"]),
    ("a photographer in a 'by' credit on its own line",
     "The minister spoke at the port.\n\nPic by Nimal Edirisinghe\n\nShe said work would start soon.",
     [("PERSON", "Nimal Edirisinghe")], []),
    ("a photographer known by his initials in a credit",
     "Officers at the station on Sunday. File photo: K.R. Sunil Menon",
     [("PERSON", "K.R. Sunil Menon")], []),
    ("a wire caption's agency of several words in capitals before the photographer",
     "The premier speaks in Halifax, Monday, March 4, 2024. THE CANADIAN PRESS/Mark Doyle",
     [("PERSON", "Mark Doyle")], ["CANADIAN PRESS/Mark Doyle"]),
    ("an agency of plain words in a credit is no photographer",
     "The players warm up before kick-off. Credit: Getty Images", [("ORG", "Getty Images")], []),
    ("a caption run into its credit, a dash between the photographer and the paper",
     "Hundreds of fans gathered outside the ground to protest on SundayCredit: Kenny Ramsay – The Sun Glasgow",
     [("PERSON", "Kenny Ramsay")], []),
    ("a hospital whose first word is a given name to the name list",
     "There were 10,495 attendances at the Royal Infirmary’s A&E in November.", [("ORG", "Royal Infirmary")], []),
    ("a person with a middle initial before 'of' and a body is no part of the body's name",
     "“It was wrong,” said Acting Assistant Attorney General Nicole M. Argentieri of the Justice Department.",
     [("PERSON", "Nicole M. Argentieri"), ("ORG", "Justice Department")], ["Argentieri of the Justice Department"]),
    ("a club named for a town that is also a given name",
     "Members of Stafford Rugby Club voted to move to a new ground next season.",
     [("ORG", "Stafford Rugby Club")], []),
    ("a golf club named for a town that is also a given name",
     "Chester Golf Club has appointed a new secretary after a difficult year.", [("ORG", "Chester Golf Club")], []),
    ("a property firm whose first word is a given name",
     "The Brandon Estates application will go before councillors next month.", [("ORG", "Brandon Estates")], []),
    ("a region named by its compass point opens the body's name",
     "The figures combine projects backed by Scottish Enterprise, South of Scotland Enterprise and Skills "
     "Development Scotland.", [("ORG", "South of Scotland Enterprise")], ["Scotland Enterprise"]),
    ("a builder whose first word is a surname that is also a given name",
     "The housing association has appointed a consortium including Morrison Construction for the works.",
     [("ORG", "Morrison Construction")], []),
    ("a builder named for its founder, before a clause",
     "The contract went to Ogilvie Construction, which will start work in May.",
     [("ORG", "Ogilvie Construction")], []),
    ("a bakery named for a family that shares a word with the language",
     "Shoppers queued outside Stone Bakery in Crossmaglen on Saturday morning.", [("ORG", "Stone Bakery")], []),
    ("a developer named for its founder, in apposition",
     "Kelly Estates, the developer, said it would appeal against the refusal.", [("ORG", "Kelly Estates")], []),
    ("a kind of business opening a sentence is no part of the body's name after it",
     "Stockbrokers Peel Hunt said the shares looked cheap after the profit warning.",
     [("ORG", "Peel Hunt")], ["Stockbrokers Peel Hunt"]),
    ("a housebuilder named after its kind at a sentence's start",
     "Housebuilder Persimmon said completions fell by a tenth.", [("ORG", "Persimmon")], ["Housebuilder Persimmon"]),
    ("a regulator named after its kind is a body there and where it stands alone",
     "Regulator Monitor said most foundation trusts were in deficit, and Monitor warned of further cuts.",
     [("ORG", "Monitor")], ["Regulator Monitor"]),
    ("a founder's firm after a kind of business is a body, not the founder",
     "Whisky distiller William Grant & Sons posted record sales in its home market.",
     [("ORG", "William Grant & Sons")], []),
    ("a hospital named after a doctor is a site, not the doctor",
     "Plans to refurbish a ward at Dr Gray’s Hospital in Elgin were shelved.", [], ["Gray’s Hospital"]),
    ("a party controlling a council describes it and is no part of its name",
     "The Labour-controlled Glasgow City Council said it would appeal against the ruling.",
     [("ORG", "Glasgow City Council")], ["Labour-controlled Glasgow City Council"]),
    ("a party dominating a network describes it and is no part of its name",
     "The Conservative-dominated County Councils Network, which represents shire authorities, said its members "
     "faced cuts.", [("ORG", "County Councils Network")], ["Conservative-dominated County Councils Network"]),
    ("a byline run into its date line with no space ends before the line's first word",
     "Hednesford Town boss Neil Ward praised his players after the win.\nThomas ReillyPublished 12 March\n"
     "Thomas Reilly said the crowd was the biggest this season.", [("PERSON", "Thomas Reilly")],
     ["Thomas ReillyPublished"]),
    ("a caption run into its credit with no space ends before the credit",
     "The council has approved the new budget.\nCouncil leader Jenny GrahamImage: council handout\n"
     "Jenny Graham said the cuts were unavoidable.", [("PERSON", "Jenny Graham")], ["Jenny GrahamImage"]),
    ("a job written alone, capitalised, is no body's name",
     "Paul Plummer, Chief Executive at the Rail Delivery Group, said the deal was fair.",
     [("PERSON", "Paul Plummer"), ("ORG", "Rail Delivery Group")], ["Chief Executive"]),
    ("a hospital named after a princess is a site, not the princess",
     "Nurses from the Philippines began work at Princess Royal Hospital in Telford last month.",
     [], ["Royal Hospital"]),
    ("a first part the model tagged together with the 'and' after it is no name of its own",
     "The Australian Competition and Consumer Commission is looking into grocery prices this year.",
     [("ORG", "Australian Competition and Consumer Commission")], ["Australian Competition", "Consumer Commission"]),
    ("a body's remit cut at its 'and' goes on over the common words after it",
     "Regulators fined the Harbourside Institute for Fertility and Menopause, LLC for the data breach.",
     [("ORG", "Harbourside Institute for Fertility and Menopause")], ["Menopause"]),
    ("a remit listed with commas after 'on' is part of the committee's name",
     "The senator was summoned by the Senate Committee on Ethics, Privileges and Code of Conduct on Monday.",
     [("ORG", "Senate Committee on Ethics, Privileges and Code of Conduct")], ["Privileges", "Code"]),
    ("a post's initials defined after its title are no body",
     "Lawmakers criticised Treasury Cabinet Secretary (CS) Jane Wanjiru over her remarks. The CS said the "
     "currency was stable.",
     [("PERSON", "Jane Wanjiru")], ["CS"]),
    ("a legislature's clerk is an officer, not a body",
     "The amended bills went back to the Clerk of the National Assembly for transmission.",
     [("ORG", "National Assembly")], ["Clerk of the National Assembly"]),
    ("a committee's remit cut at its 'and' goes on to a possessive",
     "The senator spoke at the Committee on Public Order and Dangerous Drugs’ hearing on the leak.",
     [("ORG", "Committee on Public Order and Dangerous Drugs")], ["Committee on Public Order"]),
    ("a centre's remit, a plural in -ies, cut at its 'and' is part of its name",
     "Cuts would hit the Kelvale Public Library and the Kelvale Centers for Youth and Families. The "
     "Kelvale Public Library said it would appeal.",
     [("ORG", "Kelvale Centers for Youth and Families")], ["Kelvale Centers for Youth", "Families"]),
    ("a committee's remit after 'on' is not cut off by the name's shape",
     "A court barred the Senate Committee on Ethics and Privileges from hearing the petition.",
     [("ORG", "Senate Committee on Ethics and Privileges")], ["Senate Committee"]),
    ("a body after 'and' with a name of its own is not part of the remit",
     "Officials from the Bank of England and Treasury met on Friday. The Ministry of Health and Oxfam signed a deal.",
     [("ORG", "Bank of England"), ("ORG", "Ministry of Health"), ("ORG", "Oxfam")], ["Bank of England and Treasury"]),
    ("a director's office before a body's name is no part of it",
     "The Director of Communications of the Harbour Workers Party, Kofi Mensah, said the plan had failed. The "
     "Director and Deputy Director of the National Savings Bank were also named.",
     [("ORG", "Harbour Workers Party"), ("ORG", "National Savings Bank")],
     ["Communications of the Harbour Workers Party", "Director and Deputy Director of the National Savings Bank"]),
    ("an office-holder's chambers are a body, a person named Chambers stays a person",
     "The Attorney-General’s Chambers said the inquiry would go on. The lawyer John Chambers disagreed.",
     [("ORG", "Attorney-General’s Chambers"), ("PERSON", "John Chambers")], ["Chambers"]),
    ("a senator after the seat they sit for is a person's post, no body",
     "The petition was filed by the suspended Riverside Central Senator, Amaka Obi, on Monday.",
     [("PERSON", "Amaka Obi")], ["Riverside Central Senator"]),
    ("two capitalised plurals joined by 'and' are two teams, not one name",
     "Moss worked as an assistant for the Vikings and Lions. Vikings coach Ray Dunn praised him, and Lions "
     "quarterback Tom Hale agreed after a 24-17 win.",
     [("ORG", "Vikings"), ("ORG", "Lions")], ["Vikings and Lions"]),
    ("a university the model tagged whole after a broadcaster it tagged is a second name",
     "A new poll for ITV Cymru Wales and Cardiff University put the party second.",
     [("ORG", "ITV Cymru Wales"), ("ORG", "Cardiff University")], ["ITV Cymru Wales and Cardiff University"]),
    ("a name ending in 'Code' is a law, no body; a firm's name only opening with 'Charter' is a body",
     "Lawyers said the Harbour Workers’ Retirement Code requires the union to repay the wages. Charter "
     "Communications said it would comply.",
     [("ORG", "Charter Communications")], ["Harbour Workers’ Retirement Code"]),
    ("Malaysia's 'Berhad' and 'Bhd' end a company's name, which the model took for a person's",
     "Petroliam Nasional Berhad said profit fell. Sime Darby Bhd agreed to sell its stake.",
     [("ORG", "Petroliam Nasional Berhad"), ("ORG", "Sime Darby Bhd")], []),
    ("a newspaper named the Sun reports what the article says; a person surnamed Sun stays a person",
     "The district renewed his contract twice, the Tucson Sun reports. Mr Li told Karen Sun he would stay.",
     [("ORG", "Tucson Sun"), ("PERSON", "Karen Sun")], []),
    ("a union's branch keeps its number, with or without the union's initials before it",
     "Members of UAW Local 417 backed the deal. At Local 88, which represents 900 drivers, it failed. "
     "The company filed for Chapter 11 protection.",
     [("ORG", "UAW Local 417"), ("ORG", "Local 88")], ["UAW Local", "Local", "Chapter 11"]),
    ("capitalised words before 'Health System' name a health system, after the place that describes it",
     "Tulsa, Okla.-based Hillcrest Valley Health System and Grace Health Care System agreed to merge. The "
     "Health System board met.",
     [("ORG", "Hillcrest Valley Health System"), ("ORG", "Grace Health Care System")],
     ["Okla.-based Hillcrest Valley Health System", "Hillcrest Valley", "Grace"]),
    ("a care provider named after a virtue or a saint is a body, not a person",
     "Ohio-based Mercy Health agreed to merge with Michigan-based Trinity Health on Tuesday.",
     [("ORG", "Mercy Health"), ("ORG", "Trinity Health")], []),
    ("a body's name cut at the 'and' between its remits is one name",
     "A cap was put on police spending at 60%, as recommended by the Healthcare and Pension Benefits Task Force "
     "appointed last spring.",
     [("ORG", "Healthcare and Pension Benefits Task Force")], ["Healthcare", "Pension Benefits Task Force"]),
    ("an agency named by two remits joined by 'and' is one body",
     "The plan was drafted with Customs and Border Protection, the agency said, and will start in May.",
     [("ORG", "Customs and Border Protection")], ["Customs", "Border Protection"]),
    ("initials saying whose body it is open the name cut at its 'and'",
     "They passed the names to U.S. Immigration and Customs Enforcement officers at the border crossing.",
     [("ORG", "U.S. Immigration and Customs Enforcement")], ["U.S. Immigration", "Customs Enforcement"]),
    ("two firms in a list, the second also written alone, stay two",
     "Contracts went to companies Astrobotic, Intuitive Machines and Orbit Beyond. Orbit Beyond later dropped out.",
     [("ORG", "Intuitive Machines"), ("ORG", "Orbit Beyond")], ["Intuitive Machines and Orbit Beyond"]),
    ("a half of a name written only inside other capitalised names is not written alone",
     "The Border Enforcement and Security Task Forces will work across the Southwest Border, the Homeland "
     "Security office said.",
     [("ORG", "Border Enforcement and Security Task Forces")], ["Border Enforcement", "Security Task Forces"]),
    ("a place's name opening a listed firm's name is part of it",
     "Its holdings include Gulf Float Glass, Marmum Dairy Farm, Emirates Building Systems, Al Noor Capital and "
     "Dubai Cranes.",
     [("ORG", "Emirates Building Systems")], ["Building Systems"]),
    ("a group of people's possessive inside a body's name stays in it",
     "Funding went to the National Council for Children’s Television, which regulates shows for young viewers.",
     [("ORG", "National Council for Children’s Television")], ["National Council for Children"]),
    ("a company's possessive before an -ing word and its noun is no part of its name",
     "Computer maker Dell's refusal to say how many staff it laid off angered officials. They had paid to lure "
     "Dell's manufacturing plant to the city.",
     [("ORG", "Dell")], ["Dell's"]),
    ("lone initials after 'and' name a body of their own, not the second place of one body",
     "According to the union's secretary, the meeting between UTAG and NLC failed to yield any results. "
     "The NLC maintains that the strike is illegal.",
     [], ["UTAG and NLC"]),
    ("a firm's name opening with a nation's word after 'and' is a second name",
     "The court found that salespeople engaged by Neighbourhood Energy and Australian Green Credits breached the law.",
     [("ORG", "Neighbourhood Energy"), ("ORG", "Australian Green Credits")],
     ["Neighbourhood Energy and Australian Green Credits"]),
    ("a place the model tags apart right before the rest of a firm's name opens that name",
     "Profit included a gain from buying a stake in Emirates District Cooling (Emicool) last January, the filing said.",
     [("ORG", "Emirates District Cooling")], ["Emirates", "District Cooling"]),
    ("a place's possessive before a body's name owns the body, it does not open its name",
     "A spokesman for Northern Ireland’s Education Authority said schools would reopen on Monday.",
     [], ["Northern Ireland’s Education Authority"]),
    ("initials written before a person's full name are a title before the surname too",
     "The bench, headed by CJP Qazi Faez Isa, heard the plea on Monday. CJP Isa remarked that the case was different.",
     [("PERSON", "Isa"), ("PERSON", "Qazi Faez Isa")], ["CJP Isa"]),
]


def test_a_known_surname_keeps_the_articles_own_canonical(extractor):
    names = {(e.label, e.canonical) for e in extractor.extract("Polls show Trump is almost back.").entities}
    assert names == {("PERSON", "Trump")}


def test_a_name_listed_with_organisations_is_one(extractor):
    text = "Drivers work for Uber or Lyft or Postmates in the city."
    found = [(e.label, e.text) for e in extractor.extract(text).entities]
    assert ("ORG", "Postmates") in found, found


def test_a_name_listed_with_organisations_is_taken_whole(extractor):
    """The parser may take only the first word of the last name in the list for the member."""
    text = ("Officials met the Welsh Government, the Wales Audit Office and Health Inspectorate Wales "
            "to consider the board's position.")
    found = [(e.label, e.text) for e in extractor.extract(text).entities]
    assert ("ORG", "Health Inspectorate Wales") in found and ("ORG", "Health") not in found, found


def test_a_person_after_a_team_in_a_list_is_no_organisation(extractor):
    text = "Brandon Montour scored for the Sabres and Linus Ullmark stopped 22 shots."
    found = [(e.label, e.text) for e in extractor.extract(text).entities]
    assert ("ORG", "Sabres") in found and ("ORG", "Linus Ullmark") not in found, found


@pytest.mark.parametrize("name,text,present,absent", CASES, ids=[c[0] for c in CASES])
def test_mentions(extractor, name, text, present, absent):
    found = [(e.label, e.text) for e in extractor.extract(text).entities]
    for mention in present:
        assert mention in found, found
    for word in absent:
        assert word not in [t for _, t in found], found


def test_every_mention_slices_to_its_text(extractor):
    text = "GMB Scotland’s Keir Greenaway met the Convention of Scottish Local Authorities (COSLA) on Friday."
    for e in extractor.extract(text).entities:
        assert text[e.start:e.end] == e.text
        assert e.sentence == text


@pytest.mark.parametrize("raw,label,expected", [
    ("the Scottish Government", "ORG", "Scottish Government"),
    ("GMB Scotland’s", "ORG", "GMB Scotland"),
    ("Teamsters’", "ORG", "Teamsters"),
    ("Superintendent Jennifer McCormick", "PERSON", "Jennifer McCormick"),
    ("Firefighter Tam McFarlane", "PERSON", "Tam McFarlane"),
    ("Driver Smith", "PERSON", "Driver Smith"),
    ("Shona Robinson MSP", "ORG", "Shona Robinson"),
    ("(Unite)", "ORG", "Unite"),
    ("U.S.", "ORG", "U.S."),
    ("Unison\nThe", "ORG", "Unison"),
    ("the Bute House Agreement -", "ORG", "Bute House Agreement"),
    ("Crieff Hydro –", "ORG", "Crieff Hydro"),
    ("Glasgow city council", "ORG", "Glasgow city council"),
    ("Glasgow district court", "ORG", "Glasgow district court"),
    ("Glasgow-based Weir Group", "ORG", "Weir Group"),
    ("Samuel West Samuel West", "PERSON", "Samuel West"),
])
def test_fix_edges(raw, label, expected):
    text = f"x {raw} y"
    mention = fix_edges(text, label, 2, 2 + len(raw), {"superintendent", "mr"}, {"firefighter", "driver"})
    assert mention.text == expected
    assert text[mention.start:mention.end] == expected


def test_a_court_named_for_its_judges_office_keeps_the_office():
    for raw, expected in (("Justice of the Peace Court", "Justice of the Peace Court"),
                          ("Chief Executive of Kelvo Council", "Kelvo Council")):  # a role before its body goes
        text = f"x {raw} y"
        assert fix_edges(text, "ORG", 2, 2 + len(raw), {"justice", "chief"}).text == expected


@pytest.mark.parametrize("text,name", [
    ("Stafford Borough Council's planning committee gave the green light today.", "Stafford Borough Council"),
    ("Members said Fife Council’s budget was under strain.", "Fife Council"),
    ("Officials of the Scottish Funding Council’s board met on Monday.", "Scottish Funding Council"),
])
def test_a_body_named_before_a_possessive_is_found_when_the_model_tags_nothing(extractor, text, name):
    """The model sometimes tags nothing of "X Borough Council's planning committee": the name's
    shape alone (its head word, then a possessive) finds it."""
    from extract.entities import merge_org_names

    found = merge_org_names(extractor.nlp(text), text, [], extractor.gazetteer)
    assert [(m.label, m.text) for m in found] == [("ORG", name)]


def test_a_hashtag_before_a_name_is_cut_off():
    from extract.name_evidence import without_hashtag

    text = "#Browns Greedy Williams has been solid in run support."
    cut = without_hashtag(text, [Mention("PERSON", 1, 23, text[1:23])])
    assert [(m.text, m.start) for m in cut] == [("Greedy Williams", 8)]


@pytest.mark.parametrize("word", ["Éamon", "Ciarán", "Siân", "Róisín"])
def test_a_given_name_the_list_spells_without_accents_counts_with_them(word):
    from extract.gazetteer import Gazetteer

    assert Gazetteer().is_first_name(word)


@pytest.mark.parametrize("word", ["Gaurav", "Kwaku", "Olumuyiwa", "Rawiri", "Thabo", "Zaliha"])
def test_given_names_of_world_naming_traditions_count(word):
    """gender-guesser's list lacks most Nigerian, Ghanaian, Indian, Māori, South African and Malay
    given names; extract/given_names.yml supplies them."""
    from extract.gazetteer import Gazetteer

    assert Gazetteer().is_first_name(word)


def test_a_title_and_the_surname_of_a_full_name_tagged_org_is_that_person(extractor):
    from extract.entities import titled_surname
    from extract.full_names import FullNames

    text = "Narendra Patil spoke first. PM Patil said the loans would be waived."
    names = FullNames.of([Mention("PERSON", 0, 14, "Narendra Patil")])
    found = titled_surname(Mention("ORG", 28, 36, "PM Patil"), names, extractor.gazetteer)
    assert (found.label, found.text, text[found.start:found.end]) == ("PERSON", "Patil", "Patil")
    # a title before a word no full name ends with stays what it was
    other = titled_surname(Mention("ORG", 28, 36, "PM Patel"), names, extractor.gazetteer)
    assert other.label == "ORG"


def test_a_body_spelt_with_other_accents_is_that_body_not_a_person(extractor):
    """"Te Pāti Maori" tagged PERSON beside the article's ORG "Te Pāti Māori" (not "Rawiri Waititi")."""
    from extract.entities import relabel_from_context

    mentions = [Mention("ORG", 0, 13, "Ngāti Whātua"), Mention("PERSON", 20, 33, "Ngati Whatua"),
                Mention("PERSON", 40, 54, "Rawiri Waititi")]
    found = [(m.label, m.text) for m in relabel_from_context(mentions, extractor.gazetteer)]
    assert found == [("ORG", "Ngāti Whātua"), ("ORG", "Ngati Whatua"), ("PERSON", "Rawiri Waititi")]


@pytest.mark.parametrize("text,expected", [
    # the model tags the given name only: the rare surname after it is the person's
    ("Stewart Prodger from the flood unit said rivers would rise.", "Stewart Prodger"),
    # a further capitalised word makes a longer name, not a surname: left to the other rules
    ("Stewart Milne Group went into administration.", "Stewart"),
    # a common word after the given name is no surname
    ("Grace Street was closed.", "Grace"),
    # a given name after a given name is not taken as a surname
    ("They met Stewart Ellis on Friday.", "Stewart"),
])
def test_a_lone_given_name_takes_the_untagged_surname_after_it(extractor, text, expected):
    from extract.missed_people import surnames_left_out
    first = Mention("PERSON", text.index(expected.split()[0]), text.index(expected.split()[0]) + len(expected.split()[0]),
                    expected.split()[0])
    (found,) = surnames_left_out(text, [first], extractor.gazetteer)
    assert found.text == expected


def test_a_surname_in_another_mention_stays_out(extractor):
    from extract.missed_people import surnames_left_out
    text = "Stewart Prodger said so."
    found = surnames_left_out(text, [Mention("PERSON", 0, 7, "Stewart"), Mention("ORG", 8, 15, "Prodger")],
                               extractor.gazetteer)
    assert [m.text for m in found] == ["Stewart", "Prodger"]


def test_a_ship_named_after_its_prefix_is_no_body_or_person(extractor):
    from extract.name_evidence import names_of_vessels
    text = ("The MV Loch Seaforth broke down, the ferry firm Isle Ferries said. "
            "Loch Seaforth will be back next week, Isle Ferries added.")
    names = ["MV Loch Seaforth", "Isle Ferries", "Loch Seaforth", "Isle Ferries"]
    labels = ["ORG", "ORG", "PERSON", "ORG"]
    starts = [text.index("MV"), text.index("Isle"), text.index("Loch Seaforth will"), text.rindex("Isle")]
    mentions = [Mention(label, start, start + len(name), name) for label, start, name in zip(labels, starts, names)]
    assert [m.text for m in names_of_vessels(text, mentions, extractor.gazetteer)] == ["Isle Ferries", "Isle Ferries"]


def test_a_member_of_the_senedd_is_no_ship(extractor):
    from extract.name_evidence import names_of_vessels
    text = "Local MS Gareth Davies said the plan was wrong."
    mentions = [Mention("PERSON", 9, 22, "Gareth Davies")]
    assert names_of_vessels(text, mentions, extractor.gazetteer) == mentions


def test_a_listed_party_leader_tagged_as_a_body_is_a_person(extractor):
    text = ("Talks between Humza Yousaf and union bosses ended today without agreement.\n"
            "Yousaf met the union again. Speaking after the meeting, he said: \"We will implement it.\"")
    result = extractor.extract(text)
    assert ("PERSON", "Humza Yousaf") in {(e.label, e.canonical) for e in result.entities}
    assert "Humza Yousaf" not in {e.canonical for e in result.entities if e.label == "ORG"}
    assert [q.speaker for q in result.quotes] == ["Humza Yousaf"]


def test_a_leaders_surname_that_names_other_things_is_no_alias(extractor):
    # "Ross County", "Forbes": only the full name is listed
    assert extractor.gazetteer.label_of("Douglas Ross") == "PERSON"
    assert extractor.gazetteer.label_of("Ross") is None


@pytest.mark.parametrize("text,name,kept", [
    ("Bills for Band D council tax will rise by £60.", "Band D council", False),
    ("She grew up in a Fife council house.", "Fife council", False),
    ("Fife council said the school would close.", "Fife council", True),
    ("The Fife Council tax team wrote to residents.", "Fife Council", True),  # capitalised: the council's own name
])
def test_a_council_tax_or_house_is_no_council(text, name, kept):
    from extract.public_bodies import without_things_of_councils
    start = text.index(name)
    mention = Mention("ORG", start, start + len(name), name)
    assert without_things_of_councils(text, [mention]) == ([mention] if kept else [])


@pytest.mark.parametrize("text,name,kept", [
    ("Ann Bell, the MSP for Inverclyde North, wrote to the board.", "Inverclyde North", False),
    ("Tom Reid, MP for Rutland and Stamford, said so.", "Rutland and Stamford", False),
    ("She became a member for the Scottish Youth Parliament.", "Scottish Youth Parliament", True),
])
def test_a_members_seat_is_no_body(text, name, kept):
    from extract.public_bodies import seat_of_member
    start = text.index(name)
    assert seat_of_member(text, Mention("ORG", start, start + len(name), name)) is not kept


@pytest.mark.parametrize("name,one_body", [
    ("Environment and Climate Change Canada", True),
    ("Innovation, Science and Economic Development Canada", True),
    ("Audit, Risk and Finance Committee", True),
    ("Morrisons and Iceland", False),  # two names: no word between "and" and the country
    ("Apple, Google and Microsoft", False),
    ("Transport Canada, Health Canada and Global Affairs Canada", False),
])
def test_a_body_named_by_its_remits_is_one_name(extractor, name, one_body):
    from extract.joined_names import remits_of_one_body
    assert remits_of_one_body(name, extractor.gazetteer) is one_body


def test_a_municipality_the_model_calls_a_person_is_a_body(extractor):
    from extract.entities import team_or_firm
    text = "Kgotsong Local Municipality was placed under administration."
    person = Mention("PERSON", 0, 29, "Kgotsong Local Municipality")
    assert team_or_firm(text, person, extractor.gazetteer).label == "ORG"


@pytest.mark.parametrize("expansion,body", [
    ("Members of Parliament", False),  # a seat
    ("Treasury Cabinet Secretary", False),  # a post ends in its title
    ("Office of the President", True),  # a body named for the post it serves
    ("National Hospital Insurance Fund", True),
])
def test_initials_defined_for_a_post_name_no_body(extractor, expansion, body):
    from extract.body_names import names_a_body
    from extract.org_words import word_lists
    assert names_a_body(expansion, extractor.gazetteer, word_lists(extractor.gazetteer)) is body


@pytest.mark.parametrize("text, cut, whole", [
    ("said François-Philippe Champagne on Thursday", "Philippe Champagne", "François-Philippe Champagne"),
    ("said Marie Hélène-Éloïse on Thursday", "Marie Hélène", "Marie Hélène-Éloïse"),
])
def test_a_hyphenated_name_with_accented_letters_is_made_whole(text, cut, whole):
    start = text.index(cut)
    mention = whole_hyphenated_name(text, Mention("PERSON", start, start + len(cut), cut))
    assert mention.text == whole


def test_an_amount_after_a_currency_sign_is_no_company(extractor):
    text = "Research Funding Tops $3M\n\nThe foundation gave another $3M to the lab."
    assert [e.text for e in extractor.extract(text).entities if e.label == "ORG"] == []


def test_a_care_providers_short_form_is_the_provider_not_a_person(extractor):
    text = ("Detroit-based Henry Ford Health said it would buy the clinic. The deal makes Henry Ford the "
            "region's largest employer.")
    found = {(e.label, e.text, e.canonical) for e in extractor.extract(text).entities}
    assert ("ORG", "Henry Ford", "Henry Ford Health") in found and not any(
        label == "PERSON" for label, _, _ in found), found


@pytest.mark.parametrize("raw", ["Queen Mary’s County Fire Department", "Elm County State’s Attorney’s Office"])
def test_a_possessive_inside_a_place_or_a_holders_office_stays_in_the_name(raw):
    """"Prince George’s County": the possessive is the county's own name, and "State’s Attorney’s
    Office" is an office named for its holder's title; neither is an owner before what it owns."""
    text = f"x {raw} y"
    assert fix_edges(text, "ORG", 2, 2 + len(raw)).text == raw


def test_a_possessive_owner_before_a_body_still_goes():
    raw = "NASA’s Office of the Inspector General"
    text = f"x {raw} y"
    assert fix_edges(text, "ORG", 2, 2 + len(raw)).text == "Office of the Inspector General"


@pytest.mark.parametrize("text,name", [
    ("The plan needs approval from the U.S. Department of the Interior before work starts.",
     "U.S. Department of the Interior"),
    ("Grants will go to Hillside Food Bank, House of Ruth, Inc., and Maple Shelter.", "House of Ruth, Inc."),
])
def test_a_body_the_model_cut_at_of_is_one_name(extractor, text, name):
    orgs = [e.text for e in extractor.extract(text).entities if e.label == "ORG"]
    assert name in orgs


def test_an_office_goes_on_to_its_remit_after_on(extractor):
    """"the Mayor’s Office on Youth Services": an office's name, like a committee's, goes on to its remit."""
    text = "The grant came from the Mayor’s Office on Youth Safety and Prevention (MOYSP) this week."
    orgs = [e.text for e in extractor.extract(text).entities if e.label == "ORG"]
    assert "Mayor’s Office on Youth Safety and Prevention" in orgs


def test_a_body_opening_with_the_and_going_on_with_of_is_no_person_and_body(extractor):
    """"The Friends of Kelvo Library": "the" opens no person's name, so the words before "of" are
    the body's own, not a person joined to where he works."""
    from extract.entities import person_joined_to_body

    text = "The Friends of Kelvo Library group met."
    assert person_joined_to_body(text, 0, 28, extractor.gazetteer) == [(0, 28)]


def _org(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention("ORG", start, start + len(name), name)


@pytest.mark.parametrize("text,joined,other,parts", [
    ("Ferrylink said sailings were off. Islanders want answers from Ferrylink and Scottish Government today.",
     "Ferrylink and Scottish Government", None, ["Ferrylink", "Scottish Government"]),
    ("Fares for Harbour Bus, Glenvale Rail and Tramlink go up in May.",
     "Glenvale Rail and Tramlink", "Harbour Bus", ["Glenvale Rail", "Tramlink"]),
    ("The watchdog is suing both Fresco and Greenmart over prices.",
     "Fresco and Greenmart", None, ["Fresco", "Greenmart"]),
])
def test_an_and_between_names_of_a_list_joins_two_bodies(extractor, text, joined, other, parts):
    from extract.joined_names import names_joined_in_list

    mention = _org(text, joined)
    mentions = [mention] + ([_org(text, other)] if other else [])
    assert [m.text for m in names_joined_in_list(text, mention, mentions, extractor.gazetteer)] == parts


@pytest.mark.parametrize("text,joined,other", [
    ("Staff at the Department for Environment, Food and Rural Affairs got letters.", "Food and Rural Affairs",
     "Department for Environment"),
    ("Members of the University and College Union walked out.", "University and College Union", None),
])
def test_an_and_inside_one_bodys_name_stays(extractor, text, joined, other):
    from extract.joined_names import names_joined_in_list

    mention = _org(text, joined)
    mentions = [mention] + ([_org(text, other)] if other else [])
    assert names_joined_in_list(text, mention, mentions, extractor.gazetteer) == [mention]


def test_a_town_upon_a_river_opens_the_bodys_name():
    from extract.name_edges import with_town_upon

    text = "The Kingsford upon Avon Hospitals NHS Trust said beds were full."
    place = Mention("PERSON", 4, 13, "Kingsford")
    body = _org(text, "Avon Hospitals NHS Trust")
    assert [m.text for m in with_town_upon(text, [place, body])] == ["Kingsford upon Avon Hospitals NHS Trust"]


def test_a_federal_appeals_court_keeps_its_circuit():
    from extract.public_bodies import courts_of_circuits

    text = "The 7th U.S. Circuit Court of Appeals agreed with the U.S. Court of Appeals for the Second Circuit."
    pieces = [_org(text, "U.S. Circuit Court of Appeals"), _org(text, "U.S. Court of Appeals"),
              _org(text, "Second Circuit")]
    assert sorted(m.text for m in courts_of_circuits(text, pieces)) == [
        "7th U.S. Circuit Court of Appeals", "U.S. Court of Appeals for the Second Circuit"]
    text = "Judges of the US Court of Appeals for the 5th Circuit ruled."
    assert [m.text for m in courts_of_circuits(text, [_org(text, "US Court of Appeals")])] == [
        "US Court of Appeals for the 5th Circuit"]


def test_a_government_named_by_its_partys_colour_is_no_body(extractor):
    from extract.public_bodies import government_of_party_colour

    text = "The council blamed Tory Government cuts, not the Welsh Government."
    assert government_of_party_colour(_org(text, "Tory Government"), extractor.gazetteer)
    assert not government_of_party_colour(_org(text, "Welsh Government"), extractor.gazetteer)


def test_a_function_word_opening_the_sentence_is_no_part_of_the_body(extractor):
    from extract.org_edges import without_leading_modifiers
    from extract.org_words import word_lists

    text = "Harbour Foodbank opened a hall. Across Harbour Foodbank's sites, demand grew."
    doc = extractor.nlp(text)
    mentions = [_org(text, "Harbour Foodbank"), _org(text, "Across Harbour Foodbank")]
    kept = without_leading_modifiers(doc, text, mentions, extractor.gazetteer, word_lists(extractor.gazetteer))
    assert [m.text for m in kept] == ["Harbour Foodbank", "Harbour Foodbank"]


def test_initials_in_brackets_open_a_body_named_by_a_list():
    from extract.joined_names import names_opened_by_their_initials

    text = ("Lakeland Nurses, Midwives and Carers' Union (LNMCU) officials met. Later Lakeland Nurses, "
            "Midwives and Carers Union members marched.")
    pieces = [Mention("PERSON", 0, 15, "Lakeland Nurses"), _org(text, "Midwives and Carers' Union"),
              _org(text, "Midwives and Carers Union")]
    assert [m.text for m in names_opened_by_their_initials(text, pieces)] == [
        "Lakeland Nurses, Midwives and Carers' Union", "Lakeland Nurses, Midwives and Carers Union"]
