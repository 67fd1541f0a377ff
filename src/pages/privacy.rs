//! What the site keeps and what it logs. Keep this page true to the code: the
//! request log is `server::headers::log_request`, and nothing else is stored.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn Privacy() -> impl IntoView {
    view! {
        <Title text="Privacy: Clear My Record Mississippi"/>
        <h1>"Privacy"</h1>
        <p class="lead">"Your record is private. This site is built to keep it that way."</p>
        <h2>"What we keep"</h2>
        <p>"Nothing you type. The site does not save your answers, your name, your date of birth or your results. There are no accounts and no cookies."</p>
        <p>"When you check your record, your answers travel inside the page itself. Each time you press a button, your browser sends them to the server, the server works out the next question, and sends them back. The server forgets them as soon as it has answered. It does not write them to a disk or a database."</p>
        <h2>"Your court papers"</h2>
        <p>"To make your court papers, you type your name and how the court can reach you. These travel in the page with your answers. When you press \"Download my papers\", the server draws the PDF, sends it to you, and forgets it. It keeps no copy of your papers or your details."</p>
        <h2>"Saving your answers"</h2>
        <p>"\"Save my answers\" downloads a small file to your own phone or computer. We do not keep a copy. Anyone who can open that file can read your answers, so keep it somewhere safe, and delete it when you no longer need it. \"Continue from saved answers\" reads the file and sends the answers back to you in the page; the server keeps nothing."</p>
        <h2>"What the server writes down"</h2>
        <p>"For each page or request, the server writes one line in its log: the kind of request, the page address (never what you typed), whether it worked, and how long it took. For example:"</p>
        <p><code>"POST /check 200 2.1ms"</code></p>
        <p>"Nothing else about you is written down: not your answers, not your name, and not the date you chose."</p>
        <h2>"Other companies"</h2>
        <p>"This site loads nothing from any other company or website: no ads, no trackers, no fonts or scripts from elsewhere. Your browser does not tell other sites which page you came from."</p>
        <h2>"Your own device"</h2>
        <p>"If you print or save your results, that copy is yours to keep or delete. On a shared or library computer, press \"Start over\" and close the browser window when you are done, and delete any answers file you saved."</p>
    }
}
