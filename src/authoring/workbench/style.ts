// The workbench's stylesheet: a desktop tool at 1280 px, text on the left, what to review on the right.
export const CSS = `
:root{--ink:#1b1f24;--muted:#5b6470;--line:#d5d9de;--obs:#cfe8d4;--target:#d6e4f7;--draft:#ffe6a6;--unacc:#f8c9c4;--ns:#e8e8e8;--err:#a3211a;font:15px/1.6 "Noto Sans CJK SC","Noto Sans SC",system-ui,sans-serif;color:var(--ink)}
body{margin:0}
header{padding:.6rem 1rem;border-bottom:1px solid var(--line);display:flex;gap:1.5rem;align-items:baseline}
header h1{font-size:1.15rem;margin:0}
.en{color:var(--muted);font-size:.85em;margin-left:.3em}
main.doc{display:grid;grid-template-columns:minmax(0,1fr) 560px;gap:0;height:calc(100vh - 3.2rem)}
#text{overflow:auto;padding:1rem 1.5rem;white-space:pre-wrap;border-right:1px solid var(--line)}
#panel{overflow:auto;padding:.5rem 1rem 4rem}
a.m,span.m{border-radius:3px;padding:0 2px;color:inherit;text-decoration:none}
a.m.reviewed{background:var(--obs)}
a.m[href^="#tasks-"]{background:var(--target)}
a.m.draft{background:var(--draft);outline:1px dashed #b38600}
span.m-muted{background:var(--ns)}
span.m.unaccounted{background:var(--unacc)}
a.m:focus{outline:3px solid #1a5fb4}
.legend span{padding:0 .4em;margin-right:.5em;border-radius:3px}
.l-obs{background:var(--obs)}.l-target{background:var(--target)}.l-draft{background:var(--draft)}.l-ns{background:var(--ns)}.l-unacc{background:var(--unacc)}
section{margin:1rem 0}
section>h2{font-size:1rem;margin:.3rem 0;border-bottom:1px solid var(--line)}
.card{border:1px solid var(--line);border-radius:6px;padding:.5rem .7rem;margin:.5rem 0;background:#fff}
.card.is-draft{border-left:4px solid #e0a800}
.card:target{box-shadow:0 0 0 3px #1a5fb4}
.card .err,.errors li{color:var(--err)}
form.op{display:grid;grid-template-columns:1fr 1fr;gap:.3rem .6rem;margin:.3rem 0}
form.op label{display:flex;flex-direction:column;font-size:.85rem}
form.op label{min-width:0}
form.op .wide,form.op label:has(>textarea),form.op label:has(>input.wide),form.op label:has(>input[type=file]){grid-column:1/-1}
form.op input:not([type=checkbox]):not([type=hidden]),form.op select,form.op textarea{width:100%;box-sizing:border-box}
form.op .actions{grid-column:1/-1;display:flex;gap:.4rem;flex-wrap:wrap}
input,textarea,select,button{font:inherit;font-size:.9rem}
button{cursor:pointer;border:1px solid #8a939d;border-radius:4px;background:#f4f6f8;padding:.15rem .6rem}
button.primary{background:#1a5fb4;color:#fff;border-color:#1a5fb4}
button.primary .en{color:#dbe6f5}
button:focus-visible,input:focus-visible,textarea:focus-visible,select:focus-visible{outline:3px solid #1a5fb4;outline-offset:1px}
.msg{grid-column:1/-1;margin:0;color:var(--err);font-size:.85rem}
.msg:empty{display:none}
form.op.inline{display:inline-block;margin:.2rem .4rem .2rem 0}
form.op label.check{flex-direction:row;align-items:center;gap:.3rem}
form.op .more{border-top:1px dotted var(--line);padding-top:.2rem}
form.op .more .grid{display:grid;grid-template-columns:1fr 1fr;gap:.3rem .6rem}
details>summary{cursor:pointer;font-weight:600;margin:.3rem 0}
details.group{border:1px solid var(--line);border-radius:6px;padding:.2rem .6rem;margin:.4rem 0}
details.group>summary{font-weight:400}
.card details summary{font-weight:400;font-size:.9rem}
.cands p{margin:0}.cands ol{margin:.1rem 0;padding-left:1.4rem}.cands li{margin:.15rem 0}
.cands button{margin:.1rem 0}.cands .cand-id{font-size:.8rem;color:var(--muted);white-space:nowrap}.cands .def{font-size:.8rem;color:var(--muted)}
.hint{color:var(--muted);font-size:.9rem}
.todo-list{margin:0;padding:.2rem .4rem;background:var(--draft);border-radius:4px}
form.op input.todo{background:#fff7dc;border:1px dashed #b38600}
pre.diff{max-height:18rem;overflow:auto;background:#f6f7f8;color:var(--ink);padding:.4rem;font-size:.8rem;white-space:pre-wrap}
pre.diff .del{background:#fbe0de}pre.diff .ins{background:#dcf2e0}pre.diff .gap{color:var(--muted)}
main.start{padding:1rem;max-width:72rem}
main.start form.op{max-width:48rem}
.quote{background:#f6f7f8;padding:.2rem .4rem;border-radius:4px}
table{border-collapse:collapse}td,th{border-bottom:1px solid var(--line);padding:.3rem .6rem;text-align:left}
#status{font-size:.85rem;color:var(--muted)}
`;
