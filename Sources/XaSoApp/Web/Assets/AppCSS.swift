import XaSoCore

/// The whole stylesheet: small, no framework, readable on a commune PC, a phone and on paper.
enum AppCSS {
    static let text: String = base + verdicts + responsive + print

    private static let base = """
    *,*::before,*::after{box-sizing:border-box}
    html{font-size:100%;-webkit-text-size-adjust:100%}
    body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:\(Palette.ink);background:#f5f7fa;line-height:1.5}
    a{color:\(Palette.accent)}
    a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible,.table-wrap:focus-visible,main:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
    .skip{position:absolute;left:-9999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
    .skip:focus{left:.5rem}
    .top{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;background:#0b3a6b;color:#fff;padding:.6rem 1rem}
    .top a{color:#fff}
    .brand{font-weight:700;text-decoration:none;font-size:1.1rem}
    .top nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
    .top nav a{text-decoration:none;padding:.25rem 0;border-bottom:2px solid transparent}
    .top nav a[aria-current=page],.top nav a:hover{border-bottom-color:#fff}
    .user{margin-left:auto;display:flex;gap:.75rem;align-items:center;font-size:.9rem}
    button.link{background:none;border:1px solid #fff;color:#fff;padding:.2rem .6rem;border-radius:3px;cursor:pointer;font:inherit}
    main{max-width:1200px;margin:0 auto;padding:1rem}
    h1{font-size:1.5rem;margin:.5rem 0 1rem}
    h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
    h3{font-size:1rem;margin:1rem 0 .5rem}
    .foot{max-width:1200px;margin:2rem auto 1rem;padding:0 1rem;color:#5a6470;font-size:.85rem}
    .card{background:#fff;border:1px solid #d8dee5;border-radius:6px;padding:1rem;margin:0 0 1rem}
    .notice{background:#e4f3e5;border-left:4px solid #1b7a34;padding:.5rem .75rem}
    .error{background:#fbdedb;border-left:4px solid #c62828;padding:.5rem .75rem;color:#7f1710}
    .muted{color:#5a6470}
    .inline{display:inline}
    .table-wrap{overflow-x:auto;background:#fff;border:1px solid #d8dee5;border-radius:6px;margin:0 0 1rem}
    table{border-collapse:collapse;width:100%;font-size:.92rem}
    caption{text-align:left;font-weight:600;padding:.5rem .6rem}
    th,td{padding:.4rem .6rem;border-bottom:1px solid #e3e8ee;text-align:left;vertical-align:top}
    thead th{background:#eef2f6;white-space:nowrap}
    td.num,th.num{text-align:right;white-space:nowrap}
    tbody tr:hover{background:#f7f9fb}
    th a{color:inherit}
    form.picker{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:0 0 1rem}
    label{font-weight:600}
    input[type=text],input[type=password],input[type=search],input[type=file],select,textarea{font:inherit;padding:.35rem .5rem;border:1px solid #8a96a3;border-radius:4px;background:#fff;color:inherit;max-width:100%}
    textarea{width:100%}
    fieldset{border:1px solid #c5ced8;border-radius:6px;margin:0 0 1rem;padding:.5rem 1rem;min-width:0}
    progress{width:100%;max-width:30rem;margin:.5rem 0 0}
    progress[hidden]{display:none}
    legend{font-weight:600;padding:0 .25rem}
    .report-preview{display:block;width:100%;height:80vh;border:1px solid #c5ced8;background:#e8e8e8}
    button,.button{font:inherit;padding:.4rem .9rem;border-radius:4px;border:1px solid \(Palette.accent);background:\(Palette.accent);color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
    button.secondary{background:#fff;color:\(Palette.accent)}
    button.danger{background:#fff;color:#a3211a;border-color:#a3211a}
    .actions{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
    .field{display:flex;flex-direction:column;gap:.25rem;margin:0 0 .75rem}
    .field-error{color:#a3211a;font-size:.9rem;margin:0}
    [aria-invalid=true]{border-color:#c62828;border-width:2px}
    .summary{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 1rem;padding:0;list-style:none}
    .summary li{flex:1 1 9rem;border-radius:6px;padding:.5rem .75rem;border:1px solid #d8dee5}
    .summary .n{display:block;font-size:1.6rem;font-weight:700}
    figure svg{max-width:100%;height:auto}
    figure{margin:0 0 1rem}
    figcaption{font-size:.9rem;color:#5a6470}
    .entry-row{display:grid;grid-template-columns:minmax(0,2fr) minmax(7rem,10rem) minmax(0,2fr) auto;gap:.5rem 1rem;padding:.75rem;border-bottom:1px solid #e3e8ee;align-items:start}
    .entry-row:last-child{border-bottom:0}
    .entry-row .what{margin:0}
    .entry-row .what small{display:block;color:#5a6470;font-weight:400}
    .entry-head{font-weight:600;background:#eef2f6}
    .issues li{margin:.25rem 0}
    dl.def{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
    dl.def dt{font-weight:600}
    dl.def dd{margin:0}
    .state{font-size:.85rem;white-space:nowrap}
    .s-submitted{color:#6a4a00}
    .s-approved{color:#1a5423}
    .s-returned{color:#7f1710;font-weight:600}
    .trend-improved{color:#1a5423}
    .trend-worsened{color:#7f1710}
    .review-actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-start}
    .review-actions textarea{min-width:12rem}
    .filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:0 0 1rem}
    .filters .check{font-weight:400}
    #communes tbody th{white-space:nowrap;position:sticky;left:0;background:#fff}
    #communes thead th{white-space:normal;vertical-align:bottom}
    .sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
    """

    private static var verdicts: String {
        Verdict.allCases.map {
            ".v-\($0.rawValue){background:\(Palette.background($0));color:\(Palette.text($0));border:1px \($0 == .noData ? "dashed" : "solid") \(Palette.fill($0))}"
        }.joined(separator: "\n") + "\n.badge{display:inline-block;padding:.1rem .5rem;border-radius:3px;font-size:.85rem;white-space:nowrap}\n"
    }

    private static let responsive = """
    @media (max-width:720px){
    .top{padding:.5rem .75rem}
    .user{margin-left:0;width:100%;justify-content:space-between}
    main{padding:.75rem}
    h1{font-size:1.25rem}
    .entry-row{grid-template-columns:1fr}
    .entry-head{display:none}
    table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
    table.stack tr{display:block;padding:.5rem .6rem;border-bottom:1px solid #e3e8ee}
    table.stack td{display:flex;gap:.5rem;border:0;padding:.1rem 0;text-align:left;white-space:normal}
    table.stack td[data-label]::before{content:attr(data-label);font-weight:600;flex:0 0 6.5rem}
    table.stack td.lead{display:block;font-weight:600;padding-bottom:.25rem}
    table.stack td.tt,table.stack td.opt{display:none}
    .summary li{flex-basis:42%}
    dl.def{grid-template-columns:1fr}
    th,td{padding:.35rem .45rem}
    }

    """

    private static let print = """
    @media print{
    body{background:#fff;font-size:11pt}
    .top nav,.user,.skip,form.picker,.filters,.actions,.no-print,button{display:none!important}
    .top{background:#fff;color:#000;padding:0}
    .top a{color:#000}
    .table-wrap{overflow:visible;border:0}
    .card{border:0;padding:0}
    a{color:#000;text-decoration:none}
    .badge{border-width:1px}
    tr,figure{break-inside:avoid}
    }

    """
}
