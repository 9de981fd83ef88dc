// Held-out quote snippets written by a second author who had not seen the extractor.
pub struct Case {
    pub name: &'static str,
    pub text: &'static str,
    pub quotes: &'static [(&'static str, &'static str)],
}
pub const CASES: &[Case] = &[
    Case {
        name: "said X after the quote, role in a relative clause",
        text: "Frost Hits Vineyards in Corvale\n\n\
               A late frost damaged vines across the Corvale valley overnight on Sunday, with temperatures falling to minus four in the lowest plots.\n\n\
               \"We lost perhaps a third of the buds in a single night,\" said Teodora Vasile, who chairs the Corvale Growers' Cooperative.\n\n\
               Vasile said the cooperative would ask the regional government for emergency help before the end of the month.\n",
        quotes: &[("We lost perhaps a third", "Teodora Vasile")],
    },
    Case {
        name: "partial quote, then he and she resolved by gender",
        text: "Hospitals Agree to Merge\n\n\
               The boards of St Aldric's Hospital and Wenlow General voted on Thursday to merge the two hospitals by next spring.\n\n\
               Board chairman Desmond Achebe called the decision “overdue” and said savings would go to front-line care. “Two half-empty hospitals ten miles apart make no sense to anyone,” he said after the vote.\n\n\
               Nurses' representative Ilse Marchetti was less enthusiastic. “Nobody has told us which wards will close,” she said.\n",
        quotes: &[
            ("overdue", "Desmond Achebe"),
            ("Two half-empty hospitals ten miles", "Desmond Achebe"),
            ("Nobody has told us which", "Ilse Marchetti"),
        ],
    },
    Case {
        name: "told reporters with colon before the quote",
        text: "Wildfire Crews Gain Ground\n\n\
               Fire chief Rowan Okafor gave an update at the command post above Castell Roig on Wednesday morning.\n\n\
               Okafor told reporters: “We have the northern flank under control, but the wind is forecast to turn tonight.”\n\n\
               About 600 residents remain in emergency shelters.\n",
        quotes: &[("We have the northern flank", "Rowan Okafor")],
    },
    Case {
        name: "split quote with she said in the middle, straight quotes",
        text: "Library Fines Scrapped\n\n\
               Halloway City Library will stop charging late fees from 1 July, head librarian Priya Raghunathan announced on Monday.\n\n\
               \"Fines were keeping the poorest readers away,\" she said, \"and they brought in less than it cost to collect them.\"\n",
        quotes: &[
            ("Fines were keeping the poorest", "Priya Raghunathan"),
            ("and they brought in less", "Priya Raghunathan"),
        ],
    },
    Case {
        name: "the former senator resolves; book title in quotes is not speech",
        text: "Former Senator Publishes Memoir\n\n\
               Former senator Margaret Ellingsworth launched her memoir, “A Seat at the Long Table,” at a bookshop in Dunmore on Saturday.\n\n\
               “I wrote it for the young staffers who thought nobody was watching,” the former senator told an audience of about 200 people.\n",
        quotes: &[("I wrote it for the", "Margaret Ellingsworth")],
    },
    Case {
        name: "the company's chief executive resolves (curly apostrophe)",
        text: "Brightwater Foods Recalls Yoghurt\n\n\
               Brightwater Foods is recalling 40,000 pots of strawberry yoghurt after plastic fragments were found in a batch made at its Kelby plant, chief executive Oskar Lindahl said on Monday.\n\n\
               “We are deeply sorry, and we are paying for every returned pot,” the company’s chief executive said.\n\n\
               The company said no injuries had been reported.\n",
        quotes: &[("We are deeply sorry", "Oskar Lindahl")],
    },
    Case {
        name: "the minister said: colon; opposition partial quote with period outside",
        text: "Minister Announces Rural Bus Fund\n\n\
               Transport Minister Fenella Cruickshank announced a £200 million fund for rural bus routes on Tuesday.\n\n\
               Speaking at a depot in Ardlow, the minister said: “A village without a bus is a village cut off from work, from school and from the doctor.”\n\n\
               Opposition transport spokesman Gareth Pryce-Owen said the money was “a fraction of what was cut”.\n",
        quotes: &[
            ("A village without a bus", "Fenella Cruickshank"),
            ("a fraction of what was", "Gareth Pryce-Owen"),
        ],
    },
    Case {
        name: "he resolves to the person, not the organisation named first",
        text: "Amateur Astronomer Spots Comet\n\n\
               An amateur astronomer in the village of Tillingham has discovered a new comet, the Westmarch Astronomical Society confirmed on Friday.\n\n\
               Retired postman Hugo Brandvold spotted the faint smudge from his back garden on 3 March.\n\n\
               “At first I thought it was a smear on the lens,” he said. “I cleaned it twice before I believed it.”\n",
        quotes: &[
            ("At first I thought it", "Hugo Brandvold"),
            ("I cleaned it twice", "Hugo Brandvold"),
        ],
    },
    Case {
        name: "the agency said, second sentence follows",
        text: "Agency Warns on Well Water\n\n\
               The Coastal Environment Agency has told residents of three villages near Saltmere not to drink water from private wells after nitrate levels rose sharply.\n\n\
               “Boiling the water will not remove nitrates,” the agency said. “Residents should use bottled water until further notice.”\n",
        quotes: &[
            ("Boiling the water will not", "Coastal Environment Agency"),
            (
                "Residents should use bottled water",
                "Coastal Environment Agency",
            ),
        ],
    },
    Case {
        name: "the ministry said in a statement, adding",
        text: "Trawler Licences Suspended\n\n\
               The Ministry of Fisheries and Maritime Affairs suspended 14 trawler licences in the Orrin Sound on Wednesday.\n\n\
               “Vessels were found using nets with a mesh far below the legal minimum,” the ministry said in a statement, adding that the suspensions would last at least six months.\n",
        quotes: &[(
            "Vessels were found using nets",
            "Ministry of Fisheries and Maritime Affairs",
        )],
    },
    Case {
        name: "according to X before a colon quote",
        text: "Bakery Chain to Open 30 Shops\n\n\
               Crumb & Co. plans to open 30 new shops next year, according to its founder, Beatriz Salgado.\n\n\
               According to Salgado, the secret is simple: “People still want bread made in the morning by someone they can see.”\n",
        quotes: &[("People still want bread made", "Beatriz Salgado")],
    },
    Case {
        name: "transcript slug lines, surname-only repeat slug",
        text: "Press Briefing: Flood Response\n\n\
               GOVERNOR ANSELM KREUTZER: Good afternoon. The river crested at 6.2 metres overnight and is now falling slowly.\n\n\
               EMERGENCY DIRECTOR LUCIA FERRANTE: We still have 40 homes without power on the east bank, and crews are working through the night.\n\n\
               KREUTZER: Nobody goes home before Thursday. I know that's hard to hear.\n",
        quotes: &[
            ("Good afternoon. The river crested", "Anselm Kreutzer"),
            ("We still have 40 homes", "Lucia Ferrante"),
            ("Nobody goes home before Thursday", "Anselm Kreutzer"),
        ],
    },
    Case {
        name: "according to an organisation (partial quote) and told X that (partial quote)",
        text: "Housing Report Warns of Shortfall\n\n\
               Fenmoor needs 4,000 new homes by 2030 but is on course to build fewer than half that number, according to a report published on Tuesday by the Kestrel Housing Institute.\n\n\
               The town's rental market is \"close to breaking point\", according to the Kestrel Housing Institute, which surveyed 1,200 tenants.\n\n\
               Local MP Jerome Hartigan told the Fenmoor Gazette that the figures were \"no surprise to anyone who has tried to rent here\".\n",
        quotes: &[
            ("close to breaking point", "Kestrel Housing Institute"),
            ("no surprise to anyone who", "Jerome Hartigan"),
        ],
    },
    Case {
        name: "curly single quotes with a curly apostrophe inside",
        text: "Pensioner Wins Parking Appeal\n\n\
               A pensioner from Great Amwell has won her appeal against a £90 parking fine issued while she was helping a stranger who had collapsed.\n\n\
               Maureen Tibbetts, 78, said the warden had ignored her explanation. ‘I was kneeling on the pavement doing chest compressions and he was writing me a ticket. I couldn’t believe it,’ she said.\n\n\
               Broadmere District Council said it had cancelled the fine and apologised.\n",
        quotes: &[("I was kneeling on the", "Maureen Tibbetts")],
    },
    Case {
        name: "doubled single quotes with apostrophes, second sentence",
        text: "Harbor Tunnel Opens to Traffic\n\n\
               The Wexley Harbor Tunnel opened to cars at dawn on Saturday, four years late and $1.2 billion over budget.\n\n\
               ''It's finished, and that's what people will remember,'' said Lionel Abernathy, the state's transportation commissioner. ''Nobody remembers the overruns in 10 years.''\n",
        quotes: &[
            ("It's finished, and that's", "Lionel Abernathy"),
            ("Nobody remembers the overruns", "Lionel Abernathy"),
        ],
    },
    Case {
        name: "curly opening, straight closing mark",
        text: "Striker Signs New Contract\n\n\
               Forward Dario Mancuso has signed a three-year extension with Port Elyn Athletic, ending months of speculation about a move abroad.\n\n\
               “I never wanted to leave this club,\" Mancuso said at the training ground on Thursday.\n",
        quotes: &[("I never wanted to leave", "Dario Mancuso")],
    },
    Case {
        name: "quote cut off without a closing mark, paragraph follows",
        text: "Council Leader Resigns\n\n\
               Council leader Bernadette Quayle resigned on Monday night after losing a confidence vote by two votes.\n\n\
               In a short statement outside the town hall, Quayle said: “I have served Eastholme for eleven years and I leave with my head high\n\n\
               Her deputy, Samir Bellamy, will lead the council until a new leader is chosen.\n",
        quotes: &[("I have served Eastholme for", "Bernadette Quayle")],
    },
    Case {
        name: "editorial insertions in brackets",
        text: "Farmers Oppose Reservoir Expansion\n\n\
               Farmer Gwilym Pritchard has led opposition to the Cwm Arian reservoir scheme since it was announced in 2021.\n\n\
               “They [the water company] have never once asked us what we think,” Pritchard said. “If it [the expansion] goes ahead, four farms disappear under water.”\n",
        quotes: &[
            ("They [the water company] have", "Gwilym Pritchard"),
            ("If it [the expansion] goes", "Gwilym Pritchard"),
        ],
    },
    Case {
        name: "[sic] inside a quote, she resolves",
        text: "Head Teacher Criticises Exam Board\n\n\
               Head teacher Rosalind Achterberg said on Wednesday that the regional exam board had sent her school the wrong papers for the second year running.\n\n\
               “Their letter said the mistake was regretable [sic] and would not happen again,” she said. “It has happened again.”\n",
        quotes: &[
            ("Their letter said the mistake", "Rosalind Achterberg"),
            ("It has happened again", "Rosalind Achterberg"),
        ],
    },
    Case {
        name: "quote continues into the next paragraph",
        text: "Lighthouse Keeper Retires\n\n\
               After 31 years, Fergus MacAndrew will switch off the lamp at Skerrow Point for the last time on Sunday, when the light becomes fully automatic.\n\n\
               “People imagine it was lonely, but I had the seals, the radio and more visitors than you would think. The supply boat came every ten days.\n\n\
               “What I will miss is the sound of the place at night,” MacAndrew said.\n\n\
               The Northern Lights Trust, which runs the station, said it would keep the keeper’s cottage as a small museum.\n",
        quotes: &[("People imagine it was lonely", "Fergus MacAndrew")],
    },
    Case {
        name: "nickname in quotes is not speech",
        text: "Veteran Boxer Returns to the Ring\n\n\
               Michael “The Hammer” Dunleavy, 41, will fight for the first time in six years at the Corran Arena on 12 October.\n\n\
               Dunleavy, who retired in 2018 after a detached retina, has been training in a converted barn outside Ballykeel. Tickets for the bout go on sale on Monday.\n",
        quotes: &[],
    },
    Case {
        name: "operation name and scare quotes are not speech",
        text: "Police Arrest 19 in Fuel Fraud Inquiry\n\n\
               Detectives arrested 19 people in dawn raids across Lanchester and Brayford on Tuesday as part of Operation “Tidewater”, an investigation into laundered red diesel.\n\n\
               The suspects are accused of running a network of so-called “ghost” filling stations that sold untaxed fuel from unmarked tankers.\n",
        quotes: &[],
    },
    Case {
        name: "film titles and a scare quote in straight quotes are not speech",
        text: "Studio Confirms Sequel\n\n\
               Halvorsen Pictures confirmed on Thursday that \"Salt and Iron\", last year's surprise hit about a family of blacksmiths on a remote island, will get a sequel provisionally titled \"Salt and Iron: Embers\".\n\n\
               The first film earned more than $300 million worldwide despite its \"art-house\" reputation.\n",
        quotes: &[],
    },
    Case {
        name: "words cited as words are not speech",
        text: "Dictionary Adds Regional Words\n\n\
               The Cambrell English Dictionary has added 240 words to its online edition, including ‘drookit’, a Scots word meaning soaked through, and the West Country term “dimpsy” for dusk.\n\n\
               Editors said the update was the largest since 2015.\n",
        quotes: &[],
    },
    Case {
        name: "scare quote, partial quote after said, organisation said in a statement with colon",
        text: "Regulator Fines Energy Supplier\n\n\
               The Office of Energy Standards fined Pellan Power £12 million on Monday for overcharging customers on so-called \"flexible\" tariffs.\n\n\
               The regulator's chief executive, Anjali Deshmukh, said the company had shown \"a casual disregard for the people paying its bills\".\n\n\
               Pellan Power said in a statement: \"We accept the findings in full and have already refunded affected customers.\"\n",
        quotes: &[
            ("a casual disregard for the", "Anjali Deshmukh"),
            ("We accept the findings in", "Pellan Power"),
        ],
    },
];
