# The words of the site's screens, in English, in Project Fluent's format
# (https://projectfluent.org/fluent/guide/). The questions and the law's words are in
# rules/ms/*.toml; their translations are in rules/text/<language>/rules.ftl.
#
# Every message here must be present and no other may be: the server stops at
# start-up with this file's name and line if one is missing or extra, and a
# translation (rules/text/es/site.ftl) must have exactly the same messages, each
# with the same { $name }s.
#
# A message is named by its group and its word: `frame-back` is the word `back` of
# the group `frame`. { $n } and the like are filled in by the site; a message may
# use only the ones its word allows (see rules/README.md). A text that starts or ends
# with a space writes it as {" "}. Paragraphs are kept apart by a blank line.

## page
page-title = { $heading } – Check your record – Clear My Record Mississippi
page-error_prefix = Error:{" "}
page-cannot_start_heading = Something went wrong
page-cannot_start = We could not start the questions. Please reload the page.

# Around every screen.
## frame
frame-offline = We could not reach the site. Check your connection and press the button again. Your answers are still here.
frame-problem = There is a problem
frame-back = Back
frame-save = Save my answers
frame-print = Print these results
frame-start_over = Start over
frame-back_hint = To go back a question, use the "Back" button above. Your browser's back button may ask to send the form again.
frame-optional = {" "}(optional)
frame-change = Change
frame-remove = Remove
# Read by screen readers after "Change" and "Remove" on the list of charges.
frame-which_charge = {" "}charge { $n }
frame-free_help = Free legal help can make this easier.{" "}
frame-free_help_link = Find free legal help

## common
common-next = Continue
common-yes = Yes
common-no = No
common-unsure = I'm not sure
common-dont_know = I don't know
common-not_given = Not given
common-about_you = About you
common-new_charge = a new charge
common-charge_context = Charge { $n } of { $count }: { $name }
common-charge_title = Charge { $n }: { $name }
common-too_long = This is too long. Use at most { $max } characters.
common-unreadable = We could not read your answers, so we started again. If you saved your answers, you can load them below.
common-form_too_big = This form had more in it than this step sends, so nothing from it was saved. Your earlier answers are kept. Please try this step again.
common-court_required = Choose the kind of court, or "I'm not sure".

## start
start-heading = Check your record
start-lead =
    We will ask about each arrest, charge or case on your record, one question at a time. Then you will see, charge by charge, whether you may be able to ask a court to expunge it (clear it from public records).

    It takes about 5 minutes for each charge. Papers from the court help: the charging paper, and the order that ended the case. If you do not have them, the court clerk can tell you what they say.

    This site keeps none of your answers. They stay in this page until you close it. To come back later, use "Save my answers" to keep a file on your own device.
start-button = Start

## load
load-heading = Continue from saved answers
load-lead = If you saved your answers before, choose the file here.
load-label = Your saved answers file
load-button = Continue from saved answers
load-not_saved_file = This file is not a saved answers file from this site. Choose the file you saved with "Save my answers".
load-damaged = This saved answers file is damaged, so we could not read it. ({ $problem })
load-too_large = This file is too large to be a saved answers file.
load-choose_file = Choose your saved answers file, then press "Continue from saved answers".

## place
place-heading = Where was the court?
place-county_label = County
place-county_help = The county is on the court papers. It is where the court sits, not where you live.
place-county_unknown = Choose a county from the list.
place-city_label = City or town, for a municipal (city) court
place-city_help = The city or town whose court had the case, for example Jackson. Leave it empty for other courts.
place-city_required = Enter the city or town whose court had the case.
place-court_label = Kind of court

## details
details-heading = About the charge
details-lead = Your charging paper, sentencing order or dismissal order has these details. Only the charge's name is needed now; the rest helps when you fill in court papers.
details-copied = We filled in the case number, arrest date and agency from your last charge. Change them if this charge is different.
details-offence_label = What was the charge?
details-offence_help = As your papers write it, for example "petit larceny" or "possession of marijuana".
details-offence_required = Enter the charge's name, as your papers write it. For example: petit larceny.
details-statute_label = Code section (if you have it)
details-statute_help = A number like 97-17-43. It tells us exactly which law it was.
details-case_number_label = Case number (if you have it)
details-case_number_help = Also called the cause number or docket number.
details-arrest_date_label = Date of arrest (if you know it)
details-match_lead = Check the charge: we looked for "{ $name }" in our list of charges. Choose it below.
details-match_one = Is this the charge?
details-match_several = Which of these is the charge?
details-match_none = We could not find "{ $name }" in our list of charges.
details-match_help = Or change the name above, then press Continue.
details-match_general_hint = Choose this if your papers do not say which kind.
# { $number } is the offence number, 2 for a second offense.
details-match_number = ({ NUMBER($number, type: "ordinal") ->
        [one] { $number }st
        [two] { $number }nd
        [few] { $number }rd
       *[other] { $number }th
    } offense)
details-not_listed = It is not in the list
details-not_listed_hint = We will keep the name as you typed it and ask for its code section. A lawyer may need to look at this charge.
details-arrest_date_help = The arrest record or booking sheet shows it.
details-agency_label = Who arrested you (if you know)
details-agency_help = For example "Jackson Police Department" or "Hinds County Sheriff's Office".

# One of the questions in rules/ms/facts.toml.
## fact
fact-date_required = Enter the date, or choose "I don't know the date".
fact-bac_required = Enter the test result, like 0.09.
fact-answer_required = Choose an answer. If you do not know, choose "I'm not sure".
fact-section_required = Enter the code section, like 97-17-41, or choose "I can't find the code section".
fact-skip_date = I don't know the date
fact-skip_section = I can't find the code section
fact-month = Month
fact-day = Day
fact-year = Year
fact-date_hint = For example, 3 14 2021 for March 14, 2021.
fact-day_needed = The answer depends on the exact day. Please enter the day too, if you can find it.
fact-date_hint_rough = For example, 3 14 2021 for March 14, 2021. If you don't know the day, leave it empty. If you only know the year, give just the year.
fact-only_if = Answer this only if you chose "{ $answer }" above.

# A charge that goes somewhere other than an expungement petition.
## stop
stop-lead = You can still check your other charges.
stop-change = Change this charge
stop-remove = Remove this charge

## charges
charges-heading = { $n ->
        [one] You have listed 1 charge
       *[other] You have listed { $n } charges
    }
charges-none = You have not listed any charges
charges-lead = Add every arrest, charge or case on your record, even ones that were dismissed. Each charge gets its own answer.
charges-not_finished = Charge not finished
charges-case_number = Case number { $number }
charges-done = I have listed every charge
charges-add_same_court = Add a charge from the same court
charges-add_other_court = Add a charge from another court
charges-add_first = Add a charge
charges-too_many = You can list up to { $max } charges here. For a longer record, talk to a lawyer or a legal aid clinic.

## review
review-heading = Check your answers
review-lead = Look over your answers. Use "Change" to fix anything. Then see your results.
review-see_results = See my results
review-court = Court
review-charge = Charge
review-statute = Code section
review-case_number = Case number
review-arrest_date = Date of arrest
review-agency = Who arrested you

## results
results-heading = Your results
results-lead = Here is what Mississippi law may allow for each charge, and why. This is not legal advice: a judge decides every petition.
results-get_papers = Get my court papers
results-change_answers = Change my answers
results-in_short = In short
results-checked = Checked for a petition filed on { $date }, with rules { $version }.
results-next_heading = What to do next
results-next_steps = For each charge you may be able to expunge now, you file a petition with the court named on its card.{" "}
results-after_you_file = Read what happens after you file
results-bring_heading = What to bring
results-bring_lead = For the charges you may file for, bring these papers to the clerk. Each is listed once.

# "In short": each charge's line ends with its result in a few words.
## results.summary
results-summary-eligible = you may file now
results-summary-eligible_after = you may file from { $date }
results-summary-needs_attorney_review = talk to a lawyer
results-summary-needs_more_information = we need a few more answers
results-summary-not_eligible = cannot be cleared
# A charge the law bars for now: a sentence or program not finished, fines unpaid, a case still open.
results-summary-not_yet = not yet: see why

# The result card of each charge.
## card
card-route = The law that applies:{" "}
card-why = Why
card-good_to_know = Good to know
card-find_out = What to find out
card-still_need = We still need to know { $about }.
card-not_sure = You were not sure { $about }.
card-if_you_file = If you file
card-where_to_file = Where to file
card-fee = Fee
card-who_gets_copy = Who gets a copy
card-what_to_bring = What to bring
card-other_ways = Other ways
card-also_applies = { $route } ({ $citation }) may also apply.
# A charge the law does not allow to be expunged: no to-do list, but what else there is.
card-cannot_headline = Mississippi law does not allow this charge to be expunged.
card-else_heading = What else you can do
card-else_help = A lawyer can look at your whole record and tell you about other ways to get help.{" "}
card-else_help_link = Find free legal help
card-else_pardon = You can ask the Governor for a pardon. A pardon is forgiveness from the State. It does not by itself clear (expunge) the record.
card-else_firearms = For a felony, you can ask the court that convicted you for a "certificate of rehabilitation" (§ 97-37-5(3)). It can give back your right to have a gun. It does not expunge the record.
# The footnote under the results: how sure the marked reasons are.
card-notes_heading = Notes
card-how_sure_secondary = From a trusted source that explains the law, such as a court office or a lawyer's guide. It is not the words of the law itself.
card-how_sure_inferred = Our own reading of the law. A lawyer should confirm it.

# The person's details for the papers.
## person
person-heading = Your details for the court papers
person-lead = The papers need your name and a way for the court to reach you. We print what you type on your papers and keep none of it.
person-button = See my papers
person-full_name_label = Your full legal name
person-full_name_help = As it should appear on the papers.
person-full_name_required = Enter your full name. The court needs it on the papers.
person-other_names_label = Other names you were arrested under (if any)
person-other_names_help = For example a maiden name. Put a semicolon (;) between names.
person-other_names_too_long = Each name can have at most { $max } characters. Put a semicolon (;) between names.
person-other_names_too_many = List at most 10 other names.
person-birth_date_label = Your date of birth (if you want it on the papers)
person-birth_date_help = It helps the clerk and the agencies find the right record. Only the year goes on the public petition; the full date goes on a confidential sheet for the clerk.
person-birth_date_future = This date is in the future. Enter your date of birth.
person-address_label = Your mailing address
person-address_help = Where the court can send you mail.
person-phone_label = Your phone number
person-phone_invalid = Enter a phone number with its area code, like 601-555-0142.
person-email_label = Your email address (if you have one)
person-email_invalid = Enter an email address like name@example.com, or leave it blank.
person-case_number_label = Case number for charge { $n }: { $name } (if you have it)
person-case_number_help = Also called the cause number. If you leave it blank, the papers have a line for the clerk to fill in.
person-cannot_pay_label = Are you unable to pay the court's filing fee?
person-cannot_pay_help = If you answer yes, your papers add a pauper's affidavit (an oath that you cannot pay). The clerk may or may not accept it for the expungement fee: ask the clerk.
person-rehabilitation_label = In your own words: what have you done since the conviction? (if you want it typed on the petition)
person-rehabilitation_help = The judge must find that you are rehabilitated. Say, briefly and truthfully, what you have done since: work, school or training, family, treatment or recovery, church or community service, time without any arrest. Bring letters and certificates that show it. If you leave this blank, the petition has lines to write it by hand.
person-dui_justification_label = In your own words: why should the court expunge your DUI? (if you want it typed on the petition)
person-dui_justification_help = The law asks for a justification. Say, briefly and truthfully, what you have done since, what the conviction keeps you from (a job, a license, housing), and why it will not happen again. If you leave this blank, the petition has lines to write it by hand.
person-facts_needed = Your papers state these facts as true, so we need your answers first. Answer only what you know; if you are not sure, choose "I'm not sure" and talk to a lawyer.
person-about_charge = Charge { $n } ({ $name }):

## papers
papers-heading = Review your papers
papers-lead = Read every word before you download. These are the papers you will sign and file: the filing instructions first, then a petition and a proposed order for each court. If a fact is wrong, change your answers.
papers-change_details = Change my details
papers-back_to_results = Back to my results
papers-download = Download my papers (PDF)
papers-nothing_to_file = No charge may be expunged now, so there are no papers to draw. Your results give the dates and reasons.
papers-did_not_check = We could not draw your papers: they did not check out. This is our mistake. Please try again later, or ask a legal-aid clinic for help.
papers-answer_questions = Answer the questions
papers-missing_facts = Your papers state facts about you, and a few of them have not been answered yet. Answer them on your details page, then see your papers.
# Why the download gave no PDF.
papers-nothing_drawn = No charge may be expunged now, so there are no papers to make. Your results give the dates and reasons.
papers-too_large = These papers would go to more than 20 courts, more than we make at once. Save your answers, remove the charges of some courts, download those papers, then load your answers again for the rest. A legal aid clinic can also help.
papers-busy = Many people are making their papers right now. Wait a few seconds, then try again. Your answers are kept.
papers-failed = The papers could not be made. This is our mistake; please report it.

## start_over
start_over-heading = Start over?
start_over-lead = { $n ->
        [one] This clears every answer you have given. You cannot get them back.
       *[other] This clears every answer you have given, for all { $n } charges. You cannot get them back.
    }
start_over-save_first = If you may want them later, press "Save my answers" first. It keeps a file on your own device.
start_over-keep = No, keep my answers
start_over-clear = Yes, clear my answers

# The calendar file (.ics) for a date a charge may be cleared from, offered on the
# results. A person may keep it in a calendar that others can see or that is kept
# online: these words must never name the charge, the offence, the court or the case.
## calendar
calendar-add = Add { $date } to my calendar
calendar-add_all = { $n ->
        [2] Add both dates to my calendar
       *[other] Add all { $n } dates to my calendar
    }
calendar-summary = You may be able to clear a record
# The address of this site's questions ends the text, so no full stop follows it.
calendar-description = From { $date }, you may be able to ask a court to clear a record. This is not legal advice. The law or your answers may have changed, so check again before you file: { $site }
calendar-reminder = Tomorrow you may be able to ask a court to clear a record.
calendar-no_date = That charge has no date to add to a calendar. Your answers are kept.


# Around every page: the header, the footer, and the browser's title.
## site
site-name = Clear My Record Mississippi
site-description = Free help to find out whether your Mississippi criminal record can be expunged.
site-skip = Skip to main content
site-nav_label = Site
site-nav_check = Check your record
site-nav_learn = Learn
site-nav_help = Get help
site-nav_how = How this works
site-nav_privacy = Privacy
# Read by screen readers before the link to the other language.
site-language_label = Language
# Shown at the top of every page of a translation until a native speaker has checked it.
site-review_notice = This translation has not yet been checked by a native speaker. If something is unclear, the English pages say the same.
site-footer_advice = This site gives information, not legal advice. A court decides every petition.
site-footer_free = Free and open source. It keeps none of your answers.
site-rules_missing = The rules could not be loaded. Please reload the page.
site-title = { $title }: Clear My Record Mississippi

# The start page.
## home
home-title = Clear My Record Mississippi: free expungement help
home-heading = Find out if you can clear your Mississippi record
home-lead =
    Answer questions about each arrest, charge or conviction on your record. We tell you, charge by charge, whether Mississippi law may let a court expunge (clear) it. For a charge you can file now, we fill in the court papers.
home-start = Start now
home-need_heading = What you need
home-need_papers = Your court papers, if you have them: the charge, the court, the case number and the dates. You can start without them.
home-need_time = About 5 to 10 minutes for each charge.
home-promise_heading = Free and private
home-promise_free = It is free. No account, no sign-up.
home-promise_private = This site keeps none of your answers. You can save them to your own phone or computer.
home-promise_advice = It is not legal advice. A court decides every petition.{" "}
home-promise_help_link = Free legal help is there if you want it.
home-learn_link = Learn about the ways to clear a record in Mississippi

# The Learn pages.
## learn
learn-title = Learn about expungement
learn-heading = Learn about expungement
learn-lead = Short answers to common questions. They explain the law in plain words; they are not legal advice about your case.
learn-ways_heading = Ways to clear a record in Mississippi
learn-how_link = See the rules behind every answer, with the law they come from
learn-version = Rules version:{" "}
learn-check = Check your record
learn-law = The law:{" "}
learn-papers_heading = The papers
learn-disclaimer = This explains the law in general. It is not legal advice about your case. A judge decides each petition.

# "How this works": the rules behind every answer.
## how
how-title = How this works
how-heading = How this works
how-lead =
    Every answer on this site comes from the rules below. Each rule names the law it comes from and says how sure we are of it.

    When the law is not settled, we do not guess: we tell you to talk to a lawyer.
how-notes_in_english = The notes and sources on this page are in English.
how-sure = How sure:{" "}
how-primary = from the statute's text
how-secondary = from a trusted report on the law
how-inferred = our reading; a lawyer should confirm
how-verify = {" "}Based on a 2026 law we have not read in full; to be checked.
how-status_heading = About these rules
how-researched = Research current as of { $date }. The rules answer for petitions filed from { $from } on.
how-version = Rules version:{" "}
how-every_result = Every result shows the version it used.
how-routes_heading = Ways to clear a record
how-referral = We send this to a lawyer or another process.
how-must = The law says the court must grant it when the facts are shown.
how-may = The judge decides.
how-bring = Bring:{" "}
how-source = Source:{" "}
how-open_questions = Open questions for a lawyer:
how-times_heading = Waiting times, limits and fees
how-times_lead = When the legislature changes a number, the old one stays here with its dates. The number in force on the day you file is the one that counts.
how-filed_from = Petitions filed from { $date }
how-filed_between = Petitions filed { $from } to { $until }
how-years = { $value ->
        [one] { $value } year
       *[other] { $value } years
    }
how-months = { $value ->
        [one] { $value } month
       *[other] { $value } months
    }
how-days = { $value ->
        [one] { $value } day
       *[other] { $value } days
    }
how-below = below { $value }%
how-fee = ${ $amount } ({ $shares })
how-share = ${ $amount } to the { $to }
how-excluded_heading = Felonies that cannot be expunged
how-excluded_lead = Mississippi law leaves these felonies out of the one-felony expungement (Miss. Code Ann. § 99-19-71(2)(a)):
how-violence_heading = Crimes of violence
how-violence_lead = The law lists the crimes of violence of item (i) in { $citation }. A judge can also call another felony a crime of violence when giving the sentence.

# What the site keeps and what it logs.
## privacy
privacy-title = Privacy
privacy-heading = Privacy
privacy-lead = Your record is private. This site is built to keep it that way.
privacy-keep_heading = What we keep
privacy-keep =
    Nothing you type. The site does not save your answers, your name, your date of birth or your results. There are no accounts and no cookies.

    When you check your record, your answers travel inside the page itself. Each time you press a button, your browser sends them to the server, the server works out the next question, and sends them back. The server forgets them as soon as it has answered. It does not write them to a disk or a database.
privacy-papers_heading = Your court papers
privacy-papers = To make your court papers, you type your name and how the court can reach you. These travel in the page with your answers. When you press "Download my papers", the server draws the PDF, sends it to you, and forgets it. It keeps no copy of your papers or your details.
privacy-saving_heading = Saving your answers
privacy-saving =
    "Save my answers" downloads a small file to your own phone or computer. We do not keep a copy. Anyone who can open that file can read your answers, so keep it somewhere safe, and delete it when you no longer need it.

    "Continue from saved answers" reads the file and sends the answers back to you in the page; the server keeps nothing.

    A calendar file for a date on your results is made the same way, and not kept. It says only that you may be able to ask to clear a record from that date. It does not name your charge, the court or your case. Still, anyone who can see your calendar can read it.
privacy-log_heading = What the server writes down
privacy-log = For each page you open, the server writes one line in its log. It says what kind of request it was, the page address (never what you typed), if it worked, and how long it took. For example:
privacy-log_after = Nothing else about you is written down: not your answers, not your name, and not the date you chose.
privacy-others_heading = Other companies
privacy-others = This site loads nothing from any other company or website: no ads, no trackers, no fonts or scripts from elsewhere. Your browser does not tell other sites which page you came from.
privacy-device_heading = Your own device
privacy-device = If you print or save your results, that copy is yours to keep or delete. On a shared or library computer, press "Start over" and close the browser window when you are done, and delete any answers file you saved.

## not_found
not_found-title = Page not found
not_found-heading = We could not find that page
not_found-home = Go to the home page

# "Get help": free and low-cost legal help.
## help
help-title = Get free legal help
help-heading = Get free legal help
help-lead = You can ask for an expungement without a lawyer. But a lawyer can check your record, spot problems, and speak for you in court. These groups help people in Mississippi, many for free.
help-website = Website:{" "}
help-clinics_heading = Free expungement clinics
help-danger_heading = If you are in danger
help-clerk_heading = Talk to the court clerk
help-clerk = The circuit clerk's office in your county can tell you what your record shows, give you copies of your papers, and tell you the fee. Clerks cannot give legal advice, but they know the steps at their court.
help-sources = We list only contact details a source shows, with the date we checked it. Numbers and addresses can change: if one does not work, use the group's website.
help-phone = Phone:{" "}
help-address = Address:{" "}
help-source = Source:{" "}
help-checked = checked { $date }.

# Messages beside a field whose answer cannot be used.
## errors
errors-unknown_fact = This form asked about something this site does not know. Please start again.
errors-choose = Choose one of the answers.
errors-required = This is needed to go on.
errors-section_too_long = Keep the code section under 60 characters, like 97-17-41.
errors-section_shape = Enter the code section as numbers with dashes, like 97-17-41.
errors-bac = Enter the test result as a number, like 0.09.
errors-date = Enter a real date: the month, the day and the year, like 3 14 2021.
errors-day_without_month = Enter the month too, or leave the day empty.
errors-no_year = Enter the year, like 2021.
errors-day_needed = Enter the day too. If you can't find it, choose "I don't know the date".
errors-exact_day = The court papers need the exact day, month and year. Your court papers show it, or the court clerk can tell you.
errors-year = Enter the year with four digits, like 2021.
errors-future = This date is in the future. Enter a date on or before today.
errors-too_old = Enter a date after 1900.
# { $characters } lists the marks that cannot be printed, such as "☺".
errors-cannot_print = The court papers can only print letters A to Z (accents are fine, as in José or Nguyễn), numbers and marks like - or #. Write this as your court records write it, without { $characters }.
errors-hidden_character = This has a hidden character in it, such as a line break or a tab from copying and pasting. Type it again on one line.

# A short page of its own, for when the site cannot answer a request.
## fault
fault-title = { $heading } – Clear My Record Mississippi
fault-too_large_heading = This form is too large
fault-too_large = It was larger than any page of this site sends.
fault-slow_heading = This took too long to arrive
fault-slow = Your connection may be slow right now.
fault-busy_heading = The site is busy
fault-busy = Please wait a few seconds.
fault-ours_heading = Something went wrong
fault-ours = This is our mistake, not yours.
fault-go_back = Your answers are still on the page you came from: go back to it and try again. If this keeps happening,{" "}
fault-help_link = find free legal help

## Clinic mode: the pages a legal-aid clinic's staff use (not the public site).

clinic-title = { $title } – Clinic
clinic-brand = Clear My Record MS: Clinic
clinic-footer = Clinic mode. Matters are kept encrypted and deleted when their event's time is up.
clinic-nav_label = Clinic
clinic-nav_events = Events
clinic-nav_users = Accounts
clinic-nav_audit = Audit log
clinic-nav_account = Second step
clinic-signed_in_as = Signed in as { $name }.
clinic-sign_out = Sign out
clinic-back_home = Go to the clinic's events
clinic-forbidden_heading = Not open to your account
clinic-forbidden = Your account cannot open this page. If your work needs it, ask the person who set up the clinic's accounts.
clinic-stale_form_heading = Please send the form again
clinic-stale_form = This form is old or did not come from this page. Go back, reload the page, and send it again.
clinic-not_found_heading = Not found
clinic-not_found = There is nothing here. It may have been deleted when its time was up.
clinic-fault_heading = The clinic cannot work right now
clinic-fault = We cannot reach the clinic's records. Nothing you typed was saved. Wait a minute and try again.
clinic-sign_in_heading = Sign in
clinic-sign_in_lead = This part of the site is for clinic staff.
clinic-username = User name
clinic-password = Password
clinic-sign_in = Sign in
clinic-sign_in_missing = Type your user name and your password.
clinic-sign_in_wrong = The user name or the password is wrong.
clinic-sign_in_locked = Too many tries went wrong. Wait 15 minutes, then try again.
clinic-code_heading = Type the code from your app
clinic-code_label = Code
clinic-code_hint = The six numbers your phone app shows now.
clinic-code_submit = Go on
clinic-code_wrong = That code is wrong or too old. Type the code your app shows now.
clinic-enrol_heading = Set up the second step
clinic-enrol_required = Your account needs a second step to sign in. Set it up now.
clinic-enrol_replace = You already have an app set up. A new one takes its place.
clinic-enrol_step_app = Open an authenticator app on your phone.
clinic-enrol_step_scan = Scan this code with the app, or type the key below into it.
clinic-enrol_qr_alt = A square code for your authenticator app
clinic-enrol_secret = Key:
clinic-enrol_step_code = Type the code the app shows.
clinic-enrol_submit = Set up
clinic-events_heading = Events
clinic-no_events = There are no events for your account yet.
clinic-new_event_heading = New event
clinic-event_name = Name of the event
clinic-event_name_error = Give the event a name (at most 120 letters).
clinic-event_date = Date of the event
clinic-event_date_error = Give the date of the event.
clinic-event_county = County
clinic-event_county_error = Give the name of a Mississippi county, such as Hinds or DeSoto.
clinic-event_retention = Days to keep its matters after the event
clinic-event_retention_error = Give a number of days from 1 to 3650.
clinic-new_event_submit = Make the event
clinic-event_lead = { $date }, { $county } County. { $n ->
        [one] 1 matter.
       *[other] { $n } matters.
    } Matters are deleted { $days } days after the event, unless on hold.
clinic-staff_heading = Staff at this event
clinic-no_staff = No one yet.
clinic-assign_label = Add a person
clinic-assign_submit = Add
clinic-matter_person = Person
clinic-matter_status = Status
clinic-no_name = (no name yet)
clinic-held = on hold
clinic-new_matter_heading = New matter
clinic-new_matter_name = Full name of the person
clinic-new_matter_name_error = Give the person's name, or choose their saved answers file.
clinic-new_matter_file = Saved answers file (if they have one)
clinic-new_matter_file_hint = The file the public site saves. It fills in their answers.
clinic-new_matter_submit = Start the matter
clinic-file_too_large = The file is too large. It is not a saved answers file.
clinic-file_unreadable = We could not read this file. It is not a saved answers file, or it was changed.
clinic-matter_birth = Date of birth
clinic-charges_heading = Charges
clinic-notes = Notes
clinic-notes_too_long = The notes are too long. Keep them under 5000 letters.
clinic-save = Save
clinic-stale_save = Someone else saved this matter while you had it open. Your changes were not saved. They are still below. Check the matter, then save again.
clinic-back_to_event = Back to the event
clinic-status_intake = Intake
clinic-status_needs_review = Needs review
clinic-status_ready = Ready
clinic-status_papers_printed = Papers printed
clinic-status_filed = Filed
clinic-status_granted = Granted
clinic-status_denied = Denied
clinic-status_withdrawn = Withdrawn
clinic-hold_heading = Keep past the deletion date
clinic-hold_on = Kept past the deletion date: { $reason }
clinic-hold_off = Not kept longer. It will be deleted when the event's time is up.
clinic-hold_reason = Why keep it longer
clinic-hold_reason_error = Say why the matter must be kept (at most 500 letters).
clinic-hold_place = Keep it longer
clinic-hold_release = Let it be deleted on time
clinic-users_heading = Accounts
clinic-display_name = Full name
clinic-display_name_error = Give the person's name (at most 120 letters).
clinic-role = Role
clinic-role_admin = Admin
clinic-role_attorney = Attorney
clinic-role_volunteer = Volunteer
clinic-second_factor = Second step set up
clinic-bar_number = Bar number (attorneys)
clinic-bar_number_error = The bar number is too long.
clinic-yes = Yes
clinic-no = No
clinic-new_user_heading = New account
clinic-new_password = Password for the account
clinic-password_short = Use at least { $n } letters, numbers or signs.
clinic-password_long = The password is too long.
clinic-username_error = Give a user name with no spaces (at most 60 letters).
clinic-username_taken = Another account has this user name.
clinic-new_user_submit = Make the account
clinic-audit_heading = Audit log
clinic-audit_lead = Who did what, and when. It never shows a person's details.
clinic-audit_when = When
clinic-audit_who = Who
clinic-audit_what = What
clinic-audit_matter = Matter
clinic-audit_event = Event
clinic-audit_older = Older entries
clinic-nav_queue = Review queue
clinic-intake_heading = Questionnaire
clinic-intake_lead = Go through the questions with the person. Each step is saved when you go on.
clinic-intake_start = Go through each arrest, charge or case on the person's record, one question at a time. Each step is saved to this matter when you go on. It is kept encrypted, and deleted with the event's other matters when their time is up.
clinic-status_notes_heading = Status and notes
clinic-intake_open = Start the questionnaire
clinic-intake_continue = Go on with the questionnaire
clinic-intake_stale = Someone else saved this matter while you were on this step, so your answers on it were not saved. This is the step as it is saved now. Check it, then answer again.
clinic-reopened = The answers changed after the lawyer signed off, and a result changed with them. A lawyer needs to look again.
clinic-back_to_matter = Back to the matter
clinic-rules_version = Checked with the rules of { $version }.
clinic-no_answers = The questionnaire has not been started.
clinic-review_heading = Lawyer's review
clinic-review_not_needed = No lawyer's review is needed so far.
clinic-review_waiting = This matter waits for a lawyer's review. Its papers can be printed once a lawyer signs it off.
clinic-review_signed = Signed off by { $name }, bar number { $bar }, on { $date }.
clinic-flag_on = A lawyer's review was asked for: { $reason }
clinic-flag_label = Why should a lawyer look at this matter?
clinic-flag_submit = Ask for a lawyer's review
clinic-flag_clear = End the request for review
clinic-flag_error = Say in a few words why a lawyer should look (at most 500 letters).
clinic-decision_legend = Charge { $n }: { $name }
clinic-choice_file = File it if the papers allow
clinic-choice_hold = Wait: do not file it now
clinic-choice_advise_against = Advise the person not to file it
clinic-decision_reason = Reason (needed to hold a charge or advise against it)
clinic-decision_reason_error = Give a reason to hold this charge or advise against it (at most 500 letters).
clinic-decision_held = Held by the lawyer: { $reason }
clinic-decision_advised_against = The lawyer advised against filing it: { $reason }
clinic-sign_off_lead = Only charges the questions find may be cleared now go on the papers. To settle an answer that was unsure, change it in the questionnaire first, then sign off.
clinic-sign_off_bar = Your bar number
clinic-sign_off_bar_error = Give your bar number to sign off (at most 30 letters).
clinic-sign_off_submit = Sign off the review
clinic-papers_wait = A lawyer must sign off this matter before its papers are printed.
clinic-queue_heading = Review queue
clinic-queue_lead = Matters waiting for a lawyer, the longest waiting first.
clinic-queue_empty = No matter is waiting for a lawyer's review.
clinic-queue_flagged = Review asked for
clinic-queue_needed = A charge needs a lawyer. The matter shows which one, and why.
clinic-queue_why = Why
clinic-next_page = Next page
clinic-previous_page = Previous page
clinic-pages_label = Pages
clinic-entry_open = Enter charges in a table
clinic-entry_heading = Enter charges from a record
clinic-entry_lead = Type one charge on each row, the way the background check lists it. Leave the court, county or city empty to use the row above. Leave the dates or "Arrested by" empty to use the row above too, but only for a charge of the same case (the same case number, or none). Next you answer only the questions the table leaves open.
clinic-entry_dates = Type dates like 3/14/2021. If you only know the month or the year, type 2021-03 or 2021.
clinic-entry_row_label = Row
clinic-entry_row = Row { $n }
clinic-entry_offence = Charge
clinic-entry_statute = Code section
clinic-entry_level = Felony or misdemeanor
clinic-entry_court = Court
clinic-entry_county = County
clinic-entry_city = City (city court only)
clinic-entry_case_number = Case number
clinic-entry_arrest_date = Arrest date
clinic-entry_agency = Arrested by
clinic-entry_outcome = How it ended
clinic-entry_disposition_date = Date it ended
clinic-entry_blank = (not given)
clinic-entry_more = Add more rows
clinic-entry_submit = Save and go on
clinic-entry_errors = Some rows need fixing, so nothing was saved. Each problem is shown beside its box.
clinic-entry_none = Type at least one charge.
clinic-entry_stale = Someone else saved this matter while you were typing, so the table was not saved. Your rows are still here. Check them against the matter, then save again.
clinic-import_open = Import a list
clinic-import_heading = Import people and charges
clinic-import_lead = Upload a CSV file saved from a spreadsheet, the same rows as JSON, or saved answers files from the public site. You can choose several files at once. If any file has a problem, nothing is imported, and every problem is listed.
clinic-import_template = Download the CSV template
clinic-import_columns_heading = The columns
clinic-import_columns_lead = One charge goes on each row. Rows with the same "person" are one person. Give the person's details on one of their rows; if you repeat them, they must match. Column names can be in any order, and empty columns can be left out. A JSON import is a list of objects with these names.
clinic-import_column = Column
clinic-import_means = What to type
clinic-import_values = Use one of: { $values }.
clinic-import_col_person = A short label that is the same on every row of one person, such as 1, 2, 3.
clinic-import_col_full_name = The person's full name, as the court papers should print it. Needed once for each person.
clinic-import_col_other_names = Other names the person has used, such as a maiden name. Put a semicolon (;) between names.
clinic-import_col_date_of_birth = Date of birth, like 3/14/1990.
clinic-import_col_address = Mailing address.
clinic-import_col_phone = Phone number.
clinic-import_col_email = Email address.
clinic-import_col_offence = The charge, as the record names it, such as petit larceny.
clinic-import_col_code_section = The code section, such as 97-17-43, if the record gives it.
clinic-import_col_level = Felony or misdemeanor.
clinic-import_col_court = The kind of court that had the case.
clinic-import_col_county = The county of the court, such as Hinds.
clinic-import_col_city = For a city (municipal) court, the city.
clinic-import_col_case_number = The court's case number.
clinic-import_col_arrest_date = The arrest date, like 3/14/2021, or 2021-03, or 2021.
clinic-import_col_arrested_by = The police department or sheriff's office that made the arrest.
clinic-import_col_outcome = How the case ended.
clinic-import_col_disposition_date = The date the case ended, like 3/14/2021.
clinic-import_files = Files to import
clinic-import_files_hint = CSV or JSON files, up to 8 MB in all.
clinic-import_submit = Import
clinic-import_failed_heading = Nothing was imported
clinic-import_failed_lead = Fix these problems in the files, then import them again.
clinic-import_file = File
clinic-import_row = Row
clinic-import_problem = Problem
clinic-import_none = Choose at least one file.
clinic-import_too_large = The files are too large. Import at most 8 MB at a time.
clinic-import_not_text = This file is not saved as plain text. In your spreadsheet, save it as "CSV UTF-8", then import it again.
clinic-import_unknown_file = This is not a CSV file, a JSON import or a saved answers file.
clinic-import_bad_line = This line cannot be read. Check it for a stray quotation mark or an extra comma.
clinic-import_unknown_column = This column is not one the import knows. Check its name against the template.
clinic-import_repeated_column = This column appears twice.
clinic-import_no_person_column = The file needs a "person" column, to say which rows belong to the same person.
clinic-import_person_missing = Say which person this row is about, in the "person" column.
clinic-import_differs = This is different from what row { $n } says for the same person.
clinic-import_too_many_charges = One person can have at most { $n } charges.
clinic-import_too_many_people = One import can hold at most { $n } people. Split the list into smaller files.
clinic-import_json_row = Each row of a JSON import must be an object of column names and values.
clinic-import_json_value = This must be text or a number.
clinic-import_empty = This file has no rows to import.
clinic-import_name_missing = Give this person's full name on one of their rows. The court papers need it.

# Reminders (issue 14, part 7): the people whose charges may be cleared soon. The
# calendar file and the e-mail are read by the person, and maybe by others who see
# their phone: they never name a charge, an offence, a court or a case.
clinic-nav_reminders = Reminders
clinic-reminders_heading = Reminders
clinic-reminders_lead = These people have a charge that may be cleared from a date still to come, or from a date that has come since their papers were printed. Give each person a calendar file, or send them an e-mail. Neither one names the charge.
clinic-reminders_days = Days ahead to show
clinic-reminders_days_error = Give a number of days from 1 to 366.
clinic-reminders_show = Show
clinic-reminders_come_heading = The date has come
clinic-reminders_come_lead = Their papers were not printed on or after this date.
clinic-reminders_coming_heading = { $n ->
        [one] In the next day
       *[other] In the next { $n } days
    }
clinic-reminders_none = No one.
clinic-reminders_date = Date
clinic-reminders_person = Person
clinic-reminders_event = Event
clinic-reminders_reminder = Reminder
clinic-reminders_sent = E-mail sent on { $date }
clinic-reminders_not_sent = No e-mail sent yet
clinic-reminders_calendar = Calendar file
clinic-reminders_mail = Send e-mail
clinic-reminders_mail_off = E-mail is not set up on this server, so no e-mail can be sent from here. Give each person their calendar file, or call them. The person who runs the server can set up e-mail.
clinic-reminders_more = Only the first { $n } are shown.
clinic-reminders_mail_done = The e-mail to { $name } was sent.
clinic-reminders_mail_twice = An e-mail to { $name } for this date was sent before. Nothing more was sent.
clinic-reminders_no_address = No e-mail address. Give them the calendar file, or call them.
clinic-reminders_mail_no_address = There is no e-mail address for { $name }. Give them the calendar file, or call them.
clinic-reminders_bad_address = We cannot send to the e-mail address of { $name }. Check it in the questionnaire, then try again.
clinic-reminders_mail_failed = The e-mail to { $name } could not be sent, so nothing was sent. Try again later, or call them.
clinic-reminders_no_date = This person has no date for a reminder now.
clinic-reminder_contact = the clinic that helped you
clinic-reminder_calendar = From { $date }, you may be able to ask a court to clear a record. This is not legal advice. Before you file, contact { $clinic }.
clinic-reminder_mail_subject = A date to clear a record
clinic-reminder_mail_coming =
    Hello,

    From { $date }, you may be able to ask a court to clear a record.

    This is not legal advice. Your answers or the law may change. Before you file, contact { $clinic }. We can help you with the next step.
clinic-reminder_mail_come =
    Hello,

    Since { $date }, you may be able to ask a court to clear a record.

    This is not legal advice. Your answers or the law may change. Before you file, contact { $clinic }. We can help you with the next step.
# Batch papers (issue 14, part 3): the printed cover sheet and stack divider (in
# English, like the court papers), the event page's print form, and the print job's page.
clinic-cover_title = Cover sheet
clinic-cover_name = Papers for { $name }
clinic-cover_event = Clinic: { $event }. Prepared on { $date }.
clinic-cover_court = For { $court }
clinic-cover_contents = What is in this packet
clinic-cover_instructions = How to file: the instructions, for { $name } to keep
clinic-cover_petition = The petition: { $cases }
clinic-cover_no_case_number = no case number given
clinic-cover_order = The proposed order, for the judge to sign
clinic-cover_identification = The identification sheet: fill it in by hand. The clerk keeps it out of the public file.
clinic-cover_pauper = The pauper's affidavit: a sworn statement that the person cannot pay the fee
clinic-cover_other_courts = { $name } also has papers for { $courts }. { $n ->
    [one] They are in that court's stack, behind a cover sheet of their own.
   *[other] They are in those courts' stacks, each behind a cover sheet of its own.
}
clinic-cover_where = Where and when to file
clinic-cover_where_text = At the office of the clerk of { $court }, as soon as you can. Call first and ask how they take expungement petitions. The papers are dated { $date }.
clinic-cover_where_each = At the office of the clerk of each court above, as soon as you can. Call first and ask how they take expungement petitions. The papers are dated { $date }.
clinic-cover_bring = What to bring
clinic-cover_bring_id = A photo ID, such as a driver's license or a state ID card.
clinic-cover_bring_pauper = If you cannot pay: the pauper's affidavit in this packet, signed in front of a notary. Ask the clerk first whether the court takes it.
clinic-cover_bring_copies = The papers to file, and two copies of each: one for the prosecutor and one for you to keep.
clinic-cover_left_out = Some charges are not in these papers. The instructions say why, and from when they may be filed.
clinic-cover_filed_on = Filed on
clinic-cover_filed_by = Filed by
clinic-cover_page = Cover sheet, page { $n } of { $total }
clinic-cover_stack_title = Stack for { $court }
clinic-cover_stack_lead = { $n ->
    [one] Papers for 1 person, behind a cover sheet:
   *[other] Papers for { $n } people, each behind a cover sheet, in this order:
}
clinic-cover_stack_item = { $name }: { $cases }
clinic-cover_stack_page = List of the stack, page { $n } of { $total }
clinic-batch_heading = Print papers for this event
clinic-batch_lead = One print job makes a cover sheet and the papers for each person, in a stack for each court, and a zip file with one PDF for each person. Anyone whose papers cannot print yet is left out and listed, with the reason.
clinic-batch_everyone = Everyone whose papers are not printed yet
clinic-batch_ticked = Only the people ticked in the list above
clinic-batch_tick = Print
clinic-batch_tick_label = Print papers for { $name }
clinic-batch_submit = Print papers
clinic-batch_none_ticked = Tick at least one person in the list, or choose everyone.
clinic-batch_none_waiting = No one at this event is waiting for papers. To print someone's papers again, tick them in the list.
clinic-batch_busy_heading = Papers are being drawn
clinic-batch_busy = Papers for this event are being drawn now. When they are done, you can start another print job.
clinic-batch_open = See the print job
clinic-batch_jobs = Print jobs (kept for 24 hours)
clinic-batch_job_running = Started { $time }: drawing, { $done } of { $total } people done
clinic-batch_job_done = Started { $time }: done, { $total } people
clinic-batch_job_failed = Started { $time }: stopped
clinic-batch_title = Papers for { $event }
clinic-batch_running = Drawing papers: { $done } of { $total } people done. This page updates itself every few seconds. You can leave it and come back.
clinic-batch_done = { $n ->
    [one] Done: papers for 1 person.
   *[other] Done: papers for { $n } people.
}
clinic-batch_failed = The papers could not be drawn, so nothing was printed. Start a new print job from the event's page.
clinic-batch_stack = All the papers, sorted by court (PDF)
clinic-batch_zip = One PDF for each person (zip file)
clinic-batch_kept = These files are deleted 24 hours after the print job started.
clinic-batch_left_out = Left out
clinic-batch_left_out_lead = These people's papers were not printed:
clinic-batch_none_left_out = No one was left out.
clinic-batch_why_review = A lawyer must sign off this matter first.
clinic-batch_why_missing = The papers' questions are not all answered yet.
clinic-batch_why_nothing = No charge can be filed now.
clinic-batch_why_failed = The papers could not be made. This is our mistake; please report it.
clinic-batch_why_gone = The matter was deleted.

## Tracking (issue 14, parts 4-6): what the court did, the tracking sheet, statistics.
clinic-outcomes_heading = What the court did
clinic-outcomes_lead = For each petition filed, write down what the court did. The matter's status follows what you save here.
clinic-outcomes_none = There are no papers to file yet, so there is nothing to write down.
clinic-outcome_charges = Charges: { $charges }
clinic-outcome_filed_on = Filed on
clinic-outcome_hearing_on = Hearing on
clinic-outcome_granted_on = Granted on
clinic-outcome_denied_on = Denied on
clinic-outcome_denied_reason = Why the court denied it
clinic-outcome_denied_reason_hint = If the order gives no reason, write that.
clinic-outcome_withdrawn_on = Withdrawn on
clinic-outcome_save = Save what the court did
clinic-outcome_errors = Some answers need a fix. Look at the fields marked below.
clinic-outcome_gone = The papers of this matter changed since you opened the page. Look at them again, then save.
clinic-outcome_date_error = Write the date like 2026-11-28.
clinic-outcome_future_error = This day has not come yet.
clinic-outcome_needs_filed_error = Write the day it was filed first.
clinic-outcome_before_filed_error = This is before the day it was filed.
clinic-outcome_both_error = A petition is granted or denied, not both.
clinic-outcome_reason_error = Write why the court denied it, in 500 letters or less.
clinic-outcome_reason_needs_denial = Write the day the court denied it, or leave the reason empty.
clinic-export_heading = Tracking sheet
clinic-export_lead = Get every matter of this event, one row for each charge, to load into a case system. Each time you get it, the audit log says so.
clinic-export_lead_admin = Get every matter of this event, one row for each charge, with no names, birth dates, case numbers or charges. Each time you get it, the audit log says so.
clinic-export_csv = Get it as CSV (for a spreadsheet)
clinic-export_json = Get it as JSON
clinic-nav_statistics = Numbers
clinic-stats_heading = Numbers for funders
clinic-stats_lead = These are counts only, with no names. They stay the same when matters are deleted.
clinic-stats_period = From { $from } to { $to }
clinic-stats_from = From
clinic-stats_to = To
clinic-stats_show = Show
clinic-stats_date_error = Write the date like 2026-11-28.
clinic-stats_order_error = The first day must not be after the last day.
clinic-stats_totals = In all
clinic-stats_people = People served
clinic-stats_charges = Charges checked
clinic-stats_filed = Petitions filed
clinic-stats_granted = Petitions granted
clinic-stats_denied = Petitions denied
clinic-stats_withdrawn = Petitions taken back
clinic-stats_by_outcome = Charges by result
clinic-stats_by_route = Charges by the law that may clear them
clinic-stats_by_county = Charges by county
clinic-stats_by_court = Charges by court
clinic-stats_by_event = People by event
clinic-stats_chart_desc = A bar for each line: { $charges }.
clinic-stats_column_what = What
clinic-stats_column_number = Number
clinic-stats_none = Nothing was counted in these days.
clinic-stats_download = Get these numbers as CSV
clinic-result_eligible = May file now
clinic-result_eligible_after = May file later
clinic-result_not_eligible = Cannot be cleared now
clinic-result_needs_attorney_review = A lawyer should look
clinic-result_needs_more_information = More answers needed
clinic-result_not_assessed = Not checked yet
clinic-not_given = Not given
clinic-no_route = No law found yet
clinic-import_col_pending_charges = Does the person have any charge still open, in any court?
clinic-import_col_other_convictions = Does the person have any conviction not listed, in any court or state? Traffic tickets do not count.
clinic-import_col_prior_misdemeanor_expunction = Has a court cleared one of their misdemeanors before?
clinic-import_col_prior_felony_expunction = Has a court cleared one of their felonies before?
clinic-import_too_many_rows = One file can hold at most { $n } rows. Split the list into smaller files.
clinic-entry_carried = This box was empty, so it took “{ $values }” from the row above.
clinic-intake_person_lead = The papers need the person's name and a way for the court to reach them. What you type is saved to this matter, encrypted, and printed on their papers.
clinic-intake_unfit = Some answers here do not fit together. This step was not saved. { $problem } Fix them in the table of charges, or on the screen that asks them.
clinic-outcomes_keep_charges = A court outcome is recorded for this matter, so no charge can be removed: outcomes are kept by each charge's place in the list. To change the charges, first clear the outcomes on the matter's page.
clinic-import_already_in = { $name } is in this event already, or twice in these files. Import each person once. To add charges to someone already here, open their matter.
clinic-import_done_notice = { $n ->
    [one] 1 person was imported. They are in the list below, with what they need next.
   *[other] { $n } people were imported. They are in the list below, with what they need next.
}
clinic-status_help = The status follows the lawyer's review, the papers printed and what the court did. Choose "Withdrawn" if the person does not go on.
clinic-status_by_hand = The status follows the lawyer's review, the papers printed and what the court did. You may only mark the matter withdrawn, or take a withdrawn matter back.
clinic-batch_why_questions = The questions are not finished: some charges need more answers before they can be checked.
clinic-papers_questions_open = The questions are not finished: some charges need more answers before they can be checked. Go on with the questions first.
clinic-event_date_past = With this date, the event's matters would be deleted at once: more than { $n } days have passed since it. Check the year.
clinic-event_date_far = This date is more than a year away. Check the year.
clinic-entry_date_error = Type a real date, like 3/14/2021, or only the month (2021-03) or the year (2021).
clinic-entry_county_error = Type the name of a Mississippi county, such as Hinds or DeSoto.
clinic-bar_number_needed = Give the attorney's bar number. It is printed with their sign-off.
clinic-bar_number_not_attorney = Only an attorney's account has a bar number. Leave it empty, or choose the attorney role.
