import BundledIntents
import Foundation
import Testing

@testable import ConsultKit

/// How well the built-in knowledge base and matcher answer real questions.
@Suite struct AccuracyTests {
    func evaluate(_ text: String, file: String) throws -> EvaluationReport {
        let set = try LabelledSet(tsv: text, file: file)
        let predictions = set.items.map { Bundled.answerer.answer($0.question).primary.intent?.id }
        return EvaluationReport(set: set, predictions: predictions)
    }

    /// Our own labelled sets, each written apart from the knowledge base and
    /// from the sets before it, by category (varied phrasings, typos, chatty
    /// messages, questions the guide does not cover that share its words):
    /// - regression.tsv: grown with the matcher;
    /// - heldout, confirm, final, faqstyle, unseen, fresh-a (e-mails),
    ///   fresh-b (chat on a phone), fresh-c (worries, jobs, hobbies),
    ///   fresh-d (FAQ and web-form enquiries), fresh-e (FAQ headings),
    ///   fresh-f (phone chat, non-native grammar), fresh-g (e-mails with
    ///   context), fresh-h (a sceptic's near misses), fresh-i (short FAQ
    ///   headings), fresh-j (families and older clients), fresh-k (letters)
    ///   fresh-l (typos, slang, dictation), fresh-m (clinic FAQ and leaflets),
    ///   fresh-n (a hair-loss site's FAQ), fresh-o (paraphrases), fresh-p (a
    ///   week's mixed messages), fresh-q (FAQ pages in five countries),
    ///   fresh-r (paraphrases by very different people), fresh-s (forum
    ///   posts), fresh-t (phone calls written down), fresh-u (non-native
    ///   phone typing), fresh-v (paraphrases in other words), fresh-w
    ///   (a clinic's FAQ), fresh-x (a hair-loss clinic's FAQ), fresh-y
    ///   (contact forms), fresh-z (hurried chat), fresh-aa (a clinic's
    ///   less obvious FAQ), fresh-ab (a hair-loss site), fresh-ac (five
    ///   voices), fresh-ad (follow-ups on what was read), fresh-ae (a
    ///   thorough clinic FAQ), fresh-af (a pharmacy's hair-loss advice),
    ///   fresh-ag (everyday English), fresh-ah (a website chat: non-native,
    ///   older and young writers), fresh-ai (an FAQ and a booking e-mail),
    ///   fresh-aj (a men's hair-loss forum FAQ), fresh-ak (rewordings as a
    ///   chatbot's testers write them), fresh-al (clients in mid-course),
    ///   fresh-am (a South African clinic's FAQ), fresh-an (a health
    ///   website's hair-loss FAQ), fresh-ao (plain rewordings), fresh-ap
    ///   (long chat messages), fresh-aq (non-native phone typing), fresh-ar
    ///   (clients mid-course and their partners), fresh-as (long messages,
    ///   polite and blunt), fresh-at (non-native and mid-course), fresh-au
    ///   (long website-chat messages), fresh-av (clients on their own course),
    ///   fresh-aw (questions for someone else), fresh-ax (second-language,
    ///   phone and formal writers), fresh-ay (a clinic's FAQ), fresh-az (a
    ///   hair-loss site's FAQ), fresh-ba (a clinic's chat window), fresh-bb
    ///   (a website chatbot, two questions in a line), fresh-bc (long chat
    ///   messages), fresh-bd (clients part-way through their course), fresh-be
    ///   (everyday words, non-native grammar, phone typing), fresh-bf (a
    ///   clinic's and a hair-loss site's FAQ pages), fresh-bg (a website chat,
    ///   many voices), fresh-bh (clients and their families at any stage),
    ///   fresh-bi (own words, second-language and typing mistakes), fresh-bj
    ///   (a clinic's, a comparison site's and a men's health site's FAQ),
    ///   fresh-bk (a week of a clinic's e-mails and chats), fresh-bl (phone
    ///   typing), fresh-bm (what clients say aloud in the chair), fresh-bn
    ///   (a clinic's chat), fresh-bo (clients in or after treatment), fresh-bp
    ///   (none of the guide's words), fresh-bq (FAQ pages of clinics and a
    ///   hair-loss site), fresh-br (fast phone typing), fresh-bs (second-
    ///   language writers), fresh-bt (long chatty messages with one question),
    ///   fresh-bu (a clinic's FAQ headings), fresh-bv (plain everyday words),
    ///   fresh-bw (mixed registers), fresh-bx (clients mid-course or after, and
    ///   their families), fresh-by (a forum's or help centre's FAQ), fresh-bz
    ///   (search-box fragments), fresh-ca (e-mails to the clinic), fresh-cb
    ///   (second-language writers), fresh-cc (callers' questions as a
    ///   receptionist logs them), fresh-cd (a website chat's first-time
    ///   visitors), fresh-ce (clients between sessions or after), fresh-cf
    ///   (phone typing, second-language and long messages mixed), fresh-cg
    ///   (a magazine's or charity leaflet's questions), fresh-ch (texts
    ///   typed fast on a phone), fresh-ci (second-language writers), fresh-cj
    ///   (long messages telling a story), fresh-ck (FAQ headings), fresh-cl
    ///   (clients between sessions about their own scalp), fresh-cm (writing
    ///   for someone else), fresh-cn (search-box fragments), fresh-co
    ///   (questions dictated to a phone), fresh-cp (claims heard elsewhere,
    ///   checked), fresh-cq (how SMP fits a job or a way of life), fresh-cr
    ///   (a leaflet's headings and its reply slips), fresh-cs (autocorrect
    ///   slips), fresh-ct (planning around dates and events), fresh-cu
    ///   (requests and embedded questions), fresh-cv (a barber chain's FAQ
    ///   and questions in the chair), fresh-cw (anxious clients), fresh-cx
    ///   (second-language writers), fresh-cy (follow-ups that stand alone)
    ///   fresh-cz (a medical hair clinic's FAQ and contact form), fresh-da
    ///   (people new to SMP), fresh-db (a gym group chat's slang), fresh-dc
    ///   (lines that ask several things), fresh-dd (a consumer guide's
    ///   headings and its readers' comments), fresh-de (tag questions and
    ///   assumptions), fresh-df (commands to a voice assistant), fresh-dg (a
    ///   receptionist's log), fresh-dh (a hair-loss charity's FAQ and board),
    ///   fresh-di (comparisons with other things), fresh-dj (figures and
    ///   dates to check), fresh-dk (hypotheticals), fresh-dl (a magazine's
    ///   reader letters), fresh-dm (sceptics), fresh-dn (older clients who
    ///   misname things), fresh-do (worries stated, not asked), fresh-dp
    ///   (travellers' forum and FAQ), fresh-dq (idioms), fresh-dr (clinical
    ///   vocabulary), fresh-ds (young adults' phone messages), fresh-dt (a
    ///   sports club's FAQ), fresh-du (hedged politeness), fresh-dv (two
    ///   sources weighed), fresh-dw (the therapist addressed as "you"),
    ///   fresh-dx (an online pharmacy's FAQ), fresh-dy (plain everyday
    ///   words), fresh-dz (passives and fronted topics), fresh-ea (American,
    ///   Australian, Irish and Indian English), fresh-eb (a tattoo studio's
    ///   FAQ), fresh-ec (women with thinning hair), fresh-ed (what could go
    ///   wrong), fresh-ee (an analytical reader's mechanisms and figures),
    ///   fresh-ef (an alopecia support group's FAQ), fresh-eg (a situation,
    ///   then the question), fresh-eh (a new receptionist asking how to
    ///   answer clients), fresh-ei (laptop typing slips), fresh-ej (a
    ///   training academy's FAQ for model clients), fresh-ek (a blunt man's
    ///   fragments), fresh-el (men's hair-loss slang), fresh-em (a GP asking
    ///   for a patient), fresh-en (a deals site's questions on a voucher),
    ///   fresh-eo (writers correcting themselves), fresh-ep (Turkish, Arabic
    ///   and Portuguese speakers' English), fresh-eq (a parent's one-handed
    ///   abbreviations), fresh-er (a council's licensing page), fresh-es (a
    ///   week of a website's chat), fresh-et (questions pointing back at a
    ///   sentence before), fresh-eu (retired Americans), fresh-ev (a wedding
    ///   site's grooming FAQ), fresh-ew (a radio phone-in), fresh-ex
    ///   (Japanese, Korean and Chinese speakers' English), fresh-ey (a
    ///   hair-loss forum's post titles), fresh-ez (a resort spa's FAQ),
    ///   fresh-fa (voice dictation), fresh-fb (asking for a partner or a
    ///   parent), fresh-fc (Polish, Russian and German speakers' English),
    ///   fresh-fd (a barbershop chain's FAQ), fresh-fe (a scar-camouflage
    ///   clinic's FAQ), fresh-ff (spelling by sound), fresh-fg (clients in
    ///   mid-course), fresh-fh (a dermatology clinic's FAQ), fresh-fi
    ///   (texting with emoji), fresh-fj (Indian English), fresh-fk (either-or
    ///   questions), fresh-fl (Spanish, Italian and French speakers'
    ///   English), fresh-fm (a medical-travel agency's FAQ), fresh-fn
    ///   (numbers and dates), fresh-fo (keyword queries), fresh-fp (Dutch
    ///   and Scandinavian speakers' English), fresh-fq (an armed-forces
    ///   welfare FAQ), fresh-fr (premises true and false), fresh-fs
    ///   (Nigerian, Ghanaian and Kenyan English), fresh-ft (negative and tag
    ///   questions), fresh-fu (a wig studio's FAQ), fresh-fv (rich
    ///   vocabulary), fresh-fw (how many, how long, how often), fresh-fx
    ///   (Philippine, Malaysian and Singaporean English), fresh-fy (a
    ///   hair-loss charity's leaflet), fresh-fz (polite hedging), fresh-ga
    ///   (Australian and New Zealand English), fresh-gb (autocorrect's word
    ///   swaps), fresh-gc (a laser-removal clinic's FAQ), fresh-gd (second
    ///   opinions), fresh-ge (beginners' English), fresh-gf (compound lines),
    ///   fresh-gg (a health insurer's FAQ), fresh-gh (forum posts ending in
    ///   TL;DR), fresh-gi (South African English), fresh-gj (odd names for
    ///   SMP), fresh-gk (a gym chain's FAQ), fresh-gl (Vietnamese, Thai and
    ///   Indonesian speakers' English), fresh-gm (a journalist's interview),
    ///   fresh-gn (run-on messages, some in capitals), fresh-go (nervous
    ///   callers' hesitations, dictated), fresh-gp (a cosmetic-tattoo
    ///   studio's FAQ), fresh-gq (a cancer-care charity's FAQ), fresh-gr
    ///   (Caribbean English), fresh-gs (homophones confused), fresh-gt
    ///   (questions through a translation app), fresh-gu (a hair-loss
    ///   forum's acronyms), fresh-gv (a men's grooming shop's FAQ),
    ///   fresh-gw (a hair-transplant clinic's FAQ), fresh-gx (Irish and
    ///   Scottish English), fresh-gy (Northern English dialects), fresh-gz
    ///   (the American South and Midwest), fresh-ha (frustrated clients),
    ///   fresh-hb (a student health service's FAQ), fresh-hc (a men's
    ///   mental-health charity's FAQ), fresh-hd (Gulf Arabic speakers'
    ///   English), fresh-he (Hinglish: mostly Hindi, out of the lexicon's
    ///   reach; its floor pins honest refusals), fresh-hf (a solicitor's
    ///   formal register), fresh-hg (British Sign Language users' written
    ///   English), fresh-hh (a piercing studio's FAQ), fresh-hi (a hair
    ///   fibre seller's FAQ), fresh-hj (Welsh English), fresh-hl (comments
    ///   under a clinic's videos), fresh-hm (speech recognition's slips),
    ///   fresh-hn (Canadian English), fresh-ho (a trichology clinic's FAQ)
    ///   fresh-hp (an airline cabin crew's grooming FAQ), fresh-hq (Easy
    ///   Read English), fresh-hr (Spanglish, mostly English), fresh-hs
    ///   (asides in brackets), fresh-ht (typos corrected with an asterisk),
    ///   fresh-hu (a private GP chain's FAQ), fresh-hv (a consumer-rights
    ///   FAQ on cosmetic procedures), fresh-hw (a personal assistant asking
    ///   for an executive), fresh-hx (pop-culture references), fresh-hy
    ///   (exam-revision prompts), fresh-hz (dictation that spells out
    ///   punctuation), fresh-ia (a tattoo aftercare brand's FAQ), fresh-ib
    ///   (an outdoor workers' union's health FAQ), fresh-ic (numbered and
    ///   bulleted lists of questions), fresh-id (Multicultural London
    ///   English), fresh-ie (Québécois English), fresh-if (abstract and
    ///   hypothetical framings), fresh-ig (a model agency's FAQ), fresh-ih
    ///   (a faith community's FAQ), fresh-ii (Romanian, Bulgarian and
    ///   Ukrainian speakers' English), fresh-ij (tattooists' trade jargon),
    ///   fresh-ik (Sri Lankan English), fresh-il (true-or-false quizzes),
    ///   fresh-im (a tanning salon chain's FAQ), fresh-in (a hair-loss
    ///   supplement seller's FAQ), fresh-io (enquiry cards read by OCR),
    ///   fresh-ip (barbers thinking of offering SMP), fresh-iq (Persian and
    ///   Urdu speakers' English), fresh-ir (Greek and Cypriot speakers'
    ///   English), fresh-is (a "bald and proud" community's FAQ),
    ///   fresh-it (a cosmetic-finance lender's FAQ), fresh-iu (dyslexic
    ///   writers' phonetic spelling), fresh-iv (Filipino English), fresh-iw
    ///   (soldiers' and veterans' clipped register), fresh-ix (software
    ///   engineers' jargon), fresh-iy (Bangladeshi English), fresh-iz (a
    ///   hair-system supplier's FAQ), fresh-ja (a laser tattoo-removal
    ///   studio's FAQ), fresh-jb (an SMP training academy's FAQ), fresh-jc
    ///   (Israeli English), fresh-jd (Nepali English), fresh-je (negative
    ///   questions and tags), fresh-jf (self-deprecating jokes about
    ///   baldness), fresh-jg (dressing-room banter), fresh-jh (a scar
    ///   camouflage studio's FAQ), fresh-ji (a PRP and microneedling
    ///   clinic's FAQ), fresh-jj (a headwear brand's FAQ), fresh-jk (Somali
    ///   and Ethiopian speakers' English), fresh-jl (Hungarian, Czech and
    ///   Slovak speakers' English), fresh-jm (Cockney rhyming slang and
    ///   dropped h's), fresh-jn (people after chemotherapy), fresh-jo
    ///   (Brazilian English), fresh-jp (an alopecia charity's FAQ), fresh-jq
    ///   (a body-tattoo studio's FAQ), fresh-jr (an American SMP clinic's
    ///   FAQ), fresh-js (sarcastic sceptics), fresh-jt (Finnish, Swedish and
    ///   Norwegian speakers' English), fresh-ju (Levantine Arabic speakers'
    ///   English), fresh-jv (planners naming their own dates), fresh-jw
    ///   (transgender and non-binary clients), fresh-jx (a British SMP
    ///   clinic chain's FAQ), fresh-jy (an Australian SMP studio's FAQ),
    ///   fresh-jz (a hair-loss forum's pinned SMP FAQ), fresh-ka (Singlish
    ///   and Manglish), fresh-kb (brash New Yorkers), fresh-kc (influencers'
    ///   buzzwords), fresh-kd (guesses stated for the reader to confirm),
    ///   fresh-ke (British Asian slang), fresh-kf (a Canadian SMP clinic's
    ///   FAQ), fresh-kg (a women's SMP studio's FAQ), fresh-kh (a
    ///   barber-led clinic for Black men's FAQ), fresh-ki (formal British
    ///   paraphrases), fresh-kj (casual American paraphrases), fresh-kk
    ///   (two-to-six-word queries), fresh-kl (an Irish SMP clinic's FAQ),
    ///   fresh-km (a South African SMP clinic's FAQ), fresh-kn (a hair-loss
    ///   blog's SMP questions), fresh-ko (long messages with one question
    ///   buried), fresh-kp (several typos a line), fresh-kq (fluent
    ///   non-native paraphrases), fresh-kr (Balkan speakers' English),
    ///   fresh-ks (Tamil speakers' English), fresh-kt (couples deciding
    ///   together), fresh-ku (a New Zealand SMP studio's FAQ), fresh-kv (a
    ///   Scottish SMP clinic's FAQ), fresh-kw (an Istanbul transplant
    ///   clinic's FAQ), fresh-kx (a dermatology leaflet's questions),
    ///   fresh-ky and fresh-kz (two more paraphrase writers: many imagined
    ///   clients, and unusual angles on each fact), fresh-la (West Country
    ///   and Black Country English), fresh-lb (Cantonese speakers' English),
    ///   fresh-lc (a Texas and Florida SMP clinic's FAQ), fresh-ld (a
    ///   Harley Street clinic's FAQ), fresh-le (an Indian SMP clinic's FAQ)
    ///   fresh-lf (a men's hair-loss information site's FAQ), fresh-lg
    ///   (yes-or-no questions), fresh-lh (uncommon synonyms), fresh-li
    ///   (relatives asking for someone), fresh-lj (German speakers'
    ///   English), fresh-lk (a Dubai SMP clinic's FAQ), fresh-ll (a
    ///   one-practitioner Manchester studio's FAQ), fresh-lm (a mobile SMP
    ///   artist's FAQ), fresh-ln (search-style question headings), fresh-lo
    ///   (everyday words instead of the guide's), fresh-lp (shy, indirect
    ///   questions), fresh-lq (a plumber typing on his phone), fresh-lr
    ///   (exam-style comprehension questions), fresh-ls (Irish English),
    ///   fresh-lt (a Marbella clinic's FAQ for expats), fresh-lu (a
    ///   Singapore studio's FAQ), fresh-lv (a hair-loss consultancy's FAQ),
    ///   fresh-lw (a retired teacher asking for her husband), fresh-lx
    ///   (voice dictation), fresh-ly (Nigerian English), fresh-lz (three to
    ///   eight words), fresh-ma (a physician assistant's clinical words),
    ///   fresh-mb (a Houston clinic's FAQ), fresh-mc (a Toronto clinic's
    ///   FAQ), fresh-md (a hospital dermatology leaflet), fresh-me
    ///   (Australian tradies), fresh-mf (women with thinning hair), fresh-mg
    ///   (a copy editor's varied sentence shapes), fresh-mh (Polish
    ///   speakers' English), fresh-mi (Spanglish), fresh-mj (a Manchester
    ///   clinic's FAQ), fresh-mk (a barbershop's FAQ), fresh-ml (an
    ///   aftercare shop's FAQ), fresh-mm (hair-loss forum slang), fresh-mn
    ///   (Kenyan English), fresh-mo (a line of the writer's situation, then
    ///   the question), fresh-mp (a writer short of confidence), fresh-mq
    ///   (Japanese and Korean speakers' polite English), fresh-mr (a Lagos
    ///   clinic's FAQ), fresh-ms (a Berlin studio's FAQ), fresh-mt (a Miami
    ///   medical spa's FAQ), fresh-mu (Glaswegian Scots), fresh-mv (clients
    ///   mid-course or just finished), fresh-mw (a sceptical health
    ///   journalist), fresh-mx (plain questions under twelve words),
    ///   fresh-my (Gulf Arabic speakers' English), fresh-mz (an Edinburgh
    ///   clinic's FAQ), fresh-na (a transplant clinic's FAQ), fresh-nb (a
    ///   treatment lender's FAQ), fresh-nc (Pakistani English), fresh-nd
    ///   (follow-ups where SMP is only "it"), fresh-ne (a grooming-minded
    ///   joker), fresh-nf (a teacher's one-fact questions), fresh-ng (Welsh
    ///   English), fresh-nh (a Los Angeles studio's FAQ for people on
    ///   camera), fresh-ni (a cancer charity's FAQ), fresh-nj (a hair-loss
    ///   podcast's FAQ), fresh-nk (anxious 18-to-22-year-olds), fresh-nl
    ///   (Italian speakers' English), fresh-nm (comparisons with things
    ///   people know), fresh-nn (a customer-service agent's formal
    ///   rewrites), fresh-no (Turkish speakers' English), fresh-np (a
    ///   Brisbane clinic's FAQ), fresh-nq (a women's hair-loss clinic's
    ///   FAQ), fresh-nr (a forum's SMP FAQ post), fresh-ns (Vietnamese
    ///   speakers' English), fresh-nt (a hairdresser asking for her
    ///   clients), fresh-nu (website contact-form messages), fresh-nv (men
    ///   over seventy), fresh-nw (speakers from Spain), fresh-nx (a Leeds
    ///   clinic's FAQ), fresh-ny (a veterans' clinic's FAQ), fresh-nz (a
    ///   grooming magazine's readers), fresh-oa (a student's rewording
    ///   exercise), fresh-ob (clients after an advert), fresh-oc (a nurse
    ///   in everyday words), fresh-od (a retired accountant), fresh-oe (a
    ///   teenager typing for his dad), fresh-of (a Birmingham clinic's FAQ),
    ///   fresh-og (a Manhattan studio's FAQ), fresh-oh (a Melbourne clinic's
    ///   FAQ), fresh-oi to fresh-om (five plain writers: a newcomer, a
    ///   reader of the guide, a busy mother, a Lisbon-born man, a northern
    ///   lad), fresh-on (a Bristol clinic's FAQ), fresh-oo (an Atlanta
    ///   clinic's FAQ), fresh-op (a hair-loss site's FAQ), fresh-oq
    ///   (Brazilian Portuguese speakers' English), fresh-or (sleepless
    ///   late-night typing), fresh-os (Filipino English), fresh-ot (a gym-goer),
    ///   fresh-ou (claims and numbers to check), fresh-ov (a Dublin clinic's
    ///   FAQ), fresh-ow (an Amsterdam clinic's FAQ for visitors), fresh-ox (a
    ///   tattoo studio's FAQ), fresh-oy (Hinglish), fresh-oz (Russian and
    ///   Ukrainian speakers' English), fresh-pa (men with hair transplants),
    ///   fresh-pb (women in their sixties), fresh-pc (text speak), fresh-pd
    ///   (a Cardiff clinic's FAQ), fresh-pe (a Chicago clinic's FAQ), fresh-pf
    ///   (a medical aesthetics clinic's FAQ), fresh-pg (Egyptian and Levantine
    ///   Arabic speakers' English), fresh-ph (French speakers' English),
    ///   fresh-pi (British understatement), fresh-pj (questions on a wrong
    ///   premise), fresh-pk (Mandarin speakers' English), fresh-pl (a Sydney
    ///   clinic's FAQ), fresh-pm (a Las Vegas studio's FAQ), fresh-pn (a
    ///   hair-system shop's FAQ), fresh-po (Dutch speakers' English), fresh-pp
    ///   (Scandinavian speakers' English), fresh-pq (Bengali speakers'
    ///   English), fresh-pr (health anxiety), fresh-ps (Southern US English),
    ///   fresh-pt (a Belfast clinic's FAQ), fresh-pu (a Boston clinic's FAQ),
    ///   fresh-pv (an alopecia charity's FAQ), fresh-pw (Malay and Indonesian
    ///   speakers' English), fresh-px (search queries and voice commands),
    ///   fresh-py (a client writing at each step of the course), fresh-pz
    ///   (Greek and Cypriot speakers' English), fresh-qa (a practice nurse for
    ///   patients), fresh-qb (a Newcastle clinic's FAQ), fresh-qc (a Phoenix
    ///   clinic's FAQ), fresh-qd (a men's health clinic's FAQ), fresh-qe
    ///   (Hebrew speakers' English), fresh-qf (Persian speakers' English),
    ///   fresh-qg (two or three questions a line), fresh-qh (a grandmother for
    ///   her grandson), fresh-qi (Hungarian and Czech speakers' English),
    ///   fresh-qj (a Liverpool clinic's FAQ), fresh-qk (a Dallas clinic's
    ///   FAQ), fresh-ql (a trichology clinic's FAQ), fresh-qm (Romanian and
    ///   Bulgarian speakers' English), fresh-qn (an executive's clipped
    ///   emails), fresh-qo (Ghanaian and Cameroonian English), fresh-qp
    ///   (quotes from a leaflet), fresh-qq (a young woman with thinning
    ///   temples), fresh-qr (a Leicester clinic's FAQ), fresh-qs (a Seattle
    ///   clinic's FAQ), fresh-qt (a sports physiotherapy centre's FAQ),
    ///   fresh-qu (Jamaican and Caribbean English), fresh-qv (a lawyer's
    ///   careful wording), fresh-qw (surfers and swimmers), fresh-qx
    ///   (Yorkshire English), fresh-qy (schoolteachers), fresh-qz (a
    ///   Manchester clinic's FAQ), fresh-ra (a Toronto clinic's FAQ),
    ///   fresh-rb (a barbershop's FAQ), fresh-rc (sceptical customers let
    ///   down before), fresh-rd (medical students and junior doctors),
    ///   fresh-re (Ugandan, Zimbabwean and Zambian English), fresh-rf (Quebec
    ///   French speakers' English), fresh-rg (Gen Z slang), fresh-rh (a
    ///   Glasgow clinic's FAQ), fresh-ri (a Johannesburg clinic's FAQ),
    ///   fresh-rj (a permanent make-up studio's FAQ), fresh-rk (Punjabi
    ///   speakers' English), fresh-rl (Scouse), fresh-rm (partners asking for
    ///   their partner), fresh-rn (Ukrainian speakers' English), fresh-ro
    ///   (Nepali speakers' English), fresh-rp (a Cork clinic's FAQ), fresh-rq
    ///   (a Miami clinic's FAQ), fresh-rr (a cancer charity's hair-loss
    ///   FAQ), fresh-rs (software developers), fresh-rt (Serbian, Croatian and
    ///   Bosnian speakers' English), fresh-ru (Pacific Islanders' English),
    ///   fresh-rv (divorced men back on the dating scene), fresh-rw
    ///   (musicians and stage performers), fresh-rx (a Denver clinic's FAQ),
    ///   fresh-ry (a Mumbai clinic's FAQ), fresh-rz (a grooms' wedding
    ///   preparation service's FAQ), fresh-sa (Essex and Estuary English),
    ///   fresh-sb (Lithuanian and Latvian speakers' English), fresh-sc
    ///   (police officers, firefighters and paramedics), fresh-sd (chefs and
    ///   kitchen staff), fresh-se (farmers and rural workers), fresh-sf (an
    ///   Auckland clinic's FAQ), fresh-sg (a Cape Town clinic's FAQ),
    ///   fresh-sh (a tanning salon's FAQ), fresh-si (plain standard English),
    ///   fresh-sj (worries stated rather than asked), fresh-sk (Afrikaans
    ///   speakers' English), fresh-sl (Moroccan, Algerian and Tunisian
    ///   speakers' English), fresh-sm (short lines typed into a chat box),
    ///   fresh-sn (a Vancouver clinic's FAQ), fresh-so (a Lisbon clinic's
    ///   FAQ for expats), fresh-sp (a hotel spa's FAQ), fresh-sq (Swedish,
    ///   Norwegian and Danish speakers' English), fresh-sr (Birmingham and
    ///   Black Country English), fresh-ss (lorry and truck drivers),
    ///   fresh-st (accountants), fresh-su (Amharic and Tigrinya speakers'
    ///   English), fresh-sv (a Nottingham clinic's FAQ), fresh-sw (an Austin
    ///   clinic's FAQ), fresh-sx (a hair-loss telehealth service's FAQ),
    ///   fresh-sy (gamers), fresh-sz (personal trainers and bodybuilders),
    ///   fresh-ta (Texans and Southerners), fresh-tb (IT support staff
    ///   writing like tickets), fresh-tc (Kazakh, Uzbek and Mongolian
    ///   speakers' English), fresh-td (a Perth clinic's FAQ), fresh-te (a
    ///   Nashville clinic's FAQ), fresh-tf (a medical-tattoo clinic's FAQ),
    ///   fresh-tg (Hong Kong Cantonese speakers' English), fresh-th (Ulster
    ///   English), fresh-ti (retail and shop-floor workers), fresh-tj
    ///   (Mexican and Colombian Spanish speakers' English), fresh-tk
    ///   (Burmese, Khmer and Lao speakers' English), fresh-tl (a Charlotte
    ///   clinic's FAQ), fresh-tm (an Adelaide clinic's FAQ), fresh-tn (a
    ///   swimming pool and leisure centre's FAQ), fresh-to (Armenian and
    ///   Georgian speakers' English), fresh-tp (taxi and ride-share drivers),
    ///   fresh-tq (estate agents), fresh-tr (university lecturers), fresh-ts
    ///   (parents asking for a grown-up child), fresh-tt (an Ottawa clinic's
    ///   FAQ), fresh-tu (a Durban clinic's FAQ), fresh-tv (a scalp
    ///   psoriasis patients' association's FAQ), fresh-tw (Kurdish and Pashto
    ///   speakers' English), fresh-tx (Maltese and Cypriot English), fresh-ty
    ///   (airline pilots and crew), fresh-tz (retired men in their sixties
    ///   and seventies), fresh-ua (Louisiana and Cajun English), fresh-ub (a
    ///   Kuala Lumpur clinic's FAQ), fresh-uc (a Calgary clinic's FAQ),
    ///   fresh-ud (an Afro and textured hair salon's FAQ), fresh-ue (Cuban and
    ///   Puerto Rican Spanish speakers' English), fresh-uf (bus drivers and
    ///   transit workers), fresh-ug (clergy and faith leaders), fresh-uh
    ///   (TikTok and Instagram creators), fresh-ui (voice dictation), fresh-uj
    ///   (a Brighton clinic's FAQ), fresh-uk (a Galway clinic's FAQ),
    ///   fresh-ul (a laser tattoo-removal clinic's FAQ), fresh-um (Hawaiian
    ///   Pidgin), fresh-un (Sinhala speakers' English), fresh-uo (mechanical
    ///   and civil engineers), fresh-up (sleep-deprived new fathers),
    ///   fresh-uq (wedding photographers), fresh-ur (an Aberdeen clinic's
    ///   FAQ), fresh-us (an Orlando clinic's FAQ), fresh-ut (a chemotherapy
    ///   scalp-cooling service's FAQ), fresh-uu (Finnish and Estonian
    ///   speakers' English), fresh-uv (Zulu and Xhosa speakers' English),
    ///   fresh-uw (night-shift security guards), fresh-ux (call-centre
    ///   workers), fresh-uy (grandmothers asking for a grandson), fresh-uz (a
    ///   Sheffield clinic's FAQ), fresh-va (a Christchurch clinic's FAQ),
    ///   fresh-vb (a men's skincare brand's FAQ), fresh-vc (Nigerian Pidgin),
    ///   fresh-vd (teenage boys and young men), fresh-ve (cyclists and
    ///   triathletes), fresh-vf (bakers and market traders), fresh-vg
    ///   (hospital porters, cleaners and catering staff), fresh-vh (a Nairobi
    ///   clinic's FAQ), fresh-vi (a San Diego clinic's FAQ), fresh-vj (a
    ///   hair-donation charity's FAQ), fresh-vk (Mauritian and Seychellois
    ///   Creole speakers' English), fresh-vl (Deaf writers whose first
    ///   language is BSL or ASL), fresh-vm (gardeners and landscapers),
    ///   fresh-vn (car mechanics), fresh-vo (Egyptian Arabic speakers'
    ///   English), fresh-vp (a Bangkok clinic's FAQ), fresh-vq (a
    ///   Philadelphia clinic's FAQ), fresh-vr (a portrait studio's FAQ),
    ///   fresh-vs (long-haul truck drivers), fresh-vt (Yoruba and Igbo
    ///   speakers' Nigerian English), fresh-vu (software testers writing like
    ///   bug reports), fresh-vv (Appalachian English), fresh-vw (K-pop fans),
    ///   fresh-vx (a Montreal clinic's FAQ), fresh-vy (a Tampa clinic's FAQ),
    ///   fresh-vz (a brow and lash salon's FAQ), fresh-wa (Trinidadian and
    ///   Bajan English), fresh-wb (poets), fresh-wc (exasperated writers),
    ///   fresh-wd (Newfoundland English), fresh-we (dentists and dental
    ///   nurses), fresh-wf (an Accra clinic's FAQ), fresh-wg (a Minneapolis
    ///   clinic's FAQ), fresh-wh (a cosmetic-procedure insurance broker's FAQ),
    ///   fresh-wi (Tanzanian and Malawian English), fresh-wj (electricians),
    ///   fresh-wk (yoga teachers and wellness writers), fresh-wl (Chilean and
    ///   Argentine speakers' English), fresh-wm (prison officers), fresh-wn (a
    ///   Doha clinic's FAQ), fresh-wo (a Wellington clinic's FAQ), fresh-wp (a
    ///   theatre and film make-up school's FAQ), fresh-wq (Icelandic speakers'
    ///   English), fresh-wr (librarians and archivists), fresh-ws (DJs and club
    ///   promoters), fresh-wt (Haitian Creole speakers' English), fresh-wu
    ///   (amateur boxers and coaches), fresh-wv (a Warsaw clinic's FAQ),
    ///   fresh-ww (a cruise line spa's FAQ), fresh-wx (a Memphis clinic's FAQ),
    ///   fresh-wy (Cornish English), fresh-wz (chess players and puzzlers),
    ///   fresh-xa (Swiss German speakers' English), fresh-xb (dog groomers),
    ///   fresh-xc (Slovak and Slovene speakers' English), fresh-xd (a Seoul
    ///   clinic's FAQ), fresh-xe (a Halifax clinic's FAQ), fresh-xf (an armed
    ///   forces recruitment office's FAQ), fresh-xg (North Sea trawlermen),
    ///   fresh-xh (Hausa speakers' English), fresh-xi (stand-up comedians),
    ///   fresh-xj (offshore rig workers), fresh-xk (community pharmacists),
    ///   fresh-xl (a Manila clinic's FAQ), fresh-xm (an Edmonton clinic's FAQ),
    ///   fresh-xn (a TRT clinic's FAQ), fresh-xo (welders), fresh-xp (air
    ///   traffic controllers), fresh-xq (merchant seafarers), fresh-xr (roofers
    ///   and scaffolders), fresh-xs (rappers), fresh-xt (a Lahore clinic's
    ///   FAQ), fresh-xu (an Albuquerque clinic's FAQ), fresh-xv (a travel
    ///   health clinic's FAQ), fresh-xw (Gujarati speakers' English), fresh-xx
    ///   (Bristolian English), fresh-xy (midwives), fresh-xz (physicists and
    ///   astronomers), fresh-ya (Ghanaian English with Twi), fresh-yb (a
    ///   Casablanca clinic's FAQ), fresh-yc (a Pittsburgh clinic's FAQ),
    ///   fresh-yd (a scalp-care shampoo brand's FAQ), fresh-ye (Samoan and
    ///   Tongan English), fresh-yf (couriers), fresh-yg (Shetland and Orkney
    ///   English), fresh-yh (sommeliers), fresh-yi (Papua New Guineans with Tok
    ///   Pisin), fresh-yj (a Kigali clinic's FAQ), fresh-yk (a Hobart clinic's
    ///   FAQ), fresh-yl (a factory occupational health service's FAQ), fresh-ym
    ///   (Maori New Zealanders), fresh-yn (Gibraltarian Llanito), fresh-yo
    ///   (tailors), fresh-yp (postal workers), fresh-yq (Belizean Kriol),
    ///   fresh-yr (a Tbilisi clinic's FAQ), fresh-ys (a Darwin clinic's FAQ),
    ///   fresh-yt (a skin cancer check clinic's FAQ), fresh-yu (older New
    ///   Yorkers' Yiddish-inflected English), fresh-yv (cryptic crossword
    ///   setters), fresh-yw (carpenters and joiners), fresh-yx (teenagers'
    ///   slang), fresh-yy (parish clergy), fresh-yz (a Riyadh clinic's FAQ),
    ///   fresh-za (a Prague clinic's FAQ), fresh-zb (a tattoo and laser removal
    ///   studio's FAQ), fresh-zc (software developers), fresh-zd (Fiji
    ///   English), fresh-ze (bartenders), fresh-zf (club golfers), fresh-zg
    ///   (Lebanese English with French and Arabic), fresh-zh (a Tokyo clinic's
    ///   FAQ), fresh-zi (a Bogota clinic's FAQ), fresh-zj (a wig and hair
    ///   system shop's FAQ), fresh-zk (Maine lobstermen), fresh-zl
    ///   (statisticians), fresh-zm (Catalan speakers' English), fresh-zn
    ///   (door staff and security guards), fresh-zo (grandfathers on a
    ///   tablet), fresh-zp (a Kathmandu clinic's FAQ), fresh-zq (a Lima
    ///   clinic's FAQ), fresh-zr (a hair-loss dermatology practice's FAQ),
    ///   fresh-zs (Manx English), fresh-zt (care home workers), fresh-zu (train
    ///   drivers), fresh-zv (call-centre agents), fresh-zw (Faroese speakers'
    ///   English), fresh-zx (a Vienna clinic's FAQ), fresh-zy (a Karachi
    ///   clinic's FAQ), fresh-zz (a hat and cap maker's FAQ), fresh-aaa (Kerry
    ///   English), fresh-aab (Ozark hill country), fresh-aac (Chicano and
    ///   Tex-Mex Spanglish), fresh-aad (Malayali speakers' English), fresh-aae
    ///   (Guyanese Creole English), fresh-aaf (a Port Louis clinic's FAQ),
    ///   fresh-aag (a Gaborone clinic's FAQ), fresh-aah (a sports massage and
    ///   physiotherapy clinic's FAQ), fresh-aai (Zimbabwean English with
    ///   Shona), fresh-aaj (Telugu speakers' English), fresh-aak (marathon and
    ///   trail runners), fresh-aal (restaurant waiting staff), fresh-aam
    ///   (architects), fresh-aan (a Honolulu clinic's FAQ), fresh-aao (an
    ///   Anchorage clinic's FAQ), fresh-aap (a hair-building fibre brand's
    ///   FAQ), fresh-aaq (plumbers and heating engineers), fresh-aar (romance
    ///   novelists), fresh-aas (Surinamese English with Dutch and Sranan),
    ///   fresh-aat (Marathi speakers' English), fresh-aau (Senegalese English
    ///   after Wolof and French), fresh-aav (a Mexico City clinic's FAQ),
    ///   fresh-aaw (an Athens clinic's FAQ), fresh-aax (a beard-care brand's
    ///   FAQ), fresh-aay (retired miners of the Welsh valleys and Yorkshire),
    ///   fresh-aaz (Hebridean Gaelic speakers' English), fresh-aba
    ///   (night-shift nurses), fresh-abb (mothers asking for their sons),
    ///   fresh-abc (Texas ranchers), fresh-abd (a Cairo clinic's FAQ),
    ///   fresh-abe (a Helsinki clinic's FAQ), fresh-abf (a tattoo aftercare
    ///   brand's FAQ), fresh-abg (florists), fresh-abh (Norfolk and Cumbrian
    ///   dialect), fresh-abi (Bangladeshi English), fresh-abj (young people
    ///   from the west of Ireland), fresh-abk (Zambian English), fresh-abl (an
    ///   Oslo clinic's FAQ), fresh-abm (a Cornwall clinic's FAQ), fresh-abn
    ///   (a dental and cosmetic clinic's FAQ), fresh-abo (Pennsylvania Dutch
    ///   country), fresh-abp (Rwandan English), fresh-abq (commercial
    ///   fishermen), fresh-abr (club rugby players), fresh-abs (Taiwanese
    ///   learners), fresh-abt (a Madrid clinic's FAQ), fresh-abu (a Budapest
    ///   clinic's FAQ for medical tourists), fresh-abv (a paramedical tattoo
    ///   studio's FAQ), fresh-abw (Sudanese English), fresh-abx (Flemish
    ///   English), fresh-aby (pub darts and snooker players), fresh-abz
    ///   (laboratory scientists), fresh-aca (Austrian English), fresh-acb (a
    ///   Copenhagen clinic's FAQ), fresh-acc (a Kyiv clinic's FAQ), fresh-acd
    ///   (a head-care brand's FAQ), fresh-ace (Galician English), fresh-acf
    ///   (Bahamian English), fresh-acg (Sindhi speakers' English), fresh-ach
    ///   (deer and duck hunters), fresh-aci (podcasters), fresh-acj (a
    ///   Stockholm clinic's FAQ), fresh-ack (a Beirut clinic's FAQ), fresh-acl
    ///   (a permanent makeup and SMP academy's FAQ), fresh-acm (Kannada
    ///   speakers' English), fresh-acn (offshore rig workers), fresh-aco
    ///   (zookeepers), fresh-acp (philosophy lecturers), fresh-acq (club
    ///   cricketers), fresh-acr (a Kampala clinic's FAQ), fresh-acs (a Buenos
    ///   Aires clinic's FAQ), fresh-act (an SMP supplier's FAQ), fresh-acu
    ///   (Basque English), fresh-acv (beekeepers), fresh-acw (choir singers),
    ///   fresh-acx (scuba instructors), fresh-acy (butchers), fresh-acz (a
    ///   Zurich clinic's FAQ), fresh-ada (a Hanoi clinic's FAQ), fresh-adb (a
    ///   headshot studio's FAQ), fresh-adc (West Frisian English), fresh-add
    ///   (archivists and historians), fresh-ade (lawn bowls players),
    ///   fresh-adf (esports streamers), fresh-adg (Seychellois English),
    ///   fresh-adh (a Baku clinic's FAQ), fresh-adi (a Tallinn clinic's FAQ),
    ///   fresh-adj (a women's hair-loss clinic's FAQ), fresh-adk (Yemeni
    ///   English), fresh-adl (flight attendants), fresh-adm (arborists),
    ///   fresh-adn (poker players), fresh-ado (Liberian English), fresh-adp (a
    ///   Hyderabad clinic's FAQ), fresh-adq (a Santo Domingo clinic's FAQ),
    ///   fresh-adr (a medical tourism agency's FAQ), fresh-ads (Namibian
    ///   English), fresh-adt (Bermudian English), fresh-adu (locksmiths),
    ///   fresh-adv (stonemasons), fresh-adw (Bruneian English), fresh-adx (a
    ///   Jakarta clinic's FAQ), fresh-ady (a Bucharest clinic's FAQ),
    ///   fresh-adz (a brow and lash studio's FAQ), fresh-aea (Maldivian
    ///   English), fresh-aeb (Solomon Islands English and Pijin), fresh-aec
    ///   (falconers), fresh-aed (translators and interpreters), fresh-aee
    ///   (merchant navy seafarers), fresh-aef (a Vilnius clinic's FAQ),
    ///   fresh-aeg (a Montevideo clinic's FAQ), fresh-aeh (an aftercare
    ///   products brand's FAQ), fresh-aei (Botswana English), fresh-aej
    ///   (Bhutanese English), fresh-aek (glassblowers), fresh-ael (wedding
    ///   planners), fresh-aem (tower crane operators), fresh-aen (a Quito
    ///   clinic's FAQ), fresh-aeo (a Sofia clinic's FAQ), fresh-aep (an
    ///   online men's health pharmacy's FAQ), fresh-aeq (Cayman Islands
    ///   English), fresh-aer (Falkland Islanders), fresh-aes (ski and
    ///   snowboard instructors), fresh-aet (opticians), fresh-aeu (Eswatini
    ///   English), fresh-aev (a Yerevan clinic's FAQ), fresh-aew (an Almaty
    ///   clinic's FAQ), fresh-aex (a cosmetic-finance company's FAQ),
    ///   fresh-aey (Sierra Leonean English and Krio), fresh-aez (Gambian
    ///   English), fresh-afa (St Helena islanders), fresh-afb (audiologists),
    ///   fresh-afc (stage magicians), fresh-afd (a Riga clinic's FAQ),
    ///   fresh-afe (a Dakar clinic's FAQ), fresh-aff (a medical spa's FAQ
    ///   for PRP and mesotherapy), fresh-afg (ni-Vanuatu English and
    ///   Bislama), fresh-afh (Antiguan English), fresh-afi (farriers),
    ///   fresh-afj (piano tuners), fresh-afk (Grenadian English), fresh-afl
    ///   (a Tirana clinic's FAQ), fresh-afm (a Ljubljana clinic's FAQ),
    ///   fresh-afn (a men's hair-dye brand's FAQ), fresh-afo (St Lucian
    ///   English), fresh-afp (Marshall Islands and Palau English), fresh-afq
    ///   (blacksmiths), fresh-afr (milliners), fresh-afs (Turks and Caicos
    ///   English), fresh-aft (a Sarajevo clinic's FAQ), fresh-afu (a Skopje
    ///   clinic's FAQ), fresh-afv (a scalp sunscreen brand's FAQ),
    ///   fresh-afw (I-Kiribati English), fresh-afx (Vincentian English),
    ///   fresh-afy (Basotho English), fresh-afz (luthiers), fresh-aga
    ///   (lighthouse keepers), fresh-agb (a Chisinau clinic's FAQ), fresh-agc
    ///   (a Podgorica clinic's FAQ), fresh-agd (a laser hair removal
    ///   clinic's FAQ), fresh-age (Kittitian English), fresh-agf (Tuvaluan
    ///   English), fresh-agg (Nauruan English), fresh-agh (watchmakers),
    ///   fresh-agi (bookbinders), fresh-agj (a Valletta clinic's FAQ),
    ///   fresh-agk (a Zagreb clinic's FAQ), fresh-agl (a tattoo removal
    ///   studio's FAQ), fresh-agm (Cook Islands English), fresh-agn
    ///   (Montserratian English), fresh-ago (British Virgin Islands
    ///   English), fresh-agp (cartographers), fresh-agq (puppeteers),
    ///   fresh-agr (a Reykjavik clinic's FAQ), fresh-ags (a Luxembourg
    ///   clinic's FAQ), fresh-agt (a numbing cream brand's FAQ), fresh-agu
    ///   (Anguillian English), fresh-agv (Sint Maarten English), fresh-agw
    ///   (Dominican English), fresh-agx (sound engineers), fresh-agy
    ///   (perfumers), fresh-agz (an Asunción clinic's FAQ), fresh-aha (a
    ///   Colombo clinic's FAQ), fresh-ahb (a laser hair-growth cap brand's
    ///   FAQ), fresh-ahc (Bay Islands English of Honduras), fresh-ahd
    ///   (Raizal English of San Andrés), fresh-ahe (Saba and Statia
    ///   English), fresh-ahf (church organists), fresh-ahg (thatchers),
    ///   fresh-ahh (a Tashkent clinic's FAQ), fresh-ahi (a Maputo clinic's
    ///   FAQ), fresh-ahj (a cryotherapy spa's FAQ), fresh-ahk (Timorese
    ///   English), fresh-ahl (Channel Islanders), fresh-ahm (land
    ///   surveyors), fresh-ahn (park rangers), fresh-aho (funeral
    ///   directors), fresh-ahp (an Ulaanbaatar clinic's FAQ), fresh-ahq (a
    ///   Muscat clinic's FAQ), fresh-ahr (a beard and brow
    ///   micropigmentation studio's FAQ), fresh-ahs (Torres Strait
    ///   English), fresh-aht (Niuean English), fresh-ahu (court
    ///   stenographers), fresh-ahv (brewers and distillers), fresh-ahw
    ///   (veterinary nurses), fresh-ahx (a Panama City clinic's FAQ),
    ///   fresh-ahy (an Astana clinic's FAQ), fresh-ahz (a home
    ///   microneedling kit brand's FAQ), fresh-aia (Aruba, Curaçao and
    ///   Bonaire English), fresh-aib (Nicaraguan Creole English), fresh-aic
    ///   (upholsterers), fresh-aid (jockeys and stable staff), fresh-aie
    ///   (HVAC technicians), fresh-aif (a Guatemala City clinic's FAQ),
    ///   fresh-aig (an Addis Ababa clinic's FAQ), fresh-aih (a scalp
    ///   cooling provider's FAQ), fresh-aii (Gullah Geechee English),
    ///   fresh-aij (Cape Breton English), fresh-aik (Tristan da Cunha
    ///   islanders), fresh-ail (sheep shearers), fresh-aim (oyster farmers),
    ///   fresh-ain (an Antananarivo clinic's FAQ), fresh-aio (a Vientiane
    ///   clinic's FAQ), fresh-aip (a genetic hair-loss test kit company's
    ///   FAQ), fresh-aiq (Aboriginal English), fresh-air (Nairobi English
    ///   with Sheng), fresh-ais (Zanzibari English), fresh-ait (plasterers
    ///   and tilers), fresh-aiu (winemakers), fresh-aiv (a Macau clinic's
    ///   FAQ), fresh-aiw (a Bishkek clinic's FAQ), fresh-aix (a grooms'
    ///   wedding grooming service's FAQ), fresh-aiy (Sabahan English),
    ///   fresh-aiz (Isles of Scilly islanders), fresh-aja (cheesemakers),
    ///   fresh-ajb (glaziers), fresh-ajc (ferry crews), fresh-ajd (a Dhaka
    ///   clinic's FAQ), fresh-aje (a Phnom Penh clinic's FAQ), fresh-ajf
    ///   (a natural-hair salon's FAQ), fresh-ajg (Norfolk Island English),
    ///   fresh-ajh (Guam English with Chamorro), fresh-aji (tree surgeons),
    ///   fresh-ajj (funeral directors), fresh-ajk (rodeo riders), fresh-ajl
    ///   (a Port Louis clinic's FAQ), fresh-ajm (a Chișinău clinic's FAQ),
    ///   fresh-ajn (a teeth-whitening studio's FAQ), fresh-ajo (Lancashire
    ///   English), fresh-ajp (Kosovar English), fresh-ajq (saddlers),
    ///   fresh-ajr (wind turbine technicians), fresh-ajs (referees and
    ///   umpires), fresh-ajt (a Dushanbe clinic's FAQ), fresh-aju (a Lusaka
    ///   clinic's FAQ), fresh-ajv (a spray-tan salon's FAQ), fresh-ajw (Cape
    ///   Verdean English with Kriolu), fresh-ajx (Ivorian French speakers'
    ///   English), fresh-ajy (cobblers), fresh-ajz (church bell ringers),
    ///   fresh-aka (taxidermists), fresh-akb (a Yaoundé clinic's FAQ),
    ///   fresh-akc (an Ashgabat clinic's FAQ), fresh-akd (a scar camouflage
    ///   clinic's FAQ), fresh-ake (South Sudanese English), fresh-akf
    ///   (Eritrean English), fresh-akg (chimney sweeps), fresh-akh (window
    ///   cleaners), fresh-aki (gamekeepers and ghillies), fresh-akj (a Maputo
    ///   clinic's FAQ), fresh-akk (a Bujumbura clinic's FAQ), fresh-akl (a
    ///   head-shaving brand's FAQ), fresh-akm (Eswatini English), fresh-akn
    ///   (Equatoguinean English), fresh-ako (loggers), fresh-akp (crab and
    ///   lobster fishermen), fresh-akq (pest control technicians), fresh-akr
    ///   (a Tripoli clinic's FAQ), fresh-aks (a Lomé clinic's FAQ),
    ///   fresh-akt (a hair-supplement brand's FAQ), fresh-aku (Sámi English),
    ///   fresh-akv (Inuit English), fresh-akw (hill shepherds), fresh-akx
    ///   (milkmen), fresh-aky (dry stone wallers), fresh-akz (a Libreville
    ///   clinic's FAQ), fresh-ala (an N'Djamena clinic's FAQ), fresh-alb (an
    ///   aesthetics clinic's FAQ), fresh-alc (Somerset and Devon English),
    ///   fresh-ald (Cape Flats English with Kaaps), fresh-ale (Teesside
    ///   English), fresh-alf (Fenland English), fresh-alg (long-haul and
    ///   ice-road truckers), fresh-alh (a Nouakchott clinic's FAQ), fresh-ali
    ///   (a Pointe-Noire clinic's FAQ), fresh-alj (a hair-regrowth clinic's
    ///   FAQ), fresh-alk (rural Northumbrian English), fresh-all (Isle of
    ///   Wight islanders), fresh-alm (Channel Islanders), fresh-aln (borehole
    ///   drillers), fresh-alo (Venetian gondoliers), fresh-alp (a Bangui
    ///   clinic's FAQ), fresh-alq (a Djibouti clinic's FAQ), fresh-alr (a
    ///   head-lice and scalp clinic's FAQ), fresh-als (Hull English),
    ///   fresh-alt (Galloway and Borders Scots), fresh-alu (Soweto English
    ///   with Tsotsitaal), fresh-alv (narrowboat dwellers), fresh-alw
    ///   (dockers), fresh-alx (a Lilongwe clinic's FAQ), fresh-aly (a
    ///   Windhoek clinic's FAQ), fresh-alz (a beauty college's FAQ),
    ///   fresh-ama (Shropshire and Herefordshire English), fresh-amb (central
    ///   Kenyan English with Kikuyu), fresh-amc (Ugandan English with
    ///   Luganda), fresh-amd (steeplejacks), fresh-ame (lifeboat crews),
    ///   fresh-amf (a Kinshasa clinic's FAQ), fresh-amg (a Luanda clinic's
    ///   FAQ), fresh-amh (a grey-blending barbershop's FAQ), fresh-ami (Dorset
    ///   English), fresh-amj (Caithness English), fresh-amk (Limpopo
    ///   English), fresh-aml (traffic wardens), fresh-amm (door staff),
    ///   fresh-amn (a Juba clinic's FAQ), fresh-amo (a Conakry clinic's FAQ),
    ///   fresh-amp (a hair-loss blood-test lab's FAQ), fresh-amq (Lincolnshire
    ///   English), fresh-amr (Zimbabwean English with Ndebele), fresh-ams
    ///   (canal lock keepers), fresh-amt (coastguard and mountain-rescue
    ///   volunteers), fresh-amu (Zambian English with Bemba), fresh-amv (a
    ///   Freetown clinic's FAQ), fresh-amw (a Bamako clinic's FAQ), fresh-amx
    ///   (an electrolysis clinic's FAQ), fresh-amy (Sussex English), fresh-amz
    ///   (Black Isle and Inverness English), fresh-ana (ferry crews and harbour
    ///   pilots), fresh-anb (hotel night porters), fresh-anc (Ethiopian English
    ///   with Oromo and Amharic), fresh-and (a Brazzaville clinic's FAQ),
    ///   fresh-ane (a Monrovia clinic's FAQ), fresh-anf (a piercing studio's
    ///   FAQ), fresh-ang (Kenyan English with Luo), fresh-anh (county court
    ///   bailiffs), fresh-ani (road-marking crews), fresh-anj (Somali English),
    ///   fresh-ank (school crossing patrols), fresh-anl (a Banjul clinic's
    ///   FAQ), fresh-anm (a Niamey clinic's FAQ), fresh-ann (a body-contouring
    ///   clinic's FAQ), fresh-ano (Potteries English), fresh-anp (Donegal
    ///   English), fresh-anq (refuse collectors), fresh-anr (kennel workers and
    ///   dog groomers), fresh-ans (Pembrokeshire English), fresh-ant (a Harare
    ///   clinic's FAQ), fresh-anu (an Ouagadougou clinic's FAQ), fresh-anv (a
    ///   hair-replacement studio's FAQ), fresh-anw (Derbyshire English),
    ///   fresh-anx (Fife English), fresh-any (gravediggers), fresh-anz (South
    ///   African English with Xitsonga), fresh-aoa (ice-cream van drivers),
    ///   fresh-aob (an Abidjan clinic's FAQ), fresh-aoc (a Dar es Salaam
    ///   clinic's FAQ), fresh-aod (an infrared sauna and cryotherapy studio's
    ///   FAQ), fresh-aoe (Suffolk English), fresh-aof (Ayrshire Scots),
    ///   fresh-aog (posties), fresh-aoh (Plymouth dockyard workers), fresh-aoi
    ///   (Lesotho English with Sesotho), fresh-aoj (a Cotonou clinic's FAQ),
    ///   fresh-aok (an Asmara clinic's FAQ), fresh-aol (an acupuncture and
    ///   cupping clinic's FAQ), fresh-aom (Anglesey English), fresh-aon (County
    ///   Mayo English), fresh-aoo (Dundee English), fresh-aop (Wiltshire
    ///   English), fresh-aoq (breakdown recovery drivers), fresh-aor (an Abuja
    ///   clinic's FAQ), fresh-aos (a Moroni clinic's FAQ), fresh-aot (a
    ///   threading and waxing bar's FAQ), fresh-aou (Forest of Dean English),
    ///   fresh-aov (Barnsley English), fresh-aow (County Tyrone English),
    ///   fresh-aox (chiropodists), fresh-aoy (Bissau-Guinean English),
    ///   fresh-aoz (a Malabo clinic's FAQ), fresh-apa (a Praia clinic's FAQ),
    ///   fresh-apb (an osteopathy and massage clinic's FAQ), fresh-apc (Grimsby
    ///   English), fresh-apd (Sunderland English), fresh-ape (Isle of Man
    ///   English), fresh-apf (Ghanaian English from Kumasi and Tamale),
    ///   fresh-apg (hypnotherapists and reflexologists), fresh-aph (an Mbabane
    ///   clinic's FAQ), fresh-api (a Kitwe clinic's FAQ), fresh-apj (a
    ///   tattoo-removal clinic's FAQ), fresh-apk (Wirral English), fresh-apl
    ///   (County Limerick English), fresh-apm (Mombasa English with Swahili),
    ///   fresh-apn (locticians and braiders), fresh-apo (Cumbrian English),
    ///   fresh-app (a Bulawayo clinic's FAQ), fresh-apq (a Goma clinic's FAQ),
    ///   fresh-apr (a henna studio's FAQ), fresh-aps (Rutland English),
    ///   fresh-apt (Inverclyde English), fresh-apu (County Sligo English),
    ///   fresh-apv (Kisumu English with Sheng and Dholuo), fresh-apw (nail
    ///   technicians), fresh-apx (a Mwanza clinic's FAQ), fresh-apy (a Bukavu
    ///   clinic's FAQ), fresh-apz (a nail salon's FAQ), fresh-aqa (Eldoret
    ///   English), fresh-aqb (County Fermanagh English), fresh-aqc (Wrexham
    ///   English), fresh-aqd (Gwynedd's Welsh speakers' English), fresh-aqe
    ///   (podiatrists), fresh-aqf (an Arusha clinic's FAQ), fresh-aqg (a
    ///   Lubumbashi clinic's FAQ), fresh-aqh (a brow and lash studio's FAQ),
    ///   fresh-aqi (Swansea English), fresh-aqj (Blackpool English), fresh-aqk
    ///   (Gulu English), fresh-aql (County Armagh English), fresh-aqm (bus and
    ///   coach drivers), fresh-aqn (a Beira clinic's FAQ), fresh-aqo (a Jinja
    ///   clinic's FAQ), fresh-aqp (a skin clinic's FAQ), fresh-aqq (Bradford
    ///   English), fresh-aqr (County Wexford English), fresh-aqs (warehouse
    ///   workers), fresh-aqt (Tanga English with Swahili), fresh-aqu (care-home
    ///   staff), fresh-aqv (a Moshi clinic's FAQ), fresh-aqw (a Nampula
    ///   clinic's FAQ), fresh-aqx (a wellness lounge's FAQ), fresh-aqy
    ///   (Lanarkshire Scots), fresh-aqz (Derry English), fresh-ara (Rhondda
    ///   English), fresh-arb (Mbarara English with Runyankole), fresh-arc
    ///   (opticians), fresh-ard (a Kigoma clinic's FAQ), fresh-are (an Ndola
    ///   clinic's FAQ), fresh-arf (a medical aesthetics clinic's FAQ),
    ///   fresh-arg (Gloucestershire English), fresh-arh (Wigan English),
    ///   fresh-ari (Dodoma English with Swahili), fresh-arj (bricklayers and
    ///   site labourers), fresh-ark (gym instructors and personal trainers),
    ///   fresh-arl (an Mtwara clinic's FAQ), fresh-arm (a Morogoro clinic's
    ///   FAQ), fresh-arn (a cosmetic dentistry studio's FAQ), fresh-aro (Oldham
    ///   English with Sylheti), fresh-arp (Doncaster English), fresh-arq
    ///   (Iringa English with Swahili), fresh-arr (driving instructors),
    ///   fresh-ars (market traders), fresh-art (a Tabora clinic's FAQ),
    ///   fresh-aru (a Stone Town clinic's FAQ), fresh-arv (a permanent make-up
    ///   studio's FAQ), fresh-arw (Stockport English), fresh-arx (County
    ///   Kilkenny English), fresh-ary (Nakuru English with Sheng), fresh-arz
    ///   (dental nurses and hygienists), fresh-asa (Kendal English), fresh-asb
    ///   (a Malindi clinic's FAQ), fresh-asc (a Kakamega clinic's FAQ),
    ///   fresh-asd (a hair-extensions salon's FAQ), fresh-ase (Newry English),
    ///   fresh-asf (Peterhead and Fraserburgh Doric), fresh-asg (Nyeri English
    ///   with Kikuyu), fresh-ash (baristas and bar staff), fresh-asi (west
    ///   Cumbrian English), fresh-asj (a Lamu practice's FAQ), fresh-ask (a
    ///   Machakos clinic's FAQ), fresh-asl (a barbershop's FAQ), fresh-asm
    ///   (Dumfries Scots), fresh-asn (County Carlow English), fresh-aso
    ///   (Barrow-in-Furness English), fresh-asp (Kitale English with Luhya),
    ///   fresh-asq (tyre and exhaust fitters), fresh-asr (a Kisii clinic's
    ///   FAQ), fresh-ass (a Garissa clinic's FAQ), fresh-ast (a cosmetic
    ///   surgery clinic's FAQ), fresh-asu (Hastings English), fresh-asv
    ///   (Winnipeg English), fresh-asw (call-centre workers), fresh-asx (Mbale
    ///   English with Lugisu), fresh-asy (train drivers), fresh-asz (a Kasese
    ///   clinic's FAQ), fresh-ata (a Mzuzu clinic's FAQ), fresh-atb (a hair
    ///   loss clinic's FAQ), fresh-atc (Tasmanian English), fresh-atd (Fort
    ///   Portal English with Rutooro), fresh-ate (roadies and touring crew),
    ///   fresh-atf (fishmongers), fresh-atg (removal men), fresh-ath (a Zomba
    ///   clinic's FAQ), fresh-ati (a Livingstone clinic's FAQ), fresh-atj (a
    ///   wig boutique's FAQ), fresh-atk (Kabale English with Rukiga), fresh-atl
    ///   (Tipperary English), fresh-atm (dairy farmers), fresh-atn (quarry
    ///   workers), fresh-ato (print-shop workers), fresh-atp (a Kasama clinic's
    ///   FAQ), fresh-atq (a Solwezi clinic's FAQ), fresh-atr (a laser tattoo
    ///   removal clinic's FAQ), fresh-ats (Waterford English), fresh-att (Alice
    ///   Springs English), fresh-atu (airport baggage handlers), fresh-atv
    ///   (school caretakers), fresh-atw (Chipata English with Chinyanja),
    ///   fresh-atx (a Mansa clinic's FAQ), fresh-aty (a Kabwe clinic's FAQ),
    ///   fresh-atz (a beauty salon's FAQ), fresh-aua (Ballymena Ulster Scots),
    ///   fresh-aub (Bundaberg and Cairns English), fresh-auc (Entebbe English
    ///   with Luganda), fresh-aud (livestock auctioneers), fresh-aue
    ///   (optometrists), fresh-auf (an Arua clinic's FAQ), fresh-aug (a
    ///   Mangochi clinic's FAQ), fresh-auh (a brow bar's FAQ), fresh-aui
    ///   (Stornoway English with Gaelic), fresh-auj (Merthyr Tydfil English),
    ///   fresh-auk (Mongu English with Silozi), fresh-aul (sign writers),
    ///   fresh-aum (Scunthorpe English), fresh-aun (a Dedza clinic's FAQ),
    ///   fresh-auo (a Kapiri Mposhi clinic's FAQ), fresh-aup (a hair transplant
    ///   clinic's FAQ), fresh-auq (Kirkcaldy Fife Scots), fresh-aur (Toowoomba
    ///   English), fresh-aus (Luwero English with Luganda), fresh-aut
    ///   (crematorium and funeral staff), fresh-auu (lifeboat crew), fresh-auv
    ///   (a Salima clinic's FAQ), fresh-auw (an Mpika clinic's FAQ), fresh-aux
    ///   (a paramedical tattoo studio's FAQ), fresh-auy (Bolton English),
    ///   fresh-auz (Kalgoorlie English), fresh-ava (Masaka English with
    ///   Luganda), fresh-avb (dental lab technicians), fresh-avc (court clerks
    ///   and ushers), fresh-avd (a Kasungu clinic's FAQ), fresh-ave (a Mufulira
    ///   clinic's FAQ), fresh-avf (a hair replacement studio's FAQ), fresh-avg
    ///   (Huddersfield English), fresh-avh (Tororo English with Japadhola),
    ///   fresh-avi (Mackay English), fresh-avj (carpet fitters), fresh-avk
    ///   (locum doctors and GP receptionists), fresh-avl (an Nkhotakota
    ///   clinic's FAQ), fresh-avm (a Kafue clinic's FAQ), fresh-avn (a make-up
    ///   artist's FAQ), fresh-avo (Rotherham English), fresh-avp (Kapchorwa
    ///   English), fresh-avq (Geraldton English), fresh-avr (ice-cream van
    ///   drivers), fresh-avs (night-shift shelf stackers), fresh-avt (a Karonga
    ///   clinic's FAQ), fresh-avu (a Chingola clinic's FAQ), fresh-avv (a henna
    ///   artist's FAQ), fresh-avw (Whitby English), fresh-avx (Hoima English
    ///   with Runyoro), fresh-avy (tram drivers), fresh-avz (Penzance English),
    ///   fresh-awa (veterinary nurses), fresh-awb (a Choma clinic's FAQ),
    ///   fresh-awc (a Mulanje clinic's FAQ), fresh-awd (a dermatology clinic's
    ///   FAQ), fresh-awe (Carlisle English), fresh-awf (Soroti English with
    ///   Ateso), fresh-awg (school crossing patrols), fresh-awh (Arbroath
    ///   Scots), fresh-awi (dry cleaners and tailors), fresh-awj (a Mazabuka
    ///   clinic's FAQ), fresh-awk (a Liwonde clinic's FAQ), fresh-awl (a teeth
    ///   whitening studio's FAQ), fresh-awm (Oban English), fresh-awn (Iganga
    ///   English with Lusoga), fresh-awo (gritter crews), fresh-awp (Fenland
    ///   English), fresh-awq (key cutters and cobblers), fresh-awr (a Masindi
    ///   clinic's FAQ), fresh-aws (a Monze clinic's FAQ), fresh-awt (a piercing
    ///   studio's FAQ), fresh-awu (Yeovil English), fresh-awv (Busia English
    ///   with Swahili and Samia), fresh-aww (brewery workers), fresh-awx
    ///   (Grantham English), fresh-awy (cinema staff), fresh-awz (a Balaka
    ///   clinic's FAQ), fresh-axa (a Kalomo clinic's FAQ), fresh-axb (a
    ///   laundrette barber's FAQ), fresh-axc (Barnstaple English), fresh-axd
    ///   (Mityana English with Luganda), fresh-axe (bingo hall staff),
    ///   fresh-axf (Scarborough English), fresh-axg (milk round drivers),
    ///   fresh-axh (a Thyolo clinic's FAQ), fresh-axi (a Sesheke clinic's FAQ),
    ///   fresh-axj (a scalp-care salon's FAQ), fresh-axk (Dundalk English),
    ///   fresh-axl (Kitgum English with Acholi), fresh-axm (betting-shop
    ///   staff), fresh-axn (Workington English), fresh-axo (harbour masters),
    ///   fresh-axp (a Rumphi clinic's FAQ), fresh-axq (a Petauke clinic's FAQ),
    ///   fresh-axr (an eyelash studio's FAQ), fresh-axs (Skegness English),
    ///   fresh-axt (Moroto English), fresh-axu (travelling showmen), fresh-axv
    ///   (Enniskillen English), fresh-axw (funeral directors), fresh-axx (a
    ///   Chikwawa clinic's FAQ), fresh-axy (a Lundazi clinic's FAQ), fresh-axz
    ///   (a florist's FAQ), fresh-aya (Hexham English), fresh-ayb (Kiboga
    ///   English with Luganda), fresh-ayc (circus performers), fresh-ayd
    ///   (Aberystwyth English), fresh-aye (jewellers), fresh-ayf (an Nsanje
    ///   clinic's FAQ), fresh-ayg (a Kotido clinic's FAQ), fresh-ayh (a wedding
    ///   photographer's FAQ), fresh-ayi (Ballina English), fresh-ayj (Kisoro
    ///   English with Rufumbira), fresh-ayk (panto crew), fresh-ayl (Llandudno
    ///   English), fresh-aym (travel agents), fresh-ayn (an Mchinji clinic's
    ///   FAQ), fresh-ayo (a Nakonde clinic's FAQ), fresh-ayp (a grooming shop's
    ///   FAQ), fresh-ayq (Blyth English), fresh-ayr (Bushenyi English with
    ///   Runyankole), fresh-ays (clockmakers), fresh-ayt (Tenby English),
    ///   fresh-ayu (window dressers), fresh-ayv (an Ntcheu clinic's FAQ),
    ///   fresh-ayw (an Mpulungu clinic's FAQ), fresh-ayx (a tanning salon's
    ///   FAQ), fresh-ayy (Portrush English), fresh-ayz (Ntungamo English with
    ///   Runyankole), fresh-aza (rural craft workers), fresh-azb (Montrose
    ///   Doric), fresh-azc (hotel night porters), fresh-azd (an Nkhata Bay
    ///   clinic's FAQ), fresh-aze (a Chililabombwe clinic's FAQ), fresh-azf (a
    ///   gym's FAQ), fresh-azg (Kilkeel English), fresh-azh (Kyenjojo English
    ///   with Rutooro), fresh-azi (kitchen porters and sous chefs), fresh-azj
    ///   (Thurso English), fresh-azk (railway signallers), fresh-azl (a Kaoma
    ///   clinic's FAQ), fresh-azm (a Kamwenge clinic's FAQ), fresh-azn (an
    ///   online pharmacy's FAQ), fresh-azo (Newquay and Bude English),
    ///   fresh-azp (Nebbi English with Alur), fresh-azq (Highland crofters),
    ///   fresh-azr (Orkney English), fresh-azs (ferry deckhands), fresh-azt (a
    ///   Serenje clinic's FAQ), fresh-azu (a Dowa clinic's FAQ), fresh-azv (a
    ///   colour salon's FAQ), fresh-azw (Fort William English), fresh-azx
    ///   (Adjumani English with Madi), fresh-azy (greenkeepers and caddies),
    ///   fresh-azz (Shetland English), fresh-baa (racing stable staff),
    ///   fresh-bab (a Samfya clinic's FAQ), fresh-bac (an Mzimba clinic's FAQ),
    ///   fresh-bad (a physiotherapy clinic's FAQ), fresh-bae (Stranraer Scots),
    ///   fresh-baf (Kagadi English with Runyoro), fresh-bag (sawmill workers
    ///   and foresters), fresh-bah (Campbeltown English), fresh-bai (rural
    ///   posties), fresh-baj (a Chinsali clinic's FAQ), fresh-bak (a Koboko
    ///   clinic's FAQ), fresh-bal (a tattoo aftercare shop's FAQ), fresh-bam (a
    ///   Guernsey fisherman), fresh-ban (a hospice nurse for her husband),
    ///   fresh-bao (a dad for his son), fresh-bap (a van driver's dictation),
    ///   fresh-baq (a Scout leader), fresh-bar (a Sliema clinic's FAQ),
    ///   fresh-bas (a Limassol clinic's FAQ), fresh-bat (a hair extension
    ///   salon's FAQ), fresh-bau (a Govan welder), fresh-bav (a retired Maltese
    ///   policeman), fresh-baw (a Cypriot footballer), fresh-bax (a tax
    ///   accountant), fresh-bay (a retired publican), fresh-baz (a Mosta
    ///   clinic's FAQ), fresh-bba (a Larnaca clinic's FAQ), fresh-bbb (a
    ///   cosmetic dentist's FAQ), fresh-bbc (an Aberdeenshire farmer's Doric),
    ///   fresh-bbd (a polite first enquirer), fresh-bbe (a Pilbara FIFO
    ///   worker), fresh-bbf (a Jamaican Brummie mechanic), fresh-bbg (a
    ///   Ceredigion farmer's Wenglish), fresh-bbh (a Paphos clinic's FAQ),
    ///   fresh-bbi (a Gozo clinic's FAQ), fresh-bbj (a skin clinic's FAQ),
    ///   fresh-bbk (a Shetland crofter), fresh-bbl (a Lagos danfo driver's
    ///   Pidgin), fresh-bbm (a suspicious pensioner), fresh-bbn (a streamer's
    ///   slang), fresh-bbo (a Scouse cabbie), fresh-bbp (a Birkirkara clinic's
    ///   FAQ), fresh-bbq (a Nicosia clinic's FAQ), fresh-bbr (a cosmetic tattoo
    ///   studio's FAQ), fresh-bbs (a Belfast midwife), fresh-bbt (a rural
    ///   vicar), fresh-bbu (a Black Country foundryman), fresh-bbv (a
    ///   Singaporean consultant's Singlish), fresh-bbw (a self-correcting
    ///   rambler), fresh-bbx (a Żebbuġ clinic's FAQ), fresh-bby (a Kyrenia
    ///   clinic's FAQ), fresh-bbz (a nutritionist's FAQ), fresh-bca (a Tyneside
    ///   bus driver), fresh-bcb (a Nairobi matatu conductor's Sheng), fresh-bcc
    ///   (a Deaf man's BSL-shaped English), fresh-bcd (a chemical engineer),
    ///   fresh-bce (a one-handed new dad), fresh-bcf (a Paralimni clinic's
    ///   FAQ), fresh-bcg (a Marsaskala clinic's FAQ), fresh-bch (a hair-loss
    ///   medication service's FAQ), fresh-bci (a Manchester bouncer), fresh-bcj
    ///   (a Galway scaffolder), fresh-bck (a prison officer), fresh-bcl (a
    ///   rural postman), fresh-bcm (a football referee), fresh-bcn (a Mellieħa
    ///   clinic's FAQ), fresh-bco (a Polis clinic's FAQ) and fresh-bcp (a dog
    ///   grooming salon's FAQ):
    ///   each written by another writer without seeing the examples, first
    ///   measured before any tuning on it (README gives those figures).
    /// A set tuned on no longer measures generalisation; these floors keep
    /// what was reached from slipping.
    static let ownSets: [(file: String, size: Int, accuracy: Double, refusals: Double)] = [
        ("regression.tsv", 300, 0.95, 0.95),
        ("heldout.tsv", 200, 0.95, 0.95),
        ("confirm.tsv", 180, 0.94, 0.93),
        ("final.tsv", 180, 0.93, 0.93),
        ("faqstyle.tsv", 140, 0.95, 0.95),
        ("unseen.tsv", 110, 0.93, 0.95),
        ("fresh-a.tsv", 90, 0.90, 0.90),
        ("fresh-b.tsv", 90, 0.92, 0.92),
        ("fresh-c.tsv", 90, 0.83, 0.90),
        ("fresh-d.tsv", 90, 0.92, 0.92),
        ("fresh-e.tsv", 90, 0.93, 0.93),
        ("fresh-f.tsv", 90, 0.95, 0.95),
        ("fresh-g.tsv", 90, 0.85, 0.90),
        ("fresh-h.tsv", 90, 0.87, 0.92),
        ("fresh-i.tsv", 70, 0.92, 0.90),
        ("fresh-j.tsv", 90, 0.82, 0.87),
        ("fresh-k.tsv", 90, 0.86, 0.94),
        ("fresh-l.tsv", 90, 0.84, 0.88),
        ("fresh-m.tsv", 90, 0.95, 0.96),
        ("fresh-n.tsv", 90, 0.88, 0.88),
        ("fresh-o.tsv", 90, 0.92, 0.94),
        ("fresh-p.tsv", 90, 0.88, 0.85),
        ("fresh-q.tsv", 85, 0.96, 0.97),
        ("fresh-r.tsv", 80, 0.92, 0.93),
        ("fresh-s.tsv", 90, 0.87, 0.85),
        ("fresh-t.tsv", 90, 0.90, 0.87),
        ("fresh-u.tsv", 95, 0.88, 0.94),
        ("fresh-v.tsv", 95, 0.89, 0.94),
        ("fresh-w.tsv", 70, 0.95, 0.93),
        ("fresh-x.tsv", 85, 0.91, 0.91),
        ("fresh-y.tsv", 90, 0.85, 0.93),
        ("fresh-z.tsv", 90, 0.94, 0.90),
        ("fresh-aa.tsv", 85, 0.95, 0.92),
        ("fresh-ab.tsv", 90, 0.94, 0.91),
        ("fresh-ac.tsv", 95, 0.81, 0.90),
        ("fresh-ad.tsv", 95, 0.84, 0.90),
        ("fresh-ae.tsv", 80, 0.95, 0.94),
        ("fresh-af.tsv", 85, 0.91, 0.90),
        ("fresh-ag.tsv", 90, 0.89, 0.93),
        ("fresh-ah.tsv", 95, 0.84, 0.90),
        ("fresh-ai.tsv", 75, 0.93, 0.93),
        ("fresh-aj.tsv", 85, 0.89, 0.88),
        ("fresh-ak.tsv", 85, 0.93, 0.93),
        ("fresh-al.tsv", 95, 0.85, 0.91),
        ("fresh-am.tsv", 85, 0.92, 0.93),
        ("fresh-an.tsv", 85, 0.94, 0.94),
        ("fresh-ao.tsv", 90, 0.95, 0.95),
        ("fresh-ap.tsv", 95, 0.85, 0.95),
        ("fresh-aq.tsv", 95, 0.95, 0.95),
        ("fresh-ar.tsv", 95, 0.84, 0.95),
        ("fresh-as.tsv", 95, 0.90, 0.95),
        ("fresh-at.tsv", 95, 0.84, 0.95),
        ("fresh-au.tsv", 95, 0.86, 0.95),
        ("fresh-av.tsv", 95, 0.89, 0.95),
        ("fresh-aw.tsv", 95, 0.94, 0.95),
        ("fresh-ax.tsv", 95, 0.90, 0.95),
        ("fresh-ay.tsv", 75, 0.95, 0.93),
        ("fresh-az.tsv", 80, 0.93, 0.93),
        ("fresh-ba.tsv", 75, 0.91, 0.93),
        ("fresh-bb.tsv", 85, 0.90, 0.90),
        ("fresh-bc.tsv", 95, 0.85, 0.95),
        ("fresh-bd.tsv", 95, 0.87, 0.90),
        ("fresh-be.tsv", 95, 0.88, 0.95),
        ("fresh-bf.tsv", 65, 0.95, 0.93),
        ("fresh-bg.tsv", 80, 0.90, 0.93),
        ("fresh-bh.tsv", 95, 0.90, 0.93),
        ("fresh-bi.tsv", 90, 0.88, 0.93),
        ("fresh-bj.tsv", 80, 0.95, 0.95),
        ("fresh-bk.tsv", 75, 0.91, 0.95),
        ("fresh-bl.tsv", 90, 0.89, 0.90),
        ("fresh-bm.tsv", 95, 0.89, 0.90),
        ("fresh-bn.tsv", 75, 0.90, 0.93),
        ("fresh-bo.tsv", 95, 0.89, 0.95),
        ("fresh-bp.tsv", 90, 0.80, 0.93),
        ("fresh-bq.tsv", 70, 0.90, 0.93),
        ("fresh-br.tsv", 95, 0.95, 0.93),
        ("fresh-bs.tsv", 95, 0.87, 0.90),
        ("fresh-bt.tsv", 100, 0.92, 0.95),
        ("fresh-bu.tsv", 45, 0.95, 0.93),
        ("fresh-bv.tsv", 95, 0.90, 0.93),
        ("fresh-bw.tsv", 80, 0.93, 0.95),
        ("fresh-bx.tsv", 90, 0.93, 0.87),
        ("fresh-by.tsv", 90, 0.95, 0.95),
        ("fresh-bz.tsv", 90, 0.93, 0.90),
        ("fresh-ca.tsv", 100, 0.91, 0.95),
        ("fresh-cb.tsv", 95, 0.89, 0.87),
        ("fresh-cc.tsv", 95, 0.93, 0.93),
        ("fresh-cd.tsv", 80, 0.95, 0.95),
        ("fresh-ce.tsv", 90, 0.84, 0.90),
        ("fresh-cf.tsv", 95, 0.91, 0.93),
        ("fresh-cg.tsv", 90, 0.94, 0.95),
        ("fresh-ch.tsv", 95, 0.92, 0.95),
        ("fresh-ci.tsv", 100, 0.92, 0.95),
        ("fresh-cj.tsv", 100, 0.93, 0.95),
        ("fresh-ck.tsv", 55, 0.95, 0.93),
        ("fresh-cl.tsv", 95, 0.86, 0.81),
        ("fresh-cm.tsv", 100, 0.88, 0.90),
        ("fresh-cn.tsv", 80, 0.95, 0.95),
        ("fresh-co.tsv", 85, 0.96, 0.95),
        ("fresh-cp.tsv", 100, 0.93, 0.95),
        ("fresh-cq.tsv", 100, 0.96, 0.95),
        ("fresh-cr.tsv", 80, 0.97, 0.95),
        ("fresh-cs.tsv", 75, 0.92, 0.95),
        ("fresh-ct.tsv", 95, 0.85, 0.93),
        ("fresh-cu.tsv", 100, 0.95, 0.95),
        ("fresh-cv.tsv", 85, 0.95, 0.95),
        ("fresh-cw.tsv", 95, 0.92, 0.95),
        ("fresh-cx.tsv", 95, 0.91, 0.95),
        ("fresh-cy.tsv", 100, 0.93, 0.95),
        ("fresh-cz.tsv", 90, 0.96, 0.95),
        ("fresh-da.tsv", 90, 0.87, 0.95),
        ("fresh-db.tsv", 90, 0.91, 0.95),
        ("fresh-dc.tsv", 85, 0.94, 0.95),
        ("fresh-dd.tsv", 85, 0.95, 0.95),
        ("fresh-de.tsv", 85, 0.96, 0.95),
        ("fresh-df.tsv", 90, 0.98, 0.95),
        ("fresh-dg.tsv", 100, 0.90, 0.93),
        ("fresh-dh.tsv", 85, 0.96, 0.95),
        ("fresh-di.tsv", 95, 0.89, 0.93),
        ("fresh-dj.tsv", 95, 0.91, 0.95),
        ("fresh-dk.tsv", 100, 0.96, 0.95),
        ("fresh-dl.tsv", 90, 0.92, 0.93),
        ("fresh-dm.tsv", 95, 0.91, 0.95),
        ("fresh-dn.tsv", 100, 0.92, 0.95),
        ("fresh-do.tsv", 90, 0.93, 0.95),
        ("fresh-dp.tsv", 85, 0.91, 0.94),
        ("fresh-dq.tsv", 95, 0.92, 0.95),
        ("fresh-dr.tsv", 90, 0.89, 0.95),
        ("fresh-ds.tsv", 90, 0.95, 0.95),
        ("fresh-dt.tsv", 80, 0.92, 0.94),
        ("fresh-du.tsv", 100, 0.92, 0.95),
        ("fresh-dv.tsv", 100, 0.79, 0.95),
        ("fresh-dw.tsv", 95, 0.85, 0.95),
        ("fresh-dx.tsv", 65, 0.97, 0.95),
        ("fresh-dy.tsv", 85, 0.95, 0.95),
        ("fresh-dz.tsv", 95, 0.96, 0.90),
        ("fresh-ea.tsv", 85, 0.95, 0.95),
        ("fresh-eb.tsv", 95, 0.93, 0.95),
        ("fresh-ec.tsv", 75, 0.93, 0.95),
        ("fresh-ed.tsv", 100, 0.91, 0.93),
        ("fresh-ee.tsv", 95, 0.89, 0.95),
        ("fresh-ef.tsv", 80, 0.96, 0.95),
        ("fresh-eg.tsv", 100, 0.95, 0.95),
        ("fresh-eh.tsv", 100, 0.91, 0.95),
        ("fresh-ei.tsv", 80, 0.98, 0.95),
        ("fresh-ej.tsv", 95, 0.94, 0.95),
        ("fresh-ek.tsv", 95, 0.95, 0.95),
        ("fresh-el.tsv", 95, 0.88, 0.95),
        ("fresh-em.tsv", 90, 0.94, 0.95),
        ("fresh-en.tsv", 90, 0.93, 0.95),
        // Refusals 0.87 → 0.86 since a question that opens a line is read up
        // to its comma: "What's the pigment made of — not the ink, the
        // needles, …" is now told what the pigment is made of.
        ("fresh-eo.tsv", 100, 0.86, 0.86),
        ("fresh-ep.tsv", 95, 0.95, 0.95),
        ("fresh-eq.tsv", 80, 0.94, 0.95),
        ("fresh-er.tsv", 95, 0.93, 0.95),
        ("fresh-es.tsv", 75, 0.96, 0.95),
        ("fresh-et.tsv", 100, 0.90, 0.90),
        ("fresh-eu.tsv", 95, 0.91, 0.95),
        ("fresh-ev.tsv", 85, 0.95, 0.95),
        ("fresh-ew.tsv", 100, 0.94, 0.95),
        ("fresh-ex.tsv", 100, 0.92, 0.95),
        ("fresh-ey.tsv", 95, 0.93, 0.95),
        ("fresh-ez.tsv", 90, 0.90, 0.95),
        ("fresh-fa.tsv", 80, 0.94, 0.95),
        ("fresh-fb.tsv", 95, 0.95, 0.95),
        ("fresh-fc.tsv", 95, 0.93, 0.95),
        ("fresh-fd.tsv", 80, 0.92, 0.89),
        ("fresh-fe.tsv", 90, 0.93, 0.93),
        ("fresh-ff.tsv", 100, 0.92, 0.93),
        ("fresh-fg.tsv", 100, 0.93, 0.90),
        ("fresh-fh.tsv", 90, 0.97, 0.95),
        ("fresh-fi.tsv", 95, 0.95, 0.95),
        ("fresh-fj.tsv", 95, 0.92, 0.95),
        ("fresh-fk.tsv", 95, 0.89, 0.95),
        ("fresh-fl.tsv", 95, 0.93, 0.95),
        ("fresh-fm.tsv", 85, 0.95, 0.95),
        ("fresh-fn.tsv", 95, 0.91, 0.95),
        ("fresh-fo.tsv", 85, 0.97, 0.95),
        ("fresh-fp.tsv", 95, 0.94, 0.95),
        ("fresh-fq.tsv", 85, 0.96, 0.95),
        ("fresh-fr.tsv", 100, 0.93, 0.93),
        ("fresh-fs.tsv", 95, 0.93, 0.95),
        ("fresh-ft.tsv", 95, 0.93, 0.95),
        ("fresh-fu.tsv", 85, 0.90, 0.95),
        ("fresh-fv.tsv", 95, 0.91, 0.95),
        ("fresh-fw.tsv", 90, 0.89, 0.95),
        ("fresh-fx.tsv", 95, 0.95, 0.95),
        ("fresh-fy.tsv", 75, 0.95, 0.95),
        ("fresh-fz.tsv", 100, 0.93, 0.95),
        ("fresh-ga.tsv", 70, 0.92, 0.95),
        ("fresh-gb.tsv", 95, 0.84, 0.90),
        ("fresh-gc.tsv", 85, 0.95, 0.95),
        ("fresh-gd.tsv", 95, 0.86, 0.93),
        ("fresh-ge.tsv", 95, 0.92, 0.93),
        ("fresh-gf.tsv", 95, 0.95, 0.95),
        ("fresh-gg.tsv", 75, 0.95, 0.95),
        ("fresh-gh.tsv", 100, 0.96, 0.95),
        ("fresh-gi.tsv", 75, 0.91, 0.95),
        ("fresh-gj.tsv", 95, 0.93, 0.95),
        ("fresh-gk.tsv", 75, 0.93, 0.95),
        ("fresh-gl.tsv", 98, 0.91, 0.95),
        ("fresh-gm.tsv", 93, 0.92, 0.95),
        ("fresh-gn.tsv", 96, 0.92, 0.95),
        ("fresh-go.tsv", 100, 0.95, 0.95),
        ("fresh-gp.tsv", 57, 0.95, 0.95),
        ("fresh-gq.tsv", 75, 0.93, 0.94),
        ("fresh-gr.tsv", 100, 0.94, 0.95),
        ("fresh-gs.tsv", 97, 0.91, 0.95),
        ("fresh-gt.tsv", 100, 0.85, 0.92),
        ("fresh-gu.tsv", 95, 0.89, 0.87),
        ("fresh-gv.tsv", 58, 0.95, 0.95),
        ("fresh-gw.tsv", 68, 0.95, 0.95),
        ("fresh-gx.tsv", 89, 0.88, 0.92),
        ("fresh-gy.tsv", 89, 0.90, 0.95),
        ("fresh-gz.tsv", 91, 0.94, 0.91),
        ("fresh-ha.tsv", 99, 0.93, 0.95),
        ("fresh-hb.tsv", 56, 0.93, 0.92),
        ("fresh-hc.tsv", 60, 0.95, 0.95),
        ("fresh-hd.tsv", 99, 0.93, 0.87),
        ("fresh-he.tsv", 100, 0.49, 0.95),
        ("fresh-hf.tsv", 100, 0.80, 0.95),
        ("fresh-hg.tsv", 98, 0.87, 0.85),
        ("fresh-hh.tsv", 68, 0.95, 0.95),
        ("fresh-hi.tsv", 64, 0.95, 0.95),
        ("fresh-hj.tsv", 96, 0.90, 0.89),
        ("fresh-hl.tsv", 89, 0.92, 0.92),
        ("fresh-hm.tsv", 76, 0.90, 0.95),
        ("fresh-hn.tsv", 94, 0.88, 0.92),
        ("fresh-ho.tsv", 62, 0.92, 0.91),
        ("fresh-hp.tsv", 71, 0.95, 0.95),
        ("fresh-hq.tsv", 89, 0.85, 0.77),
        ("fresh-hr.tsv", 90, 0.94, 0.95),
        ("fresh-hs.tsv", 100, 0.94, 0.95),
        ("fresh-ht.tsv", 88, 0.94, 0.95),
        ("fresh-hu.tsv", 48, 0.94, 0.91),
        ("fresh-hv.tsv", 62, 0.90, 0.91),
        // Refusals 0.90 → 0.89 since travelling stopped being a flight: "If
        // his travel forces a three-week gap…" is now answered with the
        // interval, while the set gains "Mr Patel travels weekly…".
        ("fresh-hw.tsv", 101, 0.81, 0.89),
        ("fresh-hx.tsv", 87, 0.90, 0.94),
        ("fresh-hy.tsv", 98, 0.87, 0.95),
        ("fresh-hz.tsv", 76, 0.93, 0.95),
        ("fresh-ia.tsv", 65, 0.90, 0.91),
        ("fresh-ib.tsv", 65, 0.84, 0.83),
        ("fresh-ic.tsv", 65, 0.95, 0.95),
        ("fresh-id.tsv", 97, 0.90, 0.88),
        ("fresh-ie.tsv", 99, 0.87, 0.95),
        ("fresh-if.tsv", 100, 0.77, 0.93),
        ("fresh-ig.tsv", 68, 0.89, 0.86),
        ("fresh-ih.tsv", 64, 0.95, 0.95),
        ("fresh-ii.tsv", 98, 0.90, 0.95),
        ("fresh-ij.tsv", 100, 0.84, 0.93),
        ("fresh-ik.tsv", 98, 0.93, 0.95),
        ("fresh-il.tsv", 100, 0.90, 0.95),
        ("fresh-im.tsv", 64, 0.93, 0.93),
        ("fresh-in.tsv", 52, 0.92, 0.93),
        ("fresh-io.tsv", 81, 0.94, 0.95),
        ("fresh-ip.tsv", 99, 0.85, 0.88),
        ("fresh-iq.tsv", 97, 0.92, 0.95),
        ("fresh-ir.tsv", 97, 0.94, 0.95),
        // Refusals 0.86 → 0.85 since sunscreen stopped being the sun: "Hat or
        // no hat in summer?" now takes the sun's maintenance answer.
        ("fresh-is.tsv", 70, 0.91, 0.85),
        ("fresh-it.tsv", 67, 0.94, 0.93),
        ("fresh-iu.tsv", 84, 0.95, 0.99),
        ("fresh-iv.tsv", 100, 0.96, 0.99),
        ("fresh-iw.tsv", 95, 0.93, 0.96),
        ("fresh-ix.tsv", 91, 0.94, 0.96),
        ("fresh-iy.tsv", 99, 0.96, 0.99),
        ("fresh-iz.tsv", 62, 0.96, 0.97),
        ("fresh-ja.tsv", 61, 0.94, 0.94),
        ("fresh-jb.tsv", 64, 0.90, 0.90),
        ("fresh-jc.tsv", 99, 0.89, 0.93),
        ("fresh-jd.tsv", 97, 0.89, 0.93),
        ("fresh-je.tsv", 100, 0.86, 0.93),
        ("fresh-jf.tsv", 97, 0.87, 0.96),
        ("fresh-jg.tsv", 97, 0.89, 0.89),
        ("fresh-jh.tsv", 61, 0.96, 0.94),
        ("fresh-ji.tsv", 57, 0.95, 0.96),
        ("fresh-jj.tsv", 59, 0.94, 0.94),
        ("fresh-jk.tsv", 99, 0.91, 0.96),
        // 0.92 → 0.91 for the same reason: "How looks one session, step by
        // step?" is now read up to its comma, and counts the one session.
        ("fresh-jl.tsv", 96, 0.91, 0.96),
        ("fresh-jm.tsv", 98, 0.82, 0.93),
        ("fresh-jn.tsv", 78, 0.85, 0.92),
        ("fresh-jo.tsv", 100, 0.90, 0.96),
        ("fresh-jp.tsv", 58, 0.96, 0.96),
        ("fresh-jq.tsv", 60, 0.89, 0.86),
        ("fresh-jr.tsv", 51, 0.95, 0.99),
        ("fresh-js.tsv", 99, 0.85, 0.96),
        ("fresh-jt.tsv", 84, 0.95, 0.99),
        ("fresh-ju.tsv", 99, 0.89, 0.90),
        ("fresh-jv.tsv", 99, 0.79, 0.93),
        ("fresh-jw.tsv", 82, 0.89, 0.86),
        ("fresh-jx.tsv", 41, 0.97, 0.99),
        ("fresh-jy.tsv", 51, 0.89, 0.86),
        ("fresh-jz.tsv", 75, 0.94, 0.94),
        // 0.91 and 0.93 → 0.90 and 0.90 once stress stopped leaning on a
        // not-covered example: "stress make hair drop, then how to reduce
        // stress lor" now answers its first part with the lifestyle causes.
        ("fresh-ka.tsv", 98, 0.90, 0.90),
        ("fresh-kb.tsv", 100, 0.90, 0.99),
        ("fresh-kc.tsv", 91, 0.94, 0.99),
        ("fresh-kd.tsv", 99, 0.80, 0.89),
        ("fresh-ke.tsv", 91, 0.95, 0.95),
        ("fresh-kf.tsv", 59, 0.97, 0.99),
        ("fresh-kg.tsv", 58, 0.92, 0.93),
        ("fresh-kh.tsv", 52, 0.91, 0.88),
        ("fresh-ki.tsv", 94, 0.90, 0.99),
        ("fresh-kj.tsv", 75, 0.91, 0.95),
        ("fresh-kk.tsv", 65, 0.97, 0.95),
        ("fresh-ko.tsv", 100, 0.90, 0.92),
        ("fresh-kp.tsv", 98, 0.92, 0.96),
        ("fresh-kl.tsv", 57, 0.97, 0.99),
        ("fresh-km.tsv", 55, 0.95, 0.99),
        ("fresh-kn.tsv", 64, 0.94, 0.94),
        ("fresh-kq.tsv", 98, 0.93, 0.96),
        ("fresh-kr.tsv", 99, 0.94, 0.96),
        ("fresh-ks.tsv", 100, 0.89, 0.90),
        ("fresh-kt.tsv", 98, 0.97, 0.99),
        ("fresh-ku.tsv", 54, 0.95, 0.99),
        ("fresh-kv.tsv", 54, 0.95, 0.96),
        ("fresh-kw.tsv", 79, 0.95, 0.95),
        ("fresh-kx.tsv", 66, 0.93, 0.97),
        ("fresh-ky.tsv", 87, 0.91, 0.95),
        ("fresh-kz.tsv", 87, 0.86, 0.95),
        ("fresh-la.tsv", 97, 0.90, 0.93),
        ("fresh-lb.tsv", 99, 0.93, 0.99),
        ("fresh-lc.tsv", 49, 0.99, 0.99),
        ("fresh-ld.tsv", 58, 0.97, 0.99),
        ("fresh-le.tsv", 69, 0.96, 0.94),
        ("fresh-lf.tsv", 52, 0.91, 0.86),
        ("fresh-lg.tsv", 86, 0.92, 0.92),
        ("fresh-lh.tsv", 95, 0.87, 0.96),
        ("fresh-li.tsv", 101, 0.94, 0.96),
        ("fresh-lj.tsv", 95, 0.92, 0.99),
        ("fresh-lk.tsv", 53, 0.99, 0.99),
        ("fresh-ll.tsv", 57, 0.97, 0.96),
        ("fresh-lm.tsv", 60, 0.92, 0.89),
        ("fresh-ln.tsv", 49, 0.91, 0.84),
        ("fresh-lo.tsv", 92, 0.91, 0.99),
        ("fresh-lp.tsv", 87, 0.96, 0.96),
        ("fresh-lq.tsv", 86, 0.89, 0.93),
        ("fresh-lr.tsv", 95, 0.90, 0.99),
        ("fresh-ls.tsv", 85, 0.91, 0.96),
        ("fresh-lt.tsv", 71, 0.92, 0.97),
        ("fresh-lu.tsv", 72, 0.96, 0.97),
        ("fresh-lv.tsv", 60, 0.96, 0.93),
        ("fresh-lw.tsv", 95, 0.92, 0.96),
        ("fresh-lx.tsv", 76, 0.95, 0.96),
        ("fresh-ly.tsv", 92, 0.95, 0.96),
        ("fresh-lz.tsv", 80, 0.97, 0.96),
        ("fresh-ma.tsv", 95, 0.81, 0.87),
        ("fresh-mb.tsv", 53, 0.99, 0.99),
        ("fresh-mc.tsv", 54, 0.95, 0.96),
        ("fresh-md.tsv", 69, 0.87, 0.90),
        ("fresh-me.tsv", 84, 0.92, 0.96),
        ("fresh-mf.tsv", 85, 0.94, 0.96),
        ("fresh-mg.tsv", 85, 0.94, 0.96),
        ("fresh-mh.tsv", 95, 0.97, 0.96),
        ("fresh-mi.tsv", 90, 0.93, 0.93),
        ("fresh-mj.tsv", 49, 0.99, 0.99),
        ("fresh-mk.tsv", 61, 0.94, 0.93),
        ("fresh-ml.tsv", 58, 0.94, 0.96),
        ("fresh-mm.tsv", 86, 0.92, 0.89),
        ("fresh-mn.tsv", 93, 0.97, 0.99),
        ("fresh-mo.tsv", 100, 0.96, 0.99),
        ("fresh-mp.tsv", 81, 0.94, 0.96),
        ("fresh-mq.tsv", 99, 0.96, 0.99),
        ("fresh-mr.tsv", 60, 0.91, 0.91),
        ("fresh-ms.tsv", 52, 0.97, 0.99),
        ("fresh-mt.tsv", 54, 0.95, 0.96),
        ("fresh-mu.tsv", 89, 0.88, 0.96),
        ("fresh-mv.tsv", 91, 0.90, 0.87),
        ("fresh-mw.tsv", 87, 0.97, 0.99),
        ("fresh-mx.tsv", 56, 0.97, 0.99),
        ("fresh-my.tsv", 96, 0.94, 0.94),
        ("fresh-mz.tsv", 38, 0.91, 0.94),
        ("fresh-na.tsv", 59, 0.96, 0.99),
        ("fresh-nb.tsv", 55, 0.94, 0.96),
        ("fresh-nc.tsv", 92, 0.96, 0.96),
        ("fresh-nd.tsv", 67, 0.90, 0.94),
        ("fresh-ne.tsv", 86, 0.92, 0.96),
        ("fresh-nf.tsv", 73, 0.96, 0.99),
        ("fresh-ng.tsv", 84, 0.92, 0.99),
        ("fresh-nh.tsv", 51, 0.89, 0.93),
        ("fresh-ni.tsv", 74, 0.95, 0.93),
        ("fresh-nj.tsv", 59, 0.94, 0.91),
        ("fresh-nk.tsv", 84, 0.93, 0.99),
        ("fresh-nl.tsv", 99, 0.92, 0.99),
        ("fresh-nm.tsv", 71, 0.89, 0.99),
        ("fresh-nn.tsv", 92, 0.96, 0.96),
        ("fresh-no.tsv", 96, 0.90, 0.90),
        ("fresh-np.tsv", 45, 0.95, 0.92),
        ("fresh-nq.tsv", 58, 0.92, 0.91),
        ("fresh-nr.tsv", 69, 0.92, 0.87),
        ("fresh-ns.tsv", 96, 0.95, 0.99),
        ("fresh-nt.tsv", 93, 0.90, 0.93),
        ("fresh-nu.tsv", 100, 0.92, 0.99),
        ("fresh-nv.tsv", 99, 0.93, 0.96),
        ("fresh-nw.tsv", 90, 0.93, 0.93),
        ("fresh-nx.tsv", 52, 0.95, 0.99),
        ("fresh-ny.tsv", 64, 0.88, 0.89),
        ("fresh-nz.tsv", 83, 0.86, 0.91),
        ("fresh-oa.tsv", 92, 0.96, 0.99),
        ("fresh-ob.tsv", 87, 0.90, 0.89),
        ("fresh-oc.tsv", 94, 0.95, 0.96),
        ("fresh-od.tsv", 95, 0.88, 0.96),
        ("fresh-oe.tsv", 84, 0.97, 0.99),
        ("fresh-of.tsv", 46, 0.95, 0.96),
        ("fresh-og.tsv", 47, 0.88, 0.91),
        ("fresh-oh.tsv", 49, 0.99, 0.99),
        ("fresh-oi.tsv", 74, 0.94, 0.92),
        ("fresh-oj.tsv", 43, 0.92, 0.99),
        ("fresh-ok.tsv", 74, 0.92, 0.93),
        ("fresh-ol.tsv", 97, 0.92, 0.93),
        ("fresh-om.tsv", 76, 0.90, 0.92),
        ("fresh-on.tsv", 26, 0.95, 0.94),
        ("fresh-oo.tsv", 36, 0.96, 0.99),
        ("fresh-op.tsv", 47, 0.97, 0.95),
        ("fresh-oq.tsv", 97, 0.88, 0.90),
        ("fresh-or.tsv", 80, 0.92, 0.99),
        // 0.98 → 0.97 since whether people can tell is no longer the shades'
        // question: "so SMP po is like making ur head look full of hair
        // using needles and ink? how does that work" now takes the shades.
        ("fresh-os.tsv", 97, 0.97, 0.99),
        ("fresh-ot.tsv", 83, 0.95, 0.96),
        ("fresh-ou.tsv", 91, 0.90, 0.93),
        ("fresh-ov.tsv", 44, 0.94, 0.96),
        ("fresh-ow.tsv", 57, 0.94, 0.93),
        ("fresh-ox.tsv", 76, 0.95, 0.97),
        ("fresh-oy.tsv", 98, 0.92, 0.93),
        ("fresh-oz.tsv", 95, 0.95, 0.93),
        ("fresh-pa.tsv", 92, 0.86, 0.96),
        ("fresh-pb.tsv", 98, 0.92, 0.91),
        ("fresh-pc.tsv", 92, 0.91, 0.90),
        ("fresh-pd.tsv", 52, 0.97, 0.96),
        ("fresh-pe.tsv", 57, 0.97, 0.99),
        ("fresh-pf.tsv", 68, 0.86, 0.91),
        ("fresh-pg.tsv", 96, 0.97, 0.93),
        ("fresh-ph.tsv", 96, 0.94, 0.93),
        ("fresh-pi.tsv", 93, 0.91, 0.99),
        ("fresh-pj.tsv", 100, 0.84, 0.96),
        ("fresh-pk.tsv", 94, 0.89, 0.96),
        ("fresh-pl.tsv", 55, 0.92, 0.96),
        ("fresh-pm.tsv", 65, 0.97, 0.99),
        ("fresh-pn.tsv", 68, 0.96, 0.99),
        ("fresh-po.tsv", 91, 0.92, 0.96),
        ("fresh-pp.tsv", 87, 0.94, 0.96),
        ("fresh-pq.tsv", 96, 0.93, 0.99),
        ("fresh-pr.tsv", 85, 0.87, 0.89),
        ("fresh-ps.tsv", 94, 0.92, 0.96),
        ("fresh-pt.tsv", 60, 0.96, 0.93),
        ("fresh-pu.tsv", 72, 0.93, 0.94),
        ("fresh-pv.tsv", 58, 0.92, 0.91),
        ("fresh-pw.tsv", 100, 0.95, 0.96),
        ("fresh-px.tsv", 70, 0.96, 0.94),
        ("fresh-py.tsv", 92, 0.91, 0.89),
        ("fresh-pz.tsv", 99, 0.88, 0.93),
        ("fresh-qa.tsv", 87, 0.91, 0.96),
        ("fresh-qb.tsv", 68, 0.90, 0.97),
        ("fresh-qc.tsv", 65, 0.93, 0.96),
        ("fresh-qd.tsv", 65, 0.90, 0.92),
        ("fresh-qe.tsv", 91, 0.95, 0.96),
        ("fresh-qf.tsv", 100, 0.93, 0.93),
        ("fresh-qg.tsv", 53, 0.91, 0.99),
        ("fresh-qh.tsv", 100, 0.87, 0.93),
        ("fresh-qi.tsv", 93, 0.91, 0.90),
        ("fresh-qj.tsv", 67, 0.95, 0.90),
        ("fresh-qk.tsv", 72, 0.85, 0.90),
        ("fresh-ql.tsv", 61, 0.92, 0.96),
        ("fresh-qm.tsv", 96, 0.93, 0.96),
        ("fresh-qn.tsv", 97, 0.92, 0.96),
        ("fresh-qo.tsv", 98, 0.91, 0.93),
        ("fresh-qp.tsv", 95, 0.86, 0.99),
        ("fresh-qq.tsv", 85, 0.98, 0.99),
        ("fresh-qr.tsv", 73, 0.89, 0.88),
        ("fresh-qs.tsv", 64, 0.96, 0.93),
        ("fresh-qt.tsv", 60, 0.96, 0.99),
        ("fresh-qu.tsv", 93, 0.93, 0.96),
        ("fresh-qv.tsv", 97, 0.86, 0.96),
        ("fresh-qw.tsv", 84, 0.84, 0.88),
        ("fresh-qx.tsv", 72, 0.92, 0.95),
        ("fresh-qy.tsv", 85, 0.94, 0.99),
        ("fresh-qz.tsv", 41, 0.99, 0.99),
        ("fresh-ra.tsv", 44, 0.94, 0.99),
        ("fresh-rb.tsv", 60, 0.96, 0.96),
        ("fresh-rc.tsv", 93, 0.91, 0.99),
        ("fresh-rd.tsv", 84, 0.88, 0.92),
        ("fresh-re.tsv", 96, 0.94, 0.99),
        ("fresh-rf.tsv", 96, 0.88, 0.91),
        ("fresh-rg.tsv", 79, 0.95, 0.96),
        ("fresh-rh.tsv", 33, 0.93, 0.89),
        ("fresh-ri.tsv", 43, 0.94, 0.91),
        ("fresh-rj.tsv", 67, 0.92, 0.97),
        ("fresh-rk.tsv", 88, 0.96, 0.99),
        ("fresh-rl.tsv", 83, 0.94, 0.95),
        ("fresh-rm.tsv", 99, 0.93, 0.96),
        ("fresh-rn.tsv", 90, 0.91, 0.89),
        ("fresh-ro.tsv", 95, 0.91, 0.93),
        ("fresh-rp.tsv", 39, 0.96, 0.99),
        ("fresh-rq.tsv", 38, 0.94, 0.94),
        ("fresh-rr.tsv", 65, 0.87, 0.85),
        ("fresh-rs.tsv", 79, 0.94, 0.99),
        ("fresh-rt.tsv", 89, 0.97, 0.99),
        ("fresh-ru.tsv", 79, 0.90, 0.90),
        ("fresh-rv.tsv", 92, 0.90, 0.93),
        ("fresh-rw.tsv", 97, 0.80, 0.93),
        ("fresh-rx.tsv", 41, 0.97, 0.99),
        ("fresh-ry.tsv", 63, 0.96, 0.99),
        ("fresh-rz.tsv", 68, 0.92, 0.92),
        ("fresh-sa.tsv", 92, 0.88, 0.96),
        ("fresh-sb.tsv", 85, 0.93, 0.89),
        ("fresh-sc.tsv", 90, 0.88, 0.96),
        ("fresh-sd.tsv", 87, 0.88, 0.92),
        ("fresh-se.tsv", 91, 0.89, 0.92),
        ("fresh-sf.tsv", 42, 0.99, 0.99),
        ("fresh-sg.tsv", 43, 0.90, 0.95),
        ("fresh-sh.tsv", 58, 0.89, 0.85),
        ("fresh-si.tsv", 70, 0.93, 0.95),
        ("fresh-sj.tsv", 100, 0.78, 0.96),
        ("fresh-sk.tsv", 81, 0.94, 0.99),
        ("fresh-sl.tsv", 99, 0.87, 0.90),
        ("fresh-sm.tsv", 54, 0.97, 0.99),
        ("fresh-sn.tsv", 43, 0.90, 0.87),
        ("fresh-so.tsv", 54, 0.97, 0.99),
        ("fresh-sp.tsv", 58, 0.92, 0.94),
        ("fresh-sq.tsv", 90, 0.96, 0.96),
        // 0.88 → 0.87 once time off work stopped being recovery: "will me ed
        // be red after, cus I've gotta goo back to work" is now refused.
        ("fresh-sr.tsv", 96, 0.87, 0.93),
        ("fresh-ss.tsv", 75, 0.92, 0.99),
        ("fresh-st.tsv", 89, 0.93, 0.99),
        ("fresh-su.tsv", 99, 0.91, 0.91),
        ("fresh-sv.tsv", 44, 0.94, 0.92),
        ("fresh-sw.tsv", 52, 0.89, 0.96),
        ("fresh-sx.tsv", 51, 0.91, 0.93),
        ("fresh-sy.tsv", 79, 0.91, 0.95),
        ("fresh-sz.tsv", 80, 0.89, 0.95),
        ("fresh-ta.tsv", 95, 0.87, 0.96),
        ("fresh-tb.tsv", 99, 0.96, 0.99),
        ("fresh-tc.tsv", 95, 0.91, 0.93),
        ("fresh-td.tsv", 51, 0.93, 0.93),
        ("fresh-te.tsv", 52, 0.95, 0.96),
        ("fresh-tf.tsv", 69, 0.93, 0.97),
        ("fresh-tg.tsv", 99, 0.91, 0.91),
        ("fresh-th.tsv", 82, 0.94, 0.96),
        ("fresh-ti.tsv", 81, 0.88, 0.95),
        ("fresh-tj.tsv", 94, 0.95, 0.96),
        ("fresh-tk.tsv", 96, 0.92, 0.93),
        ("fresh-tl.tsv", 54, 0.95, 0.96),
        ("fresh-tm.tsv", 57, 0.95, 0.96),
        ("fresh-tn.tsv", 68, 0.95, 0.94),
        ("fresh-to.tsv", 93, 0.94, 0.96),
        ("fresh-tp.tsv", 76, 0.91, 0.91),
        ("fresh-tq.tsv", 90, 0.92, 0.95),
        ("fresh-tr.tsv", 97, 0.89, 0.99),
        ("fresh-ts.tsv", 99, 0.92, 0.93),
        ("fresh-tt.tsv", 54, 0.88, 0.87),
        ("fresh-tu.tsv", 51, 0.87, 0.86),
        ("fresh-tv.tsv", 68, 0.95, 0.94),
        ("fresh-tw.tsv", 100, 0.97, 0.99),
        ("fresh-tx.tsv", 93, 0.90, 0.96),
        ("fresh-ty.tsv", 89, 0.92, 0.99),
        ("fresh-tz.tsv", 88, 0.96, 0.99),
        ("fresh-ua.tsv", 92, 0.89, 0.90),
        ("fresh-ub.tsv", 67, 0.98, 0.99),
        ("fresh-uc.tsv", 59, 0.92, 0.99),
        ("fresh-ud.tsv", 59, 0.94, 0.94),
        ("fresh-ue.tsv", 93, 0.90, 0.90),
        ("fresh-uf.tsv", 78, 0.93, 0.95),
        ("fresh-ug.tsv", 88, 0.94, 0.99),
        ("fresh-uh.tsv", 89, 0.94, 0.92),
        ("fresh-ui.tsv", 79, 0.94, 0.99),
        ("fresh-uj.tsv", 56, 0.92, 0.99),
        ("fresh-uk.tsv", 55, 0.95, 0.99),
        ("fresh-ul.tsv", 67, 0.93, 0.94),
        ("fresh-um.tsv", 99, 0.89, 0.91),
        ("fresh-un.tsv", 95, 0.92, 0.93),
        ("fresh-uo.tsv", 97, 0.86, 0.91),
        ("fresh-up.tsv", 84, 0.87, 0.91),
        ("fresh-uq.tsv", 74, 0.90, 0.91),
        ("fresh-ur.tsv", 50, 0.93, 0.93),
        ("fresh-us.tsv", 42, 0.92, 0.90),
        ("fresh-ut.tsv", 58, 0.92, 0.94),
        ("fresh-uu.tsv", 92, 0.92, 0.89),
        ("fresh-uv.tsv", 79, 0.96, 0.95),
        ("fresh-uw.tsv", 80, 0.93, 0.89),
        ("fresh-ux.tsv", 84, 0.98, 0.99),
        ("fresh-uy.tsv", 100, 0.92, 0.99),
        ("fresh-uz.tsv", 49, 0.97, 0.96),
        ("fresh-va.tsv", 60, 0.94, 0.93),
        ("fresh-vb.tsv", 45, 0.97, 0.96),
        ("fresh-vc.tsv", 98, 0.87, 0.90),
        ("fresh-vd.tsv", 84, 0.95, 0.99),
        ("fresh-ve.tsv", 69, 0.92, 0.99),
        ("fresh-vf.tsv", 79, 0.90, 0.88),
        ("fresh-vg.tsv", 75, 0.95, 0.99),
        ("fresh-vh.tsv", 66, 0.94, 0.97),
        ("fresh-vi.tsv", 43, 0.94, 0.96),
        ("fresh-vj.tsv", 73, 0.95, 0.95),
        ("fresh-vk.tsv", 90, 0.91, 0.96),
        ("fresh-vl.tsv", 94, 0.95, 0.90),
        ("fresh-vm.tsv", 82, 0.90, 0.95),
        ("fresh-vn.tsv", 84, 0.86, 0.99),
        ("fresh-vo.tsv", 98, 0.85, 0.90),
        ("fresh-vp.tsv", 63, 0.93, 0.97),
        ("fresh-vq.tsv", 53, 0.99, 0.99),
        ("fresh-vr.tsv", 58, 0.90, 0.91),
        ("fresh-vs.tsv", 88, 0.90, 0.96),
        ("fresh-vt.tsv", 94, 0.93, 0.96),
        ("fresh-vu.tsv", 95, 0.97, 0.99),
        ("fresh-vv.tsv", 93, 0.96, 0.99),
        ("fresh-vw.tsv", 91, 0.96, 0.99),
        ("fresh-vx.tsv", 67, 0.96, 0.99),
        ("fresh-vy.tsv", 57, 0.92, 0.94),
        ("fresh-vz.tsv", 57, 0.95, 0.96),
        ("fresh-wa.tsv", 96, 0.93, 0.90),
        ("fresh-wb.tsv", 100, 0.67, 0.96),
        ("fresh-wc.tsv", 94, 0.98, 0.96),
        ("fresh-wd.tsv", 95, 0.91, 0.87),
        ("fresh-we.tsv", 84, 0.92, 0.95),
        ("fresh-wf.tsv", 76, 0.95, 0.97),
        ("fresh-wg.tsv", 61, 0.94, 0.96),
        ("fresh-wh.tsv", 62, 0.91, 0.86),
        ("fresh-wi.tsv", 90, 0.93, 0.96),
        ("fresh-wj.tsv", 78, 0.91, 0.91),
        ("fresh-wk.tsv", 84, 0.91, 0.99),
        ("fresh-wl.tsv", 95, 0.95, 0.96),
        ("fresh-wm.tsv", 78, 0.94, 0.99),
        ("fresh-wn.tsv", 76, 0.95, 0.92),
        ("fresh-wo.tsv", 56, 0.97, 0.99),
        ("fresh-wp.tsv", 68, 0.93, 0.94),
        ("fresh-wq.tsv", 88, 0.97, 0.99),
        ("fresh-wr.tsv", 86, 0.86, 0.89),
        ("fresh-ws.tsv", 79, 0.95, 0.95),
        ("fresh-wt.tsv", 88, 0.97, 0.99),
        ("fresh-wu.tsv", 77, 0.94, 0.92),
        ("fresh-wv.tsv", 58, 0.99, 0.99),
        ("fresh-ww.tsv", 74, 0.98, 0.99),
        ("fresh-wx.tsv", 73, 0.98, 0.99),
        ("fresh-wy.tsv", 90, 0.92, 0.93),
        ("fresh-wz.tsv", 79, 0.89, 0.99),
        ("fresh-xa.tsv", 89, 0.93, 0.96),
        ("fresh-xb.tsv", 79, 0.96, 0.99),
        ("fresh-xc.tsv", 89, 0.93, 0.92),
        ("fresh-xd.tsv", 66, 0.93, 0.94),
        ("fresh-xe.tsv", 71, 0.93, 0.99),
        ("fresh-xf.tsv", 75, 0.91, 0.90),
        ("fresh-xg.tsv", 83, 0.89, 0.96),
        ("fresh-xh.tsv", 90, 0.93, 0.93),
        ("fresh-xi.tsv", 100, 0.90, 0.99),
        ("fresh-xj.tsv", 77, 0.91, 0.99),
        ("fresh-xk.tsv", 83, 0.91, 0.92),
        ("fresh-xl.tsv", 77, 0.82, 0.95),
        ("fresh-xm.tsv", 58, 0.99, 0.99),
        ("fresh-xn.tsv", 55, 0.94, 0.92),
        ("fresh-xo.tsv", 77, 0.96, 0.96),
        ("fresh-xp.tsv", 81, 0.95, 0.99),
        ("fresh-xq.tsv", 96, 0.90, 0.96),
        ("fresh-xr.tsv", 73, 0.91, 0.91),
        ("fresh-xs.tsv", 86, 0.90, 0.95),
        ("fresh-xt.tsv", 71, 0.95, 0.94),
        ("fresh-xu.tsv", 62, 0.94, 0.96),
        ("fresh-xv.tsv", 61, 0.92, 0.94),
        ("fresh-xw.tsv", 97, 0.96, 0.99),
        ("fresh-xx.tsv", 88, 0.94, 0.93),
        ("fresh-xy.tsv", 72, 0.91, 0.95),
        ("fresh-xz.tsv", 77, 0.83, 0.95),
        ("fresh-ya.tsv", 91, 0.94, 0.96),
        ("fresh-yb.tsv", 72, 0.95, 0.97),
        ("fresh-yc.tsv", 72, 0.96, 0.99),
        ("fresh-yd.tsv", 71, 0.95, 0.92),
        ("fresh-ye.tsv", 81, 0.95, 0.95),
        ("fresh-yf.tsv", 75, 0.95, 0.99),
        ("fresh-yg.tsv", 99, 0.78, 0.93),
        ("fresh-yh.tsv", 82, 0.84, 0.93),
        ("fresh-yi.tsv", 94, 0.92, 0.93),
        ("fresh-yj.tsv", 69, 0.93, 0.99),
        ("fresh-yk.tsv", 52, 0.89, 0.96),
        ("fresh-yl.tsv", 77, 0.91, 0.93),
        ("fresh-ym.tsv", 72, 0.93, 0.91),
        ("fresh-yn.tsv", 94, 0.92, 0.96),
        ("fresh-yo.tsv", 89, 0.89, 0.90),
        ("fresh-yp.tsv", 70, 0.96, 0.99),
        ("fresh-yq.tsv", 90, 0.95, 0.99),
        ("fresh-yr.tsv", 67, 0.93, 0.99),
        ("fresh-ys.tsv", 58, 0.92, 0.93),
        ("fresh-yt.tsv", 64, 0.94, 0.94),
        ("fresh-yu.tsv", 99, 0.89, 0.94),
        ("fresh-yv.tsv", 80, 0.95, 0.99),
        ("fresh-yw.tsv", 74, 0.91, 0.92),
        ("fresh-yx.tsv", 89, 0.96, 0.99),
        ("fresh-yy.tsv", 94, 0.93, 0.96),
        ("fresh-yz.tsv", 65, 0.96, 0.94),
        ("fresh-za.tsv", 78, 0.94, 0.95),
        ("fresh-zb.tsv", 69, 0.96, 0.94),
        ("fresh-zc.tsv", 87, 0.94, 0.95),
        ("fresh-zd.tsv", 96, 0.90, 0.99),
        ("fresh-ze.tsv", 68, 0.93, 0.99),
        ("fresh-zf.tsv", 91, 0.90, 0.96),
        ("fresh-zg.tsv", 90, 0.93, 0.95),
        ("fresh-zh.tsv", 77, 0.94, 0.97),
        ("fresh-zi.tsv", 79, 0.95, 0.95),
        ("fresh-zj.tsv", 64, 0.91, 0.94),
        ("fresh-zk.tsv", 93, 0.93, 0.96),
        ("fresh-zl.tsv", 94, 0.90, 0.99),
        ("fresh-zm.tsv", 95, 0.88, 0.93),
        ("fresh-zn.tsv", 70, 0.96, 0.94),
        ("fresh-zo.tsv", 100, 0.94, 0.96),
        ("fresh-zp.tsv", 79, 0.89, 0.88),
        ("fresh-zq.tsv", 73, 0.94, 0.95),
        ("fresh-zr.tsv", 50, 0.99, 0.99),
        ("fresh-zs.tsv", 90, 0.96, 0.99),
        ("fresh-zt.tsv", 71, 0.95, 0.95),
        ("fresh-zu.tsv", 82, 0.90, 0.95),
        ("fresh-zv.tsv", 64, 0.96, 0.99),
        ("fresh-zw.tsv", 88, 0.90, 0.93),
        ("fresh-zx.tsv", 79, 0.94, 0.99),
        ("fresh-zy.tsv", 75, 0.96, 0.99),
        ("fresh-zz.tsv", 74, 0.95, 0.92),
        ("fresh-aaa.tsv", 96, 0.90, 0.96),
        ("fresh-aab.tsv", 93, 0.94, 0.96),
        ("fresh-aac.tsv", 85, 0.94, 0.92),
        ("fresh-aad.tsv", 94, 0.95, 0.93),
        ("fresh-aae.tsv", 100, 0.82, 0.93),
        ("fresh-aaf.tsv", 75, 0.94, 0.92),
        ("fresh-aag.tsv", 64, 0.99, 0.99),
        ("fresh-aah.tsv", 69, 0.92, 0.87),
        ("fresh-aai.tsv", 78, 0.95, 0.94),
        ("fresh-aaj.tsv", 96, 0.95, 0.96),
        ("fresh-aak.tsv", 70, 0.89, 0.95),
        ("fresh-aal.tsv", 81, 0.92, 0.92),
        ("fresh-aam.tsv", 86, 0.93, 0.99),
        ("fresh-aan.tsv", 73, 0.95, 0.94),
        ("fresh-aao.tsv", 66, 0.93, 0.94),
        ("fresh-aap.tsv", 61, 0.94, 0.96),
        ("fresh-aaq.tsv", 77, 0.90, 0.95),
        ("fresh-aar.tsv", 97, 0.87, 0.99),
        ("fresh-aas.tsv", 90, 0.97, 0.96),
        ("fresh-aat.tsv", 95, 0.95, 0.96),
        ("fresh-aau.tsv", 93, 0.94, 0.93),
        ("fresh-aav.tsv", 68, 0.93, 0.89),
        ("fresh-aaw.tsv", 72, 0.99, 0.99),
        ("fresh-aax.tsv", 72, 0.98, 0.99),
        ("fresh-aay.tsv", 86, 0.97, 0.99),
        ("fresh-aaz.tsv", 91, 0.95, 0.96),
        ("fresh-aba.tsv", 83, 0.92, 0.92),
        ("fresh-abb.tsv", 92, 0.92, 0.93),
        ("fresh-abc.tsv", 90, 0.83, 0.90),
        ("fresh-abd.tsv", 71, 0.96, 0.94),
        ("fresh-abe.tsv", 76, 0.94, 0.97),
        ("fresh-abf.tsv", 67, 0.96, 0.97),
        ("fresh-abg.tsv", 80, 0.87, 0.96),
        ("fresh-abh.tsv", 99, 0.92, 0.99),
        ("fresh-abi.tsv", 93, 0.95, 0.93),
        ("fresh-abj.tsv", 88, 0.92, 0.93),
        ("fresh-abk.tsv", 85, 0.88, 0.89),
        ("fresh-abl.tsv", 66, 0.96, 0.93),
        ("fresh-abm.tsv", 61, 0.99, 0.99),
        ("fresh-abn.tsv", 47, 0.88, 0.87),
        ("fresh-abo.tsv", 99, 0.86, 0.84),
        ("fresh-abp.tsv", 87, 0.98, 0.99),
        ("fresh-abq.tsv", 72, 0.91, 0.87),
        ("fresh-abr.tsv", 70, 0.98, 0.95),
        ("fresh-abs.tsv", 95, 0.95, 0.99),
        ("fresh-abt.tsv", 48, 0.99, 0.99),
        ("fresh-abu.tsv", 61, 0.96, 0.99),
        ("fresh-abv.tsv", 70, 0.95, 0.99),
        ("fresh-abw.tsv", 97, 0.94, 0.93),
        ("fresh-abx.tsv", 88, 0.96, 0.96),
        ("fresh-aby.tsv", 83, 0.93, 0.99),
        ("fresh-abz.tsv", 88, 0.94, 0.96),
        ("fresh-aca.tsv", 88, 0.90, 0.96),
        ("fresh-acb.tsv", 50, 0.95, 0.93),
        ("fresh-acc.tsv", 57, 0.92, 0.93),
        ("fresh-acd.tsv", 62, 0.96, 0.96),
        ("fresh-ace.tsv", 95, 0.95, 0.94),
        ("fresh-acf.tsv", 98, 0.91, 0.96),
        ("fresh-acg.tsv", 99, 0.96, 0.96),
        ("fresh-ach.tsv", 79, 0.94, 0.95),
        ("fresh-aci.tsv", 92, 0.91, 0.99),
        ("fresh-acj.tsv", 40, 0.97, 0.99),
        ("fresh-ack.tsv", 56, 0.95, 0.93),
        ("fresh-acl.tsv", 56, 0.94, 0.96),
        ("fresh-acm.tsv", 95, 0.92, 0.96),
        ("fresh-acn.tsv", 73, 0.94, 0.92),
        ("fresh-aco.tsv", 82, 0.95, 0.99),
        ("fresh-acp.tsv", 87, 0.90, 0.96),
        ("fresh-acq.tsv", 80, 0.94, 0.99),
        ("fresh-acr.tsv", 49, 0.99, 0.99),
        ("fresh-acs.tsv", 53, 0.95, 0.96),
        ("fresh-act.tsv", 63, 0.96, 0.96),
        ("fresh-acu.tsv", 96, 0.92, 0.93),
        ("fresh-acv.tsv", 86, 0.90, 0.89),
        ("fresh-acw.tsv", 87, 0.89, 0.99),
        ("fresh-acx.tsv", 75, 0.96, 0.99),
        ("fresh-acy.tsv", 79, 0.93, 0.95),
        ("fresh-acz.tsv", 45, 0.99, 0.99),
        ("fresh-ada.tsv", 59, 0.96, 0.96),
        ("fresh-adb.tsv", 60, 0.92, 0.91),
        ("fresh-adc.tsv", 89, 0.88, 0.83),
        ("fresh-add.tsv", 92, 0.85, 0.93),
        ("fresh-ade.tsv", 83, 0.97, 0.99),
        ("fresh-adf.tsv", 69, 0.95, 0.99),
        ("fresh-adg.tsv", 95, 0.95, 0.96),
        ("fresh-adh.tsv", 53, 0.97, 0.96),
        ("fresh-adi.tsv", 38, 0.96, 0.99),
        ("fresh-adj.tsv", 68, 0.90, 0.89),
        ("fresh-adk.tsv", 91, 0.96, 0.96),
        ("fresh-adl.tsv", 77, 0.90, 0.95),
        ("fresh-adm.tsv", 74, 0.96, 0.96),
        ("fresh-adn.tsv", 78, 0.93, 0.95),
        ("fresh-ado.tsv", 98, 0.84, 0.90),
        ("fresh-adp.tsv", 61, 0.97, 0.99),
        ("fresh-adq.tsv", 48, 0.97, 0.99),
        ("fresh-adr.tsv", 64, 0.85, 0.92),
        ("fresh-ads.tsv", 95, 0.98, 0.99),
        ("fresh-adt.tsv", 95, 0.91, 0.96),
        ("fresh-adu.tsv", 73, 0.95, 0.95),
        ("fresh-adv.tsv", 79, 0.93, 0.92),
        ("fresh-adw.tsv", 91, 0.95, 0.93),
        ("fresh-adx.tsv", 55, 0.95, 0.99),
        ("fresh-ady.tsv", 62, 0.94, 0.97),
        ("fresh-adz.tsv", 48, 0.93, 0.99),
        ("fresh-aea.tsv", 93, 0.90, 0.84),
        ("fresh-aeb.tsv", 97, 0.83, 0.84),
        ("fresh-aec.tsv", 80, 0.94, 0.95),
        ("fresh-aed.tsv", 81, 0.90, 0.95),
        ("fresh-aee.tsv", 75, 0.95, 0.95),
        ("fresh-aef.tsv", 55, 0.92, 0.93),
        ("fresh-aeg.tsv", 45, 0.97, 0.96),
        ("fresh-aeh.tsv", 57, 0.97, 0.99),
        ("fresh-aei.tsv", 85, 0.97, 0.96),
        ("fresh-aej.tsv", 97, 0.94, 0.90),
        ("fresh-aek.tsv", 72, 0.91, 0.99),
        ("fresh-ael.tsv", 92, 0.89, 0.93),
        ("fresh-aem.tsv", 80, 0.95, 0.96),
        ("fresh-aen.tsv", 53, 0.91, 0.90),
        ("fresh-aeo.tsv", 64, 0.96, 0.96),
        ("fresh-aep.tsv", 52, 0.95, 0.96),
        ("fresh-aeq.tsv", 99, 0.89, 0.99),
        ("fresh-aer.tsv", 78, 0.92, 0.92),
        ("fresh-aes.tsv", 72, 0.92, 0.95),
        ("fresh-aet.tsv", 84, 0.93, 0.99),
        ("fresh-aeu.tsv", 84, 0.89, 0.96),
        ("fresh-aev.tsv", 53, 0.97, 0.99),
        ("fresh-aew.tsv", 54, 0.97, 0.96),
        ("fresh-aex.tsv", 58, 0.99, 0.99),
        ("fresh-aey.tsv", 98, 0.90, 0.88),
        ("fresh-aez.tsv", 81, 0.85, 0.92),
        ("fresh-afa.tsv", 96, 0.94, 0.99),
        ("fresh-afb.tsv", 89, 0.88, 0.90),
        ("fresh-afc.tsv", 81, 0.88, 0.95),
        ("fresh-afd.tsv", 48, 0.93, 0.99),
        ("fresh-afe.tsv", 61, 0.97, 0.96),
        ("fresh-aff.tsv", 53, 0.93, 0.91),
        ("fresh-afg.tsv", 91, 0.88, 0.93),
        ("fresh-afh.tsv", 98, 0.94, 0.96),
        ("fresh-afi.tsv", 75, 0.94, 0.99),
        ("fresh-afj.tsv", 85, 0.95, 0.99),
        ("fresh-afk.tsv", 96, 0.96, 0.93),
        ("fresh-afl.tsv", 55, 0.97, 0.99),
        ("fresh-afm.tsv", 53, 0.95, 0.96),
        ("fresh-afn.tsv", 54, 0.95, 0.94),
        ("fresh-afo.tsv", 92, 0.98, 0.96),
        ("fresh-afp.tsv", 93, 0.95, 0.99),
        ("fresh-afq.tsv", 87, 0.91, 0.99),
        ("fresh-afr.tsv", 84, 0.91, 0.99),
        ("fresh-afs.tsv", 97, 0.92, 0.99),
        ("fresh-aft.tsv", 57, 0.92, 0.90),
        ("fresh-afu.tsv", 57, 0.94, 0.96),
        ("fresh-afv.tsv", 59, 0.94, 0.91),
        ("fresh-afw.tsv", 89, 0.95, 0.96),
        ("fresh-afx.tsv", 95, 0.94, 0.96),
        ("fresh-afy.tsv", 94, 0.92, 0.90),
        ("fresh-afz.tsv", 89, 0.95, 0.96),
        ("fresh-aga.tsv", 92, 0.92, 0.90),
        ("fresh-agb.tsv", 62, 0.99, 0.99),
        ("fresh-agc.tsv", 37, 0.88, 0.91),
        ("fresh-agd.tsv", 55, 0.97, 0.99),
        ("fresh-age.tsv", 97, 0.95, 0.96),
        ("fresh-agf.tsv", 90, 0.95, 0.96),
        ("fresh-agg.tsv", 85, 0.97, 0.99),
        ("fresh-agh.tsv", 89, 0.93, 0.99),
        ("fresh-agi.tsv", 88, 0.85, 0.83),
        ("fresh-agj.tsv", 61, 0.94, 0.99),
        ("fresh-agk.tsv", 71, 0.91, 0.92),
        ("fresh-agl.tsv", 70, 0.98, 0.99),
        ("fresh-agm.tsv", 74, 0.95, 0.95),
        ("fresh-agn.tsv", 88, 0.93, 0.96),
        ("fresh-ago.tsv", 93, 0.93, 0.99),
        ("fresh-agp.tsv", 78, 0.91, 0.91),
        ("fresh-agq.tsv", 92, 0.89, 0.96),
        ("fresh-agr.tsv", 65, 0.93, 0.99),
        ("fresh-ags.tsv", 75, 0.95, 0.99),
        ("fresh-agt.tsv", 50, 0.95, 0.96),
        ("fresh-agu.tsv", 94, 0.93, 0.93),
        ("fresh-agv.tsv", 103, 0.91, 0.88),
        ("fresh-agw.tsv", 97, 0.97, 0.99),
        ("fresh-agx.tsv", 71, 0.95, 0.99),
        ("fresh-agy.tsv", 87, 0.92, 0.92),
        ("fresh-agz.tsv", 66, 0.91, 0.93),
        ("fresh-aha.tsv", 76, 0.94, 0.97),
        ("fresh-ahb.tsv", 60, 0.97, 0.99),
        ("fresh-ahc.tsv", 98, 0.93, 0.99),
        ("fresh-ahd.tsv", 99, 0.96, 0.99),
        ("fresh-ahe.tsv", 96, 0.89, 0.93),
        ("fresh-ahf.tsv", 91, 0.83, 0.96),
        ("fresh-ahg.tsv", 96, 0.96, 0.99),
        ("fresh-ahh.tsv", 74, 0.95, 0.97),
        ("fresh-ahi.tsv", 66, 0.93, 0.93),
        ("fresh-ahj.tsv", 57, 0.88, 0.85),
        ("fresh-ahk.tsv", 97, 0.95, 0.96),
        ("fresh-ahl.tsv", 79, 0.89, 0.95),
        ("fresh-ahm.tsv", 81, 0.95, 0.99),
        ("fresh-ahn.tsv", 81, 0.94, 0.99),
        ("fresh-aho.tsv", 89, 0.91, 0.96),
        ("fresh-ahp.tsv", 68, 0.95, 0.96),
        ("fresh-ahq.tsv", 67, 0.92, 0.89),
        ("fresh-ahr.tsv", 65, 0.97, 0.99),
        ("fresh-ahs.tsv", 94, 0.94, 0.90),
        ("fresh-aht.tsv", 90, 0.95, 0.99),
        ("fresh-ahu.tsv", 91, 0.92, 0.96),
        ("fresh-ahv.tsv", 87, 0.93, 0.96),
        ("fresh-ahw.tsv", 69, 0.95, 0.99),
        ("fresh-ahx.tsv", 72, 0.96, 0.97),
        ("fresh-ahy.tsv", 78, 0.95, 0.97),
        ("fresh-ahz.tsv", 47, 0.97, 0.96),
        ("fresh-aia.tsv", 88, 0.89, 0.89),
        ("fresh-aib.tsv", 98, 0.93, 0.93),
        ("fresh-aic.tsv", 79, 0.91, 0.91),
        ("fresh-aid.tsv", 86, 0.91, 0.93),
        ("fresh-aie.tsv", 87, 0.89, 0.96),
        ("fresh-aif.tsv", 70, 0.90, 0.92),
        ("fresh-aig.tsv", 63, 0.94, 0.96),
        ("fresh-aih.tsv", 65, 0.94, 0.95),
        ("fresh-aii.tsv", 100, 0.82, 0.99),
        ("fresh-aij.tsv", 91, 0.91, 0.96),
        ("fresh-aik.tsv", 99, 0.93, 0.99),
        ("fresh-ail.tsv", 91, 0.89, 0.99),
        ("fresh-aim.tsv", 91, 0.95, 0.99),
        ("fresh-ain.tsv", 76, 0.92, 0.95),
        ("fresh-aio.tsv", 75, 0.98, 0.99),
        ("fresh-aip.tsv", 53, 0.91, 0.89),
        ("fresh-aiq.tsv", 94, 0.92, 0.96),
        ("fresh-air.tsv", 100, 0.84, 0.96),
        ("fresh-ais.tsv", 96, 0.93, 0.96),
        ("fresh-ait.tsv", 81, 0.88, 0.87),
        ("fresh-aiu.tsv", 82, 0.95, 0.95),
        ("fresh-aiv.tsv", 71, 0.92, 0.91),
        ("fresh-aiw.tsv", 73, 0.92, 0.94),
        ("fresh-aix.tsv", 66, 0.94, 0.97),
        ("fresh-aiy.tsv", 99, 0.90, 0.93),
        ("fresh-aiz.tsv", 89, 0.96, 0.96),
        ("fresh-aja.tsv", 88, 0.93, 0.96),
        ("fresh-ajb.tsv", 70, 0.89, 0.99),
        ("fresh-ajc.tsv", 72, 0.89, 0.82),
        ("fresh-ajd.tsv", 75, 0.95, 0.94),
        ("fresh-aje.tsv", 63, 0.89, 0.89),
        ("fresh-ajf.tsv", 57, 0.97, 0.96),
        ("fresh-ajg.tsv", 89, 0.96, 0.96),
        ("fresh-ajh.tsv", 84, 0.94, 0.96),
        ("fresh-aji.tsv", 71, 0.89, 0.95),
        ("fresh-ajj.tsv", 76, 0.94, 0.96),
        ("fresh-ajk.tsv", 86, 0.94, 0.93),
        ("fresh-ajl.tsv", 69, 0.95, 0.99),
        ("fresh-ajm.tsv", 76, 0.96, 0.97),
        ("fresh-ajn.tsv", 57, 0.97, 0.96),
        ("fresh-ajo.tsv", 73, 0.96, 0.99),
        ("fresh-ajp.tsv", 93, 0.94, 0.99),
        ("fresh-ajq.tsv", 73, 0.92, 0.99),
        ("fresh-ajr.tsv", 69, 0.97, 0.95),
        ("fresh-ajs.tsv", 75, 0.95, 0.99),
        ("fresh-ajt.tsv", 80, 0.95, 0.95),
        ("fresh-aju.tsv", 74, 0.98, 0.99),
        ("fresh-ajv.tsv", 61, 0.94, 0.92),
        ("fresh-ajw.tsv", 94, 0.96, 0.96),
        ("fresh-ajx.tsv", 94, 0.89, 0.93),
        ("fresh-ajy.tsv", 71, 0.98, 0.99),
        ("fresh-ajz.tsv", 91, 0.97, 0.99),
        ("fresh-aka.tsv", 76, 0.94, 0.99),
        ("fresh-akb.tsv", 75, 0.96, 0.99),
        ("fresh-akc.tsv", 77, 0.94, 0.92),
        ("fresh-akd.tsv", 62, 0.96, 0.97),
        ("fresh-ake.tsv", 92, 0.98, 0.96),
        ("fresh-akf.tsv", 91, 0.94, 0.96),
        ("fresh-akg.tsv", 79, 0.90, 0.92),
        ("fresh-akh.tsv", 80, 0.93, 0.99),
        ("fresh-aki.tsv", 82, 0.95, 0.96),
        ("fresh-akj.tsv", 67, 0.96, 0.99),
        ("fresh-akk.tsv", 80, 0.95, 0.97),
        ("fresh-akl.tsv", 68, 0.95, 0.97),
        ("fresh-akm.tsv", 73, 0.95, 0.99),
        ("fresh-akn.tsv", 98, 0.91, 0.93),
        ("fresh-ako.tsv", 79, 0.93, 0.89),
        ("fresh-akp.tsv", 89, 0.90, 0.89),
        ("fresh-akq.tsv", 74, 0.98, 0.95),
        ("fresh-akr.tsv", 76, 0.98, 0.99),
        ("fresh-aks.tsv", 76, 0.96, 0.99),
        ("fresh-akt.tsv", 69, 0.93, 0.97),
        ("fresh-aku.tsv", 84, 0.98, 0.99),
        ("fresh-akv.tsv", 74, 0.91, 0.91),
        ("fresh-akw.tsv", 82, 0.95, 0.93),
        ("fresh-akx.tsv", 76, 0.91, 0.92),
        ("fresh-aky.tsv", 86, 0.92, 0.99),
        ("fresh-akz.tsv", 76, 0.96, 0.99),
        ("fresh-ala.tsv", 80, 0.92, 0.94),
        ("fresh-alb.tsv", 65, 0.97, 0.97),
        ("fresh-alc.tsv", 95, 0.90, 0.93),
        ("fresh-ald.tsv", 82, 0.93, 0.99),
        ("fresh-ale.tsv", 80, 0.89, 0.88),
        ("fresh-alf.tsv", 76, 0.90, 0.95),
        ("fresh-alg.tsv", 95, 0.94, 0.93),
        ("fresh-alh.tsv", 76, 0.99, 0.99),
        ("fresh-ali.tsv", 78, 0.96, 0.97),
        ("fresh-alj.tsv", 54, 0.99, 0.99),
        ("fresh-alk.tsv", 84, 0.93, 0.99),
        ("fresh-all.tsv", 70, 0.96, 0.99),
        ("fresh-alm.tsv", 69, 0.96, 0.99),
        ("fresh-aln.tsv", 76, 0.91, 0.99),
        ("fresh-alo.tsv", 97, 0.94, 0.99),
        ("fresh-alp.tsv", 76, 0.94, 0.97),
        ("fresh-alq.tsv", 75, 0.95, 0.97),
        ("fresh-alr.tsv", 57, 0.97, 0.99),
        ("fresh-als.tsv", 65, 0.91, 0.89),
        ("fresh-alt.tsv", 88, 0.98, 0.99),
        ("fresh-alu.tsv", 87, 0.88, 0.96),
        ("fresh-alv.tsv", 70, 0.93, 0.94),
        ("fresh-alw.tsv", 74, 0.94, 0.99),
        ("fresh-alx.tsv", 76, 0.98, 0.97),
        ("fresh-aly.tsv", 75, 0.91, 0.97),
        ("fresh-alz.tsv", 74, 0.94, 0.93),
        ("fresh-ama.tsv", 94, 0.92, 0.96),
        ("fresh-amb.tsv", 84, 0.95, 0.99),
        ("fresh-amc.tsv", 79, 0.91, 0.95),
        ("fresh-amd.tsv", 74, 0.95, 0.95),
        ("fresh-ame.tsv", 64, 0.96, 0.94),
        ("fresh-amf.tsv", 76, 0.96, 0.99),
        ("fresh-amg.tsv", 77, 0.91, 0.95),
        ("fresh-amh.tsv", 49, 0.87, 0.88),
        ("fresh-ami.tsv", 91, 0.90, 0.96),
        ("fresh-amj.tsv", 68, 0.96, 0.99),
        ("fresh-amk.tsv", 88, 0.91, 0.90),
        ("fresh-aml.tsv", 71, 0.96, 0.99),
        ("fresh-amm.tsv", 60, 0.91, 0.94),
        ("fresh-amn.tsv", 73, 0.95, 0.97),
        ("fresh-amo.tsv", 80, 0.89, 0.92),
        ("fresh-amp.tsv", 58, 0.96, 0.96),
        ("fresh-amq.tsv", 73, 0.86, 0.95),
        ("fresh-amr.tsv", 70, 0.89, 0.91),
        ("fresh-ams.tsv", 75, 0.95, 0.99),
        ("fresh-amt.tsv", 59, 0.95, 0.93),
        ("fresh-amu.tsv", 74, 0.94, 0.95),
        ("fresh-amv.tsv", 81, 0.94, 0.94),
        ("fresh-amw.tsv", 70, 0.90, 0.90),
        ("fresh-amx.tsv", 73, 0.96, 0.99),
        ("fresh-amy.tsv", 67, 0.90, 0.99),
        ("fresh-amz.tsv", 58, 0.97, 0.94),
        ("fresh-ana.tsv", 57, 0.91, 0.93),
        ("fresh-anb.tsv", 58, 0.93, 0.99),
        ("fresh-anc.tsv", 77, 0.95, 0.95),
        ("fresh-and.tsv", 77, 0.92, 0.92),
        ("fresh-ane.tsv", 81, 0.94, 0.96),
        ("fresh-anf.tsv", 77, 0.92, 0.90),
        ("fresh-ang.tsv", 60, 0.94, 0.94),
        ("fresh-anh.tsv", 58, 0.92, 0.94),
        ("fresh-ani.tsv", 53, 0.91, 0.99),
        ("fresh-anj.tsv", 80, 0.94, 0.95),
        ("fresh-ank.tsv", 66, 0.88, 0.99),
        ("fresh-anl.tsv", 64, 0.99, 0.99),
        ("fresh-anm.tsv", 71, 0.93, 0.99),
        ("fresh-ann.tsv", 71, 0.94, 0.96),
        ("fresh-ano.tsv", 76, 0.95, 0.99),
        ("fresh-anp.tsv", 74, 0.92, 0.95),
        ("fresh-anq.tsv", 52, 0.93, 0.99),
        ("fresh-anr.tsv", 57, 0.88, 0.94),
        ("fresh-ans.tsv", 65, 0.95, 0.99),
        ("fresh-ant.tsv", 76, 0.92, 0.94),
        ("fresh-anu.tsv", 74, 0.92, 0.99),
        ("fresh-anv.tsv", 72, 0.83, 0.92),
        ("fresh-anw.tsv", 61, 0.89, 0.99),
        ("fresh-anx.tsv", 68, 0.93, 0.99),
        ("fresh-any.tsv", 50, 0.93, 0.93),
        ("fresh-anz.tsv", 68, 0.93, 0.99),
        ("fresh-aoa.tsv", 61, 0.94, 0.99),
        ("fresh-aob.tsv", 80, 0.92, 0.99),
        ("fresh-aoc.tsv", 70, 0.93, 0.96),
        ("fresh-aod.tsv", 70, 0.94, 0.92),
        ("fresh-aoe.tsv", 74, 0.92, 0.95),
        ("fresh-aof.tsv", 72, 0.86, 0.99),
        ("fresh-aog.tsv", 56, 0.93, 0.99),
        ("fresh-aoh.tsv", 67, 0.90, 0.95),
        ("fresh-aoi.tsv", 71, 0.89, 0.95),
        ("fresh-aoj.tsv", 67, 0.90, 0.96),
        ("fresh-aok.tsv", 76, 0.97, 0.96),
        ("fresh-aol.tsv", 71, 0.94, 0.96),
        ("fresh-aom.tsv", 64, 0.95, 0.99),
        ("fresh-aon.tsv", 72, 0.94, 0.99),
        ("fresh-aoo.tsv", 70, 0.87, 0.99),
        ("fresh-aop.tsv", 64, 0.89, 0.89),
        ("fresh-aoq.tsv", 50, 0.93, 0.93),
        ("fresh-aor.tsv", 75, 0.91, 0.99),
        ("fresh-aos.tsv", 73, 0.92, 0.96),
        ("fresh-aot.tsv", 75, 0.95, 0.96),
        ("fresh-aou.tsv", 65, 0.88, 0.89),
        ("fresh-aov.tsv", 71, 0.90, 0.86),
        ("fresh-aow.tsv", 70, 0.94, 0.99),
        ("fresh-aox.tsv", 60, 0.95, 0.99),
        ("fresh-aoy.tsv", 89, 0.95, 0.92),
        ("fresh-aoz.tsv", 73, 0.96, 0.99),
        ("fresh-apa.tsv", 75, 0.95, 0.99),
        ("fresh-apb.tsv", 67, 0.97, 0.99),
        ("fresh-apc.tsv", 52, 0.95, 0.99),
        ("fresh-apd.tsv", 61, 0.95, 0.99),
        ("fresh-ape.tsv", 55, 0.93, 0.99),
        ("fresh-apf.tsv", 73, 0.93, 0.99),
        ("fresh-apg.tsv", 75, 0.93, 0.99),
        ("fresh-aph.tsv", 75, 0.95, 0.96),
        ("fresh-api.tsv", 75, 0.92, 0.99),
        ("fresh-apj.tsv", 73, 0.94, 0.99),
        ("fresh-apk.tsv", 52, 0.99, 0.99),
        ("fresh-apl.tsv", 57, 0.99, 0.99),
        ("fresh-apm.tsv", 66, 0.95, 0.99),
        ("fresh-apn.tsv", 60, 0.94, 0.99),
        ("fresh-apo.tsv", 59, 0.92, 0.99),
        ("fresh-app.tsv", 67, 0.96, 0.96),
        ("fresh-apq.tsv", 74, 0.92, 0.96),
        ("fresh-apr.tsv", 70, 0.93, 0.94),
        ("fresh-aps.tsv", 66, 0.94, 0.99),
        ("fresh-apt.tsv", 66, 0.89, 0.99),
        ("fresh-apu.tsv", 64, 0.92, 0.99),
        ("fresh-apv.tsv", 72, 0.96, 0.99),
        ("fresh-apw.tsv", 67, 0.96, 0.94),
        ("fresh-apx.tsv", 78, 0.93, 0.99),
        ("fresh-apy.tsv", 78, 0.96, 0.96),
        ("fresh-apz.tsv", 61, 0.90, 0.93),
        ("fresh-aqa.tsv", 71, 0.94, 0.99),
        ("fresh-aqb.tsv", 66, 0.89, 0.93),
        ("fresh-aqc.tsv", 60, 0.94, 0.99),
        ("fresh-aqd.tsv", 78, 0.96, 0.95),
        ("fresh-aqe.tsv", 66, 0.92, 0.99),
        ("fresh-aqf.tsv", 75, 0.97, 0.99),
        ("fresh-aqg.tsv", 78, 0.95, 0.99),
        ("fresh-aqh.tsv", 71, 0.93, 0.96),
        ("fresh-aqi.tsv", 47, 0.92, 0.99),
        ("fresh-aqj.tsv", 54, 0.93, 0.99),
        ("fresh-aqk.tsv", 63, 0.95, 0.99),
        ("fresh-aql.tsv", 59, 0.95, 0.99),
        ("fresh-aqm.tsv", 60, 0.97, 0.94),
        ("fresh-aqn.tsv", 78, 0.95, 0.99),
        ("fresh-aqo.tsv", 74, 0.88, 0.94),
        ("fresh-aqp.tsv", 70, 0.94, 0.99),
        ("fresh-aqq.tsv", 53, 0.97, 0.99),
        ("fresh-aqr.tsv", 73, 0.94, 0.99),
        ("fresh-aqs.tsv", 55, 0.88, 0.99),
        ("fresh-aqt.tsv", 71, 0.94, 0.99),
        ("fresh-aqu.tsv", 69, 0.91, 0.99),
        ("fresh-aqv.tsv", 74, 0.93, 0.94),
        ("fresh-aqw.tsv", 82, 0.95, 0.99),
        ("fresh-aqx.tsv", 69, 0.96, 0.96),
        ("fresh-aqy.tsv", 69, 0.93, 0.99),
        ("fresh-aqz.tsv", 59, 0.99, 0.99),
        ("fresh-ara.tsv", 73, 0.99, 0.99),
        ("fresh-arb.tsv", 60, 0.95, 0.99),
        ("fresh-arc.tsv", 67, 0.94, 0.99),
        ("fresh-ard.tsv", 78, 0.97, 0.99),
        ("fresh-are.tsv", 74, 0.97, 0.99),
        ("fresh-arf.tsv", 64, 0.97, 0.99),
        ("fresh-arg.tsv", 66, 0.94, 0.99),
        ("fresh-arh.tsv", 57, 0.90, 0.89),
        ("fresh-ari.tsv", 74, 0.89, 0.95),
        ("fresh-arj.tsv", 63, 0.89, 0.99),
        ("fresh-ark.tsv", 69, 0.94, 0.99),
        ("fresh-arl.tsv", 75, 0.97, 0.99),
        ("fresh-arm.tsv", 72, 0.96, 0.99),
        ("fresh-arn.tsv", 73, 0.92, 0.90),
        ("fresh-aro.tsv", 60, 0.97, 0.99),
        ("fresh-arp.tsv", 62, 0.92, 0.99),
        ("fresh-arq.tsv", 73, 0.94, 0.99),
        ("fresh-arr.tsv", 57, 0.93, 0.99),
        ("fresh-ars.tsv", 58, 0.92, 0.99),
        ("fresh-art.tsv", 73, 0.96, 0.96),
        ("fresh-aru.tsv", 75, 0.97, 0.96),
        ("fresh-arv.tsv", 74, 0.94, 0.96),
        ("fresh-arw.tsv", 52, 0.95, 0.99),
        ("fresh-arx.tsv", 61, 0.92, 0.99),
        ("fresh-ary.tsv", 58, 0.90, 0.93),
        ("fresh-arz.tsv", 56, 0.91, 0.94),
        ("fresh-asa.tsv", 54, 0.93, 0.99),
        ("fresh-asb.tsv", 71, 0.91, 0.99),
        ("fresh-asc.tsv", 79, 0.95, 0.96),
        ("fresh-asd.tsv", 72, 0.92, 0.99),
        ("fresh-ase.tsv", 70, 0.96, 0.99),
        ("fresh-asf.tsv", 68, 0.96, 0.99),
        ("fresh-asg.tsv", 69, 0.97, 0.95),
        ("fresh-ash.tsv", 64, 0.94, 0.94),
        ("fresh-asi.tsv", 55, 0.93, 0.99),
        ("fresh-asj.tsv", 75, 0.91, 0.94),
        ("fresh-ask.tsv", 77, 0.94, 0.96),
        ("fresh-asl.tsv", 67, 0.96, 0.99),
        ("fresh-asm.tsv", 62, 0.94, 0.99),
        ("fresh-asn.tsv", 72, 0.90, 0.99),
        ("fresh-aso.tsv", 65, 0.89, 0.94),
        ("fresh-asp.tsv", 63, 0.94, 0.94),
        ("fresh-asq.tsv", 53, 0.83, 0.99),
        ("fresh-asr.tsv", 76, 0.89, 0.94),
        ("fresh-ass.tsv", 79, 0.97, 0.99),
        ("fresh-ast.tsv", 70, 0.94, 0.96),
        ("fresh-asu.tsv", 53, 0.91, 0.93),
        ("fresh-asv.tsv", 58, 0.97, 0.99),
        ("fresh-asw.tsv", 52, 0.99, 0.99),
        ("fresh-asx.tsv", 56, 0.91, 0.99),
        ("fresh-asy.tsv", 51, 0.95, 0.99),
        ("fresh-asz.tsv", 65, 0.94, 0.99),
        ("fresh-ata.tsv", 63, 0.94, 0.99),
        ("fresh-atb.tsv", 57, 0.95, 0.96),
        ("fresh-atc.tsv", 55, 0.91, 0.93),
        ("fresh-atd.tsv", 58, 0.90, 0.99),
        ("fresh-ate.tsv", 65, 0.91, 0.94),
        ("fresh-atf.tsv", 52, 0.91, 0.99),
        ("fresh-atg.tsv", 56, 0.93, 0.99),
        ("fresh-ath.tsv", 69, 0.94, 0.94),
        ("fresh-ati.tsv", 66, 0.95, 0.99),
        ("fresh-atj.tsv", 64, 0.91, 0.96),
        ("fresh-atk.tsv", 69, 0.97, 0.99),
        ("fresh-atl.tsv", 72, 0.89, 0.95),
        ("fresh-atm.tsv", 61, 0.92, 0.89),
        ("fresh-atn.tsv", 54, 0.99, 0.99),
        ("fresh-ato.tsv", 51, 0.97, 0.99),
        ("fresh-atp.tsv", 65, 0.99, 0.99),
        ("fresh-atq.tsv", 69, 0.97, 0.99),
        ("fresh-atr.tsv", 59, 0.90, 0.96),
        ("fresh-ats.tsv", 66, 0.97, 0.99),
        ("fresh-att.tsv", 58, 0.95, 0.99),
        ("fresh-atu.tsv", 52, 0.95, 0.99),
        ("fresh-atv.tsv", 55, 0.92, 0.99),
        ("fresh-atw.tsv", 63, 0.94, 0.99),
        ("fresh-atx.tsv", 64, 0.94, 0.96),
        ("fresh-aty.tsv", 66, 0.99, 0.99),
        ("fresh-atz.tsv", 63, 0.95, 0.94),
        ("fresh-aua.tsv", 78, 0.92, 0.99),
        ("fresh-aub.tsv", 62, 0.90, 0.90),
        ("fresh-auc.tsv", 63, 0.92, 0.99),
        ("fresh-aud.tsv", 60, 0.94, 0.99),
        ("fresh-aue.tsv", 64, 0.97, 0.99),
        ("fresh-auf.tsv", 69, 0.97, 0.96),
        ("fresh-aug.tsv", 65, 0.97, 0.99),
        ("fresh-auh.tsv", 66, 0.91, 0.96),
        ("fresh-aui.tsv", 46, 0.96, 0.99),
        ("fresh-auj.tsv", 61, 0.95, 0.99),
        ("fresh-auk.tsv", 55, 0.91, 0.99),
        ("fresh-aul.tsv", 65, 0.94, 0.99),
        ("fresh-aum.tsv", 56, 0.99, 0.99),
        ("fresh-aun.tsv", 70, 0.99, 0.99),
        ("fresh-auo.tsv", 64, 0.95, 0.93),
        ("fresh-aup.tsv", 54, 0.93, 0.99),
        ("fresh-auq.tsv", 63, 0.87, 0.99),
        ("fresh-aur.tsv", 59, 0.95, 0.99),
        ("fresh-aus.tsv", 67, 0.94, 0.99),
        ("fresh-aut.tsv", 64, 0.99, 0.99),
        ("fresh-auu.tsv", 62, 0.95, 0.99),
        ("fresh-auv.tsv", 60, 0.94, 0.95),
        ("fresh-auw.tsv", 69, 0.97, 0.99),
        ("fresh-aux.tsv", 65, 0.97, 0.99),
        ("fresh-auy.tsv", 60, 0.94, 0.94),
        ("fresh-auz.tsv", 57, 0.91, 0.84),
        ("fresh-ava.tsv", 68, 0.94, 0.90),
        ("fresh-avb.tsv", 64, 0.94, 0.99),
        ("fresh-avc.tsv", 57, 0.90, 0.99),
        ("fresh-avd.tsv", 63, 0.97, 0.99),
        ("fresh-ave.tsv", 76, 0.93, 0.96),
        ("fresh-avf.tsv", 57, 0.90, 0.93),
        ("fresh-avg.tsv", 59, 0.87, 0.94),
        ("fresh-avh.tsv", 61, 0.94, 0.94),
        ("fresh-avi.tsv", 48, 0.94, 0.99),
        ("fresh-avj.tsv", 58, 0.92, 0.99),
        ("fresh-avk.tsv", 74, 0.94, 0.99),
        ("fresh-avl.tsv", 73, 0.96, 0.96),
        ("fresh-avm.tsv", 64, 0.92, 0.96),
        ("fresh-avn.tsv", 67, 0.90, 0.91),
        ("fresh-avo.tsv", 60, 0.94, 0.99),
        ("fresh-avp.tsv", 67, 0.93, 0.99),
        ("fresh-avq.tsv", 63, 0.92, 0.99),
        ("fresh-avr.tsv", 57, 0.88, 0.93),
        ("fresh-avs.tsv", 60, 0.85, 0.99),
        ("fresh-avt.tsv", 69, 0.94, 0.96),
        ("fresh-avu.tsv", 62, 0.95, 0.99),
        ("fresh-avv.tsv", 67, 0.94, 0.99),
        ("fresh-avw.tsv", 52, 0.89, 0.94),
        ("fresh-avx.tsv", 66, 0.89, 0.93),
        ("fresh-avy.tsv", 52, 0.91, 0.99),
        ("fresh-avz.tsv", 55, 0.91, 0.93),
        ("fresh-awa.tsv", 58, 0.90, 0.93),
        ("fresh-awb.tsv", 64, 0.97, 0.99),
        ("fresh-awc.tsv", 70, 0.96, 0.99),
        ("fresh-awd.tsv", 55, 0.93, 0.92),
        ("fresh-awe.tsv", 68, 0.94, 0.99),
        ("fresh-awf.tsv", 58, 0.93, 0.93),
        ("fresh-awg.tsv", 56, 0.97, 0.99),
        ("fresh-awh.tsv", 69, 0.90, 0.95),
        ("fresh-awi.tsv", 55, 0.95, 0.88),
        ("fresh-awj.tsv", 65, 0.97, 0.96),
        ("fresh-awk.tsv", 58, 0.97, 0.99),
        ("fresh-awl.tsv", 59, 0.92, 0.93),
        ("fresh-awm.tsv", 60, 0.92, 0.87),
        ("fresh-awn.tsv", 66, 0.94, 0.93),
        ("fresh-awo.tsv", 58, 0.92, 0.99),
        ("fresh-awp.tsv", 60, 0.92, 0.99),
        ("fresh-awq.tsv", 45, 0.92, 0.91),
        ("fresh-awr.tsv", 61, 0.95, 0.96),
        ("fresh-aws.tsv", 60, 0.95, 0.99),
        ("fresh-awt.tsv", 63, 0.94, 0.91),
        ("fresh-awu.tsv", 57, 0.97, 0.99),
        ("fresh-awv.tsv", 71, 0.90, 0.99),
        ("fresh-aww.tsv", 51, 0.87, 0.87),
        ("fresh-awx.tsv", 53, 0.93, 0.99),
        ("fresh-awy.tsv", 57, 0.90, 0.99),
        ("fresh-awz.tsv", 55, 0.95, 0.99),
        ("fresh-axa.tsv", 62, 0.95, 0.96),
        ("fresh-axb.tsv", 65, 0.95, 0.96),
        ("fresh-axc.tsv", 55, 0.93, 0.93),
        ("fresh-axd.tsv", 58, 0.95, 0.93),
        ("fresh-axe.tsv", 67, 0.91, 0.99),
        ("fresh-axf.tsv", 59, 0.93, 0.99),
        ("fresh-axg.tsv", 57, 0.97, 0.99),
        ("fresh-axh.tsv", 68, 0.90, 0.94),
        ("fresh-axi.tsv", 62, 0.89, 0.92),
        ("fresh-axj.tsv", 54, 0.93, 0.99),
        ("fresh-axk.tsv", 72, 0.90, 0.95),
        ("fresh-axl.tsv", 60, 0.99, 0.99),
        ("fresh-axm.tsv", 57, 0.95, 0.99),
        ("fresh-axn.tsv", 57, 0.90, 0.99),
        ("fresh-axo.tsv", 62, 0.89, 0.90),
        ("fresh-axp.tsv", 53, 0.99, 0.99),
        ("fresh-axq.tsv", 65, 0.92, 0.95),
        ("fresh-axr.tsv", 72, 0.92, 0.99),
        ("fresh-axs.tsv", 56, 0.90, 0.99),
        ("fresh-axt.tsv", 66, 0.95, 0.99),
        ("fresh-axu.tsv", 53, 0.85, 0.99),
        ("fresh-axv.tsv", 59, 0.97, 0.99),
        ("fresh-axw.tsv", 52, 0.93, 0.93),
        ("fresh-axx.tsv", 64, 0.95, 0.94),
        ("fresh-axy.tsv", 68, 0.91, 0.96),
        ("fresh-axz.tsv", 78, 0.95, 0.94),
        ("fresh-aya.tsv", 74, 0.94, 0.99),
        ("fresh-ayb.tsv", 57, 0.93, 0.99),
        ("fresh-ayc.tsv", 61, 0.90, 0.99),
        ("fresh-ayd.tsv", 61, 0.94, 0.99),
        ("fresh-aye.tsv", 64, 0.95, 0.99),
        ("fresh-ayf.tsv", 65, 0.91, 0.91),
        ("fresh-ayg.tsv", 66, 0.99, 0.99),
        ("fresh-ayh.tsv", 73, 0.93, 0.94),
        ("fresh-ayi.tsv", 72, 0.87, 0.91),
        ("fresh-ayj.tsv", 65, 0.92, 0.99),
        ("fresh-ayk.tsv", 57, 0.90, 0.99),
        ("fresh-ayl.tsv", 61, 0.95, 0.99),
        ("fresh-aym.tsv", 60, 0.92, 0.99),
        ("fresh-ayn.tsv", 62, 0.97, 0.99),
        ("fresh-ayo.tsv", 57, 0.97, 0.95),
        ("fresh-ayp.tsv", 67, 0.94, 0.91),
        ("fresh-ayq.tsv", 63, 0.94, 0.99),
        ("fresh-ayr.tsv", 54, 0.89, 0.99),
        ("fresh-ays.tsv", 74, 0.93, 0.94),
        ("fresh-ayt.tsv", 47, 0.94, 0.99),
        ("fresh-ayu.tsv", 53, 0.99, 0.99),
        ("fresh-ayv.tsv", 71, 0.99, 0.99),
        ("fresh-ayw.tsv", 61, 0.95, 0.93),
        ("fresh-ayx.tsv", 65, 0.94, 0.99),
        ("fresh-ayy.tsv", 63, 0.86, 0.99),
        ("fresh-ayz.tsv", 65, 0.86, 0.90),
        ("fresh-aza.tsv", 66, 0.92, 0.99),
        ("fresh-azb.tsv", 77, 0.82, 0.95),
        ("fresh-azc.tsv", 51, 0.89, 0.99),
        ("fresh-azd.tsv", 59, 0.93, 0.99),
        ("fresh-aze.tsv", 61, 0.99, 0.99),
        ("fresh-azf.tsv", 69, 0.97, 0.96),
        ("fresh-azg.tsv", 53, 0.91, 0.93),
        ("fresh-azh.tsv", 59, 0.95, 0.99),
        ("fresh-azi.tsv", 62, 0.92, 0.94),
        ("fresh-azj.tsv", 65, 0.89, 0.94),
        ("fresh-azk.tsv", 52, 0.91, 0.99),
        ("fresh-azl.tsv", 72, 0.96, 0.96),
        ("fresh-azm.tsv", 65, 0.97, 0.99),
        ("fresh-azn.tsv", 49, 0.92, 0.93),
        ("fresh-azo.tsv", 51, 0.93, 0.99),
        ("fresh-azp.tsv", 58, 0.90, 0.87),
        ("fresh-azq.tsv", 62, 0.89, 0.94),
        ("fresh-azr.tsv", 71, 0.89, 0.99),
        ("fresh-azs.tsv", 46, 0.88, 0.92),
        ("fresh-azt.tsv", 68, 0.94, 0.93),
        ("fresh-azu.tsv", 65, 0.95, 0.99),
        ("fresh-azv.tsv", 59, 0.97, 0.96),
        ("fresh-azw.tsv", 57, 0.93, 0.99),
        ("fresh-azx.tsv", 68, 0.97, 0.99),
        ("fresh-azy.tsv", 58, 0.93, 0.99),
        ("fresh-azz.tsv", 81, 0.89, 0.92),
        ("fresh-baa.tsv", 58, 0.86, 0.99),
        ("fresh-bab.tsv", 57, 0.93, 0.95),
        ("fresh-bac.tsv", 61, 0.92, 0.95),
        ("fresh-bad.tsv", 59, 0.90, 0.95),
        ("fresh-bae.tsv", 74, 0.78, 0.87),
        ("fresh-baf.tsv", 64, 0.94, 0.94),
        ("fresh-bag.tsv", 54, 0.91, 0.99),
        ("fresh-bah.tsv", 62, 0.90, 0.94),
        ("fresh-bai.tsv", 52, 0.85, 0.88),
        ("fresh-baj.tsv", 65, 0.97, 0.96),
        ("fresh-bak.tsv", 67, 0.94, 0.96),
        ("fresh-bal.tsv", 62, 0.92, 0.93),
        ("fresh-bam.tsv", 58, 0.97, 0.99),
        ("fresh-ban.tsv", 75, 0.83, 0.87),
        ("fresh-bao.tsv", 71, 0.91, 0.87),
        ("fresh-bap.tsv", 69, 0.91, 0.99),
        ("fresh-baq.tsv", 76, 0.93, 0.94),
        ("fresh-bar.tsv", 62, 0.92, 0.96),
        ("fresh-bas.tsv", 64, 0.99, 0.99),
        ("fresh-bat.tsv", 62, 0.97, 0.96),
        ("fresh-bau.tsv", 68, 0.87, 0.99),
        ("fresh-bav.tsv", 78, 0.92, 0.99),
        ("fresh-baw.tsv", 60, 0.90, 0.94),
        ("fresh-bax.tsv", 71, 0.90, 0.91),
        ("fresh-bay.tsv", 77, 0.89, 0.99),
        ("fresh-baz.tsv", 64, 0.95, 0.99),
        ("fresh-bba.tsv", 67, 0.94, 0.96),
        ("fresh-bbb.tsv", 60, 0.89, 0.87),
        ("fresh-bbc.tsv", 70, 0.86, 0.87),
        ("fresh-bbd.tsv", 79, 0.93, 0.95),
        ("fresh-bbe.tsv", 68, 0.96, 0.99),
        ("fresh-bbf.tsv", 73, 0.92, 0.99),
        ("fresh-bbg.tsv", 70, 0.97, 0.99),
        ("fresh-bbh.tsv", 50, 0.93, 0.96),
        ("fresh-bbi.tsv", 61, 0.97, 0.99),
        ("fresh-bbj.tsv", 57, 0.99, 0.99),
        ("fresh-bbk.tsv", 75, 0.88, 0.95),
        ("fresh-bbl.tsv", 78, 0.90, 0.91),
        ("fresh-bbm.tsv", 80, 0.90, 0.95),
        ("fresh-bbn.tsv", 65, 0.97, 0.99),
        ("fresh-bbo.tsv", 74, 0.93, 0.99),
        ("fresh-bbp.tsv", 72, 0.97, 0.99),
        ("fresh-bbq.tsv", 66, 0.95, 0.99),
        ("fresh-bbr.tsv", 74, 0.92, 0.99),
        ("fresh-bbs.tsv", 61, 0.92, 0.95),
        ("fresh-bbt.tsv", 73, 0.89, 0.99),
        ("fresh-bbu.tsv", 66, 0.91, 0.95),
        ("fresh-bbv.tsv", 80, 0.96, 0.99),
        ("fresh-bbw.tsv", 80, 0.90, 0.92),
        ("fresh-bbx.tsv", 70, 0.96, 0.96),
        ("fresh-bby.tsv", 68, 0.91, 0.96),
        ("fresh-bbz.tsv", 60, 0.92, 0.91),
        ("fresh-bca.tsv", 66, 0.91, 0.94),
        ("fresh-bcb.tsv", 81, 0.65, 0.91),
        ("fresh-bcc.tsv", 73, 0.93, 0.95),
        ("fresh-bcd.tsv", 80, 0.90, 0.91),
        ("fresh-bce.tsv", 66, 0.97, 0.99),
        ("fresh-bcf.tsv", 62, 0.95, 0.99),
        ("fresh-bcg.tsv", 63, 0.97, 0.99),
        ("fresh-bch.tsv", 63, 0.87, 0.86),
        ("fresh-bci.tsv", 64, 0.97, 0.99),
        ("fresh-bcj.tsv", 58, 0.99, 0.99),
        ("fresh-bck.tsv", 65, 0.92, 0.99),
        ("fresh-bcl.tsv", 82, 0.90, 0.99),
        ("fresh-bcm.tsv", 70, 0.96, 0.99),
        ("fresh-bcn.tsv", 57, 0.88, 0.86),
        ("fresh-bco.tsv", 68, 0.91, 0.94),
        ("fresh-bcp.tsv", 60, 0.92, 0.93),
    ]

    /// Accuracy, and the share of not-covered questions refused rather than
    /// answered with a topic.
    @Test(arguments: ownSets)
    func ownSetIsAnsweredAndRefusedAsLabelled(file: String, size: Int, accuracy floor: Double, refusals: Double)
        throws
    {
        let report = try evaluate(try Fixtures.text(file), file: file)
        #expect(report.total >= size)
        let accuracy = try #require(report.accuracy)
        #expect(accuracy >= floor, "\(file) accuracy \(accuracy)\n\(report.text)")
        #expect(try #require(report.outOfScopeRecall) >= refusals, "\(file)\n\(report.text)")
    }

    /// A test question that is also an example would test memory, not
    /// matching; one that repeats another set's would be measured twice.
    @Test func noTestQuestionIsAnExampleOrInTwoSets() throws {
        var examples: Set<String> = []
        for intent in Bundled.knowledge.intents {
            for example in intent.examples { examples.insert(KnowledgeBase.comparable(example.text)) }
        }
        for example in Bundled.knowledge.outOfScope.examples { examples.insert(KnowledgeBase.comparable(example.text)) }
        var seen: [String: String] = [:]
        for (file, _, _, _) in Self.ownSets {
            let set = try LabelledSet(tsv: try Fixtures.text(file), file: file)
            for item in set.items {
                let question = KnowledgeBase.comparable(item.question)
                #expect(!examples.contains(question), "\(file): \"\(item.question)\" is an example")
                if let other = seen[question], other != file {
                    Issue.record("\(file): \"\(item.question)\" is also in \(other)")
                }
                seen[question] = file
            }
        }
    }

    /// The team's labelled dev set and its sample of hard questions by
    /// category, beside the project (read, never copied in), at the issue's floors.
    // Skipped on a clone of the project alone; required in CI (see `Shared`).
    @Test(
        .enabled(if: Shared.shouldRun, "needs ../shared/eval beside the project"),
        arguments: [("dev.tsv", 0.95), ("dev-categories.tsv", 0.90)])
    func teamSetReachesItsFloor(file: String, floor: Double) throws {
        let report = try evaluate(try Shared.text("eval/" + file), file: file)
        let accuracy = try #require(report.accuracy)
        #expect(accuracy >= floor, "\(file) accuracy \(accuracy)\n\(report.text)")
    }

    /// Every topic id fixed by the team's topics list has an intent of that id.
    // Skipped on a clone of the project alone; required in CI (see `Shared`).
    @Test(.enabled(if: Shared.shouldRun, "needs ../shared/topics.md beside the project"))
    func everyTopicHasAnIntent() throws {
        let text = try Shared.text("topics.md")
        let ids = text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `"), let end = line.dropFirst(3).firstIndex(of: "`") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 3)..<end])
        }
        #expect(ids.count == 25)
        for id in ids { #expect(Bundled.knowledge[id] != nil, "no intent for topic \(id)") }
    }

    @Test func builtInKnowledgeBaseChecksClean() {
        #expect(KnowledgeCheck.run(BundledIntents.files, ignoring: [IntakeForm.fileName]).map(\.description) == [])
    }

    @Test func guideIntentsNameTheirSectionAndRelatedTopics() {
        for intent in Bundled.knowledge.intents where intent.kind == .guide {
            #expect(intent.source != nil, "\(intent.id) has no source")
            #expect(!intent.related.isEmpty, "\(intent.id) suggests nothing")
            #expect(intent.examples.count >= 12, "\(intent.id) has too few examples")
        }
    }
}

/// Behaviours the issue names, on the built-in knowledge base.
@Suite struct BuiltInMatchingTests {
    @Test(arguments: [
        ("how lond dose smp last", "longevity"),
        ("How long does SMP last?", "longevity"),
        ("is scalp micropigmentation safe", "side_effects"),
        ("different shades of pigment?", "pigment_shades"),
        ("aftercare", "aftercare"),
        ("Hello!", "greeting"),
        ("thanks a lot", "thanks"),
        ("I want to plan my treatment", "start_consultation"),
    ])
    func answersVariedPhrasings(question: String, intent: String) {
        #expect(Bundled.answerer.answer(question).primary.intent?.id == intent)
    }

    @Test(arguments: [
        "how many sessions does laser removal need?",
        "who won the champions league final",
        "does it hurt",
    ])
    func saysNotCoveredRatherThanGuess(question: String) {
        let answer = Bundled.answerer.answer(question)
        #expect(answer.primary.intent == nil)
        #expect(answer.primary.text.contains("consultation"))
        #expect(answer.needsReview)
        // Batch replies are read away from the chat: no chat commands.
        #expect(!answer.primary.text.contains("/topics"))
    }

    /// Batch replies are read away from the chat: no intent's batch answer
    /// (nor the batch "not covered") tells the reader to type a command.
    @Test func batchRepliesNameNoChatCommands() {
        #expect(KnowledgeCheck.namesChatCommand("Type /topics to see the list."))
        #expect(!KnowledgeCheck.namesChatCommand("3/5 sessions, and/or more"))
        for intent in Bundled.knowledge.intents {
            #expect(!KnowledgeCheck.namesChatCommand(intent.batchAnswer), "\(intent.id)")
        }
        #expect(!KnowledgeCheck.namesChatCommand(Bundled.knowledge.outOfScope.answer))
        #expect(Bundled.answerer.answer("hello").primary.text == Bundled.knowledge["greeting"]?.batchAnswer)
        #expect(Bundled.knowledge["greeting"]?.answer.contains("/topics") == true)
    }

    /// Price, booking, location and hours are for the clinic, not the
    /// therapist; discounts, deposits and refunds are price.
    @Test(arguments: [
        "how much does smp cost", "where is the clinic", "are you open on saturdays", "can I pay in instalments",
        "any discounts going?", "is a deposit refunded if I cancel",
    ])
    func sendsClinicQuestionsToTheClinic(question: String) {
        let part = Bundled.answerer.answer(question).primary
        #expect(part.intent == nil)
        #expect(part.forClinic)
        #expect(part.text.contains("contact the clinic"))
        #expect(part.suggestions.isEmpty)
    }

    /// A line with any answered part carries that part's intent.
    @Test func aLineWithAnAnsweredPartIsNeverReadAsNotCovered() {
        let answer = Bundled.answerer.answer("does it hurt? how long does it last?")
        #expect(answer.parts.map { $0.intent?.id ?? "none" } == ["none", "longevity"])
        #expect(answer.primary.intent?.id == "longevity")
        #expect(answer.needsReview)
        #expect(answer.parts.map(\.clause) == ["does it hurt", "how long does it last"])
    }

    /// The client's health asked about in a question of its own, after one
    /// that asks a fact, leaves that fact answered and the rest not; named
    /// first, or as context, it leaves the whole line unanswered.
    @Test(arguments: [
        ("What's the ink made of, and could I react badly if I'm pregnant?", ["pigment_ingredients", "none"]),
        ("Can I have SMP while pregnant, and what is the ink made of?", ["none"]),
        ("I have eczema. What is the ink made of?", ["none"]),
    ])
    func aCautionAskedApartLeavesTheFactAnswered(line: String, intents: [String]) {
        let answer = Bundled.answerer.answer(line)
        #expect(answer.parts.map { $0.intent?.id ?? "none" } == intents)
    }

    @Test func answersBothSidesOfAComma() {
        let answer = Bundled.answerer.answer("is it permanent, how many sessions")
        #expect(answer.parts.compactMap(\.intent?.id) == ["longevity", "number_of_sessions"])
    }

    /// What a message merely says around its question is context, not a
    /// second question, even when its words resemble a topic's example.
    @Test func contextAroundAQuestionIsNotAnsweredAsAQuestion() {
        let message =
            "Hi. My sister found your clinic online and keeps telling me to look into it. "
            + "Could you explain how the treatment is carried out?"
        let answer = Bundled.answerer.answer(message)
        #expect(answer.parts.map { $0.intent?.id ?? "none" } == ["treatment_procedure"])
    }

    /// What a message says around a question the guide does not cover is
    /// context too: it does not get a topic's answer in the question's place.
    @Test func contextAroundANotCoveredQuestionIsNotAnswered() {
        let message =
            "Hi, I've been thinking about this for ages. My brother had it done last year and loves it. "
            + "How much would a full head cost at your clinic?"
        let answer = Bundled.answerer.answer(message)
        #expect(answer.parts.allSatisfy { $0.intent == nil })
        #expect(answer.primary.forClinic)
    }

    /// A question answered on its own, apart from its context, keeps what the
    /// context names: a condition the guide does not cover stays not covered.
    @Test func aQuestionKeepsWhatItsContextNames() {
        let covered = "Hi, my friend mentioned this to me last week. What is scalp micropigmentation?"
        #expect(Bundled.answerer.answer(covered).primary.intent?.id == "what_is_smp")
        let uncovered = "I have psoriasis on my scalp that flares up in winter. Can I still have the treatment?"
        #expect(Bundled.answerer.answer(uncovered).primary.intent == nil)
        // A question that points back ("does that mean…") is read with what it points at.
        let family = "My father and both grandfathers went bald early; does that mean I will too?"
        #expect(Bundled.answerer.answer(family).primary.intent?.id == "hair_loss_genetics")
        let fading = "I read that some pigment disappears after the first session. Why does that happen?"
        #expect(Bundled.answerer.answer(fading).primary.intent?.id == "why_multiple_sessions")
    }

    /// Context that names something the guide does not cover (an age, a
    /// job, a price) leaves a question for a fact answered; it decides a yes
    /// or no question ("is it safe for me?"), and the client's own health
    /// (`cautions:`) decides any question.
    @Test func contextDecidesOnlyWhereItMatters() {
        let age = "I'm 38 and I've been going bald since my early thirties. How many sessions would I need?"
        #expect(Bundled.answerer.answer(age).primary.intent?.id == "number_of_sessions")
        let vegan = "I'm vegan, so I read every label. What goes into your pigment?"
        #expect(Bundled.answerer.answer(vegan).primary.intent?.id == "pigment_ingredients")
        let yesNo = "I'm a pensioner and a bit frail these days. Is it safe for me?"
        #expect(Bundled.answerer.answer(yesNo).primary.intent == nil)
        // What it costs is the clinic's matter: it does not decide a question
        // about the result.
        // Nor does what it says of the writer's job.
        let job =
            "I work as a nurse, so needles don't bother me in the least. "
            + "Are the dots placed in the outer layer of the scalp?"
        #expect(Bundled.answerer.answer(job).primary.intent?.id == "treatment_procedure")
        let money = "I can't afford to waste money. Is it still there after a few years?"
        #expect(Bundled.answerer.answer(money).primary.intent?.id == "longevity")
        // A yes-or-no question sure of its own topic stands apart from its context.
        let stress =
            "I work nights as a nurse and have had a rough year. Could all that stress be making my hair fall out?"
        #expect(Bundled.answerer.answer(stress).primary.intent?.id == "hair_loss_lifestyle")
        let health = "I'm on blood thinners. How long will the redness last?"
        #expect(Bundled.answerer.answer(health).primary.intent == nil)
        #expect(Bundled.knowledge.outOfScope.cautions.contains("condition"))
        // A medicine for the immune system is the client's health too.
        #expect(Bundled.answerer.answer("I'm on methotrexate, are there side effects for me").primary.intent == nil)
        // The client's health refuses every part, not only a lone question.
        let parts = "I'm diabetic. How long does it last, and how many sessions will I need?"
        #expect(Bundled.answerer.answer(parts).parts.allSatisfy { $0.intent == nil })
        // "that hormone" names what it means; it does not point back.
        let named = "I keep reading about DHT on forums. What does that hormone do to a hairline?"
        #expect(Bundled.answerer.answer(named).primary.intent?.id == "hair_loss_hormones")
    }

    /// "It" is not SMP when the question sets it beside SMP, nor when a
    /// scene repeats what was said ("when it does"): the question is read
    /// with the statement before it.
    @Test func anItThatIsNotSMPIsReadWithWhatItStandsFor() {
        let hairpiece = "I'm thinking about a hairpiece instead. How does it compare with SMP?"
        #expect(Bundled.answerer.answer(hairpiece).primary.intent == nil)
        let white = "My natural hair could turn white one day. What happens to the pigment when it does?"
        #expect(Bundled.answerer.answer(white).primary.intent == nil)
        #expect(Bundled.answerer.answer("How does it compare with a tattoo?").primary.intent?.id == "smp_vs_tattoo")
        // "Do the same" asks whether it does what the statement said.
        let blue = "Old tattoos can turn blue. Will the pigment do the same?"
        #expect(Bundled.answerer.answer(blue).primary.intent == nil)
    }

    /// A question that points back at the one before it is read with it:
    /// "they" are the therapists, not the result that lasts for years.
    @Test func aQuestionThatPointsBackIsReadWithTheOneBefore() {
        let answer = Bundled.answerer.answer("are the staff qualified and how many years have they been doing it")
        #expect(answer.parts.allSatisfy { $0.intent == nil })
        // A bare follow-up to a question about something the guide does not
        // cover is not answered on its own.
        let bare = Bundled.answerer.answer("Is it a bit like eyebrow microblading? Same idea?")
        #expect(bare.parts.allSatisfy { $0.intent == nil })
        // "any" standing alone points back too.
        let numbing = Bundled.answerer.answer("Do you use numbing cream? And are there any I should avoid before it?")
        #expect(numbing.parts.allSatisfy { $0.intent == nil })
    }

    /// A terse writer's bare phrase names what the short question after it
    /// asks about; small talk and what the writer says of themself do not.
    @Test func aBarePhraseNamesWhatTheShortQuestionAfterItAsks() {
        let tattoo = Bundled.answerer.answer("Difference from a regular tattoo. What is it?")
        #expect(tattoo.primary.intent?.id == "smp_vs_tattoo")
        let shades = Bundled.answerer.answer("Several pigment shades. Why?")
        #expect(shades.primary.intent?.id == "pigment_shades")
        #expect(Bundled.answerer.answer("Hello. What is it?").primary.intent?.id == "what_is_smp")
        #expect(Bundled.answerer.answer("I'm 45. Will it work for me?").primary.intent == nil)
        // A bare "what's the reason?" asks the reason for what was just said.
        let reason = "Someone told me the first session uses a lighter shade. What's the reason?"
        #expect(Bundled.answerer.answer(reason).primary.intent?.id == "pigment_shades")
    }

    /// The clinic's own matters named around a question (a deposit paid, a
    /// gift card bought) are not what it asks; a question that names them
    /// itself is still the clinic's.
    @Test func aQuestionAfterAClinicMatterIsAnswered() {
        let paid = "Once I have paid the deposit, what happens during the first session?"
        #expect(Bundled.answerer.answer(paid).primary.intent?.id == "treatment_procedure")
        let card = "Now that I've bought the gift card, how long will the whole course take?"
        #expect(Bundled.answerer.answer(card).primary.intent?.id == "course_duration")
        let price = "Once I've paid, is the price the same for the touch-up?"
        #expect(Bundled.answerer.answer(price).primary.intent == nil)
    }

    /// Chemotherapy as the client's own treatment is a health condition the
    /// guide says nothing about; as a medicine that thins hair it is one of
    /// the guide's causes.
    @Test func chemotherapyTheClientHasIsACautionNotACause() {
        let after = "I finished chemotherapy in spring. When could I have my first session?"
        #expect(Bundled.answerer.answer(after).primary.intent == nil)
        #expect(Bundled.answerer.answer("Does chemo cause hair loss?").primary.intent?.id == "hair_loss_lifestyle")
    }

    /// An e-mail that only greets, thanks or asks what the assistant does gets
    /// that move, its news around it notwithstanding; one that also says what
    /// it wants to know about something the guide does not cover does not.
    @Test func anEMailThatOnlyMakesConversationGetsItsMove() {
        let hello = "Good morning! I'm Tom, 52, and I've been reading your site all week. Just a bit anxious, really."
        #expect(Bundled.answerer.answer(hello).primary.intent?.id == "greeting")
        let what =
            "Hi, my grandson set this up for me. I'm 70 and new to all this. What sort of questions do you answer?"
        #expect(Bundled.answerer.answer(what).primary.intent?.id == "capabilities")
        let price = "Hello there. I would like to know the price of a full course. Regards, Ann"
        #expect(Bundled.answerer.answer(price).primary.intent == nil)
    }

    /// "Where" asks a place: the guide says where the pigment goes, not where
    /// the clinic is; and a companion at the session is the clinic's rule.
    @Test func whereAndWhoComesAlongAreToldApart() {
        #expect(Bundled.answerer.answer("where does the pigment go").primary.intent?.id == "treatment_procedure")
        #expect(Bundled.answerer.answer("where are you lot based").primary.intent == nil)
        #expect(Bundled.answerer.answer("what is the needle made from").primary.intent == nil)
        #expect(Bundled.answerer.answer("can my brother sit with me during treatment").primary.intent == nil)
    }

    /// Beside a question the guide does not cover, a weak guess at another
    /// part is left unanswered rather than offered as the answer.
    @Test func aWeakGuessBesideANotCoveredQuestionIsNotAnswered() {
        let line = "Is SMP covered by private health insurance, and could you send a receipt I can claim with?"
        #expect(Bundled.answerer.answer(line).parts.allSatisfy { $0.intent == nil })
        #expect(Bundled.answerer.answer("Will the dots blur over the years?").primary.intent == nil)
    }

    /// The guide names kinds of cause, not lists; and says nothing of daily
    /// shedding or of other kinds of alopecia.
    @Test(arguments: [
        "which medications cause hair loss", "is it normal to lose lots of hairs a day", "what is telogen effluvium",
    ])
    func hairLossDetailsTheGuideLacksAreNotCovered(question: String) {
        #expect(Bundled.answerer.answer(question).primary.intent == nil)
    }

    /// Small talk that asks nothing is small talk, whatever words it adds.
    @Test(arguments: [
        ("okay thx alot, really useful", "thanks"), ("right thats me done for today, bye", "goodbye"),
        ("hiya im a bit anxious abt it all tbh", "greeting"),
    ])
    func smallTalkThatAsksNothingIsConversation(line: String, intent: String) {
        #expect(Bundled.answerer.answer(line).primary.intent?.id == intent)
    }

    /// A greeting beside chatter about the writer is a greeting; beside what
    /// resembles a question the guide does not cover, it is not the answer.
    @Test func aGreetingBesideChatterIsAGreeting() {
        let hello =
            "Hi there! I'm Mo, 52, from Bristol, and it took me ages to pluck up the courage to write. "
            + "A bit nervous, honestly."
        #expect(Bundled.answerer.answer(hello).primary.intent?.id == "greeting")
        #expect(Bundled.answerer.answer("Hi, I have psoriasis on my scalp.").primary.intent == nil)
        // Chatter that weakly resembles a topic does not outweigh the greeting.
        let midCourse = "Hi! I'm three sessions into my course and just wanted to check someone is there."
        #expect(Bundled.answerer.answer(midCourse).primary.intent?.id == "greeting")
    }

    /// A chatty message answers its one question when the whole, diluted, would not.
    @Test func aLongMessageIsAnsweredByItsQuestion() {
        let message =
            "Hello there. My uncle and my grandad both went bald young and I am only 24. "
            + "I have been reading a lot online lately. Is hair loss something you can inherit?"
        #expect(Bundled.answerer.answer(message).primary.intent?.id == "hair_loss_genetics")
    }

    /// The question inside a sentence of chatter answers when the sentence,
    /// diluted, would not; a bare "why" or a question about "it" named
    /// earlier in the sentence is not read alone.
    @Test func aQuestionInsideChatterIsAnsweredByItself() {
        let buried =
            "Good morning. My cousin showed me his head last month and it looks great but honestly I "
            + "still dont get it, could you explain what scalp micropigmentation is"
        #expect(Bundled.answerer.answer(buried).primary.intent?.id == "what_is_smp")
        let stepByStep =
            "I get nervous at the dentist, so i want know step by step how the procedure goes on the day, "
            + "sorry for all my questions"
        #expect(Bundled.answerer.answer(stepByStep).primary.intent?.id == "treatment_procedure")
        let answer = Bundled.answerer.answer(
            "my crown gets thinner each winter and I can't work out why, what are the usual causes of it?")
        #expect(answer.primary.intent?.id != "why_multiple_sessions")
    }

    /// "After the session" dates a question; what it asks about comes later.
    @Test(arguments: [
        ("How long after my appointment can I use shampoo again?", "aftercare"),
        ("how soon after the session is it ok to wash my scalp", "aftercare"),
        ("how long after the first session should the second one be", "session_interval"),
    ])
    func whatFollowsAfterDatesTheQuestion(question: String, intent: String) {
        #expect(Bundled.answerer.answer(question).primary.intent?.id == intent)
    }

    /// A question about someone the chatter before it described is read
    /// alone when it asks for a fact; after a question about people the
    /// guide does not cover, it is read with that question.
    @Test func aQuestionAboutSomeoneDescribedBeforeIsReadAlone() {
        let partner =
            "My sister is 52 and she runs a bakery, so her days are long. "
            + "Roughly how many sessions would she need? She hates taking time off."
        #expect(Bundled.answerer.answer(partner).primary.intent?.id == "number_of_sessions")
        let staff = "are the therapists certified and how long have they been doing it"
        #expect(Bundled.answerer.answer(staff).parts.allSatisfy { $0.intent == nil })
    }

    /// A question read with the statement it points back at answers that
    /// pair, whatever chatter stands around them: "is he right?" after what
    /// he said asks whether SMP is a tattoo.
    @Test func aQuestionReadWithWhatItPointsBackAtAnswersThePair() {
        let message =
            "Morning! I'm 61 and I've never been near a tattoo parlour. "
            + "My son says SMP is just a tattoo on your scalp. Is he right? Regards, Tom"
        let answer = Bundled.answerer.answer(message).primary
        #expect(answer.intent?.id == "smp_vs_tattoo")
        #expect(answer.clause.hasPrefix("My son says"))
    }

    /// How a message of several parts is read: greetings and closings,
    /// requests amid chatter, scenes, what a question points back at, and
    /// which move a message makes; nil: the guide does not cover it.
    static let messageReadings: [(message: String, intent: String?)] = [
        // A request to book among chatter is that request, in a clause of its
        // own, read with a question that points back at it, or for someone the
        // message described; a wish for anything else is no request.
        (
            "My sister saw how mine turned out and wants to book a consultation of her own, could you help her get going?",
            "start_consultation"
        ),
        (
            "My dad has seen how mine came out and wants to book a consultation. Can we sort that out?",
            "start_consultation"
        ),
        ("My sister loved how mine turned out. Could she book a consultation through here?", "start_consultation"),
        ("My wife saw my results and wants to have it done next week, is that ok?", nil),
        // "I'd like to know what…" asks for a fact as "what…" does, so a
        // medicine named in the context does not make it about the medicine.
        (
            "I've been on finasteride for ages. Before I commit, I'd like to know what gets discussed at the consultation.",
            "consultation"
        ),
        (
            "I've tried fibres and minoxidil. I would like to know what we go over at the consultation before I commit.",
            "consultation"
        ),
        // An e-mail's closing is no part of its question; where the rest asks
        // nothing, a closing that thanks is the move.
        (
            "Thanks so much for the speedy reply on Tuesday, it really helped my husband and me make our minds up. Best, Jo",
            "thanks"
        ),
        ("Okay, that was really useful actually, thank you.", "thanks"),
        ("Does the redness go down by the next day? Cheers, Dev", "side_effects"),
        // A greeting in front is no part of the question, unless the question
        // alone means nothing.
        (
            "Dear team, before anything else I'd like to understand what, in general, makes someone go bald.",
            "hair_loss_causes"
        ),
        ("Hiya, I'm new to all this and a bit nervous, can I ask a few things?", "greeting"),
        // Where nothing is asked, the surest move is the message's: being
        // "done" with dithering is no goodbye beside a request to book.
        (
            "I'm done dithering, my partner is sick of hearing about it. I'd like to book a consultation and plan my treatment.",
            "start_consultation"
        ),
        // A sure request beats a weak guess for a whole message whose chatter
        // names the consultation too; not a question that points back ("then",
        // "what does that cover").
        (
            "Evening, I've read up on it and we've discussed it at home; I'm a joiner, 45. How do I go about starting the consultation and planning my treatment?",
            "start_consultation"
        ),
        ("Say it's been a few years and it looks a bit tired. What do you do then?", "touch_up"),
        (
            "Before the needles come out, I assume there is some sort of preliminary discussion with the therapist. What does that cover?",
            "consultation"
        ),
        // The question after a scene says what is asked, unless it names
        // nothing ("what do I do?"): then the scene does.
        ("Once it's all finished, how long will the result hold?", "longevity"),
        ("When it fades, what do I do?", "touch_up"),
        // A claim someone made is what the client asks about; the check
        // after it ("is that right?", "am I wrong?") adds nothing. A claim
        // about what the guide leaves out stays not covered, and in "what's
        // this 3D thing my cousin mentioned…" the question is not a claim.
        ("A forum post said SMP dots are put in deeper than a tattoo, is that right?", "smp_vs_tattoo"),
        ("I was told there's no need for more than one sitting, am I wrong?", "number_of_sessions"),
        ("Someone said smoking has nothing to do with going bald, is that right?", "hair_loss_lifestyle"),
        ("My barber told me you can wash your hair the very next morning, is that correct?", "aftercare"),
        ("I read online that smp means a needle in the scalp for hours, true?", nil),
        ("what's this 3D thing my cousin mentioned about the dots?", "pigment_shades"),
        // A request after a comma is that request, whatever the chatter
        // before it resembles, unless that chatter says something of the
        // writer the guide leaves out (a number is most often an age).
        ("Long-distance lorry driver here, can I book a consultation?", "start_consultation"),
        ("Retired postman here, can I get a consultation booked in?", "start_consultation"),
        ("I'm only 16, can I book a session?", nil),
        // A remark about the writer after a question says who asks, not what.
        ("how many sessions does it take, I'm a lifeguard and in the sun all summer", "number_of_sessions"),
        ("how long does the result last, I have psoriasis on my scalp", nil),
        // A question of one term does not name what it asks about: its "it"
        // is the medicine the context names.
        ("I started on minoxidil last year. Will it do anything to the pigment?", nil),
        // A question that asks only "how long" asks it of what was said.
        ("Is the touch-up extra on the bill, and roughly how long does it take?", nil),
        ("My head will look pink afterwards, but for how long?", "side_effects"),
        // "Both" at the end points back at what the heading named.
        ("Hair fibres and SMP: can you use both?", nil),
        // A verb before its subject asks, though a phrase comes first and
        // the question mark only after the clause split from it.
        ("During the first visit will we go over my hairline and which shade to pick?", "consultation"),
        // An "it" after a preposition is what was said before.
        ("I hear there's a consultation first. What goes on in it?", "consultation"),
        // A last "then" after a request only urges it.
        ("Right, I think you've talked me into it. How do I book a consultation then?", "start_consultation"),
        // A bare follow-up to an aspect no topic answers is not covered either.
        ("How many needles go in, is it only the one?", nil),
        // A question that names only its "they" asks about what was said.
        ("There must be some risks. So what are they?", "side_effects"),
        ("No needle work is free of side effects. So what are they?", "side_effects"),
        // A held-down letter, and chat shorthand, hide no word.
        ("heyyy lowkey sooo nervous abt all this ngl", "greeting"),
        // A greeting says what a message that asks nothing is for.
        ("hello again! back after my second visit", "greeting"),
        // What follows "but" asks, after whatever apology comes before it.
        ("Sorry if this sounds daft, but what is SMP exactly, is it a kind of hairpiece?", "what_is_smp"),
        // A "how long" inside the line asks it of what the line names.
        ("The top-up appointment, how long it takes, an hour or the whole day?", nil),
    ]

    @Test(arguments: messageReadings)
    func aMessageIsReadForWhatItAsks(message: String, intent: String?) {
        #expect(Bundled.answerer.answer(message).primary.intent?.id == intent)
    }

    /// A record names the part answered with confidence, not a guess before
    /// it; every part is still answered, in the order asked.
    @Test func theRecordNamesTheSurePart() {
        let answer = Bundled.answerer.answer("Is it a one-off thing or do I come back again? How many times?")
        #expect(answer.parts.count == 2)
        #expect(answer.parts.first?.needsReview == true)
        #expect(answer.primary.intent?.id == "number_of_sessions")
    }

    /// The question that opens a message points back at nothing: its "they"
    /// is the clinic, whatever the chatter after it says.
    @Test func theOpeningQuestionIsReadAlone() {
        let message =
            "Is it true they go lighter first and darker in the later sessions? "
            + "My cousin swore that's how they did his, but he exaggerates everything. "
            + "I'm 51, a plumber, bald since my thirties."
        #expect(Bundled.answerer.answer(message).primary.intent?.id == "pigment_shades")
    }

    /// "They" after a statement that names nothing the guide leaves out is
    /// the clinic: the question is read alone, and sure of its topic.
    @Test func theClinicsTheyAfterAStatementIsReadAlone() {
        let message =
            "Hello, I only get one week off in August. I'm 33, a chef, and I'd love to squeeze "
            + "everything into that week. Can the sessions be done on consecutive days or do they need a gap?"
        let answer = Bundled.answerer.answer(message).primary
        #expect(answer.intent?.id == "session_interval")
        #expect(answer.confidence >= Bundled.answerer.settings.reviewConfidence)
        let fibres = "I use hair fibres most mornings. Can I keep using them in the weeks between my sessions?"
        #expect(Bundled.answerer.answer(fibres).primary.intent == nil)
    }

    /// Losing "mine" or "his" after a relative's baldness is losing hair:
    /// the question is sure of heredity, not a guess to review.
    @Test func losingMineIsLosingHair() {
        let answer = Bundled.answerer.answer(
            "Both my uncles went bald in their thirties. Does that mean I'll lose mine?"
        ).primary
        #expect(answer.intent?.id == "hair_loss_genetics")
        #expect(answer.confidence >= Bundled.answerer.settings.reviewConfidence)
    }

    /// Polite letters ask too: "I'd be grateful if you could explain…".
    @Test func aPoliteRequestToExplainIsAQuestion() {
        let letter =
            "I'd be grateful if you could explain in plain words what scalp micropigmentation is. "
            + "My brother keeps sending me videos about it late at night and I want to understand it "
            + "before he spends his savings on it."
        #expect(Bundled.answerer.answer(letter).primary.intent?.id == "what_is_smp")
    }

    /// A leading "when…" says when the question applies; the question is
    /// what follows it.
    @Test(arguments: [
        ("when the colour starts to fade in a couple of years, what do I do then?", "touch_up"),
        ("Are hormones to blame when men lose their hair?", "hair_loss_hormones"),
        ("is testosterone to blame when blokes go bald", "hair_loss_hormones"),
        ("what makes hair fall out", "hair_loss_causes"),
        // A yes-or-no question after the scene's comma is the question.
        ("when the colour starts fading, will I have to get a top-up?", "touch_up"),
        ("when it fades, do I need a touch-up?", "touch_up"),
        // A supposition is what "what happens" asks about, when the question
        // names nothing its own topic is about.
        ("If his follicles are very sensitive to dihydrotestosterone, what happens to his hair?", "hair_loss_hormones"),
    ])
    func theQuestionIsWhatTheSceneLeadsTo(question: String, intent: String) {
        #expect(Bundled.answerer.answer(question).primary.intent?.id == intent)
    }

    /// "Is it true that…" joins a claim to the question: its "that" points
    /// back at nothing, so the question is read alone, whatever the chatter
    /// before it names (here a weekend lunch, an opening-hours word).
    @Test func aThatOpeningAClaimDoesNotPointBack() {
        let message =
            "My uncle swears it's all diet and my aunt swears it's genes, and it comes up every Saturday lunch. "
            + "Is it true that a hormone called DHT stops new hair growing in some men?"
        #expect(Bundled.answerer.answer(message).primary.intent?.id == "hair_loss_hormones")
    }

    /// A question about "he" read with the statement before it stays with
    /// the topic it is sure of alone when the statement only dilutes it.
    @Test func aStatementThatOnlyDilutesKeepsTheQuestionsTopic() {
        let message = "My husband has a very wide bald patch right across his crown. Might he need extra sessions?"
        #expect(Bundled.answerer.answer(message).primary.intent?.id == "number_of_sessions")
        let unsure =
            "I can't stand taking days off. Why can't they just finish my whole head in one go "
            + "instead of making me come back?"
        let answer = Bundled.answerer.answer(unsure)
        #expect(answer.primary.intent?.id == "why_multiple_sessions")
        #expect(answer.needsReview)
        let fibres = "I use hair fibres most mornings. Can I keep using them in the weeks between my sessions?"
        #expect(Bundled.answerer.answer(fibres).primary.intent == nil)
    }

    /// "Where" after a word that carries meaning is relative ("the point
    /// where…"), not a question about a place.
    @Test func aRelativeWhereAsksNoPlace() {
        let question = "Is this the point where people go back for a touch-up?"
        #expect(Bundled.answerer.answer(question).primary.intent?.id == "touch_up")
        #expect(Bundled.answerer.answer("where is the clinic").primary.intent == nil)
    }

    /// A wish to book, stated rather than asked, is the request whatever it
    /// adds of when, for whom or what about (`stated_coverage:`); a question
    /// about the consultation is not, nor is "wants to know", which opens a
    /// question.
    @Test(arguments: [
        ("I want to book a consultation for after Easter please", "start_consultation"),
        ("I'd like to arrange a consultation to go through my receding temples.", "start_consultation"),
        ("There's always a consultation before they start, isn't there?", "consultation"),
        ("Sam wants to know, if he goes grey, will the dots still match?", nil),
    ])
    func aStatedWishToBookIsTheRequest(line: String, intent: String?) {
        #expect(Bundled.answerer.answer(line).primary.intent?.id == intent)
    }

    /// Asking to book is answered as such whatever the chatter says of the
    /// client (an age the guide says nothing about).
    @Test func aRequestToBookIsNotLostInChatter() {
        let message =
            "I'm 45 and I've dithered for ages, ha. I want to go ahead and book a consultation now. "
            + "How do I get that started?"
        #expect(Bundled.answerer.answer(message).primary.intent?.id == "start_consultation")
        // A bare "do you?" asks about what was said before, not what the assistant does.
        #expect(Bundled.answerer.answer("Some clinics offer a guarantee. Do you?").primary.intent == nil)
    }

    /// "SMP 3D" is the shading technique, not SMP itself.
    @Test func smp3DIsTheShadingTechnique() {
        let question = "whats this smp 3d thing people keep mentioning"
        #expect(Bundled.answerer.answer(question).primary.intent?.id == "pigment_shades")
    }

    /// How long to wait before training again is aftercare, not the gap
    /// between sessions, though both say "wait" and "next".
    @Test func waitingToTrainIsAftercare() {
        let question = "is it ok to go back to the gym the next day or must I wait"
        #expect(Bundled.answerer.answer(question).primary.intent?.id == "aftercare")
        #expect(
            Bundled.answerer.answer("how long should I wait before my next session").primary.intent?.id
                == "session_interval")
    }

    /// A question about "he" or "they" that asks for a fact after a
    /// statement is read alone even when unsure: the statement's words
    /// ("his first session") would pull it to another topic.
    @Test(arguments: [
        (
            "My husband goes in for his first session next week. How does the pigmenting work while he's sitting there?",
            "treatment_procedure"
        ),
        (
            "I had my second visit on Tuesday. Why couldn't they just do it all in one go instead of making me come back?",
            "why_multiple_sessions"
        ),
    ])
    func anUnsureQuestionAfterAStatementIsReadAlone(message: String, intent: String) {
        let answer = Bundled.answerer.answer(message)
        #expect(answer.primary.intent?.id == intent)
        #expect(answer.needsReview)
    }

    /// A question after chatter in the same clause is answered by itself
    /// when the whole clause was refused for a low score.
    @Test(arguments: [
        ("Before I send a long message, what sort of things can you help me with?", "capabilities"),
        (
            "My sister keeps asking what I get done at the clinic each week and I can never explain it, "
                + "how would you put it in simple words?",
            "what_is_smp"
        ),
    ])
    func aSureQuestionAfterChatterBeatsARefusal(message: String, intent: String) {
        #expect(Bundled.answerer.answer(message).primary.intent?.id == intent)
    }

    /// A clause that resembles a not-covered question as a whole may still
    /// hold a sure question; "how long does that take" points back, so the
    /// consultation it means is not read as the course.
    @Test func aSureQuestionInsideAClauseLikeANotCoveredOne() {
        let skin = "I have rather sensitive skin and so I would like to know what exactly the pigment consists of."
        #expect(Bundled.answerer.answer(skin).primary.intent?.id == "pigment_ingredients")
        let consultation = "The consultation itself, how long does that take?"
        #expect(Bundled.answerer.answer(consultation).primary.intent == nil)
    }

    /// Everyday words and idioms keep their meaning, and a question takes
    /// a topic only when it names what the topic is about (`needs:`,
    /// `excludes:`, `coverage:`); nil: the guide does not cover it.
    static let everydayWordings: [(question: String, intent: String?)] = [
        // Chat shorthand: "y" asks why, "hrs" are hours, "btwn" is between, "b4" before.
        ("y is one visit never enough", "why_multiple_sessions"),
        ("how many days btwn visits", "session_interval"),
        ("do i talk to someone b4 the first session", "consultation"),
        ("a single session, is it like 3 hrs or more", nil),
        // "Whether" weighs no more than "if"; telling whether one's own hair
        // loss is of a kind is a diagnosis.
        ("I wonder whether there are any reactions to watch out for", "side_effects"),
        ("How can I tell whether my hair loss will stop on its own?", nil),
        // A day in the writer's week names no opening hours, "ages ago" no age.
        ("I'm back at football on Saturday, what should I avoid in the first days after a session?", "aftercare"),
        ("My friend had it done ages ago, does the result fade?", "longevity"),
        // A tattoo one has is compared; a new one during the course is not covered.
        ("I have a big tattoo on my arm, is smp done the same way?", "smp_vs_tattoo"),
        ("can I get a tattoo on my arm the same week", nil),
        // Going over something with someone is the consultation.
        ("What sort of stuff will the therapist go over with me on the day?", "consultation"),
        ("what do we go over at the start", "consultation"),
        // A whole life is permanent; fading over the years is how long it lasts;
        // "long-term" is years, not how long something takes.
        ("can I keep it my whole life", "longevity"),
        ("will the dots fade over the years", "longevity"),
        ("Does long-term sun exposure affect how well the colour holds up?", "maintenance"),
        // The way one lives, takeaways included, is lifestyle.
        ("Lots of late nights and takeaways lately. Could the way I live be thinning my hair?", "hair_loss_lifestyle"),
        // The worry one lives with is stress; feeling worried beside a hello is small talk.
        ("can all the worry make hair thin", "hair_loss_lifestyle"),
        ("hi, I'm a bit worried about the whole thing", "greeting"),
        // Hoping to be helped, or asking whether anyone is there, is a hello.
        ("Evening, hoping you can help me", "greeting"),
        ("is someone there?", "greeting"),
        // A shaved look is what SMP gives; "inbetween" is the gap.
        ("is smp the thing that gives you a shaved look with dots?", "what_is_smp"),
        ("how long should I leave inbetween visits", "session_interval"),
        // A past pregnancy is history, not a pregnancy now; whether it is safe
        // for the writer is still for the clinic.
        (
            "I'm 39 and my parting has widened since my second pregnancy. Does SMP work for women at all?",
            "smp_for_women"
        ),
        ("Since having my baby my hair is thin. Is SMP safe for me?", nil),
        // Naming no habit, hormone or family asks the causes in general;
        // hedges ("typically") change nothing.
        ("what makes hair thin out?", "hair_loss_causes"),
        ("Typically, what is it that makes hair thin out?", "hair_loss_causes"),
        ("My hairline keeps creeping back, what could cause that?", "hair_loss_causes"),
        // What a topic needs may be named before the question.
        ("Keep reading that DHT is to blame. What does it do to the hair?", "hair_loss_hormones"),
        // The top layer is the guide's outer layer; a grade 1 is a buzz cut.
        ("Do the dots sit in the top layer, or right down deep?", "treatment_procedure"),
        ("so it's dots that make your head look like a grade 1 all over, yeah?", "what_is_smp"),
        // Months named in a plan weigh as one word, not as two unknown ones.
        (
            "If I begin in early October, will it all be finished before the family party in November?",
            "course_duration"
        ),
        // A genetic test for hair loss is the seller's product, not the guide's.
        ("How reliable is the genetic hair loss test you sell?", nil),
        // Thanks in a creole of the Sea Islands.
        ("Tenky tenky, dat help plenty", "thanks"),
        // The guide counts sessions for the course, not for a touch-up.
        ("Does the touch-up take three sessions too, like the course did?", nil),
        // Whether a person of the clinic's team is writing asks who answers.
        ("Is a real member of your team typing these replies?", "assistant_identity"),
        // A check after a claim of what SMP is says nothing of its own.
        (
            "So SMP is ink put into the scalp so it looks like short hair, or have I got the wrong end of the stick?",
            "what_is_smp"
        ),
        // "That lot" is what was said, as "that one" is.
        (
            "I smoke like a chimney, I'm stressed at work and I live on takeaways. Could that lot be behind my bald patch?",
            "hair_loss_lifestyle"
        ),
        // Even after chatter too long to read with it, a reason asked of it.
        (
            "Months of overtime, takeaway suppers, barely any sleep and a lot of worry. Could that be why my hair keeps falling?",
            "hair_loss_lifestyle"
        ),
        // A haircut between sessions is not in the guide; the short haircut
        // men recreate with SMP, beside women's aim, is.
        ("would getting a quick haircut be OK during the gap week?", nil),
        ("is the short haircut look something women ask for too?", "smp_for_women"),
        // Working over a tattoo one has is a cover-up, which the guide leaves out.
        ("the old tattoo on my scalp, can SMP hide it?", nil),
        // Teeth whitening shares SMP's sessions and shades, not its guide.
        ("does whitening need a top-up every year?", nil),
        // A bare question after chatter asks about what the chatter named,
        // where the topic it reads as alone leaves that out.
        ("A leaflet at my barber's had SMP 3D on it, what does it mean?", "pigment_shades"),
        ("My GP blamed DHT for my thinning crown, what does it do?", "hair_loss_hormones"),
        // The ink on one's arm is a tattoo; a Chamorro hello.
        ("is SMP done like the ink I got on my arm at twenty?", "smp_vs_tattoo"),
        ("Hafa adai, anybody there?", "greeting"),
        // Whether SMP slows the hair loss is a cure, which the guide leaves out.
        ("could having SMP slow down the thinning on top?", nil),
        // A sunburn is the client's skin now, which the guide leaves to the
        // clinic; looking sunburnt after a session is the redness.
        ("bit of sunburn on my head from the allotment, should I move Thursday's appointment?", nil),
        ("my scalp always gets sunburnt in August, will that be a problem once it's done?", nil),
        ("straight after a session will I walk out looking sunburnt, and for how long?", "side_effects"),
        // The guide fades pigment by healing and the sun, not by hormones.
        ("is the pigment going to fade faster because my hormones are high?", nil),
        // A packet per day is smoking; asking for a minute is a hello.
        ("two packets per day for years, is that behind my thinning?", "hair_loss_lifestyle"),
        ("Afternoon! Have you got a minute?", "greeting"),
        // "Round" a place is where, not a round of sessions; hours on end
        // in the sun are no opening hours.
        ("it's gone thin round my crown, does SMP work for women too?", "smp_for_women"),
        ("I'm on my feet in the sun for hours on end at work, will that fade it?", "maintenance"),
        // Scripture is faith; how long one is good for is how long it lasts.
        ("does the Bible say anything against having SMP done?", nil),
        ("roughly how long will I be good for after the last session?", "longevity"),
        // A power cut is the clinic's matter; what costs you your hair is a
        // cause; cracking straight on is starting without a chat.
        ("what happens to my session if there's a power cut halfway through?", nil),
        ("will all the late nights on the drink cost you your hair?", "hair_loss_lifestyle"),
        ("will the therapist crack straight on with the needles or talk to me first?", "consultation"),
        // The writer's own skin colour is suitability.
        ("I'm brown, would the colour look natural on my skin?", nil),
        // Skin boosters are another treatment; a lass is a woman; a child
        // "only 15" has an age the guide says nothing of.
        ("how many sessions of skin boosters would I need?", nil),
        ("can a lass with a thin crown have SMP?", "smp_for_women"),
        ("my son is only 15 and losing his hair, can he have it?", nil),
        // "Done and dusted" is finished, not dust; whether SMP stops the
        // loss spreading is a cure.
        ("would the whole lot be done and dusted before Christmas?", "course_duration"),
        ("baldness is in my genes, could SMP stop it spreading further?", nil),
        // "How many goes" counts sessions; exosome injections are another
        // treatment for hair loss.
        ("how many goes would I need for a full head?", "number_of_sessions"),
        ("what are exosome injections and do they work?", nil),
        // Whether worry makes hair fall is stress; hours a day at work are
        // the writer's shift, not opening hours.
        ("does worry cause hair to thin?", "hair_loss_lifestyle"),
        ("on the roofs 12 hrs a day in the sun, will that fade the pigment?", "maintenance"),
        // Head lice are a scalp condition of their own; "or did something go
        // wrong" after a count asks whether the count is usual.
        ("is there a wait between one head lice treatment and the next?", nil),
        ("five visits for my uncle's head, was that usual or did something go wrong?", "number_of_sessions"),
        // Near the top of the skin is the depth; the first time one comes
        // in is the consultation.
        ("is the colour put in near the top of the skin?", "treatment_procedure"),
        ("the first time I come in, what happens?", "consultation"),
        // Finishing the course at another clinic is the clinic's matter; a
        // "now" at the end of a question asks nothing of its own.
        ("after my first session here, could I finish the rest in Spain?", nil),
        ("There's a poster about SMP 3D in the window. What's that now?", "pigment_shades"),
        // Taking a rendez-vous is booking.
        ("how do I take a rendez-vous to get started?", "start_consultation"),
        // "Dunt" is "don't", not a misspelt "dust"; electrolysis is another
        // hair-removal treatment, whose sessions the guide does not count.
        ("I dunt get it, what is this SMP thing?", "what_is_smp"),
        ("how many electrolysis appointments does a bikini line take?", nil),
        // A misspelt upkeep is still upkeep; how long SMP has been about is
        // its history; the soonest one can start is the clinic's diary.
        ("is there much mantainance once the course is over?", "maintenance"),
        ("has this SMP been about long?", nil),
        ("when's the soonest I can start, say next week?", nil),
        // Greetings and goodbyes in Ndebele and Bemba, and "let me go now".
        ("kunjani, I have a few questions about the treatment", "greeting"),
        ("alright, let me go now then", "goodbye"),
        // A count someone reported, checked with another guess after it,
        // asks whether the count is usual, however the reporter is described.
        (
            "a bloke from my five-a-side team says he had six sittings, is that normal or was he just unlucky?",
            "number_of_sessions"
        ),
        (
            "the woman at my church said she needed six visits, is that normal or did they botch it?",
            "number_of_sessions"
        ),
        // Whether people will see it looks fake is an opinion of the close
        // look, which the guide does not give; fat-reducing cavitation is
        // another treatment; a turban is headwear, of which the guide says
        // nothing.
        ("will folk think it looks fake when they get close?", nil),
        ("how many cavitation sessions does a tummy need?", nil),
        ("how soon after each session is a turban ok?", nil),
        // "Straight question" only prefaces one; Lingala's greeting and thanks.
        ("straight question: what's scalp micropigmentation exactly?", "what_is_smp"),
        ("mbote, I have a question or two", "greeting"),
        ("matondo for explaining all that", "thanks"),
        // French "combien de séances" counts sessions; "the minute I sit in
        // the chair" is as soon as, not a length of time; a few cans a night
        // is drink; Shona's greeting and Mooré's thanks.
        ("combien de séances for the full head?", "number_of_sessions"),
        ("is there a chat first, or do they start the minute I sit in the chair?", "consultation"),
        ("a few cans every night, could that thin my hair?", "hair_loss_lifestyle"),
        ("mhoroi, just having a look", "greeting"),
        ("barka, that was useful", "thanks"),
        // "Is scalp micropigmentation basically…" claims what SMP is, as "is
        // SMP basically…" does.
        ("is scalp micropigmentation basically ink dots that make a shaved head look fuller?", "what_is_smp"),
        ("is scalp micropigmentation where pigment on the scalp passes for a number one crop?", "what_is_smp"),
        // Acupuncture is another treatment; how soon one can get started is
        // the clinic's diary; whether people will see it is fake is the close
        // look; Sesotho's thanks.
        ("does acupuncture need a week between goes?", nil),
        ("how soon can I get started with you?", nil),
        ("at the pub will my mates see it is fake?", nil),
        ("kea leboha for the help", "thanks"),
        // The "they" of a question before a remark about the writer is the
        // clinic, whom the question may name.
        ("why do they need me back three times, I live two hours away", "why_multiple_sessions"),
        // Dialect's "me hair" is "my hair": losing it is hair loss, and
        // colouring it another treatment.
        ("how come I'm losing me hair, I'm only 25", "hair_loss_causes"),
        ("can I colour me hair once it's done?", nil),
        // A number someone had, checked as usual or not, asks about the
        // number, however unknown the names around it.
        ("my nephew up in Wolverhampton had seven sittings, is that normal or was he unlucky?", "number_of_sessions"),
        // Osteopathy is another treatment; "butty" is a mate; Kriolu's
        // greeting and "see ye after".
        ("should I rest the day after osteopathy?", nil),
        ("how's it going butty, what's SMP then?", "what_is_smp"),
        ("bon dia, just looking around", "greeting"),
        ("right, see ye after", "goodbye"),
        // Where the writer came across what "what is this …" asks about is
        // not what is asked.
        ("what is this SMP 3D that I saw on a poster at the bus stop outside work?", "pigment_shades"),
        ("what is this DHT thing that I read about on a forum last night?", "hair_loss_hormones"),
        // In a chat an emoji before a question ends the chatter before it.
        (
            "my hairline's legging it like a bus I missed 😩 what makes hair fall out in the first place",
            "hair_loss_causes"
        ),
        // Hair coming out in clumps is hair loss; a definitive result is a
        // permanent one; Scots' "wear aff" is fading.
        ("it's coming out in clumps every time I brush it, is it my diet?", "hair_loss_lifestyle"),
        ("is the result definitive or does it go in the end?", "longevity"),
        ("will the dots wear aff gradually over the years?", "longevity"),
        // Manicures are another treatment; the damage is the price; how
        // soon we can start is the clinic's diary.
        ("do men get manicures here too?", nil),
        ("whit's the damage for three sessions?", nil),
        ("how soon can we get started?", nil),
        // Swahili's "what is" and Sheng's greeting.
        ("smp ni nini?", "what_is_smp"),
        ("sasa, just checking in", "greeting"),
        // A longer gap between visits asks for the interval, not to leave one.
        ("is there a longer gap before the second visit?", "session_interval"),
        // A thing set before a question is what its "it" stands for.
        ("your consultation, how long does it normally last?", nil),
        // A number checked in a sentence of its own; goes counted in digits.
        (
            "My neighbour in Ruthin had five goes in the end. Is that normal or did the clinic see him coming?",
            "number_of_sessions"
        ),
        ("could it end up at 6 goes for me?", "number_of_sessions"),
        // Repeating the whole course once it fades is a touch-up.
        ("once it fades do I repeat the whole course?", "touch_up"),
        // Where to stay is the clinic's to say; so is how long pigment keeps
        // in its bottle; a lash lift is another treatment.
        ("Can you suggest a guesthouse for the week between my sessions?", nil),
        ("once a bottle of ink is opened, how long will it keep before it expires?", nil),
        ("how often can I get a lash lift?", nil),
        // Welsh: goodbye, and going bald.
        ("hwyl fawr", "goodbye"),
        ("why am I going moel so young?", "hair_loss_causes"),
        // Whom a greeting greets is no part of the question after it.
        ("alright butt, what's scalp micropigmentation then? my mate at work had it", "what_is_smp"),
        // Acholi's thanks; "see ye" is goodbye; a hydrafacial is another
        // treatment.
        ("apwoyo for the answers", "thanks"),
        ("ok see ye later", "goodbye"),
        ("is a hydrafacial ok the same week?", nil),
        // Who reports a claim is not what is asked about, whatever the guide
        // says of nurses.
        ("the nurse on nights reckons stress makes your hair fall out, is that right?", "hair_loss_lifestyle"),
        // Irish "minding" is upkeep; a lift from the station and the wait for
        // a first session are the clinic's.
        ("any minding of it needed down the line?", "maintenance"),
        ("could someone pick me up from the station?", nil),
        ("how many weeks do I wait for my first session?", nil),
        // What a question is compared with is not what it asks about.
        ("will I need a top-up every so often like my lip filler?", "touch_up"),
        // Scots' "wan" is one; French days between two sessions.
        ("is it a wan-aff job or a few visits?", "number_of_sessions"),
        ("il faut attendre combien de jours entre chaque séance?", "session_interval"),
        // A comparison that names a price is no more the question than one
        // that names another treatment; being pencilled in for a
        // consultation books one.
        ("how long does it stay looking good, like an expensive haircut?", "longevity"),
        ("go on then, pencil me in for a consultation", "start_consultation"),
        // Keratin smoothing is another hair treatment; Swahili's reasons for
        // losing hair.
        ("how long does keratin smoothing last?", nil),
        ("sababu ya kupoteza nywele ni nini?", "hair_loss_causes"),
        // "Alright lads" greets.
        ("alright lads, just having a look", "greeting"),
        // A nose job is another treatment.
        ("how long is recovery from a nose job?", nil),
        // Attending sessions is going to them, not missing one; what a
        // question is compared with "the way" it is "like" is not what it
        // asks about.
        ("roughly how many visits will I have to attend?", "number_of_sessions"),
        ("will it last for years, the way the tattoo on my arm has?", "longevity"),
        // One shade "for every client" asks about shades, not hygiene;
        // whether the pigment is imported is where it is made.
        ("do you use the same shade of ink for every client?", "pigment_shades"),
        ("are the pigments imported?", nil),
        // Being free on a day books a consultation; Chichewa, Luhya and
        // Rukiga greetings, Bemba and Tumbuka thanks.
        ("book me a consultation, I'm free on Friday", "start_consultation"),
        ("moni, muli bwanji", "greeting"),
        ("mulembe to you", "greeting"),
        ("ogumeho, I'll be back", "goodbye"),
        ("twalumba mukwai", "thanks"),
        ("yewo chomene for that", "thanks"),
        // Years of tight braids are why one is thin, not what is asked.
        ("she's thin at the temples from years of tight braids, can a woman get SMP?", "smp_for_women"),
        // Ulster Scots' "yin" and "wheen", "weemin"; Gaelic, Silozi and
        // Chichewa greetings, thanks and goodbyes.
        ("is it the yin visit or a wheen o them?", "number_of_sessions"),
        ("dae weemin get this done an aw?", "smp_for_women"),
        ("madainn mhath, ciamar a tha thu", "greeting"),
        ("mar sin leat", "goodbye"),
        ("mulumeliseni", "greeting"),
        ("ni itumezi hahulu", "thanks"),
        ("sala hande, I'll be back", "goodbye"),
        ("moni abale", "greeting"),
        // A comparison after SMP, or with "they" in the question, is still
        // not what is asked.
        ("will it go red after SMP like my arms go red after a wax?", "side_effects"),
        ("do they mix shades for SMP like we do with highlights?", "pigment_shades"),
        // Where the clinic is based, a health scheme and space for a first
        // session are the clinic's matters.
        ("are ye based in the town centre or out a bit?", nil),
        ("would the company health scheme cover it?", nil),
        ("is there space for a first session this month?", nil),
        // "That kind of life" is the way one lives; cheap inks are inks,
        // not a price; hair that runs away is lost; starting straight away
        // is a condition, not a request for a slot; Luganda's goodbye.
        (
            "long shifts on the buses, energy drinks and no sleep, could that kind of life be making me bald?",
            "hair_loss_lifestyle"
        ),
        ("I come out in a rash from cheap inks, what exactly is in yours?", "pigment_ingredients"),
        ("me hair is running away at the front, why would that happen?", "hair_loss_causes"),
        ("if I started right away, would it all be done in six weeks?", "course_duration"),
        ("kale tulabagane", "goodbye"),
        // A last "then" after SMP is a turn of speech, not a pointer back;
        // what SMP is explained "like" is no part of the question; how many
        // times one must travel is how many visits; whether a faith allows
        // it is the client's own.
        ("evening duck, so what exactly is this scalp micro pigment business then?", "what_is_smp"),
        ("explain SMP to me like I'm a fella who fixes boilers 😅", "what_is_smp"),
        ("how many times must I travel in for it? the buses are dear", "number_of_sessions"),
        ("is it allowed for a muslim to get SMP?", nil),
        // Who reports a claim may name the clinic's matters ("the cash
        // machine") without the claim asking about them; "all hours" is no
        // opening time; a fare to travel is no price; Ateso and Tonga
        // greetings and thanks.
        ("a lad at the cash machine reckons it's hormones that thin your hair, is he right?", "hair_loss_hormones"),
        ("on the tractor all hours in July, would that much sun harm the pigment?", "maintenance"),
        ("how many times would I have to travel up for it all? the fare adds up", "number_of_sessions"),
        ("yoga ijai ijai", "greeting"),
        ("eyalama noi", "thanks"),
        ("mwabuka buti", "greeting"),
        // A scalp salon's own treatments; Devon's "maid" is a woman; Lozi's
        // greeting.
        ("does a dry-scalp treatment have lasting results?", nil),
        ("would SMP work for a maid with a thin parting like mine?", "smp_for_women"),
        ("mwa zuha cwani", "greeting"),
        // A day's name dates a session as any other day's does; a florist's
        // bouquets and a lash studio's infills are their own; a fare to
        // drive in is no price; Tumbuka's greeting.
        ("can I do the sessions Tuesday, Thursday and Saturday all in the one week?", "session_interval"),
        ("my sister plays netball every Saturday, can she play two days after a session?", "aftercare"),
        ("how many days do your bouquets stay fresh?", nil),
        ("how often do you need lash infills?", nil),
        ("why can't you do it all at once and save me the diesel money?", "why_multiple_sessions"),
        ("monire", "greeting"),
        // A photographer's albums are its own; growing tobacco is a farm's
        // work, not smoking; Irish thanks.
        ("how long will the printed wedding album last?", nil),
        ("I grow tobacco so I'm out in the sun all day, will that fade the dots?", "maintenance"),
        ("go raibh maith agat", "thanks"),
        // Going a number of times is a number of visits; Doric's "foo mony
        // oors" asks the hours of one.
        ("my uncle in Masaka went 4 times for his, is that the usual?", "number_of_sessions"),
        ("foo mony oors is a session?", nil),
        // A colour salon's toners and bleach sessions are its own; Alur's
        // thanks.
        ("how long should a toner last?", nil),
        ("how many days between bleach sessions for my hair?", nil),
        ("afoyo ma dit", "thanks"),
        // The times one must drive in are the visits.
        ("so how many times must I drive to the clinic for all of it?", "number_of_sessions"),
        // Booking for when one is paid asks nothing of the price;
        // Shetland's goodbye.
        ("book me a consultation for month end please, when I get paid", "start_consultation"),
        ("see dee later", "goodbye"),
        // Habits named beside when they happen still ask what causes hair
        // loss; "how do we go about it" after a request asks how to book.
        ("could my heavy drinking after work be the reason I'm losing hair", "hair_loss_lifestyle"),
        ("We'd like to book a consultation for my brother, how do we go about it?", "start_consultation"),
        // What the upkeep is compared with is not asked; a boiled lobster
        // is red; goes are sessions however often they are usual; the one
        // asking is an old dad, not an age.
        ("how much looking after does SMP need compared with a hair system?", "maintenance"),
        ("will my scalp look like a boiled lobster when I leave", "side_effects"),
        ("roughly how many goes would it normally take, start to finish", "number_of_sessions"),
        ("my lad's 22 and on about this SMP thing, can you explain to his old dad what it is", "what_is_smp"),
        // Scots "whit" opens a second question; help for an aunt is help for
        // a woman; what the writer says is not asked is no part of it.
        ("how lang dis it last, an whit aboot the price", "longevity"),
        ("how long does it last an whit's the damage for a top up", "longevity"),
        ("my auntie's parting has gone see-through, would this do anything for her", "smp_for_women"),
        ("how long for the little wounds to heal over, not just the redness, I mean the skin itself", nil),
        // A beer garden is a place in the sun; Maltese hello.
        ("we sit out in the beer garden most evenings, can the sun fade the dots", "maintenance"),
        ("Bongu, just having a look", "greeting"),
        // Doric's "fit wye" is why and "reid" red; Scots "hiv I" is have, not HIV.
        ("fit wye dae ye need mair than the one go", "why_multiple_sessions"),
        ("so the needles pit the pigment in the tap layer, hiv I got that richt?", "treatment_procedure"),
        ("ma heid wis aw reid efter the jab, will SMP dae the same", "side_effects"),
        // How a touch-up is split, the guide does not say; a peel's
        // recovery is the skin clinic's own.
        ("can the touch-up be done in one go?", nil),
        ("what's the recovery after a deep peel", nil),
        // Shetland's "du" is you; the language of the consultation, an
        // eyeliner tattoo and dyeing one's own hair are not the guide's;
        // a cab driver parked up says where he is, not where the clinic is.
        ("I'd laek tae book a consultation, can du set hit up", "start_consultation"),
        ("would you do my consultation in Maltese please", nil),
        ("will an eyeliner tattoo need a touch up", nil),
        ("is it okay to dye my actual hair a shade darker after SMP", nil),
        ("just parked up outside, a bit nervous about it all", "greeting"),
        // "What would I need to do?" after a request asks how to make it;
        // Black Country "cor" is can't; a nutritionist's gummies are its own.
        ("I want to book the first consultation for my husband, what would I need to do?", "start_consultation"),
        ("why cor ye do the hale head in one goo", "why_multiple_sessions"),
        ("what do your hair gummies actually do", nil),
        // Swahili's baldness, years and fading; crazy hours are stress.
        ("kwa nini watu hupata upara", "hair_loss_causes"),
        ("SMP inakaa miaka ngapi kabla ya kufifia", "longevity"),
        ("I work crazy hours and live on takeaways, could that be why I'm going thin", "hair_loss_lifestyle"),
        // "Next summer" says when, not the sun.
        ("will it still look fresh next summer or be faded", "longevity"),
        // Whether one visit is enough is a count; why several, the reason.
        ("Is one sitting enough or will I be coming back several times?", "number_of_sessions"),
        ("why several visits?", "why_multiple_sessions"),
        // Asking what the assistant can answer, amid words of its own.
        ("What sort of things can I ask you, before I start my treatment?", "capabilities"),
        ("Which kinds of questions can I put to you before my consultation?", "capabilities"),
        // Planning is a request: how far ahead to book is for the clinic.
        ("how many weeks ahead should I reserve my consultation", nil),
        ("I'd like to book a consultation", "start_consultation"),
        // Getting booked in is a request; getting booked in soon asks for room.
        ("how would I go about getting booked in for a consult?", "start_consultation"),
        ("can I get booked in next week", nil),
        // The wait for an appointment is the clinic's room; the wait for the next one the gap.
        ("how long do I have to wait for an appointment", nil),
        ("how long do I wait for my next appointment", "session_interval"),
        // The guide names only the sun as fading the pigment.
        ("will drinking make my smp fade faster", nil),
        ("can my tablets make the pigment fade", nil),
        ("does smoking shorten how long smp lasts", nil),
        // What happens when the one-week gap is missed it does not say.
        ("What if I wait longer than a week between my sessions?", nil),
        ("I missed the gap, is my result ruined now?", nil),
        // The tint is the colour put in, not the shades; a programme is the course.
        ("How does the tint get put into the scalp?", "treatment_procedure"),
        ("How long does the whole programme take, first sitting to last?", "course_duration"),
        // Idioms: prepared for, the gap one recommends, making up one's mind,
        // open to ideas; a recommendation of SMP or a clinic is an opinion.
        ("Are there any side effects I should be prepared for?", "side_effects"),
        ("What gap do you recommend between sessions?", "session_interval"),
        ("Thanks, that helped us make up our minds", "thanks"),
        ("I'm open to ideas, what is smp exactly?", "what_is_smp"),
        ("which clinic do you recommend", nil),
        ("do you recommend it for someone like me", nil),
        // Lathering up is washing, skin going wrong a side effect; a week off
        // work or getting back on site is time off work, which the guide
        // leaves to the client.
        ("How soon can I lather up after a session?", "aftercare"),
        ("Could anything go wrong with my skin afterwards?", "side_effects"),
        ("Do people usually need a week off work after a session?", nil),
        ("how soon can I be back on site after the treatment", nil),
        // A nurse writing asks nothing about credentials; whether a nurse does it does.
        ("I'm a nurse, how many sessions will I need?", "number_of_sessions"),
        ("is it done by a nurse", nil),
        // Whether it can still be done or still works for someone is
        // suitability, which the guide leaves out, except for women.
        ("does smp work if you're fully bald", nil),
        ("can you do it if i'm completely bald", nil),
        ("can I still have it if I'm a woman", "smp_for_women"),
        ("will I still have it in 10 years", "longevity"),
        ("can I still work the next day", "side_effects"),
        // How it will look in old age is suitability by age, not how long it lasts.
        ("will it still look good when I'm old", nil),
        // Second-language phrasings.
        ("what they do in the session exactly?", "treatment_procedure"),
        ("With all this stress my hair will fall?", "hair_loss_lifestyle"),
        ("Will it stay all the life?", "longevity"),
        // Stress at work is no question of whom SMP works for.
        (
            "so I've been under a lot of stress at work for months, could that be thinning my hair",
            "hair_loss_lifestyle"
        ),
        // Creams and balms on a healing scalp, pets near it, and a shine under
        // lights are things the guide says nothing of; "shiny" is bald.
        ("can I put a balm on my scalp while it heals", nil),
        ("can I put some cream on it after a session", nil),
        ("will my dog lying on my pillow be a problem while it heals", nil),
        ("does the pigment reflect under stage lights", nil),
        ("my dad was shiny on top by forty, will I go the same way", "hair_loss_genetics"),
        // Who does the sessions is staffing, not the consultation.
        ("is the therapist at my consultation the same person who does the sessions", nil),
        // "This service" is the assistant; calling it silly or vain is an opinion.
        ("what sort of things can this service help me with", "capabilities"),
        ("my partner thinks it's vain, is it silly to get it done?", nil),
        // The evening or the morning after a session is a day for aftercare.
        ("I can shampoo the same evening, can't I?", "aftercare"),
        // Whether it works for her, or she could have it, asks about women.
        ("my aunt's parting is getting wider, would this work for her?", "smp_for_women"),
        ("my daughter is thinning at the crown, could she have it done?", "smp_for_women"),
        ("is the treatment available to women too", "smp_for_women"),
        // Whether SMP itself makes hair fall out is not in the guide; what
        // one's habits cost one's hair is.
        ("could the needles or SMP cause hair to fall out faster", nil),
        ("is my drinking costing me my hair", "hair_loss_lifestyle"),
        // Spoiling the colour is the sun's fading.
        ("will a fortnight on the beach spoil the colour", "maintenance"),
        // "Actually" inside a phrase leaves it whole.
        ("So on the day, what will the therapist actually do to my scalp?", "treatment_procedure"),
        // Planning around a date: the latest start that still finishes is
        // the course's length.
        ("the party is on 3 May, what's the latest I can start and still be finished?", "course_duration"),
        // Tattoo sleeves are tattoos; a consultation by video, and a tip, are
        // for the clinic.
        ("I've got two full sleeves, is smp done like those?", "smp_vs_tattoo"),
        ("could my consultation be over a zoom call", nil),
        ("what's the going rate to tip the therapist", nil),
        // Fast typing drops letters: "wrth the mony" is worth the money.
        ("honestly is it wrth the mony", nil),
        // Second-language words: secondary effects are side effects,
        // medicaments are medicines, "in which way" asks how.
        ("which secondary effects can come after the treatment?", "side_effects"),
        ("my doctor gave me medicaments, can they make hair fall?", "hair_loss_lifestyle"),
        ("in which way the therapist puts the pigment in the scalp?", "treatment_procedure"),
        // Saying it helped thanks; it asks for no help.
        ("that has been really helpful", "thanks"),
        // Twenty a day is smoking; thinning someone out is thinning hair.
        ("I get through twenty a day, could that be thinning me out?", "hair_loss_lifestyle"),
        // A course to become a technician is a career, not the treatment's course.
        ("how long is the smp course to become technician? I want to learn the trade", nil),
        // An apology before the question asks nothing.
        (
            "Sorry, this is probably silly, but if both my grandparents went bald, how likely is it that I will too?",
            "hair_loss_genetics"
        ),
        // How fast one can begin is the clinic's diary, not how fast it fades.
        ("how fast can I begin, is there a list?", nil),
        // "Which" after a noun relates; it opens no question of its own.
        ("What is difference between SMP and tattoo which I have on my back?", "smp_vs_tattoo"),
        // What else one can ask asks what the assistant answers.
        ("what else can you tell me", "capabilities"),
        ("what type of things you can tell me about?", "capabilities"),
        // Training in the days after a session is exercise, not a career.
        ("can I train in the days after a session", "aftercare"),
        // What the therapist has done is the result, not their experience.
        ("will what you've done still look good in a few years", "longevity"),
        // Hearing or seeing something again and again is no topic.
        ("keep seeing smp all over my feed, what even is it", "what_is_smp"),
        // Asking leave to ask asks nothing in itself.
        ("How do they put the colour in, if you don't mind me asking?", "treatment_procedure"),
        // Having no idea, or not facing something, asks nothing in itself.
        ("I've got no clue what this smp thing even is", "what_is_smp"),
        ("no idea what's behind my thinning hair", "hair_loss_causes"),
        // "Weight" typed for "wait" before what is waited for.
        ("how many days do i have to weight between visits", "session_interval"),
        // Whether the procedure is safe or harmful asks about its risks.
        ("is the procedure harmful at all", "side_effects"),
        // "How much" before a plural counts, as second-language writers mean it.
        ("how much times do I have to come in before it's finished", "number_of_sessions"),
        ("how many dots go in", nil),
        // Staying sharp or fresh is lasting, the hairline's too; being done
        // with the course is no farewell.
        ("how many years will my hairline stay sharp", "longevity"),
        ("now that I'm done, will it stay fresh for years", "longevity"),
        // A farewell without its article is still a farewell.
        ("goodbye, have nice day", "goodbye"),
        // Working out what something is asks about it; it is no workout.
        ("I'm trying to work out what SMP actually is", "what_is_smp"),
        // Six, seven or eight sessions are "five or more", as the guide counts.
        ("my neighbour went for seven sittings, is that usual", "number_of_sessions"),
        // The guide or the text the writer quotes is where the answer comes
        // from, not what is asked about.
        ("what does your guide say about side effects", "side_effects"),
        ("According to the text, how long do I wait between visits?", "session_interval"),
        ("Name the hormone your guide blames for thinning in men", "hair_loss_hormones"),
        // What one may ask is the assistant's capabilities, however put.
        ("what sort of stuff am I able to ask you", "capabilities"),
        // Nigerian English's "abeg" (please) and "na" (is) ask nothing; an
        // automated service is a bot, not one of the clinic's services.
        ("abeg, am I talking to a real person or na bot?", "assistant_identity"),
        ("is this an automated service or a real person?", "assistant_identity"),
        // A clinician's words: the patient is whom they ask for, adverse
        // events are side effects, restrictions what to avoid.
        ("any adverse events I should warn my patient about?", "side_effects"),
        ("my patient wants to know how many visits it takes", "number_of_sessions"),
        ("what restrictions are there in the first week?", "aftercare"),
        // Weather other than the sun, borrowing for the sessions and who
        // sits in with the client are not the guide's.
        ("Does humidity make the pigment fade faster?", nil),
        ("what interest rate would I pay on the sessions?", nil),
        ("can my brother come sit in during the session?", nil),
        // How far the clinic is is its location; a sign-off before something
        // is approval, signing off a goodbye.
        ("how far is the clinic from the station?", nil),
        ("do I need my CO's sign-off before I have it done?", nil),
        ("that's it from me, signing off", "goodbye"),
        // Red flags in choosing a clinic are credentials, not redness.
        ("what red flags should I watch for in a clinic?", nil),
        // Working long hours is stress, not a session's length in hours.
        ("could working long hours be thinning my hair?", "hair_loss_lifestyle"),
        // What runs in the blood is inherited; Vietnamese greets and thanks.
        ("does going bald run in the blood?", "hair_loss_genetics"),
        ("xin chào!", "greeting"),
        ("cảm ơn!", "thanks"),
        // Turkish and Italian words among English; "every how many weeks"
        // asks the interval.
        ("merhaba!", "greeting"),
        ("teşekkürler!", "thanks"),
        ("perché is one session not enough?", "why_multiple_sessions"),
        ("every how many weeks is a session?", "session_interval"),
        // Gulf Arabic's "shu hiya" asks what it is; Urdu greets and parts.
        ("shu hiya SMP?", "what_is_smp"),
        ("Assalam o alaikum!", "greeting"),
        ("ok Allah hafiz", "goodbye"),
        // A cold cap is chemotherapy's; thinning since a baby is childbirth;
        // the needles used on women are not the guide's word on women.
        ("how long is my scalp red after a cold cap?", nil),
        ("my hair has thinned since I had my baby, is that normal?", nil),
        ("do women get different needles?", nil),
        // A clinician's clients are whom they ask for, not a subject of
        // their own; needles for every client are equipment; what other
        // clients think is an opinion.
        ("What side effects should my clients expect?", "side_effects"),
        ("are the needles swapped for every client?", nil),
        ("what do other clients think of it a year on?", nil),
        // Men and women together are everyone; bringing back the look is
        // the touch-up.
        ("What makes men and women go bald?", "hair_loss_causes"),
        ("once the dots fade, how do I bring back the look?", "touch_up"),
        // Asking who answers carries words of its own (`coverage:`); who
        // will treat the client is staffing; Swahili greets.
        ("so am I chatting with a real person right now then?", "assistant_identity"),
        ("who is the person that will be treating me?", nil),
        ("Habari! Niaje", "greeting"),
        // Coming back a few times counts sessions; how the session goes is
        // the procedure; missing one is the clinic's diary.
        ("is it a one-off or will I come back a few times?", "number_of_sessions"),
        ("How does the actual session go?", "treatment_procedure"),
        ("What if I miss one of the sessions?", nil),
        // Spanish and Polish words among English.
        ("my abuelo went bald at 40, will I too?", "hair_loss_genetics"),
        ("do I need a retoque later?", "touch_up"),
        ("dziękuję!", "thanks"),
        ("could the fags an the bevvy be whit's thinned ma heid", "hair_loss_lifestyle"),
        // Hoping one is doing well is a pleasantry; queries one is equipped
        // to handle are the assistant's topics.
        ("Morning all, hope you are doing well.", "greeting"),
        ("what kinds of queries are you equipped to deal with?", "capabilities"),
        // Not understanding why asks why.
        ("I do not understand why it takes several sittings. Could you explain the reason?", "why_multiple_sessions"),
        // Who leads the consultation, and whether they are a doctor, is staffing.
        ("who leads the consultation, is it a real doctor?", nil),
        // The surface of the skin is the layer the dots go in.
        ("do the dots stay close to the surface of the scalp", "treatment_procedure"),
        // Brazilian Portuguese and Tagalog words among English; brown skin
        // named "morena" is a skin tone; being ill on the day is a
        // condition; "normal ink" is a tattoo.
        ("meu pai is careca since 30, will I be careca too?", "hair_loss_genetics"),
        ("bakit po so many sessions?", "why_multiple_sessions"),
        ("magkano po the first session?", nil),
        ("Oi, tudo bom?", "greeting"),
        ("is the pigment shade ok for morena skin", nil),
        ("I have the flu this week, can I still have my session?", nil),
        ("how is smp different from normal ink on the arm?", "smp_vs_tattoo"),
        // "Is that why…" asks whether the cause just named is the reason.
        ("Some men are said to be sensitive to DHT. Is that why my hair's thinning?", "hair_loss_hormones"),
        ("I smoke twenty a day. Is that why my hair is thinning?", "hair_loss_lifestyle"),
        // Why it cannot all be done at once asks why, not how long.
        ("why can't the whole course be finished in one go?", "why_multiple_sessions"),
        // Going direct to the needles is no question of where the clinic is.
        ("at the first visit do they go direct to the needles or talk first?", "consultation"),
        // Dots getting weak are dots fading.
        ("the dots got more weak a few days after my session, is that normal?", "why_multiple_sessions"),
        // Faking a shaved head, fake stubble, hair painted on: what SMP
        // imitates, which is what it is, not whether it looks natural.
        ("is smp basically a way to fake a shaved head?", "what_is_smp"),
        ("so is it just fake stubble put in with needles?", "what_is_smp"),
        ("what is it, like hair painted on the head?", "what_is_smp"),
        // Hinglish and text speak; sessions on a Sunday are the clinic's diary.
        ("smp kitne saal tak chalta hai bhai?", "longevity"),
        ("session ke baad shampoo kab kar sakte hai?", "aftercare"),
        ("kya stress se baal jhad sakte hai?", "hair_loss_lifestyle"),
        ("hw lng does the whole course take", "course_duration"),
        ("Sunday sessions bhi hote hai?", nil),
        // A real man at the keyboard is a human, not a question about men.
        ("is this a real guy typing or a robot?", "assistant_identity"),
        // Strain is stress; getting smashed is drinking.
        ("can strain from my job make my hair fall out?", "hair_loss_lifestyle"),
        ("does getting smashed every weekend make you lose hair?", "hair_loss_lifestyle"),
        // A premise taken for granted about SMP is not what is asked; one
        // about the writer is.
        ("Since it rubs off like hair dye, how long does it actually last?", "longevity"),
        ("As they use a razor to draw the pattern, how is the treatment actually done?", "treatment_procedure"),
        ("Since I dye my hair every month, how long will the dots last?", nil),
        // French words among English.
        ("combien de séances, how many do I need?", "number_of_sessions"),
        ("is there a lot of entretien after?", "maintenance"),
        // Following suit is inheriting; having a hand in it is causing it.
        ("my parents both thinned early, what are the chances I follow suit?", "hair_loss_genetics"),
        ("did all those years of smoking have a hand in it?", "hair_loss_lifestyle"),
        // Dutch, Scandinavian, Welsh and Bengali words among English.
        ("how many days after a sessie can I go to the sportschool?", "aftercare"),
        ("tack så mycket!", "thanks"),
        ("diolch yn fawr!", "thanks"),
        ("my abba went bald at forty, will I too?", "hair_loss_genetics"),
        ("koto taka for the full treatment?", nil),
        // Malay, Indonesian and Greek words among English.
        ("berapa sesi for the crown only?", "number_of_sessions"),
        ("kenapa so many sesi?", "why_multiple_sessions"),
        ("my uncle is falakros since 35, will I be falakros also?", "hair_loss_genetics"),
        ("efharisto poli!", "thanks"),
        // Geordie greets and says the hair is going; TRT is a medicine, and
        // having one's bloods done is a test the guide says nothing of.
        ("alreet, how's it gannin?", "greeting"),
        ("I'm on TRT, is that a problem for my SMP?", nil),
        ("how often do I need my bloods done on TRT?", nil),
        // Whether it is meant to happen asks whether it is expected.
        ("it's gone lighter since session one, is it meant to do that?", "why_multiple_sessions"),
        // Southern, Hungarian, Czech and Persian words among English.
        ("appreciate y'all!", "thanks"),
        ("köszönöm!", "thanks"),
        ("salam, khoobi?", "greeting"),
        ("can stress make my vlasy fall out?", "hair_loss_lifestyle"),
        // Romanian and Bulgarian words among English; asking for a lady
        // therapist is staffing.
        ("why so many sedinte, not one?", "why_multiple_sessions"),
        ("multumesc frumos!", "thanks"),
        ("is there a lady therapist? my mum prefers one", nil),
        // What SMP itself is, asked beside a price or "in the world".
        ("I won a voucher in a raffle, can you explain what scalp micropigmentation actually is?", "what_is_smp"),
        ("the lads at the pub keep yakking about scalp micropigmentation. what in the world is it?", "what_is_smp"),
        // A formal writer's hedges ask nothing ("in the ordinary case"); the
        // factors responsible, or partly to blame, are causes; a matter
        // addressed is one dealt with, not the clinic's address.
        ("what factors are responsible for hair loss in most people?", "hair_loss_causes"),
        ("in the ordinary case, are three sessions sufficient, or should I anticipate more?", "number_of_sessions"),
        ("could the stress be partly to blame? I keep finding hair in the sink", "hair_loss_lifestyle"),
        ("will my hairline and colour be addressed at the first meeting?", "consultation"),
        // What it sets one back is a price; doing evenings is opening hours;
        // tattoo ink done on one's head is a tattoo, not a question of suitability.
        ("how much will the touch-up set us back?", nil),
        ("do you do evenings at all?", nil),
        ("how is it different from having tattoo ink done on my head?", "smp_vs_tattoo"),
        // An opening "when" may set the scene for the question after it.
        ("When the colour starts going after a few years, can they redo the faded bits?", "touch_up"),
        ("when the dots get lighter with time, is there a smaller treatment to freshen them up?", "touch_up"),
        // What the writer says they are not asking is not the question.
        ("I'm not asking how long the whole course is, how long does the result last?", "longevity"),
        ("not asking how many visits, how many days apart are they?", "session_interval"),
        // Androgenetic alopecia is pattern hair loss; following the same
        // pattern is inheriting it; living off something is a diet; "in one
        // time" is the French "en une fois", in one go.
        ("my dad has androgenetic alopecia, will I follow the same pattern?", "hair_loss_genetics"),
        ("I've been living off energy drinks and crisps, could that thin my hair?", "hair_loss_lifestyle"),
        ("is it possible to do all of it in one time?", "number_of_sessions"),
        // A younger sister is family, not an age; the arl fella is a Scouse
        // father; pegs are drinks; Punjabi and Ukrainian greetings and thanks.
        ("I'd like to book a consultation for my younger sister", "start_consultation"),
        ("my arl fella went bald at 40, will I?", "hair_loss_genetics"),
        ("do a few pegs at the weekend thin your hair?", "hair_loss_lifestyle"),
        ("sat sri akal!", "greeting"),
        ("dyakuyu!", "thanks"),
        // Spirits are drinks; a high-level overview asks the causes in
        // general; "than she expected" is an expectation, not a pregnancy.
        ("too much whisky and vodka lately, could that thin my hair?", "hair_loss_lifestyle"),
        ("high level overview of why hair falls out please", "hair_loss_causes"),
        ("her first session looks lighter than she expected, is that normal?", "why_multiple_sessions"),
        // What a friend said is the story, not the question: it no longer
        // pulls towards "my friend said I should look into smp, what is it".
        ("my friend said his hairline looked faded a few days later, is that normal?", "why_multiple_sessions"),
        ("my friend said he needed five goes, is that normal?", "number_of_sessions"),
        // Losing our hair is hair loss; rosemary oil is a hair-care product.
        ("why do we lose our hair at all?", "hair_loss_causes"),
        ("should I try rosemary oil before smp?", nil),
        // "What'll" asks as "what" does, so the line splits before it; roll-ups
        // are cigarettes; a chef's pass is no session.
        ("how many sessions is it and what'll it cost me?", "number_of_sessions"),
        ("could my roll-ups be why my hair's thinning?", "hair_loss_lifestyle"),
        ("living off staff meals at the pass, could that thin my hair?", "hair_loss_lifestyle"),
        // A scalp reacting badly is a side effect.
        ("is my scalp going to react badly to it?", "side_effects"),
    ]

    @Test(arguments: everydayWordings)
    func everydayWordingsTakeTheTopicTheyMean(question: String, intent: String?) {
        #expect(Bundled.answerer.answer(question).primary.intent?.id == intent)
    }

    /// Wordings the lexicon reads surely enough that no one need check the
    /// answer: doing it all again from scratch is the touch-up.
    @Test(arguments: [
        ("in a few years will I need the whole thing again from scratch", "touch_up")
    ])
    func everydayWordingsAreAnsweredWithoutReview(question: String, intent: String) {
        let answer = Bundled.answerer.answer(question)
        #expect(answer.primary.intent?.id == intent)
        #expect(!answer.needsReview)
    }

    /// Everyday phrases fold into the term they mean: causing hair loss,
    /// losing hair misspelt as "loose", lasting, coming back, smoking. A
    /// condition or a myth the guide does not name folds into its subject.
    @Test(arguments: [
        ("can smoking lead to thinning", "cause"),
        ("why do men loose there hair", "hairloss"),
        ("will the dots stay put for years", "last"),
        ("why do they bring you back", "return"),
        ("I smoke a pack each day", "smoke"),
        ("I think my hair is going", "hairloss"),
        ("can PCOS make my hair thin", "condition"),
        ("is baldness contagious", "contagion"),
        // Hurting the pigment is spoiling it, and the whole treatment again a touch-up.
        ("will the sun hurt the pigment", "ruin"),
        ("do I need the whole treatment again", "touchup"),
        ("what to bring to the first appointment", "preparation"),
        // Skin like one's own asks whether it suits them.
        ("will it hold on a scalp like mine", "suitability"),
        // How they go about it is the procedure; a substance the body makes,
        // a hormone.
        ("how does the therapist go about it", "procedure"),
        ("is there a substance the body makes that thins hair", "hormone"),
        // "What's the damage" is the price; booking to the first session, the
        // clinic's diary; whether SMP is "even for me", suitability.
        ("what's the damage for the whole thing", "price"),
        ("how soon can I get my first appointment", "availability"),
        ("is smp even for me", "suitability"),
        ("would people think it's weird", "opinion"),
        // A head injury is a condition; creatine a product; a razor, shaving.
        ("I had a concussion last season", "condition"),
        ("I take creatine for the gym", "hairproduct"),
        ("I shave my head with a razor", "hairlength"),
        // Being judged for it is an opinion.
        ("will people judge me for having it", "opinion"),
        // An airport is a place to go; its security scanner is the subject.
        ("will the dots set off airport security", "scanner"),
        ("could my way of living be thinning my hair", "lifestyle"),
        // An interview before the treatment is the consultation; a blood
        // thinner by name is a condition.
        ("what is asked at the first interview", "consultation"),
        ("I'm on an anticoagulant", "condition"),
        // A slip whose cut stem is some short known word is still corrected.
        ("before it starts fdaing", "fade"),
    ])
    func everydayPhrasesFoldIntoTheirTerm(text: String, term: String) {
        #expect(Bundled.matcher.analyzer.analyze(text).terms.contains(term))
    }

    /// Asking which of two claims is right asks nothing beyond the claims.
    @Test(arguments: ["which is true", "who do I believe", "what's the truth", "which order is it"])
    func askingWhichClaimIsRightNamesNothing(check: String) {
        #expect(Bundled.matcher.analyzer.analyze(check).terms.isEmpty)
    }

    /// Going to the airport names no scanner.
    @Test func anAirportIsNoScanner() {
        #expect(!Bundled.matcher.analyzer.analyze("that's all, I'm off to the airport").terms.contains("scanner"))
    }

    /// Hurting the pigment is no pain, but the treatment hurting is.
    @Test func hurtingThePigmentIsNoPain() {
        let analyzer = Bundled.matcher.analyzer
        #expect(!analyzer.analyze("will the sun hurt the pigment").terms.contains("pain"))
        #expect(analyzer.analyze("will it hurt").terms.contains("pain"))
    }

    /// "For now" says goodbye only after a farewell ("that's all for now"),
    /// not in a question ("anything to watch out for now I'm home").
    @Test func forNowSaysGoodbyeOnlyAfterAFarewell() {
        let analyzer = Bundled.matcher.analyzer
        #expect(analyzer.analyze("ok that's all for now").terms.contains("bye"))
        #expect(analyzer.analyze("cheers for now").terms.contains("bye"))
        #expect(!analyzer.analyze("anything to watch out for now I'm home").terms.contains("bye"))
    }

    /// A question that only shares words with a topic does not take it:
    /// another treatment's needles are no tattoo, what the clinic does for
    /// someone is not what the assistant can answer, a touch-up's length is
    /// not the course's.
    @Test(arguments: [
        ("is it the same as the needles at a piercing shop", "smp_vs_tattoo"),
        ("What do you do for someone in that situation?", "capabilities"),
        ("touch-up session duration", "course_duration"),
    ])
    func aSharedWordDoesNotTakeTheTopic(question: String, topic: String) {
        #expect(Bundled.answerer.answer(question).primary.intent?.id != topic)
    }

    /// Refused for what they name, not for a low score: breastfeeding is a
    /// caution as pregnancy is, training to do SMP oneself and pros and cons
    /// are subjects the guide leaves out.
    @Test(arguments: [
        ("My wife is breastfeeding, is the pigment safe for her?", "names 'pregnant'"),
        ("do you run a training course so I can become an smp artist?", "names 'career'"),
        ("pros and contras of smp please", "names 'opinion'"),
    ])
    func namedAsNotCovered(question: String, rule: String) {
        let match = Bundled.matcher.match(question, explain: true)
        #expect(match.intent == nil)
        #expect(match.explanation.rule.description.hasPrefix(rule))
    }

    /// Asking for weekend appointments goes to the clinic.
    @Test func weekendAppointmentsAreForTheClinic() {
        let weekend = Bundled.answerer.answer("do you do appointments at weekends")
        #expect(weekend.primary.intent == nil)
        #expect(weekend.primary.forClinic)
    }

    /// One thing or several asks about the causes of hair loss, not a count
    /// of sessions, in a part of its own too.
    @Test(arguments: [
        "Why do people go bald, is it one thing or several things?", "Is balding just one thing or a mix of factors?",
    ])
    func oneThingOrSeveralIsAboutCauses(question: String) {
        let answer = Bundled.answerer.answer(question)
        #expect(answer.parts.allSatisfy { $0.intent?.id == "hair_loss_causes" })
    }

    /// Following one's parents is inheriting, not "the same way as a tattoo".
    @Test func followingOnesParentsIsGenetics() {
        let question = "My parents both went thin early on. Am I likely to follow them?"
        #expect(Bundled.answerer.answer(question).primary.intent?.id == "hair_loss_genetics")
    }

    /// Why the first session is lighter asks about the shades, whatever
    /// "first" says of sessions.
    @Test func whyTheFirstSessionIsLighterIsAboutShades() {
        let question = "why is the first time lighter and the last time darker"
        #expect(Bundled.answerer.answer(question).primary.intent?.id == "pigment_shades")
    }

    /// A question ending in "that" is about what the message said before.
    @Test(arguments: [
        (
            "I shampoo my hair every single morning. How soon after a session can I get back to that?",
            "aftercare"
        ),
        ("Two years on, mine looks patchy in a few places. What can be done about that?", "touch_up"),
    ])
    func aLastThatPointsBack(message: String, intent: String) {
        #expect(Bundled.answerer.answer(message).primary.intent?.id == intent)
    }

    /// "If I start this week" sets the scene for a question about the
    /// course; asking to start this week is for the clinic.
    @Test func startingThisWeekIsAskedOrSupposed() {
        let supposed = "If I start this week, when will the whole thing be done?"
        #expect(Bundled.answerer.answer(supposed).primary.intent?.id == "course_duration")
        let asked = Bundled.answerer.answer("could I start this week")
        #expect(asked.primary.intent == nil)
        #expect(asked.primary.forClinic)
        // In a second language's word order too.
        #expect(Bundled.answerer.answer("how soon i can start, is next week ok?").primary.intent == nil)
    }

    /// "Is that how it should be?" asks about what the message described,
    /// not how the treatment is done.
    @Test func isThatHowPointsBack() {
        let message = "The dots from my first session look paler already. Is that how it should be?"
        #expect(Bundled.answerer.answer(message).primary.intent?.id == "why_multiple_sessions")
    }

    /// A reason after the question is context: the question before it
    /// answers, while a reason naming the client's health still counts.
    @Test func aReasonAfterTheQuestionIsContext() {
        let question = "is possible to make all sessions in same week because i live far"
        #expect(Bundled.answerer.answer(question).primary.intent?.id == "session_interval")
        let health = "can all the sessions be done in the same week because I am pregnant"
        #expect(Bundled.answerer.answer(health).primary.intent == nil)
    }

    /// Saying hello and that questions will follow is a greeting, not a
    /// question about what the questions will be about.
    @Test func aGreetingThatAnnouncesQuestionsIsAGreeting() {
        let line = "Hi there, I have a few questions about my hair loss"
        #expect(Bundled.answerer.answer(line).primary.intent?.id == "greeting")
        let asked = "Hi there, what causes my hair loss?"
        #expect(Bundled.answerer.answer(asked).primary.intent?.id == "hair_loss_causes")
    }

    /// Asking whether to worry is a question about what was said, never a
    /// greeting.
    @Test(arguments: ["Should we worry?", "should I be worried?"])
    func askingWhetherToWorryIsNoGreeting(question: String) {
        #expect(Bundled.answerer.answer(question).primary.intent?.kind != .conversation)
    }

    /// A condition that resembles a not-covered question is part of the
    /// question; "why is that happening" asks about what was described.
    @Test(arguments: [
        "If I later decide I'd rather grow my hair out, what happens to the SMP then?",
        "Two years on, the colour looks a bit green around the edges. Why is that happening?",
    ])
    func whatTheContextSaysIsKept(message: String) {
        #expect(Bundled.answerer.answer(message).primary.intent == nil)
    }

    @Test func answersBothHalvesOfATwoPartQuestion() {
        let answer = Bundled.answerer.answer("how long does it last and is it safe?")
        #expect(answer.parts.compactMap(\.intent?.id) == ["longevity", "side_effects"])
    }

    /// A greeting, then a remark that asks nothing and that no topic
    /// answers, is a greeting; a remark that makes a move of its own is that move.
    @Test func aGreetingBeforeARemarkIsAGreeting() {
        let remark = Bundled.answerer.answer("Good afternoon, my GP passed on your number.")
        #expect(remark.primary.intent?.id == "greeting")
        let request = Bundled.answerer.answer("Hello, I'd like to book a consultation please")
        #expect(request.primary.intent?.id == "start_consultation")
    }

    /// "In it" points back at what was said unless the clause names the thing.
    @Test func anItTheClauseNamesIsNoPointer() {
        let named = Bundled.answerer.answer("Had my first session. Does the pigment have any alcohol in it?")
        #expect(named.primary.intent?.id == "pigment_ingredients")
        let before = Bundled.answerer.answer("I've booked a consultation. What happens in it?")
        #expect(before.primary.intent?.id == "consultation")
    }

    /// "How long lasts…", in the order of many languages, asks how long
    /// what follows lasts: an appointment is not the result.
    @Test func anInvertedHowLongLastsAsksAboutWhatFollows() {
        #expect(Bundled.answerer.answer("how long lasts one appointment?").primary.intent == nil)
        #expect(Bundled.answerer.answer("how long lasts the pigment?").primary.intent?.id == "longevity")
    }

    /// A premise before the question ("if…", "given…", "after…") sets the
    /// scene: a question sure of its own topic is that topic, and one about
    /// what the guide leaves out is not covered, whatever the premise names.
    /// A condition that is what is asked about stays.
    @Test func aPremiseSetsTheSceneForTheQuestionAfterIt() {
        let interval = "If the whole course takes about a month, how long do I wait between two sessions?"
        #expect(Bundled.answerer.answer(interval).primary.intent?.id == "session_interval")
        #expect(Bundled.answerer.answer("After my third session, how many dots will I have?").primary.intent == nil)
        let family = "If baldness runs in the family, how likely is it that I lose mine too?"
        #expect(Bundled.answerer.answer(family).primary.intent?.id == "hair_loss_genetics")
    }

    /// Phrasings the lexicon reads: a request for a short answer asks
    /// nothing ("in two sentences"), hair that does not grow back is hair
    /// loss, a bare head in the sun is sun exposure, a dialect's "wharr" is
    /// "what", Scandinavian thanks and a Midlands goodbye are what they say.
    /// Each failed on the lexicon before it.
    @Test(arguments: [
        ("Could you sum up what smp is for a total beginner in two sentences?", "what_is_smp"),
        ("the gist in two sentences: what is smp", "what_is_smp"),
        ("could hormones be why my hair isn't growing back at the temples", "hair_loss_hormones"),
        ("is it fine to be out in the sun without a hat once it has healed", "maintenance"),
        ("what is the useful life of an smp result", "longevity"),
        ("wharr appens in the consultation", "consultation"),
        ("mange tak for the answers", "thanks"),
        ("lovely, ta ra for now", "goodbye"),
        // "Straight up" says how frankly it is asked; "wtf" asks what.
        ("straight up, what actually is smp", "what_is_smp"),
        ("noob question but wtf is smp", "what_is_smp"),
        ("yo whats good", "greeting"),
        ("sain baina uu, I have some questions", "greeting"),
        ("bout ye!", "greeting"),
        ("madloba, you helped a lot", "thanks"),
        // "Per se" only qualifies; spreading the treatment spreads sessions.
        ("is per se DHT the culprit, or are some follicles just sensitive", "hair_loss_hormones"),
        ("what is the reasoning behind spreading the treatment over a few visits", "why_multiple_sessions"),
        // Suspecting a money grab asks why, not the price; cheap pints are drink.
        ("why can't they do it in one sitting, sounds like a money grab to me", "why_multiple_sessions"),
        ("could cheap pints and stress be why my hair is thinning", "hair_loss_lifestyle"),
        // Pidgin's "da" is "the"; "me da" is still a father.
        ("how long da smp going last", "longevity"),
        ("me da went bald at 30, will I go the same way", "hair_loss_genetics"),
        // At-risk follicles are susceptible, not a risk of the treatment;
        // "or the reverse" offers the other order.
        ("how does DHT harm at-risk follicles", "hair_loss_hormones"),
        ("is the light pigment put in first and then the dark, or the reverse?", "pigment_shades"),
        ("mahalo, that helped", "thanks"),
        ("ayubowan", "greeting"),
        // Stress as a cause of hair loss is a lifestyle cause; whether it
        // fades the pigment the guide does not say.
        ("could stress at work be why my hair keeps coming out in the shower", "hair_loss_lifestyle"),
        ("has all this stress since the baby come made my hair thin", "hair_loss_lifestyle"),
        // Being sat in the chair is the session itself.
        ("what goes on once I'm sat in the chair for it", "treatment_procedure"),
        ("sawubona, I have a question", "greeting"),
        ("kiitos, very helpful", "thanks"),
        // Time off training is exercise, which the aftercare answers.
        ("how long should I take off training after a session", "aftercare"),
        ("quick one from the stock room - why do people lose their hair", "hair_loss_causes"),
        ("from what comes the thinning at my temples", "hair_loss_causes"),
        // Bringing it back after the years it holds is the touch-up, not a cure.
        ("after a couple of years what do I do to bring it back looking sharp", "touch_up"),
        // Learning how to take care is care, not a farewell.
        ("how to take care when it has healed", "maintenance"),
        ("need tips on how to take care, once healed", "maintenance"),
        // Appalachian "'tween" and "more'n"; the sun hurting it; what is put in it.
        ("do i gotta wait a week 'tween sessions", "session_interval"),
        ("I drink more'n I should, could that be thinning my hair", "hair_loss_lifestyle"),
        ("will the sun hurt it if I work on a roof all day", "maintenance"),
        ("what do they put in that pigment", "pigment_ingredients"),
        // A plan to fly home dates the course, as being done in time for a
        // date does; "she can do it" asks whether a woman can.
        ("can I get the whole course done before I fly home", "course_duration"),
        ("starting in may, will I be sorted in time for my holiday", "course_duration"),
        ("my wife's crown is thinning, can she do it too?", "smp_for_women"),
        // A person going bald asks the causes; "c'est" and "la cosa es
        // que" are no cost; long shifts, long hours in the sun and living on
        // junk say how one lives, not the clinic's hours.
        ("what makes a person go thin on top", "hair_loss_causes"),
        ("one week between each session, c'est ça?", "session_interval"),
        ("la cosa es que my hair is thinning, what causes it?", "hair_loss_causes"),
        ("could 12 hour shifts and junk food be thinning my hair", "hair_loss_lifestyle"),
        ("could living on meal deals be why I'm going thin", "hair_loss_lifestyle"),
        ("I'm in the sun ten hours a day, will that fade it", "maintenance"),
        ("I smoke about 20 a day on shift, could that be why I'm thinning on top", "hair_loss_lifestyle"),
        // What comes before they start on one's head is the consultation, and
        // how it works on the day is the session.
        ("do we talk about the hairline before they start on my head", "consultation"),
        ("'ow does it work on the day", "treatment_procedure"),
        // Spanish, Scots and Shetland and Tagalog words; Swiss, Chichewa and
        // Bristolian greetings and thanks.
        ("cada cuanto son las sesiones", "session_interval"),
        ("como es el procedimiento", "treatment_procedure"),
        ("how many days atween sessions", "session_interval"),
        ("hoo mony sessions is it", "number_of_sessions"),
        ("hoo lang does it last eftir it's done", "longevity"),
        ("is smp pang lalaki lang", "smp_for_women"),
        ("gruezi", "greeting"),
        ("zikomo, that helped", "thanks"),
        ("cheers drive, gert lush", "thanks"),
        // Risks worth knowing about are risks, not a judgement of worth; an
        // opening consultation is the first; the gym off the cards is no
        // payment; "tysm" thanks; annual leave is time to finish the course,
        // not an employer's rule; going tanning is the sun; messing with
        // hair growth affects it.
        ("are there any risks worth knowing about", "side_effects"),
        ("what happens at the opening consultation", "consultation"),
        ("is the gym off the cards for a few days after", "aftercare"),
        ("tysm", "thanks"),
        ("I get four weeks of annual leave, is that long enough to finish the course", "course_duration"),
        ("I go tanning most weekends, will that fade it", "maintenance"),
        ("does testosterone mess with hair growth", "hair_loss_hormones"),
        // Available for women asks whether women can have it, not when the
        // clinic is free; "ca va" and Fijian "bula" greet and "vinaka"
        // thanks; typing is no type; the lady at the clinic is its staff, not
        // a woman asking; travelling in is no flight; a wife having it done
        // asks about women.
        ("is SMP available for women too?", "smp_for_women"),
        ("bonjour, ca va?", "greeting"),
        ("bula!", "greeting"),
        ("vinaka for the help", "thanks"),
        ("is this a real person typing?", "assistant_identity"),
        ("the lady at the clinic said something about DHT, what does it do to hair?", "hair_loss_hormones"),
        ("I'm travelling in from the coast, could I do two sessions in the same week?", "session_interval"),
        ("could my wife get it done too?", "smp_for_women"),
        // Losing "the" hair is hair loss; filled in again is a touch-up;
        // days after each other are in a row.
        ("why am I losing the hair, I am only 30", "hair_loss_causes"),
        ("when it fades can they fill it in again", "touch_up"),
        ("can I have two sessions on days after each other", "session_interval"),
        // Spanish family words; again and again is several times; where a
        // tattoo was had, a drive into town and a Sunday service set a
        // scene; a waiting time between sessions is the interval; Setswana
        // thanks.
        ("all my tios went bald young, is it from the familia?", "hair_loss_genetics"),
        ("why do they do it again and again, is one session not enough?", "why_multiple_sessions"),
        ("what's the difference between SMP and the tattoo I got in the navy?", "smp_vs_tattoo"),
        ("how many times do I have to drive into town to get it all done?", "number_of_sessions"),
        ("will my head still be red for the Sunday service?", "side_effects"),
        ("what's the waiting time between two sessions?", "session_interval"),
        ("ke a leboga, that helped", "thanks"),
        // Having to keep going back asks how many times; "correct no?"
        // checks; Shona thanks; "got a sec?" only greets.
        ("is it a one-off or do I have to keep going back?", "number_of_sessions"),
        ("one week between sessions, correct no?", "session_interval"),
        ("maita basa, that helped", "thanks"),
        ("hey, got a sec?", "greeting"),
        // Colour that softens fades; Wolof thanks; office tension is
        // stress; a dinner service is no service of the clinic's.
        ("does the pigment soften over the years?", "longevity"),
        ("jerejef, that was useful", "thanks"),
        ("could office tension be why my hair is thinning?", "hair_loss_lifestyle"),
        ("will my head still be red when I start the dinner service?", "side_effects"),
        // What to know before signing up asks what to know; Gaelic thanks.
        ("any side effects I should know about before I sign up?", "side_effects"),
        ("tapadh leat, that helped", "thanks"),
        // Kinyarwanda, Pennsylvania Dutch and Mandarin greetings and thanks;
        // "well hello" and "ahoy" greet; "that's me done" says goodbye; the
        // missus is a woman; plain English and no jargon ask for a short answer.
        ("muraho, I have a couple of things to ask", "greeting"),
        ("murakoze cyane, God bless", "thanks"),
        ("denki, that was useful", "thanks"),
        ("well hello, anyone there?", "greeting"),
        ("ahoy, anyone about?", "greeting"),
        ("bu hao yi si, is this a chatbot?", "assistant_identity"),
        ("right, that's me done for today", "goodbye"),
        ("would SMP work for the missus? her crown is thin", "smp_for_women"),
        ("micropigmentation, what is it, no jargon", "what_is_smp"),
        // Austrian greetings and German words; "the fitness" is the gym; "for
        // ever" is permanent; "something for her" asks about a woman; a
        // procedure is counted in sessions; ink on the arms is a tattoo;
        // "once I am back home" sets a scene.
        ("servus, I have a question or two", "greeting"),
        ("can I go to the fitness two days later?", "aftercare"),
        ("what do we talk about in the beratungsgesprach?", "consultation"),
        ("is the result for ever?", "longevity"),
        ("my sister has a thin crown, is SMP also something for her?", "smp_for_women"),
        ("how many procedures will I need?", "number_of_sessions"),
        ("grew up with ink on my arms, how is smp any different", "smp_vs_tattoo"),
        ("how much care does it need once I am back home?", "maintenance"),
        // Galician thanks and "how y'all doin" greet and thank.
        ("grazas, that was very useful", "thanks"),
        ("good morning, how y'all doin?", "greeting"),
        // Kannada greetings, "anybody in?"; a few summers count years; hard
        // graft is work, not a hair graft; an open day is an event, not
        // opening hours; "crack on" says nothing of the topic.
        ("namaskara, I have some doubts", "greeting"),
        ("Hi! I'm over from Leeds for the week and have a few questions about SMP.", "greeting"),
        ("morning! anybody in?", "greeting"),
        ("is it permanent or will it be gone in a few summers?", "longevity"),
        ("I do hard graft on a building site, should I avoid that the days after?", "aftercare"),
        ("I went to the open day and they mentioned SMP 3D, what's that?", "pigment_shades"),
        // Long night shifts are the writer's hours, not the clinic's.
        ("could my 12 hour night shifts be thinning my hair?", "hair_loss_causes"),
        // Basque thanks and greetings; asking for a date books; days on the
        // trot follow each other.
        ("eskerrik asko, that helped", "thanks"),
        ("kaixo, I have a question", "greeting"),
        ("can I ask for a date for the first consultation?", "start_consultation"),
        ("can I do three sessions on the trot?", "session_interval"),
        // "I take it easy" is recovery, not the chatter "I take it (that)…".
        ("how long should I take it easy after a session?", "aftercare"),
        // "For always" is permanent; summers count years; a sister who can
        // have it is a woman; questions before booking anything only greet.
        ("is it for always?", "longevity"),
        ("how many summers will it look good for?", "longevity"),
        ("my sister can do it too?", "smp_for_women"),
        ("hello, a couple of questions before I book anything", "greeting"),
        // Liberian greetings: "how is the body?" asks after the writer.
        ("hello my man, how is the body?", "greeting"),
    ])
    func readsPhrasingsOfItsLexicon(question: String, intent: String) {
        #expect(Bundled.answerer.answer(question).primary.intent?.id == intent)
    }

    /// What the guide never names is not covered although its words are
    /// near a topic's: sunscreen is not the sun it keeps out, and itching or
    /// scabs are not the first day's redness, nor time off work the week's
    /// aftercare. Passing an answer on is no inheritance.
    @Test(
        arguments: [
            ("can I put sunscreen on my smp in summer", nil),
            ("will the scalp itch a few days after a session", nil),
            ("are scabs normal once it starts healing", nil),
            ("will there be any swelling or redness after", "side_effects"),
            ("will the sun fade my smp", "maintenance"),
            ("cheers, I'll pass it on to my brother", "thanks"),
            // Time off work is the client's and their employer's matter; how
            // the head looks at work the next morning is the redness.
            ("when can I go back to work after a session?", nil),
            ("will I need time off work after each session", nil),
            ("will my head still be red when I go to work the next morning", "side_effects"),
            ("how long after a relaxer should I wait before smp", nil),
            ("grazzi hafna, that helped", "thanks"),
            // How big the needles are, or whether they are new each time, is
            // the clinic's equipment; a missed week is the clinic's to judge;
            // colouring one's own hair is a hair product, not the pigment.
            ("how big are the needles you use", nil),
            ("do they use fresh needles every time", nil),
            ("what happens if I miss a week between sessions", nil),
            ("if I cannot make it back after a week, is that a problem", nil),
            ("can I colour the rest of my hair after smp", nil),
            // Whether SMP stops hair loss getting worse is no question of genes.
            ("if my baldness is genetic will smp stop it getting any worse", nil),
            ("does stress make the dots fade any sooner", nil),
            ("can I bring a mate along to the session", nil),
            ("will smp stop the rest of my hair falling out", nil),
            // Someone with alopecia is the client's health; a consultation
            // over video is the clinic's matter; a tattoo on the neck is the
            // client's own, not a comparison.
            ("can someone with alopecia get smp", nil),
            ("can the consultation be done over video", nil),
            ("are neck tattoos a problem", nil),
            // A medicine's side effects are not SMP's; whether smoking or drink
            // bring a touch-up sooner, smoking after a session, and clippers
            // the guide does not say.
            ("What are the side effects of TRT?", nil),
            ("will drinking make my smp fade so I need a touch-up sooner", nil),
            ("can I have a cigarette as soon as I leave the clinic", nil),
            ("how soon after a session can I run the clippers over my head", nil),
            // Whether people can tell it is not hair, whether it looks shiny,
            // and the time of year to start: the shades aim at a natural look,
            // which is no promise about a close look.
            ("will people at the gym be able to tell it's not real hair", nil),
            ("does smp make your head look shiny", nil),
            ("is it better to start in the winter than the summer", nil),
            // Visas, where the ink is manufactured and who treats the client.
            ("do I need a visa to come over for the treatment", nil),
            ("where is your ink manufactured", nil),
            ("will the person doing my treatment be a woman", nil),
            ("what's the average waiting time for a first appointment at the moment?", nil),
            // Stopping hair loss, and what a touch-up would set one back.
            ("once I have SMP will my hair stop falling out?", nil),
            ("does SMP stop the DHT from thinning my hair?", nil),
            ("what will a touch-up set ya back?", nil),
            ("will hair fall stop after SMP?", nil),
            ("is it the same artist for every session?", nil),
            ("is SMP safe while I'm carrying a baby?", nil),
            ("does the treatment stop the rest of the hair falling out?", nil),
            // Learning SMP as a business is training; days off work are the employer's.
            ("can you tell me about learning smp as a business?", nil),
            ("I want to do it as a business, where do I learn?", nil),
            ("how many days should I take off from work after each session?", nil),
            // An academy's mentoring is training; the feel of the needles is
            // pain; a medication that would halt hair loss is a cure.
            ("is there mentoring after the training academy?", nil),
            ("how does the sensation compare with a tattoo?", nil),
            ("if it runs in the family, is there a medication that would halt it?", nil),
            // Headshots and portraits are photographs.
            ("how long after SMP should I wait to book headshots?", nil),
            ("will SMP look odd in black and white portraits?", nil),
        ] as [(String, String?)])
    func namesWhatTheGuideLeavesOut(question: String, intent: String?) {
        #expect(Bundled.answerer.answer(question).primary.intent?.id == intent)
    }

    /// How a line asks, each reading failing on the code before it. A
    /// question that opens a line is asked up to its comma, whatever chatter
    /// follows; a remark about who else talks of it, or who had it done, is
    /// an aside. "Kindly explain" asks; a condition after ", and" and "'ow"
    /// (how without its h) open questions of their own. A "when" scene needs
    /// no comma. After "how long", the scalp says where, not what is asked;
    /// "how much time" and "what duration" ask a duration.
    @Test(
        arguments: [
            ("why am i going thin on top, no one in my family ever did", "hair_loss_causes"),
            ("what is this hair tattoo thing, lad at the pub had one done and i keep staring", "what_is_smp"),
            ("what even is smp, one of the lads keeps banging on about it", "what_is_smp"),
            ("whats smp exactly, a bloke at work had it done", "what_is_smp"),
            (
                "Good evening. My cousin had it done last year. Kindly explain to me what the therapist does during a session.",
                "treatment_procedure"
            ),
            ("How long does the colour stay, and if I hate it can it be removed?", "longevity"),
            // Without the comma after a question, "and if" still opens one.
            ("how long does the pigment last and if I hate it can it be lasered off?", "longevity"),
            // "…, and each one will be how much money?" asks a second question.
            ("how many treatments will I need, and each one will be how much money?", "number_of_sessions"),
            // A question that points back at what the chatter named does not
            // know its subject alone.
            ("a mate of mine swears by SMP 3D, what is this method?", "pigment_shades"),
            ("'ow long does the colour stay and 'ow much is a top-up", "longevity"),
            ("when the colour fades do they redo the faded bits", "touch_up"),
            ("how long should my scalp rest between sessions", "session_interval"),
            ("how much time is a single session", nil),
            ("what is the duration of a single sitting", nil),
            ("how much time do I leave between sessions", "session_interval"),
        ] as [(String, String?)])
    func readsHowALineAsks(question: String, intent: String?) {
        #expect(Bundled.answerer.answer(question).primary.intent?.id == intent)
    }

    /// A bare question after chatter that named what its topic leaves out
    /// is read with the chatter: "what does it mean" after "SMP 3D" asks
    /// about the shading, not what SMP is.
    @Test func aBareQuestionIsReadWithWhatItsTopicLeavesOut() {
        let threeD = "My cousin keeps going on about SMP 3D. What does it mean?"
        #expect(Bundled.answerer.answer(threeD).primary.intent?.id == "pigment_shades")
        #expect(
            Bundled.answerer.answer("My cousin keeps going on about SMP. What does it mean?").primary.intent?.id
                == "what_is_smp")
    }

    /// A claim of what SMP is that names only what SMP itself is asks what
    /// SMP is, whatever its words resemble, checked after a comma or in a
    /// sentence of its own; one that names another topic's subject
    /// (permanence, men, a tattoo) keeps that topic. A guess followed by
    /// "or what is it?" asks what it is, whatever the guess names; "or what
    /// is it made of?" asks what it is made of. A claim someone else made
    /// ("my barber says…") is checked by its own words, not the reporter's,
    /// as is one after chatter and a comma, unless the chatter asks
    /// something itself ("how do they do it, is it needles…?"); "=" says
    /// "is", and "the thing where…" relates the claim.
    @Test(
        arguments: [
            ("my barber says it's just tiny bits of ink made to look like stubble, is that right?", "what_is_smp"),
            (
                "my brother reckons it's only small dots of pigment that look like short hair. Is that right?",
                "what_is_smp"
            ),
            ("my wife says it lasts forever, is that right?", "longevity"),
            ("smp = tiny dots of pigment that look like stubble, right?", "what_is_smp"),
            ("my nephew wants it done, is it basically dots of ink that look like a buzz cut?", "what_is_smp"),
            ("how do they do it, is it needles putting dots in the skin?", "treatment_procedure"),
            (
                "is this the thing where they put little dots on your head so it looks like a short haircut?",
                "what_is_smp"
            ),
            ("So it's tiny dots of ink that look like a shaved head. Is that right?", "what_is_smp"),
            // "its" without its apostrophe; "is that the idea?" checks.
            ("so its little ink dots that make a bald head look shaved, is that the idea?", "what_is_smp"),
            ("so it's little ink dots that make a bald head look shaved? is that the whole idea?", "what_is_smp"),
            ("So SMP gives the look of stubble with dots of pigment. Have I got that right?", "what_is_smp"),
            ("is it a sort of hair weave, or what is it really?", "what_is_smp"),
            ("is SMP some kind of medical hair implant or what exactly is it", "what_is_smp"),
            ("is it a kind of tattoo ink, or what is it made of?", "pigment_ingredients"),
            ("so it's basically tiny dots of ink on the scalp that look like a shaved head, right?", "what_is_smp"),
            ("am i right that smp doesn't grow any hair, it only gives the look of it?", "what_is_smp"),
            ("so is it some kind of wig or what", "what_is_smp"),
            ("is smp basically pigment that gives the impression of a fresh buzz cut", "what_is_smp"),
            ("is it permanent?", "longevity"),
            ("is it just for men?", "smp_for_women"),
            ("so it's like a tattoo then?", "smp_vs_tattoo"),
        ] as [(String, String?)])
    func aClaimOfWhatSMPIsAsksWhatItIs(question: String, intent: String?) {
        #expect(Bundled.answerer.answer(question).primary.intent?.id == intent)
    }

    /// A dash between spaces after chatter sets it off as a comma would;
    /// after a question it does not. A name written with a capital inside a
    /// sentence is not corrected into a known word ("Cosst" is no cost).
    /// People "saying" something report a claim.
    @Test(
        arguments: [
            ("my brother just booked in — what will the therapist be doing with the needles?", "treatment_procedure"),
            ("I work outdoors all summer – how long will SMP last me?", "longevity"),
            ("is there a risk the dots spread — how many sessions will I need?", nil),
            ("we go to Cosst every June, will the sun fade my smp?", "maintenance"),
            ("people at work are saying it is just a tattoo on the head, is that true?", "smp_vs_tattoo"),
        ] as [(String, String?)])
    func readsChatterSetOffByADashNamesAndReports(question: String, intent: String?) {
        #expect(Bundled.answerer.answer(question).primary.intent?.id == intent)
    }

    /// A condition before a question needs no comma to ask; a goodbye after
    /// a question's comma is no part of it; a weak guess at a line with a
    /// dash is read with a comma; a hormone or a touch-up named before
    /// "what is it?" is what it asks about; weathering and wearing down are
    /// fading; "ag" is an interjection, not "age"; drawing dots is what SMP is.
    @Test(
        arguments: [
            (
                "Long week of deliveries, sorry this is late. if I get it done what can't I do in the first week. "
                    + "I'm lifting boxes all day so I want to know what to plan around", "aftercare"
            ),
            ("any risks I need to know about, bye?", "side_effects"),
            ("I picked up your leaflet at the dentist – what is this treatment all about?", "what_is_smp"),
            ("my GP mentioned some hormone for male baldness. What is it and what does it do?", "hair_loss_hormones"),
            ("you lot mentioned an SMP top-up for later, what is that?", "touch_up"),
            ("does it wear down over the years", "longevity"),
            ("how long before it starts to weather", "longevity"),
            ("ag man, how many sessions will I need?", "number_of_sessions"),
            ("is it the thing where they draw dots on the scalp so it looks like shaved hair?", "what_is_smp"),
        ] as [(String, String?)])
    func readsConditionsGoodbyesDashesAndWhatWasNamed(question: String, intent: String?) {
        #expect(Bundled.answerer.answer(question).primary.intent?.id == intent)
    }

    /// A bare "what is that?" after chatter that named SMP asks what SMP is;
    /// Melanesian Pijin's question words and particles are read; an evening
    /// greeting, "cheerio", a job on contract and a result that looked
    /// lighter are what they say.
    @Test(
        arguments: [
            ("my neighbour had something done that he called SMP. what is that exactly", "what_is_smp"),
            ("waswe olketa needim three session?", "why_multiple_sessions"),
            ("hao meni session nao mi needim?", "number_of_sessions"),
            ("tagio tumas", "thanks"),
            ("Dumela mma", "greeting"), ("over and out", "goodbye"),
            ("can I go dancing the week after a session?", "aftercare"),
            ("I have high BP, is SMP safe for me?", nil),
            ("evening from Glasgow", "greeting"),
            ("right, that'll do me, cheerio", "goodbye"),
            (
                "two years on contract offshore and my hair is thinning, could the stress be why?",
                "hair_loss_lifestyle"
            ),
            (
                "My scalp looks lighter four days after the first session. Did something go wrong?",
                "why_multiple_sessions"
            ),
        ] as [(String, String?)])
    func readsWhatWasNamedPijinAndPleasantries(question: String, intent: String?) {
        #expect(Bundled.answerer.answer(question).primary.intent?.id == intent)
    }

    /// A comparison after a comma ("…, a bit like a second coat of
    /// varnish") shows what is meant: the question before it is answered
    /// as surely as it would be alone.
    @Test(arguments: [
        ("Do the later sessions go in darker, a bit like a second coat of varnish on a door?", "pigment_shades"),
        ("Is the redness gone within a day, sort of like a graze healing over a weekend?", "side_effects"),
    ])
    func aComparisonAfterAQuestionLeavesItSure(question: String, intent: String) {
        let part = Bundled.answerer.answer(question).primary
        #expect(part.intent?.id == intent)
        #expect(part.confidence >= Bundled.answerer.settings.reviewConfidence)
    }

    /// A question after a comma that names its own subject is asked
    /// whatever clinic matters the chatter before it names; a question that
    /// points back after chatter about money points at SMP; the writer's
    /// own health before it still leaves the line unanswered.
    @Test(
        arguments: [
            (
                "Busy season at the garage with deposits and invoices everywhere, can stress really make your hair fall out?",
                "hair_loss_lifestyle"
            ),
            ("We fit kitchens and take deposits up front, could the sun in the van fade the pigment?", "maintenance"),
            ("Money's tight so I want value for it. How long before it starts to go?", "longevity"),
            ("I have alopecia patches, can stress really make your hair fall out?", nil),
        ] as [(String, String?)])
    func aQuestionAfterClinicMattersIsAsked(question: String, intent: String?) {
        #expect(Bundled.answerer.answer(question).primary.intent?.id == intent)
    }

    /// A bare "what is it?" after chatter that named SMP asks what SMP is,
    /// whatever the chatter resembles, while "what should I do?" does not;
    /// "is that going to fade it" points back at what was said; the dots
    /// look like stubble as the procedure makes them; a real staff member
    /// is a person.
    @Test(
        arguments: [
            ("my mate from football keeps banging on about SMP, what actually is it?", "what_is_smp"),
            ("lad at work reckons he has had SMP done, wtf is that exactly", "what_is_smp"),
            ("after my SMP course, what should I do in the first week?", "aftercare"),
            ("I coach tennis outdoors all summer long. Is that going to fade the pigment?", "maintenance"),
            ("what do the dots look like when they are in the scalp?", "treatment_procedure"),
            ("Am I chatting to a real staff member or a bot?", "assistant_identity"),
        ] as [(String, String?)])
    func readsWhatSMPIsAfterChatterAndWhatWasSaid(question: String, intent: String?) {
        #expect(Bundled.answerer.answer(question).primary.intent?.id == intent)
    }

    /// "an" joins two questions as "and" does, as dialects write it; "hows
    /// ya" is small talk; hours in full sun are sun; and a few phrases.
    @Test func readsDialectJoinersAndPhrases() {
        let both = Bundled.answerer.answer("how many sessions I need an how long between each one")
        #expect(both.parts.compactMap { $0.intent?.id } == ["number_of_sessions", "session_interval"])
        #expect(Bundled.answerer.answer("evening, hows ya").primary.intent?.id == "greeting")
        let sun = Bundled.answerer.answer("I spend hours in full sun on the boat, will it fade?")
        #expect(sun.primary.intent?.id == "maintenance")
        // A green room is no green pigment; "medically speaking" asks nothing
        // of a doctor; dots that pass for stubble look like it.
        let habits = "I used to live on crisps in the green room and smoke a lot, could that be why I'm thinning?"
        #expect(Bundled.answerer.answer(habits).primary.intent?.id == "hair_loss_lifestyle")
        #expect(Bundled.answerer.answer("Is SMP safe, medically speaking?").primary.intent?.id == "side_effects")
        let stubble = Bundled.answerer.answer("so the dots pass for stubble, is that right?").primary
        #expect(stubble.intent?.id == "treatment_procedure")
        #expect(stubble.confidence >= Bundled.answerer.settings.reviewConfidence)
    }

    /// "What about…?" asks the question before it again of something else,
    /// so after a question the guide does not cover it goes unanswered too;
    /// a teenager's age is not covered; "your place" is where the clinic is;
    /// goes under the needle are sessions.
    @Test(
        arguments: [
            ("Do you take card payments? What about during the sale?", nil),
            ("Is there parking at the clinic? And what about during the week?", nil),
            ("I am 15 years old, is it allowed for me?", nil),
            ("Where is your place? I would come by bus.", nil),
            ("roughly how many goes under the needle will I need?", "number_of_sessions"),
        ] as [(String, String?)])
    func readsWhatAboutAgesAndPlaces(question: String, intent: String?) {
        #expect(Bundled.answerer.answer(question).primary.intent?.id == intent)
    }

    /// A wait asked after the writer names a procedure of their own is
    /// counted from it, which the guide does not cover; one asked first,
    /// with the procedure after it, is the interval between sessions.
    @Test func aWaitAfterTheWritersOwnProcedureIsCountedFromIt() {
        let laser = "I had laser removal on my scalp last spring. How long must I wait before starting SMP?"
        #expect(Bundled.answerer.answer(laser).primary.intent == nil)
        let interval = "How long do I wait between sessions? I had microblading before."
        #expect(Bundled.answerer.answer(interval).primary.intent?.id == "session_interval")
    }

    /// A comma before a clause's first word ends no question: the line is
    /// read, not crashed on.
    @Test func aCommaBeforeTheFirstWordEndsNothing() {
        #expect(QuestionSplitter.cores(of: ", what is it, tell me").map(String.init) == ["what is it"])
        #expect(Bundled.answerer.answer(", what is the price, tell me").primary.intent == nil)
    }

    /// A tag question ("…, isn't it?") asks nothing of its own; "that one"
    /// points back as "that" does.
    @Test func aTagAsksNothingAndThatOnePointsBack() {
        #expect(
            Bundled.answerer.answer("I guess that's all from me, isn't it? Bye then.").primary.intent?.id == "goodbye")
        let habits = "I eat badly and drink every night. Can that one be behind my hair loss?"
        #expect(Bundled.answerer.answer(habits).primary.intent?.id == "hair_loss_lifestyle")
    }

    /// A topic that lists things answers how many there are ("how many
    /// ingredients", "how many side effects"); what the guide leaves out
    /// (coping with hair loss, a sauna's heat, the wait for a first
    /// session) is not covered, whatever topic's words it shares.
    @Test func countsOfListedThingsAndNearbyMattersLeftOut() {
        #expect(
            Bundled.answerer.answer("How many ingredients does the pigment have?").primary.intent?.id
                == "pigment_ingredients")
        #expect(Bundled.answerer.answer("How many side effects should I expect?").primary.intent?.id == "side_effects")
        for line in [
            "My daughter is losing her hair and is very upset. How can I support her?",
            "We use a sauna most weekends. Will the heat fade the pigment?",
            "How long do I have to wait before my first session can be booked?",
        ] {
            #expect(Bundled.answerer.answer(line).primary.intent == nil, "\(line)")
        }
    }

    /// A short question about losing hair, after a statement naming one
    /// cause (a parent, a habit), asks about that cause.
    @Test(arguments: [
        ("My grandad had no hair at 40. Will I lose mine too?", "hair_loss_genetics"),
        ("I smoke a lot. Hair fall more?", "hair_loss_lifestyle"),
    ])
    func aCauseNamedBeforeAShortQuestionIsItsTopic(line: String, intent: String) {
        #expect(Bundled.answerer.answer(line).primary.intent?.id == intent)
    }

    /// Another clinic named in the story does not make a question about the
    /// guide's facts one about that clinic.
    @Test func anotherClinicInTheStoryLeavesTheQuestion() {
        let line = "I had my first session at another clinic and my head went very red. Is that normal?"
        #expect(Bundled.answerer.answer(line).primary.intent?.id == "side_effects")
    }

    /// A gym's own sessions and products are not SMP's.
    @Test(arguments: ["Does whey protein have any side effects?", "How long should I rest between leg sessions?"])
    func aGymsOwnMattersAreNotCovered(line: String) {
        #expect(Bundled.answerer.answer(line).primary.intent == nil)
    }

    /// Claims, policies and limits are an insurer's matters, not the guide's.
    @Test(arguments: [
        "Can I make a claim for SMP on my health plan, or is there an annual limit?",
        "Is SMP classed as cosmetic for my policy?",
    ])
    func insuranceMattersAreNotCovered(line: String) {
        #expect(Bundled.answerer.answer(line).primary.intent == nil)
    }

    /// Whether one must be bald first asks who is a candidate, which the
    /// guide does not say.
    @Test func havingToBeBaldFirstIsNotCovered() {
        #expect(Bundled.answerer.answer("Do I have to be completely bald for this to work?").primary.intent == nil)
    }

    /// A skin fade is a haircut, not the pigment fading; letters spelt out
    /// are the word they spell; a scan named anywhere is the client's own.
    @Test func wordsReadInTheirSense() {
        #expect(Bundled.answerer.answer("Can I still get a skin fade after SMP?").primary.intent == nil)
        #expect(Bundled.answerer.answer("what does d h t do").primary.intent?.id == "hair_loss_hormones")
        let scan = "I'm booked for an MRI next month. Is it safe with pigment in my scalp?"
        #expect(Bundled.answerer.answer(scan).primary.intent == nil)
        let made = Bundled.answerer.answer("From what is made the ink that goes in the skin?").primary
        #expect(made.intent?.id == "pigment_ingredients" && made.confidence >= 0.6)
        // Which sun cream to buy, or the clinic's own numbers, are not the guide's.
        #expect(Bundled.answerer.answer("What SPF should I use on my scalp once it has healed?").primary.intent == nil)
        #expect(Bundled.answerer.answer("How many sessions a day does your clinic do?").primary.intent == nil)
        #expect(Bundled.answerer.answer("How many clinics have you got?").primary.intent == nil)
        let care = Bundled.answerer.answer("Once done, I take care a lot or not?").primary.intent?.id
        #expect(care == "maintenance" || care == "aftercare")
    }

    /// Every numbered item of a line is answered.
    @Test func numberedItemsAreAnsweredEach() {
        let answer = Bundled.answerer.answer("1) how long does the result last 2) how many sessions will I need")
        #expect(answer.parts.compactMap { $0.intent?.id } == ["longevity", "number_of_sessions"])
    }

    /// A reason that names the price says why the question is asked.
    @Test func aReasonNamingThePriceLeavesTheQuestion() {
        let line = "how long will the result hold because i dont want to pay for something that fades in a year"
        #expect(Bundled.answerer.answer(line).primary.intent?.id == "longevity")
        #expect(Bundled.answerer.answer("how much will I pay for it").primary.intent == nil)
    }

    /// A question word alone opens the answered question after it.
    @Test func aBareQuestionWordOpensTheNextQuestion() {
        let answer = Bundled.answerer.answer("what? how many visits do I need")
        #expect(answer.primary.intent?.id == "number_of_sessions")
        #expect(answer.parts.count == 1)
        // A question word asks on its own when what follows is not answered.
        #expect(Bundled.answerer.answer("How do they do it? With a marker pen?").primary.intent != nil)
    }
}
