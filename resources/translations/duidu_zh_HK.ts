<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_HK">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/about.py" line="82" />
        <source>About Duidu</source>
        <translation>關於對讀</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/about.py" line="83" />
        <source>Version {0}</source>
        <translation>版本 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/about.py" line="84" />
        <source>Read Chinese-language articles side by side, offline.</source>
        <translation>離線對照閲讀中文文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/about.py" line="85" />
        <source>Licence: {0}</source>
        <translation>許可證：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/about.py" line="86" />
        <source>&amp;Copy Versions</source>
        <translation>複製版本信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ArticleInfoDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="25" />
        <source>Article Info — {0}</source>
        <translation>文章信息 — {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="30" />
        <source>YYYY-MM-DD</source>
        <translation>年-月-日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="35" />
        <source>Detected from the text</source>
        <translation>按正文自動識別</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="36" />
        <source>简体 (Simplified)</source>
        <translation>簡體</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="37" />
        <source>繁體 (Traditional)</source>
        <translation>繁體</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="40" />
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="40" />
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="41" />
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="41" />
        <source>Publication date</source>
        <translation>發佈日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="42" />
        <source>&amp;Outlet:</source>
        <translation>媒體(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="42" />
        <source>Outlet or site</source>
        <translation>媒體或網站</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="43" />
        <source>&amp;Script:</source>
        <translation>文字(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="43" />
        <source>Script of the original</source>
        <translation>原文所用文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="49" />
        <source>Imported from:</source>
        <translation>導入自：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="51" />
        <source>Imported at:</source>
        <translation>導入時間：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="56" />
        <source>This article comes with Duidu and cannot be changed; the reader's own (imported) articles can.</source>
        <translation>這篇文章隨對讀附帶，不能修改；您自己導入的文章可以修改。</translation>
    </message>
</context>
<context>
    <name>ColorNames</name>
    <message>
        <location filename="../../reader/ui/color_names.py" line="12" />
        <source>Yellow</source>
        <translation>黃</translation>
    </message>
    <message>
        <location filename="../../reader/ui/color_names.py" line="13" />
        <source>Red</source>
        <translation>紅</translation>
    </message>
    <message>
        <location filename="../../reader/ui/color_names.py" line="14" />
        <source>Green</source>
        <translation>綠</translation>
    </message>
    <message>
        <location filename="../../reader/ui/color_names.py" line="15" />
        <source>Blue</source>
        <translation>藍</translation>
    </message>
    <message>
        <location filename="../../reader/ui/color_names.py" line="16" />
        <source>Purple</source>
        <translation>紫</translation>
    </message>
</context>
<context>
    <name>ColorNamesDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/highlight_dialog.py" line="157" />
        <source>Colour Names</source>
        <translation>顏色名稱</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/highlight_dialog.py" line="158" />
        <source>Name each highlight colour after what you mark with it, e.g. 重点 or 存疑. An empty name brings back the default.</source>
        <translation>按你用它標記的內容給每種高亮顏色命名，例如“重點”或“存疑”。名稱留空則恢復默認名稱。</translation>
    </message>
</context>
<context>
    <name>CompareMode</name>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="69" />
        <source>Open a second article beside this one to compare: Ctrl+click it in the library, or use the ⇄ button over the text</source>
        <translation>請在旁邊打開第二篇文章再對照：在文庫中按住 Ctrl 單擊它，或使用正文上方的 ⇄ 按鈕</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="98" />
        <source>Compare with {0}</source>
        <translation>與{0}對照</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="104" />
        <source>This Article Again, in {0}</source>
        <translation>本文的{0}版本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="108" />
        <source>Use as the Coverage Reference</source>
        <translation>用作覆蓋範圍的參照</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="120" />
        <source>Align This Passage With…</source>
        <translation>將此段落對齊到…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="123" />
        <source>Show the Nearest Passages</source>
        <translation>顯示最接近的段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="133" />
        <source>Sync points of this pane removed</source>
        <translation>已移除此窗格的同步點</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="149" />
        <source>Aligning the articles' passages… {0} of {1} pairs</source>
        <translation>正在對齊各文章的段落… 第 {0} 對，共 {1} 對</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="151" />
        <source>Passages aligned: click a passage to see what the others say</source>
        <translation>段落已對齊：單擊一個段落，查看其他文章在相應位置説了什麼</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="154" />
        <source>Parallel Passages</source>
        <translation>平行段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="179" />
        <source>{0} pairs: {1} ↔ {2}</source>
        <translation>{0} 對：{1} ↔ {2}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="212" />
        <source>Open two articles side by side to export their aligned passages</source>
        <translation>請並排打開兩篇文章，再導出它們對齊的段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="215" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="215" />
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="215" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="217" />
        <source>Export Aligned Passages</source>
        <translation>導出對齊的段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="230" />
        <source>Could not export: {0}</source>
        <translation>無法導出：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="232" />
        <source>Exported {0} aligned passages to {1}</source>
        <translation>已將 {0} 對對齊的段落導出到 {1}</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../reader/ui/panels/compare_panel.py" line="58" />
        <source>What changed (the same words in either script are not marked):</source>
        <translation>措辭差異（簡繁寫法相同的字不標出）：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/compare_panel.py" line="59" />
        <source>Export These Pairs…</source>
        <translation>導出這些段落對…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/compare_panel.py" line="60" />
        <source>Parallel passages</source>
        <translation>平行段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/compare_panel.py" line="61" />
        <source>What changed</source>
        <translation>改動之處</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/compare_panel.py" line="88" />
        <source>Compare two articles (View ▸ Compare Side by Side) to list their parallel passages here</source>
        <translation>對照兩篇文章（視圖 ▸ 並排對照），這裏會列出它們的平行段落</translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="40" />
        <source>Sync points are unavailable: {0}</source>
        <translation>同步點不可用：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="119" />
        <source>Could not align the articles: {0}</source>
        <translation>無法對齊這些文章：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="211" />
        <source>Not in {0}: no passage there shares enough of its words with the chosen one</source>
        <translation>不在{0}中：那裏沒有段落與所選段落有足夠多的共同字詞</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="209" />
        <source>Nothing in {0} shares words with the chosen passage</source>
        <translation>{0}中沒有與所選段落共同的字詞</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="218" />
        <source> (and {0} more)</source>
        <translation>（另有 {0} 處）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="219" />
        <source>Says the same: score {0:.2f}{1}</source>
        <translation>意思相同：相似度 {0:.2f}{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="221" />
        <source>The nearest in {0}: score {1:.2f}, below the threshold, so perhaps not the same</source>
        <translation>{0}中最接近的：相似度 {1:.2f}，低於閾值，未必意思相同</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="223" />
        <source> (locked: not moved)</source>
        <translation>（已鎖定：未移動）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="233" />
        <source>Turn on View ▸ Compare Side by Side (Ctrl+Shift+C) first</source>
        <translation>請先打開 視圖 ▸ 並排對照（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="235" />
        <source>Click the passage this one matches first, or press Esc</source>
        <translation>請先點擊與此段落對應的段落，或按 Esc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="237" />
        <source>Click a passage first</source>
        <translation>請先點擊一個段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="245" />
        <source>Sync points need a data folder</source>
        <translation>同步點需要數據文件夾</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="249" />
        <source>Click the passage in another pane that this one matches (Esc: cancel)</source>
        <translation>請單擊另一個窗格中與此段落對應的段落（Esc：取消）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="255" />
        <source>No sync point set</source>
        <translation>未設置同步點</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="270" />
        <source>Could not save the sync point: {0}</source>
        <translation>無法保存同步點：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="273" />
        <source>Sync point set: the alignment now runs through these two passages</source>
        <translation>已設置同步點：對齊現在經過這兩個段落</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="14" />
        <source>the query is too long ({0} characters; at most {1})</source>
        <translation>查詢太長（{0} 個字符，最多 {1} 個）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="15" />
        <source>topic:{0} — a topic id is letters, digits and '-', like topic:rl</source>
        <translation>topic:{0} — 主題編號由字母、數字和“-”組成，例如 topic:rl</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="16" />
        <source>the query has too many terms ({0}; at most {1})</source>
        <translation>查詢的詞太多（{0} 個，最多 {1} 個）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="17" />
        <source>the query only excludes words: add a word to look for</source>
        <translation>查詢只排除了詞語：請加上要查找的詞</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="18" />
        <source>nothing to search for: type Chinese characters, letters or digits</source>
        <translation>沒有可搜索的內容：請輸入漢字、字母或數字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="19" />
        <source>date:{0} — write dates as 2025, 2025-10 or 2025-10..2025-12</source>
        <translation>date:{0} — 日期請寫成 2025、2025-10 或 2025-10..2025-12</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="20" />
        <source>date:{0} — {1} is not a date</source>
        <translation>date:{0} — {1} 不是日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="21" />
        <source>date: needs a date, e.g. date:2025-10 or date:2025-10..2025-12</source>
        <translation>date: 需要日期，例如 date:2025-10 或 date:2025-10..2025-12</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="22" />
        <source>no topic {0!r} (topics: {1})</source>
        <translation>沒有主題 {0!r}（主題：{1}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="24" />
        <source>no article with id {0!r} (try `list` to see the ids)</source>
        <translation>沒有編號為 {0!r} 的文章（用 `list` 查看所有編號）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="26" />
        <source>the title cannot be empty</source>
        <translation>標題不能為空</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="27" />
        <source>the title and the outlet are one line each</source>
        <translation>標題和媒體各只能有一行</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="28" />
        <source>{0!r} is not a date: write it as YYYY-MM-DD</source>
        <translation>{0!r} 不是日期：請寫成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="29" />
        <source>the script is hans, hant or empty (detected), not {0!r}</source>
        <translation>文字須為 hans、hant 或留空（自動識別），而不是 {0!r}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="30" />
        <source>{0} is a bundled article: only imported articles can be removed</source>
        <translation>{0} 是隨附的文章：只有導入的文章可以移除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="31" />
        <source>cannot put {0} back: {1} is in the library again</source>
        <translation>無法放回 {0}：文庫中又有了 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="32" />
        <source>cannot put {0} back: {1} is gone</source>
        <translation>無法放回 {0}：{1} 已不存在</translation>
    </message>
</context>
<context>
    <name>CoverageStrip</name>
    <message>
        <location filename="../../reader/ui/pane/coverage_strip.py" line="33" />
        <source>How many of the other articles report each passage of this one</source>
        <translation>其他文章中有幾篇報道了本文的每個段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/coverage_strip.py" line="34" />
        <source>The reference article from top to bottom: filled where this article reports a passage, faint where it leaves it out</source>
        <translation>自上而下的參照文章：本文報道了的段落為實色，略去的段落為淺色</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="47" />
        <source>Find in article (学习 also finds 學習)</source>
        <translation>在文中查找（簡體繁體都能找到）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="48" />
        <source>Previous hit (Shift+F3, Shift+Enter)</source>
        <translation>上一處（Shift+F3、Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="49" />
        <source>Next hit (F3, Enter)</source>
        <translation>下一處（F3、Enter）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="50" />
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="51" />
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="52" />
        <source>Previous hit</source>
        <translation>上一處</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="53" />
        <source>Next hit</source>
        <translation>下一處</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="54" />
        <source>Close the find bar</source>
        <translation>關閉查找欄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="81" />
        <source>no hits</source>
        <translation>沒有找到</translation>
    </message>
</context>
<context>
    <name>HighlightDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/highlight_dialog.py" line="107" />
        <source>Edit Note and Tags</source>
        <translation>編輯筆記和標籤</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/highlight_dialog.py" line="108" />
        <source>&amp;Colour:</source>
        <translation>顏色(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/highlight_dialog.py" line="109" />
        <source>&amp;Note:</source>
        <translation>筆記(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/highlight_dialog.py" line="110" />
        <source>&amp;Tags:</source>
        <translation>標籤(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/highlight_dialog.py" line="111" />
        <source>Your thoughts on this passage (Ctrl+Enter saves)</source>
        <translation>對這段文字的想法（Ctrl+Enter 保存）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/highlight_dialog.py" line="112" />
        <source>Separated by commas or spaces, e.g. RL, 认知核心</source>
        <translation>用逗號或空格分隔，例如 RL，認知核心</translation>
    </message>
</context>
<context>
    <name>Highlighting</name>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="64" />
        <source>Highlights are unavailable: {0}</source>
        <translation>高亮不可用：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="67" />
        <source>The highlights database was damaged. It was set aside as {0}, with everything it held, and a new one was started.</source>
        <translation>高亮數據庫已損壞。它已連同其中的全部內容另存為 {0}，並新建了一個數據庫。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="107" />
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="93" />
        <source>Highlight {0}</source>
        <translation>高亮：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="94" />
        <source>Highlight the selection: {0} ({1})</source>
        <translation>高亮所選文字：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="101" />
        <source>&amp;Undo {0}</source>
        <translation>撤銷{0}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="102" />
        <source>&amp;Undo</source>
        <translation>撤銷(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="103" />
        <source>&amp;Redo {0}</source>
        <translation>重做{0}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="104" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="107" />
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="107" />
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="108" />
        <source>Import</source>
        <translation>導入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="142" />
        <source>Select some text to highlight first</source>
        <translation>請先選擇要高亮的文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="150" />
        <source>Could not highlight: {0}</source>
        <translation>無法高亮：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="157" />
        <source>Highlighted “{0}” — N: note and tags, Ctrl+Z: undo</source>
        <translation>已高亮“{0}”——N：筆記和標籤，Ctrl+Z：撤銷</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="165" />
        <source>Put the cursor in a highlight, or pick one in the Highlights panel</source>
        <translation>請把光標放在高亮上，或在高亮面板中選擇一條</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="179" />
        <source>Could not save: {0}</source>
        <translation>無法保存：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="193" />
        <source>Deleted the highlight “{0}” — Ctrl+Z to undo</source>
        <translation>已刪除高亮“{0}”——按 Ctrl+Z 撤銷</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="202" />
        <source>Undone: {0}</source>
        <translation>已撤銷：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="210" />
        <source>Redone: {0}</source>
        <translation>已重做：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="231" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="231" />
        <location filename="../../reader/ui/controllers/highlighting.py" line="262" />
        <source>Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="233" />
        <source>Export Highlights</source>
        <translation>導出高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="247" />
        <source>Could not export: {0}</source>
        <translation>無法導出：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="249" />
        <source>Exported {0} highlights to {1}</source>
        <translation>已將 {0} 條高亮導出到 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="261" />
        <location filename="../../reader/ui/controllers/highlighting.py" line="273" />
        <location filename="../../reader/ui/controllers/highlighting.py" line="282" />
        <source>Import Highlights</source>
        <translation>導入高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="274" />
        <source>Nothing was imported from {0}:
{1}</source>
        <translation>沒有從 {0} 導入任何內容：
{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="280" />
        <source>Imported {0} highlights ({1} were already here)</source>
        <translation>已導入 {0} 條高亮（{1} 條已存在）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="296" />
        <source>{0} highlights could not be placed in the changed text: they are kept and listed as detached</source>
        <translation>{0} 條高亮在修改後的文本中找不到位置：它們已保留，並列為“已脱離”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="336" />
        <source>This highlight is detached: its quote is no longer in the article</source>
        <translation>這條高亮已脱離：文章中已沒有它的摘錄</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="244" />
        <source>This article</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="245" />
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="246" />
        <source>All colours</source>
        <translation>全部顏色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="247" />
        <source>All tags</source>
        <translation>全部標籤</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="248" />
        <location filename="../../reader/ui/panels/highlights_panel.py" line="249" />
        <source>Filter quotes and notes</source>
        <translation>篩選摘錄和筆記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="250" />
        <source>Highlights of</source>
        <translation>高亮範圍</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="251" />
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="252" />
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="253" />
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="254" />
        <source>Edit Note and Tags…</source>
        <translation>編輯筆記和標籤…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="255" />
        <source>Copy Quote</source>
        <translation>複製摘錄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="256" />
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="361" />
        <source>detached — quote not found in the current text</source>
        <translation>已脱離——在當前文本中找不到這段摘錄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="367" />
        <source>No article is open</source>
        <translation>沒有打開的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="369" />
        <source>No highlights</source>
        <translation>沒有高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="370" />
        <source>1 highlight</source>
        <translation>1 條高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="370" />
        <source>{0} highlights</source>
        <translation>{0} 條高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="373" />
        <source>{0} detached (quote not found in the current text)</source>
        <translation>{0} 條已脱離（在當前文本中找不到摘錄）</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="32" />
        <source>Importing %v/%m</source>
        <translation>正在導入 %v/%m</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="33" />
        <source>Cancel Import</source>
        <translation>取消導入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="34" />
        <source>Cancel the import (what is imported stays)</source>
        <translation>取消導入（已導入的保留）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="42" />
        <source>Import Into the Library</source>
        <translation>導入到文庫</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="43" />
        <source>Articles (*.html *.htm *.md *.markdown *.txt);;All files (*)</source>
        <translation>文章 (*.html *.htm *.md *.markdown *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="52" />
        <source>An import is running: wait for it or cancel it</source>
        <translation>正在導入：請等待完成或取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="66" />
        <source>Importing…</source>
        <translation>正在導入…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="80" />
        <source>Import failed: {0}</source>
        <translation>導入失敗：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="99" />
        <source>{0} imported, {1} not</source>
        <translation>{0} 篇已導入，{1} 篇未導入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="101" />
        <source>cancelled; what was imported before stays</source>
        <translation>已取消；此前導入的保留</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="103" />
        <source>Import</source>
        <translation>導入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="107" />
        <source>imported</source>
        <translation>已導入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="107" />
        <source>already in the library</source>
        <translation>已在文庫中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="108" />
        <source>skipped</source>
        <translation>已跳過</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="108" />
        <source>failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>Indexing</name>
    <message>
        <location filename="../../reader/ui/controllers/indexing.py" line="64" />
        <source>Search index updated</source>
        <translation>搜索索引已更新</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/indexing.py" line="65" />
        <source>{0}: {1} articles, {2} re-indexed in {3:.1f} s</source>
        <translation>{0}：{1} 篇文章，{2} 篇重新索引，用時 {3:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/indexing.py" line="74" />
        <source>Search index created</source>
        <translation>搜索索引已創建</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/indexing.py" line="76" />
        <source>Search index rebuilt</source>
        <translation>搜索索引已重建</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/indexing.py" line="83" />
        <source>Search index: {0}</source>
        <translation>搜索索引：{0}</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../reader/ui/controllers/keyboard.py" line="41" />
        <source>More menus</source>
        <translation>更多菜單</translation>
    </message>
</context>
<context>
    <name>LibraryFiles</name>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="58" />
        <source>Undo</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="59" />
        <source>Put the removed article back into the library</source>
        <translation>把移除的文章放回文庫</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="60" />
        <source>Delete for Good…</source>
        <translation>永久刪除…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="61" />
        <source>Delete the removed article and its highlights for good</source>
        <translation>永久刪除移除的文章及其高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="131" />
        <source>{0} added</source>
        <translation>新增 {0} 篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="133" />
        <source>{0} changed</source>
        <translation>修改 {0} 篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="135" />
        <source>{0} removed</source>
        <translation>移除 {0} 篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="136" />
        <source>Library: {0}</source>
        <translation>文庫：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="159" />
        <source>Cannot change {0}: {1}</source>
        <translation>無法修改 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="162" />
        <source>Saved the info of {0}</source>
        <translation>已保存 {0} 的信息</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="181" />
        <source>Cannot remove {0}: {1}</source>
        <translation>無法移除 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="191" />
        <source>Nothing removed to put back</source>
        <translation>沒有可放回的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="203" />
        <source>{0} is back in the library</source>
        <translation>{0} 已放回文庫</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="214" />
        <source>Delete “{0}” for good? The article cannot be put back. Its highlights cannot be read now; they stay in the highlights database.</source>
        <translation>永久刪除“{0}”？文章將無法放回。它的高亮現在無法讀取，仍保留在高亮數據庫中。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="218" />
        <source>Delete “{0}” and its {1} highlight(s) for good? The article cannot be put back (Highlight ▸ Undo brings back only its highlights).</source>
        <translation>永久刪除“{0}”及其 {1} 處高亮？文章將無法放回（“高亮 ▸ 撤銷”只能找回它的高亮）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="221" />
        <source>Delete for Good</source>
        <translation>永久刪除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="241" />
        <source>and {0} more to put back or delete</source>
        <translation>，另有 {0} 篇可放回或刪除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="231" />
        <source>Deleted {0} for good</source>
        <translation>已永久刪除 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="239" />
        <source>Removed “{0}” (its highlights are kept)</source>
        <translation>已移除“{0}”（高亮仍保留）</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="106" />
        <source>{0:,} characters</source>
        <translation>{0:,} 字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="107" />
        <source>about {0} min</source>
        <translation>約 {0} 分鐘</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="111" />
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="113" />
        <source>Library</source>
        <translation>文庫</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="114" />
        <source>The arrow keys open an article; Ctrl+click or a middle click opens it in a new pane</source>
        <translation>方向鍵打開文章；Ctrl+單擊或中鍵單擊在新窗格中打開</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="115" />
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="116" />
        <source>By title</source>
        <translation>按標題</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="181" />
        <source>Cannot open: {0}</source>
        <translation>無法打開：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="234" />
        <source>Open</source>
        <translation>打開</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="235" />
        <source>Open in New Pane</source>
        <translation>在新窗格中打開</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="237" />
        <source>Compare with the Current Article</source>
        <translation>與當前文章對照</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="240" />
        <source>Article Info…</source>
        <translation>文章信息…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="242" />
        <source>Remove from Library</source>
        <translation>從文庫中移除</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../reader/ui/controllers/links.py" line="26" />
        <source>Not a Duidu link: {0}</source>
        <translation>不是對讀的鏈接：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/links.py" line="32" />
        <source>There is no article “{0}” in the library, so the link cannot be followed:
{1}</source>
        <translation>文庫中沒有文章“{0}”，無法打開此鏈接：
{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/links.py" line="35" />
        <source>The article “{0}” cannot be opened ({1}), so the link cannot be followed:
{2}</source>
        <translation>文章“{0}”無法打開（{1}），因此無法打開此鏈接：
{2}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/links.py" line="43" />
        <source>“{0}” has no passage “{1}” (the article may have changed since the link was made): it is shown from where it was left.</source>
        <translation>《{0}》中沒有段落“{1}”（鏈接生成後文章可能已改動）：文章從上次閲讀處顯示。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/links.py" line="50" />
        <source>Cannot Follow the Link</source>
        <translation>無法打開鏈接</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="188" />
        <source>Library</source>
        <translation>文庫</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="189" />
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="193" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="194" />
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="212" />
        <source>&amp;Show Highlights Panel</source>
        <translation>顯示高亮面板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="190" />
        <source>Indexing %v/%m</source>
        <translation>正在索引 %v/%m</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="55" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="120" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="57" />
        <source>&amp;View</source>
        <translation>視圖(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="125" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="126" />
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="127" />
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="197" />
        <source>Highlight &amp;Again in the Last Colour</source>
        <translation>用上次的顏色高亮(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="200" />
        <source>Edit &amp;Note and Tags…</source>
        <translation>編輯筆記和標籤(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="202" />
        <source>&amp;Delete Highlight</source>
        <translation>刪除高亮(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="205" />
        <source>&amp;Undo</source>
        <translation>撤銷(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="207" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="244" />
        <source>原文 (As Written)</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="166" />
        <source>&amp;Next Script</source>
        <translation>下一種字形(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="98" />
        <source>Put &amp;Back the Removed Article</source>
        <translation>放回移除的文章(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="115" />
        <source>Export Ali&amp;gned Passages…</source>
        <translation>導出對齊的段落(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="117" />
        <source>I&amp;mport Highlights…</source>
        <translation>導入高亮(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="163" />
        <source>Sc&amp;ript</source>
        <translation>字形(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="169" />
        <source>Regional &amp;Vocabulary (软件 ↔ 軟體, 程式設計 → 编程)</source>
        <translation>地區用語(&amp;V)（軟件 ↔ 軟體，程式設計 → 編程）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="171" />
        <source>Convert phrases too, not only characters; 臺灣正體 always does</source>
        <translation>不僅轉換字，也轉換詞語；台灣正體總是如此</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="172" />
        <source>Show What &amp;Changed</source>
        <translation>顯示轉換之處(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="175" />
        <source>&amp;Interface Language</source>
        <translation>界面語言(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="179" />
        <source>Time&amp;line of Topics</source>
        <translation>話題時間線(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="245" />
        <source>Follow the Script Shown</source>
        <translation>跟隨顯示的字形</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="128" />
        <source>&amp;Caret Browsing (Select with the Keyboard)</source>
        <translation>光標瀏覽(&amp;C)（用鍵盤選擇文字）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="177" />
        <source>&amp;Theme</source>
        <translation>主題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="246" />
        <source>The System's Language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="247" />
        <source>Follow &amp;System</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="248" />
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="249" />
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="58" />
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="56" />
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="59" />
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="91" />
        <source>&amp;Import Into the Library…</source>
        <translation>導入到文庫(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="93" />
        <source>Article In&amp;fo…</source>
        <translation>文章信息(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="95" />
        <source>&amp;Remove from Library</source>
        <translation>從文庫中移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="97" />
        <source>Remove the current imported article (Undo puts it back)</source>
        <translation>移除當前導入的文章（撤銷可放回）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="101" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="103" />
        <source>Export to P&amp;DF…</source>
        <translation>導出為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="105" />
        <source>This article in the script shown, with your highlights if you like; in compare mode, the aligned passages</source>
        <translation>以當前顯示的字形導出這篇文章，可附上你的高亮；對照模式下導出對齊的段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="107" />
        <source>Export to &amp;HTML…</source>
        <translation>導出為 HTML(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="110" />
        <source>&amp;Export Highlights…</source>
        <translation>導出高亮(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="113" />
        <source>Export This &amp;Article's Highlights…</source>
        <translation>導出本文的高亮(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="122" />
        <source>&amp;Preferences…</source>
        <translation>首選項(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="130" />
        <source>Topic &amp;Bar</source>
        <translation>話題條(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="131" />
        <source>A thin bar in the margin, in each topic's colour, beside the passages about it</source>
        <translation>在頁邊畫一道細條，以各話題的顏色標出談及它的段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="133" />
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="136" />
        <source>S&amp;plit Pane</source>
        <translation>拆分窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="137" />
        <source>Open this article in a second pane beside it</source>
        <translation>在旁邊的第二個窗格中打開本文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="138" />
        <source>Close Pa&amp;ne</source>
        <translation>關閉窗格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="140" />
        <source>Ne&amp;xt Pane</source>
        <translation>下一個窗格(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="142" />
        <source>Pre&amp;vious Pane</source>
        <translation>上一個窗格(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="144" />
        <source>Co&amp;mpare Side by Side</source>
        <translation>並排對照(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="146" />
        <source>Match the panes' passages: what the other articles say in their place, and scrolling that follows the content</source>
        <translation>匹配各窗格的段落：其他文章在相應位置説了什麼，滾動也隨內容對齊</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="148" />
        <source>Show the N&amp;earest Passages</source>
        <translation>顯示最接近的段落(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="150" />
        <source>In compare mode, the passage of each other pane closest to the chosen one, even where none says the same for sure</source>
        <translation>在對照模式中，顯示其他每個窗格中與所選段落最接近的段落，即使沒有哪段確定意思相同</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="152" />
        <source>Scroll S&amp;ync</source>
        <translation>同步滾動(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="153" />
        <source>&amp;Off</source>
        <translation>關閉(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="155" />
        <source>By &amp;Relative Position</source>
        <translation>按相對位置(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="157" />
        <source>By &amp;Passage</source>
        <translation>按段落(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="160" />
        <source>Remove the Sync Points of This Pane</source>
        <translation>移除此窗格的同步點</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="250" />
        <source>Se&amp;pia</source>
        <translation>護眼棕(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="181" />
        <source>Which article covers which topic, by date and by position in its text; a mark opens the passages side by side</source>
        <translation>哪篇文章談到哪個話題：按日期、按在文中的位置；點擊標記即並排打開相關段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="184" />
        <source>&amp;Search All Articles…</source>
        <translation>搜索全部文章(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="186" />
        <source>&amp;Find in Article…</source>
        <translation>在文中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="188" />
        <source>Find &amp;Next</source>
        <translation>查找下一處(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="190" />
        <source>Find &amp;Previous</source>
        <translation>查找上一處(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="193" />
        <source>&amp;Clear Marks</source>
        <translation>清除標記(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="194" />
        <source>&amp;Rebuild Search Index</source>
        <translation>重建搜索索引(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="210" />
        <source>Rena&amp;me Colours…</source>
        <translation>重命名顏色(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="214" />
        <source>&amp;Back</source>
        <translation>後退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="216" />
        <source>Back to where this pane was before its last jump (another article, a search hit, a heading, a highlight)</source>
        <translation>回到此窗格上次跳轉（換文章、搜索結果、標題、高亮）之前所在的位置</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="218" />
        <source>&amp;Forward</source>
        <translation>前進(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="220" />
        <source>Forward again to where Back came from</source>
        <translation>再前進到後退之前的位置</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="226" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="233" />
        <source>Show or Hide the Library</source>
        <translation>顯示或隱藏文庫</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="234" />
        <source>Show or Hide the Contents</source>
        <translation>顯示或隱藏目錄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="235" />
        <source>Show or Hide the Parallel Passages</source>
        <translation>顯示或隱藏平行段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="60" />
        <source>&amp;Go</source>
        <translation>轉到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="222" />
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="224" />
        <source>&amp;Previous Article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="61" />
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="228" />
        <source>&amp;About Duidu</source>
        <translation>關於對讀(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="202" />
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="302" />
        <source>Zoom {0:.0%}</source>
        <translation>縮放 {0:.0%}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="351" />
        <source>{0} file(s) could not be opened (marked in the library)</source>
        <translation>{0} 個文件無法打開（已在文庫中標出）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="354" />
        <source>No installed font can show Chinese: install one (Debian/Ubuntu: sudo apt install {0})</source>
        <translation>沒有能顯示中文的字體：請安裝一個（Debian/Ubuntu：sudo apt install {0}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="29" />
        <source>Open in a New Pane</source>
        <translation>在新窗格中打開</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="30" />
        <source>Ctrl+click or middle click in the library; Ctrl+click or Ctrl+Enter on a search hit</source>
        <translation>在文庫中 Ctrl+單擊或中鍵單擊；在搜索結果上 Ctrl+單擊或 Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="32" />
        <source>Cancel the Sync Point Being Placed</source>
        <translation>取消正在設置的同步點</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="33" />
        <source>In the timeline: between the marks, open them side by side</source>
        <translation>在時間線中：在標記之間移動，並排打開</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="35" />
        <source>In the search box: search now, open the results one by one; ↓ goes to the results</source>
        <translation>在搜索框中：立即搜索，逐個打開結果；↓ 轉到結果列表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="37" />
        <source>In the find bar: next and previous hit, close</source>
        <translation>在查找欄中：下一處、上一處、關閉</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="39" />
        <source>Highlight the Selection in That Colour</source>
        <translation>用該顏色高亮所選文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="41" />
        <source>Select text with the keyboard (after F7)</source>
        <translation>用鍵盤選擇文字（按 F7 後）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="43" />
        <source>Page down and up through the article</source>
        <translation>在文章中向下、向上翻頁</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="45" />
        <source>To the start and the end of the article</source>
        <translation>轉到文章開頭、結尾</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="46" />
        <source>Back and forward</source>
        <translation>後退與前進</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="47" />
        <source>The mouse's back and forward buttons</source>
        <translation>鼠標的後退鍵和前進鍵</translation>
    </message>
</context>
<context>
    <name>NavigationToolbar</name>
    <message>
        <location filename="../../reader/ui/controllers/history.py" line="23" />
        <source>Navigation</source>
        <translation>導航</translation>
    </message>
</context>
<context>
    <name>PaneHighlights</name>
    <message>
        <location filename="../../reader/ui/pane/highlight_layer.py" line="98" />
        <source>Highlight (N: add a note)</source>
        <translation>高亮（按 N 添加筆記）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="31" />
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="32" />
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="33" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="34" />
        <source>Sepia</source>
        <translation>護眼棕</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="37" />
        <source>Follow the script shown</source>
        <translation>跟隨所顯示的字形</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="38" />
        <source>The system's language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="143" />
        <source>Preferences</source>
        <translation>首選項</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="144" />
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="145" />
        <source>&amp;Theme:</source>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="148" />
        <source>Reading text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="149" />
        <source>&amp;Font:</source>
        <translation>字體(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="150" />
        <source>Default (a Chinese serif font)</source>
        <translation>默認（中文宋體/明體）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="151" />
        <source>Font &amp;size:</source>
        <translation>字號(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="152" />
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="153" />
        <source>&amp;Line height:</source>
        <translation>行高(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="154" />
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="155" />
        <source>&amp;Paragraph spacing:</source>
        <translation>段間距(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="156" />
        <source> em</source>
        <translation> 字高</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="157" />
        <source>Page &amp;width:</source>
        <translation>版心寬度(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="158" />
        <source> characters</source>
        <translation> 字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="159" />
        <source>The widest line of text, in Chinese characters</source>
        <translation>一行正文最多容納的漢字數</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="160" />
        <source>Script</source>
        <translation>字體</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="161" />
        <source>&amp;New panes show:</source>
        <translation>新窗格顯示(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="162" />
        <source>Regional &amp;vocabulary (软件 ↔ 軟體, 程式設計 → 编程)</source>
        <translation>地區用語(&amp;V)（軟件 ↔ 軟體，程式設計 → 編程）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="163" />
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="164" />
        <source>&amp;Interface language:</source>
        <translation>界面語言(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="168" />
        <source>Search as you t&amp;ype (otherwise on Enter)</source>
        <translation>邊輸入邊搜索(&amp;Y)（否則按 Enter 搜索）</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/print_options.py" line="17" />
        <source>&amp;Include highlights and notes</source>
        <translation>包含高亮和筆記(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/print_options.py" line="21" />
        <source>{0} highlights, {1} with a note (printed as numbered footnotes)</source>
        <translation>{0} 處高亮，其中 {1} 處有筆記（印作編號腳註）</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="72" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="76" />
        <location filename="../../reader/ui/controllers/printing.py" line="161" />
        <source>Export to PDF</source>
        <translation>導出為 PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="80" />
        <location filename="../../reader/ui/controllers/printing.py" line="162" />
        <source>Export to HTML</source>
        <translation>導出為 HTML</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="93" />
        <source>Open an article first</source>
        <translation>請先打開一篇文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="130" />
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="139" />
        <source>score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="161" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="162" />
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="175" />
        <source>Could not export: {0}</source>
        <translation>無法導出：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="177" />
        <source>Exported “{0}” to {1}</source>
        <translation>已將“{0}”導出到 {1}</translation>
    </message>
</context>
<context>
    <name>ReadingHistory</name>
    <message>
        <location filename="../../reader/ui/controllers/history.py" line="66" />
        <source>Nothing to go back to</source>
        <translation>沒有可後退的位置</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/history.py" line="66" />
        <source>Nothing ahead</source>
        <translation>沒有可前進的位置</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="204" />
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="204" />
        <source>Follows</source>
        <translation>跟隨</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="219" />
        <source>Lock: this pane stops following the others' scrolling</source>
        <translation>鎖定：此窗格不再跟隨其他窗格滾動</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="221" />
        <source>Compare this article with another, side by side</source>
        <translation>將本文與另一篇文章並排對照</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="222" />
        <source>Compare with</source>
        <translation>對照</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="223" />
        <source>Script shown</source>
        <translation>顯示的文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="224" />
        <source>The article. Space and Shift+Space: page down and up; Alt+Left: back</source>
        <translation>文章正文。空格和 Shift+空格：向下、向上翻頁；Alt+左箭頭：後退</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="226" />
        <source>Script this pane shows (Ctrl+Shift+T: next)</source>
        <translation>此窗格顯示的字形（Ctrl+Shift+T：下一種）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="232" />
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="241" />
        <source>OpenCC {0}</source>
        <translation>OpenCC {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="241" />
        <source>as written</source>
        <translation>按原文</translation>
    </message>
</context>
<context>
    <name>Scripts</name>
    <message>
        <location filename="../../reader/ui/controllers/scripts.py" line="58" />
        <source>Showing {0} (OpenCC {1})</source>
        <translation>顯示{0}（OpenCC {1}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/scripts.py" line="59" />
        <source>Showing {0}: no conversion needed</source>
        <translation>顯示{0}：無需轉換</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="127" />
        <source>Search all articles: 强化学习, "认知核心", title:, -word</source>
        <translation>搜索全部文章：強化學習、"認知核心"、title:、-詞</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="128" />
        <source>Search all articles</source>
        <translation>搜索全部文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="129" />
        <source>Search results</source>
        <translation>搜索結果</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="130" />
        <source>Either script finds both. Space: all words; OR: either; -word: without; "…": exact phrase; title:, outlet:, date:2025-10..2025-12; topic:rl (see the Timeline of Topics)</source>
        <translation>簡繁皆可，互相找到。空格：同時包含；OR：任一；-詞：排除；"…"：完整短語；title:、outlet:、date:2025-10..2025-12；topic:rl（見話題時間線）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="142" />
        <source>Indexing the library…</source>
        <translation>正在為文庫建立索引…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="157" />
        <source>Indexing the library… the search runs when it is done.</source>
        <translation>正在為文庫建立索引…完成後立即搜索。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="169" />
        <source>Search is unavailable: {0}</source>
        <translation>無法搜索：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="181" />
        <source>{0} articles match ({1:.0f} ms)</source>
        <translation>{0} 篇文章符合（{1:.0f} 毫秒）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="183" />
        <source>{0} articles, {1} hits ({2:.0f} ms)</source>
        <translation>{0} 篇文章，{1} 處命中（{2:.0f} 毫秒）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="186" />
        <source>No article contains that.</source>
        <translation>沒有文章包含這些內容。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="197" />
        <source>regional variant</source>
        <translation>地區用詞</translation>
    </message>
</context>
<context>
    <name>Searching</name>
    <message>
        <location filename="../../reader/ui/controllers/searching.py" line="51" />
        <source>{0} hits in this article · F3 next, Shift+F3 previous</source>
        <translation>本文 {0} 處命中 · F3 下一處，Shift+F3 上一處</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/searching.py" line="71" />
        <source>Search is unavailable: {0}</source>
        <translation>無法搜索：{0}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../reader/ui/controllers/session.py" line="35" />
        <source>At most four panes fit side by side: close one first (Ctrl+W)</source>
        <translation>最多並排四個窗格：請先關閉一個（Ctrl+W）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/session.py" line="68" />
        <source>Cannot open {0}: {1}</source>
        <translation>無法打開 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/session.py" line="88" />
        <source>The last pane stays open</source>
        <translation>最後一個窗格保持打開</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="65" />
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="66" />
        <source>&amp;Filter:</source>
        <translation>篩選(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="67" />
        <source>Type part of an action or a key</source>
        <translation>輸入操作名稱或按鍵的一部分</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="68" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="68" />
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="69" />
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="114" />
        <source>By Date</source>
        <translation>按日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="115" />
        <source>By Position in the Article</source>
        <translation>按文中位置</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="116" />
        <source>Timeline layout</source>
        <translation>時間線佈局</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="117" />
        <source>Timeline of topics</source>
        <translation>話題時間線</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="118" />
        <source>Strips by Date</source>
        <translation>文章按日期排列</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="119" />
        <source>Strips by Outlet</source>
        <translation>文章按媒體排列</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="120" />
        <source>Order of the articles</source>
        <translation>文章的順序</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="121" />
        <source>Topics</source>
        <translation>話題</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="122" />
        <source>Topics shown</source>
        <translation>顯示的話題</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="123" />
        <source>Outlets</source>
        <translation>媒體</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="124" />
        <source>Outlets shown</source>
        <translation>顯示的媒體</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="125" />
        <source>Script</source>
        <translation>字體</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="126" />
        <source>Articles shown by script</source>
        <translation>按字體顯示的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="127" />
        <source>Articles in Simplified Script (简体)</source>
        <translation>簡體文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="128" />
        <source>Articles in Traditional Script (繁體)</source>
        <translation>繁體文章（繁體）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="129" />
        <source>Export</source>
        <translation>導出</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="130" />
        <source>Export the timeline</source>
        <translation>導出時間線</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="131" />
        <source>As PNG Image…</source>
        <translation>導出為 PNG 圖片…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="132" />
        <source>As SVG Drawing…</source>
        <translation>導出為 SVG 矢量圖…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="133" />
        <source>Timeline of topics: arrow keys move between marks, Enter opens</source>
        <translation>話題時間線：方向鍵在標記間移動，回車鍵打開</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="134" />
        <location filename="../../reader/ui/panels/timeline_panel.py" line="140" />
        <source>Event {0}</source>
        <translation>事件 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="171" />
        <source>No topic list: nothing to show</source>
        <translation>沒有話題列表：無可顯示的內容</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="173" />
        <source>Nothing left to show: the filters hide every topic or article</source>
        <translation>無可顯示的內容：篩選條件隱藏了所有話題或文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="189" />
        <source>Colours of the topics: {0}</source>
        <translation>各話題的顏色：{0}</translation>
    </message>
</context>
<context>
    <name>TocPanel</name>
    <message>
        <location filename="../../reader/ui/panels/toc_panel.py" line="28" />
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/toc_panel.py" line="29" />
        <source>The article's headings: Enter goes there</source>
        <translation>文章的標題：按 Enter 轉到該處</translation>
    </message>
</context>
<context>
    <name>TopicBar</name>
    <message>
        <location filename="../../reader/ui/pane/topic_bar.py" line="145" />
        <source>strong</source>
        <translation>明確</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/topic_bar.py" line="145" />
        <source>some</source>
        <translation>有所涉及</translation>
    </message>
</context>
<context>
    <name>TopicFilter</name>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="144" />
        <location filename="../../reader/ui/panels/topic_filter.py" line="166" />
        <source>All topics</source>
        <translation>全部話題</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="150" />
        <source>{0} topics</source>
        <translation>{0} 個話題</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="153" />
        <source>Showing the articles that cover: {0}</source>
        <translation>只顯示談及以下話題的文章：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="154" />
        <source>Show only the articles that cover a topic</source>
        <translation>只顯示談及某個話題的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="160" />
        <source>{0} of {1}</source>
        <translation>{0} / {1} 篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="162" />
        <source>{0} articles</source>
        <translation>{0} 篇文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="163" />
        <source>Articles shown: {0} of {1}</source>
        <translation>顯示的文章：{0} / {1} 篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="167" />
        <source>Filter the library by topic</source>
        <translation>按話題篩選文庫</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="168" />
        <source>Clear the topic filter: show every article</source>
        <translation>清除話題篩選：顯示全部文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="169" />
        <source>Clear the topic filter</source>
        <translation>清除話題篩選</translation>
    </message>
</context>
<context>
    <name>TopicTimeline</name>
    <message>
        <location filename="../../reader/ui/controllers/timeline.py" line="99" />
        <location filename="../../reader/ui/controllers/timeline.py" line="273" />
        <source>Timeline of Topics</source>
        <translation>話題時間線</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/timeline.py" line="112" />
        <source>{0}: {1} passage(s)</source>
        <translation>{0}：{1} 段</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/timeline.py" line="162" />
        <source>{0}: {1} more article(s) cover it, left out (at most four side by side): {2}</source>
        <translation>{0}：另有 {1} 篇文章談到它，未打開（最多並排四篇）：{2}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/timeline.py" line="262" />
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/timeline.py" line="262" />
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量圖 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/timeline.py" line="264" />
        <source>Export the Timeline</source>
        <translation>導出時間線</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/timeline.py" line="279" />
        <source>Timeline exported to {0}</source>
        <translation>時間線已導出到 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/timeline.py" line="281" />
        <source>Could not export the timeline to {0} {1}</source>
        <translation>無法將時間線導出到 {0} {1}</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../../reader/ui/controllers/topics.py" line="69" />
        <source>Topic list</source>
        <translation>話題列表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/topics.py" line="71" />
        <source>Topic list read again: {0} topics</source>
        <translation>已重新讀取話題列表：{0} 個話題</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../reader/ui/late.py" line="52" />
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
</context>
</TS>