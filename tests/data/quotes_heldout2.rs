// Second held-out set of quote snippets, written by another author who had not seen the extractor.
pub struct Case {
    pub name: &'static str,
    pub text: &'static str,
    pub quotes: &'static [(&'static str, &'static str)],
}
pub const CASES: &[Case] = &[
    Case {
        name: "wire copy: said X, role after; partial quote after 'called'",
        text: "Orvane Group Agrees $1.4 Billion Deal for Kestrel Minerals\n\n\
               TORVIK, March 4 (Northline) - Orvane Group has agreed to buy lithium miner Kestrel Minerals for $1.4 billion in cash, the two companies said on Tuesday, ending a bidding contest that lasted most of the winter.\n\n\
               “Kestrel's deposits are the best undeveloped resource in the region and we intend to bring them into production quickly,” said Ottilie Brandvold, chief executive of Orvane Group.\n\n\
               Fergus Maclaren, who represents a group of small Kestrel shareholders, called the price “a quiet giveaway to a patient predator” and said his members would vote against the deal.\n",
        quotes: &[
            ("Kestrel's deposits are the best", "Ottilie Brandvold"),
            ("a quiet giveaway to a", "Fergus Maclaren"),
        ],
    },
    Case {
        name: "local paper: straight quotes, surname after, unattributed follow-on, 'she added'",
        text: "Library Garden Scoops County Award\n\n\
               A community garden behind Thornacre Library has won the Wexcombe in Bloom trophy for small spaces, beating 40 other entries.\n\n\
               The garden was started four years ago by retired postwoman Winifred Oduya and a handful of neighbours.\n\n\
               \"We started with three old tubs and a hosepipe that leaked,\" Oduya said. \"Now people come from two villages over just to sit here.\"\n\n\
               The judges praised the garden's use of reclaimed bricks. \"Nobody here has been paid a penny, and I'd like that printed,\" she added.\n",
        quotes: &[
            ("We started with three old tubs", "Winifred Oduya"),
            ("Now people come from two", "Winifred Oduya"),
            ("Nobody here has been paid", "Winifred Oduya"),
        ],
    },
    Case {
        name: "sports: 'the 22-year-old' and 'the coach' after naming, follow-on quote",
        text: "Harriers Hang On for Cup Draw at Tolsey Park\n\n\
               Ten-man Brackwater Harriers held Tolsey Athletic to a 1-1 draw on Saturday to earn a replay in the fourth round of the Shires Cup.\n\n\
               Kwame Asante, 22, put the visitors ahead with a half-volley from 30 yards before the Harriers captain was sent off shortly after the break.\n\n\
               “Honestly, I just closed my eyes and hit it,” said the 22-year-old, who joined from non-league Ferris Town in the summer.\n\n\
               Harriers coach Dmitri Sallow was full of praise for his side. “We defended like men possessed for the last half an hour,” the coach said. “I couldn't ask for more.”\n",
        quotes: &[
            ("Honestly, I just closed my eyes", "Kwame Asante"),
            ("We defended like men possessed", "Dmitri Sallow"),
            ("I couldn't ask for more", "Dmitri Sallow"),
        ],
    },
    Case {
        name: "court report: 'told the court:', partial quote by defence counsel, 'the judge told him'",
        text: "Former Treasurer Jailed for Stealing From Bowls Club\n\n\
               A former treasurer who stole more than £84,000 from a village bowls club was jailed for four years at Hollinbury Crown Court on Friday.\n\n\
               Leonard Gask, 67, of Mill Lane, Stanwick, admitted 14 counts of fraud by abuse of position.\n\n\
               Prosecutor Declan Fairweather told the court: “Mr Gask treated the club's account as his own wallet for the better part of a decade.”\n\n\
               Priya Ramaswamy, defending, said her client was “genuinely ashamed of what he did” and had sold his car to repay part of the money.\n\n\
               Sentencing, Judge Miriam Castellane said the members had been left unable to repair their clubhouse. “You abused the trust of people who had little to spare,” the judge told him.\n",
        quotes: &[
            ("Mr Gask treated the club's account", "Declan Fairweather"),
            ("genuinely ashamed of what he", "Priya Ramaswamy"),
            ("You abused the trust of", "Miriam Castellane"),
        ],
    },
    Case {
        name: "no quotes: nickname and song titles, season name",
        text: "Veteran Crooner Returns to the Lantern Rooms\n\n\
               Jazz singer Desmond “Smokey” Delacroix played his first concert in six years at the Lantern Rooms in Eastbridge on Saturday night.\n\n\
               The 74-year-old opened with “Blue Tide at Midnight”, the 1978 ballad that made his name, and closed with a slowed-down version of “Letters From Calloway”.\n\n\
               The sold-out show was part of the venue's “Autumn Standards” season, which runs until December.\n",
        quotes: &[],
    },
    Case {
        name: "no quotes: so-called, slogan, scare quotes, quoted word in headline",
        text: "Planners Reject 'Mega-Barn' on Green Belt\n\n\
               Councillors in Ashworth voted 9-2 on Tuesday to refuse planning permission for the so-called “mega-barn”, a 40-metre storage shed proposed on farmland north of the village.\n\n\
               Objectors, who campaigned under the slogan “Fields Not Sheds”, packed the public gallery. The building would have been the largest “agricultural” structure in the district by some distance.\n",
        quotes: &[],
    },
    Case {
        name: "business: company statement, 'the company's spokeswoman', colon before",
        text: "Brennick Foods Recalls Frozen Pies Over Plastic Fragments\n\n\
               Brennick Foods is recalling more than 90,000 frozen chicken pies sold in supermarkets across the north after customers reported finding pieces of hard plastic in the filling.\n\n\
               “Customer safety comes before everything else and we apologise for any concern this has caused,” Brennick Foods said in a statement.\n\n\
               Helga Tranmer, a spokeswoman for Brennick, would not say how the plastic had entered the production line. “We are not going to speculate while the investigation is under way,” the company's spokeswoman said.\n\n\
               Gethin Pryce, of the consumer group Shopper Watch, said: “Ninety thousand pies is not a small slip. People deserve to know what went wrong.”\n",
        quotes: &[
            ("Customer safety comes before everything", "Brennick Foods"),
            ("We are not going to speculate", "Helga Tranmer"),
            ("Ninety thousand pies is not", "Gethin Pryce"),
        ],
    },
    Case {
        name: "feature: quote runs over two paragraphs, 'he says', ellipsis, second speaker 'she says' + follow-on",
        text: "The Last Lamplighter of Varrow Street\n\n\
               Every evening at dusk, Aurelio Benvenuti props a short wooden ladder against the first of twelve gas lamps on Varrow Street and climbs up, one rung at a time. He is 81, and he has done this for fifty-three years.\n\n\
               “My father did it, and his father before him. When the council wanted to put the lamps on timers, I wrote them a letter every week for a year. In the end they let me keep twelve.\n\n\
               “Twelve is plenty for an old man,” he says, and laughs.\n\n\
               His neighbour, Rosalind Achterberg, has watched him from her window since 1990. “Without him the street would just be ... well, dark,” she says. “And it would be quieter. He whistles.”\n",
        quotes: &[
            ("My father did it, and", "Aurelio Benvenuti"),
            ("Without him the street would", "Rosalind Achterberg"),
            ("And it would be quieter", "Rosalind Achterberg"),
        ],
    },
    Case {
        name: "transcript: MODERATOR / DR. FULL NAME / SURNAME labels, names given in intro",
        text: "Transcript: Lendale Health Board Briefing on Measles\n\n\
               The following is an edited transcript of Tuesday's briefing by Dr. Siobhan Kerrigan, director of public health for the Lendale Health Board. Callum Oyelaran, the board's head of communications, moderated.\n\n\
               MODERATOR: Thanks for joining us at short notice. Dr. Kerrigan will give a brief update and then take a few questions.\n\n\
               DR. SIOBHAN KERRIGAN: As of this morning we have confirmed 23 cases, all linked to two primary schools in the north of the city. Nobody is in intensive care.\n\n\
               MODERATOR: The first question is from the Lendale Echo, which asks whether the schools will close.\n\n\
               KERRIGAN: No. Closing the schools would not stop transmission at this stage. What will stop it is vaccination, and we are running extra clinics from Thursday.\n",
        quotes: &[
            ("Thanks for joining us at", "Callum Oyelaran"),
            ("As of this morning we", "Siobhan Kerrigan"),
            ("The first question is from", "Callum Oyelaran"),
            ("No. Closing the schools would", "Siobhan Kerrigan"),
        ],
    },
    Case {
        name: "live blog: timestamps, curly open + straight close, partial quote with 'describes', 'she said:' with two women named",
        text: "Live: Dunmere City Marathon\n\n\
               09:12 — The elite women are through 10 kilometres in 33:40, with a group of six still together at the front, according to the official timing feed.\n\n\
               09:31 — We've just spoken to Maureen Tobin, coach of defending champion Rhiannon Vell, near the 15-kilometre mark. “She's running her own race, she always starts slowly,\" Tobin told us.\n\n\
               10:02 — Vell is back in the lead pack at halfway. Tobin describes the move as “completely according to plan”.\n\n\
               10:41 — Vell wins in 2:22:09! Speaking to reporters at the finish, she said: “I felt awful for the first hour. Then the crowd on Quay Street carried me.”\n",
        quotes: &[
            ("She's running her own race", "Maureen Tobin"),
            ("completely according to plan", "Maureen Tobin"),
            ("I felt awful for the", "Rhiannon Vell"),
        ],
    },
    Case {
        name: "single curly quotes, split quote 'she said', curly apostrophes inside",
        text: "Harwick Pool to Shut for Six Months\n\n\
               Harwick's only public swimming pool will close in April for a £2.1m refurbishment, the borough council confirmed.\n\n\
               Leisure centre manager Beatrix Holloway said the building itself was in good shape. ‘The roof is sound,’ she said, ‘but the filtration plant hasn’t been replaced since 1989 and it’s simply worn out.’\n\n\
               Swimming clubs will use the pool at Feldon Academy in the meantime.\n",
        quotes: &[
            ("The roof is sound", "Beatrix Holloway"),
            ("but the filtration plant", "Beatrix Holloway"),
        ],
    },
    Case {
        name: "nested ‘…’ inside “…”, surname after, follow-on quote",
        text: "Lifeguard Honoured for Estuary Rescue\n\n\
               A lifeguard who pulled an eight-year-old boy from the Tarne estuary in August has received a bravery award from the Royal Coastal Society.\n\n\
               Tobias Reinholt, 29, swam nearly 200 metres against the ebb tide to reach the child, who had drifted out on an inflatable.\n\n\
               “When I got to him he looked up at me and said, ‘Am I in trouble?’ and I just started laughing,” Reinholt said. “He was fine. I was the one shaking.”\n",
        quotes: &[
            ("When I got to him", "Tobias Reinholt"),
            ("He was fine", "Tobias Reinholt"),
        ],
    },
    Case {
        name: "editorial insertion in brackets, inverted 'said X, the minister', partial quote with 'described ... as'",
        text: "Minister Backs Orrin Vale Tunnel\n\n\
               The government will fund the first phase of a road tunnel under the Orrin Vale ridge, ending two decades of argument over the route.\n\n\
               “The people of Orrin Vale have waited long enough for it [the tunnel] and they will not wait any longer,” said Adaeze Fenwick, the transport minister, at a site visit on Wednesday.\n\n\
               Fenwick said construction could begin within 18 months. Local MP Conrad Ilse described the announcement as “the best news this valley has had in a generation”.\n",
        quotes: &[
            ("The people of Orrin Vale", "Adaeze Fenwick"),
            ("the best news this valley", "Conrad Ilse"),
        ],
    },
    Case {
        name: "'according to X' with a direct quote, partial then full quote by a second speaker",
        text: "Fire Destroys Historic Boatyard in Kelmouth\n\n\
               A fire destroyed the main shed of the 140-year-old Penhallow boatyard in Kelmouth early on Sunday, along with three wooden yachts under restoration.\n\n\
               Crews were called shortly after 2 a.m. “By the time the first engine arrived, the whole roof was alight,” according to Station Commander Yusuf Demirel.\n\n\
               Demirel said investigators had found two petrol cans behind the slipway and that the blaze was being treated as suspicious.\n\n\
               Boatyard owner Morwenna Treloar said she was “absolutely heartbroken, just numb”. “My grandfather built that shed with his own hands,” she said.\n",
        quotes: &[
            ("By the time the first engine", "Yusuf Demirel"),
            ("absolutely heartbroken, just numb", "Morwenna Treloar"),
            ("My grandfather built that shed", "Morwenna Treloar"),
        ],
    },
    Case {
        name: "two people alternating: surnames, he/she, follow-on quotes",
        text: "Rival Bakers Bury the Hatchet Over Sourdough\n\n\
               For nine years, Ernesto Palladino and Marta Vance have run bakeries on opposite sides of Corby Square in Wendlesham, and for most of that time they have not spoken.\n\n\
               “She copied my sourdough, plain and simple,” Palladino said on Thursday, standing in his doorway.\n\n\
               Vance rolled her eyes at the claim. “He has been saying that since 2016,” she said. “Nobody owns flour and water.”\n\n\
               On Saturday the pair will share a stall at the Wendlesham food fair. “Fine, I'll lend her my starter,” he said eventually. “But I want it back.”\n",
        quotes: &[
            ("She copied my sourdough, plain", "Ernesto Palladino"),
            ("He has been saying that", "Marta Vance"),
            ("Nobody owns flour and water", "Marta Vance"),
            ("Fine, I'll lend her my", "Ernesto Palladino"),
            ("But I want it back", "Ernesto Palladino"),
        ],
    },
    Case {
        name: "no quotes: words cited as words, novel title",
        text: "Dictionary Adds 'Skelp' and 'Glaikit' to New Edition\n\n\
               The Harrowgate Concise Dictionary has added 212 regional words to its latest edition, including “skelp”, meaning a slap, and “glaikit”, meaning foolish.\n\n\
               The word “mizzle”, for a fine drizzle, was restored after being dropped in 2004.\n\n\
               The editors said the additions were prompted partly by the success of Ailsa Fenner's novel “A Winter in Carrick Sound”, which uses dozens of dialect terms.\n",
        quotes: &[],
    },
    Case {
        name: "club statement ('the club said in a statement'), partial quote after 'told <newspaper>'",
        text: "Keelbridge Rovers Part Company With Manager\n\n\
               Keelbridge Rovers have sacked manager Alun Trevithick after a run of one win in 14 league games left the club second from bottom.\n\n\
               “The board thanks Alun for his hard work and wishes him every success in the future,” the club said in a statement on Monday evening.\n\n\
               Trevithick, 58, told the Keelbridge Mercury he was “disappointed but not surprised” and would take a break from the game.\n",
        quotes: &[
            ("The board thanks Alun for", "Keelbridge Rovers"),
            ("disappointed but not surprised", "Alun Trevithick"),
        ],
    },
    Case {
        name: "'the ministry said', 'X told reporters' after introducing by full name and role",
        text: "Velmaria Suspends Sales of Farm Pesticide\n\n\
               Velmaria's Ministry of Rural Affairs on Wednesday suspended all sales of the pesticide florazine pending a safety review, after traces were found in two river systems.\n\n\
               “Sales must stop with immediate effect while the review is completed,” the ministry said, adding that farmers holding stocks should not use them.\n\n\
               Hamid Rostami, president of the Velmarian Growers' Union, said members had spent millions on stocks they could no longer use. “We were given no warning at all, not even a phone call,” Rostami told reporters in Tarsk.\n",
        quotes: &[
            (
                "Sales must stop with immediate",
                "Ministry of Rural Affairs",
            ),
            ("We were given no warning", "Hamid Rostami"),
        ],
    },
    Case {
        name: "no quotes: TV show title, quoted notice on a door",
        text: "Seafront Café Closes After 40 Years\n\n\
               The Gull's Nest café on Lindmouth seafront, which featured in the first series of the cookery show “Kitchen Wars: Coast to Coast”, closed its doors for the last time on Sunday.\n\n\
               A printed notice on the door now reads “Premises closed. All enquiries to Harland Property Agents”. The owners have retired to Portugal.\n",
        quotes: &[],
    },
    Case {
        name: "no quotes: nickname in headline (single curly) and text, scare quotes",
        text: "Striker Known as ‘The Ghost’ Hangs Up His Boots\n\n\
               Ilie “The Ghost” Marinescu, who scored 211 goals in 15 seasons for Dravos FC, announced his retirement on Friday at the age of 37.\n\n\
               The forward earned his nickname for a habit of drifting unnoticed into the penalty area, and his famously “unorthodox” training regime, which included ballet classes, was copied by a generation of youth coaches.\n",
        quotes: &[],
    },
    Case {
        name: "police: 'X told reporters', later 'the inspector said'; a third person named but silent",
        text: "Search for Missing Hiker Enters Third Day\n\n\
               Mountain rescue teams resumed their search of the Callow Fells on Monday for a 44-year-old hiker who failed to return from a solo walk on Saturday.\n\n\
               Detective Inspector Valentina Okonedo of Northmoor Police named the man as Gareth Pilling, a teacher from Brayford.\n\n\
               “We have not given up hope, and neither has his family,” Okonedo told reporters at the rescue base in Hesketh Bridge.\n\n\
               She urged walkers who were on the fells at the weekend to check their photographs. “The weather up there can change in minutes,” the inspector said.\n",
        quotes: &[
            ("We have not given up hope", "Valentina Okonedo"),
            ("The weather up there can", "Valentina Okonedo"),
        ],
    },
    Case {
        name: "tennis: ellipses (…) in quote, partial quote in indirect speech, 'the Norwegian said', follow-on",
        text: "Arbeloa Battles Into Tarragon Open Final\n\n\
               Lucía Arbeloa reached her first final of the season on Saturday after Norway's Hanne Kristiansen retired with a shoulder injury trailing 6-4, 3-1 in the semi-finals.\n\n\
               “I was tired … really tired … but I kept telling myself, one more point, just one more,” said Arbeloa, who had played a three-hour quarter-final less than 20 hours earlier.\n\n\
               Kristiansen said the shoulder had been “bothering me since Melbourne” and that she would see a specialist on Monday. “I don't want to make excuses,” the Norwegian said. “She was the better player today.”\n",
        quotes: &[
            ("I was tired", "Lucía Arbeloa"),
            ("bothering me since Melbourne", "Hanne Kristiansen"),
            ("I don't want to make", "Hanne Kristiansen"),
            ("She was the better player", "Hanne Kristiansen"),
        ],
    },
    Case {
        name: "feature, present tense 'says Mensah' + follow-on; 'puts it more bluntly:' colon before",
        text: "Above the Clouds on Carrach Fell, the Weather Watchers Never Clock Off\n\n\
               At 3 a.m. the wind on the summit of Carrach Fell is gusting at 70 miles an hour, and Comfort Mensah is outside in it, reading a rain gauge by torchlight. She has been an observer at the Carrach Fell weather station for eleven years.\n\n\
               “You learn to write with gloves on or you don't write at all,” says Mensah, back inside and pouring tea from a flask. “Calm nights feel strange to me now.”\n\n\
               Ianto Bevan, the station's technician for nearly as long, puts it more bluntly: “When the generator fails, we are the generator. Simple as that.”\n",
        quotes: &[
            ("You learn to write with", "Comfort Mensah"),
            ("Calm nights feel strange to", "Comfort Mensah"),
            ("When the generator fails, we", "Ianto Bevan"),
        ],
    },
    Case {
        name: "straight quotes with apostrophes; split quote with role + name in the middle",
        text: "Brayton School Bus Route Restored After Parents' Campaign\n\n\
               The 47 school bus between Ludgate Common and Brayton High will run again from September, six months after it was withdrawn to save money.\n\n\
               \"It's been a nightmare for working parents, and we weren't going to let it drop,\" said Dolores Kettering, who organised a 1,200-name petition.\n\n\
               \"The route wasn't viable as it was,\" county transport officer Raymond Ashdown said, \"but we've found savings elsewhere in the contract.\"\n",
        quotes: &[
            ("It's been a nightmare for", "Dolores Kettering"),
            ("The route wasn't viable as", "Raymond Ashdown"),
            ("but we've found savings elsewhere", "Raymond Ashdown"),
        ],
    },
    Case {
        name: "no quotes: a newspaper headline and a phrase cited as words",
        text: "Courier Apologises Over Flood Headline\n\n\
               The Morvale Courier has apologised to readers after its front page on Thursday carried the headline “Flood Families Told: Learn to Swim”.\n\n\
               The paper's editor said the headline had been intended as a comment on the council's response, not on residents. Several readers also objected to the phrase “act of God” in the accompanying report, arguing that the river defences had been neglected for years.\n",
        quotes: &[],
    },
];
