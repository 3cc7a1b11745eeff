<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/about.py" line="82"/>
        <source>About Duidu</source>
        <translation>关于对读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/about.py" line="83"/>
        <source>Version {0}</source>
        <translation>版本 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/about.py" line="84"/>
        <source>Read Chinese-language articles side by side, offline.</source>
        <translation>离线对照阅读中文文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/about.py" line="85"/>
        <source>Licence: {0}</source>
        <translation>许可证：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/about.py" line="86"/>
        <source>&amp;Copy Versions</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ArticleInfoDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="25"/>
        <source>Article Info — {0}</source>
        <translation>文章信息 — {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="30"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="35"/>
        <source>Detected from the text</source>
        <translation>按正文自动识别</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="36"/>
        <source>简体 (Simplified)</source>
        <translation>简体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="37"/>
        <source>繁體 (Traditional)</source>
        <translation>繁體</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="40"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="40"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="41"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="41"/>
        <source>Publication date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="42"/>
        <source>&amp;Outlet:</source>
        <translation>媒体(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="42"/>
        <source>Outlet or site</source>
        <translation>媒体或网站</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="43"/>
        <source>&amp;Script:</source>
        <translation>文字(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="43"/>
        <source>Script of the original</source>
        <translation>原文所用文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="49"/>
        <source>Imported from:</source>
        <translation>导入自：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="51"/>
        <source>Imported at:</source>
        <translation>导入时间：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/article_info.py" line="56"/>
        <source>This article comes with Duidu and cannot be changed; the reader&apos;s own (imported) articles can.</source>
        <translation>这篇文章随对读附带，不能修改；您自己导入的文章可以修改。</translation>
    </message>
</context>
<context>
    <name>ColorNames</name>
    <message>
        <location filename="../../reader/ui/color_names.py" line="12"/>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/color_names.py" line="13"/>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <location filename="../../reader/ui/color_names.py" line="14"/>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <location filename="../../reader/ui/color_names.py" line="15"/>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <location filename="../../reader/ui/color_names.py" line="16"/>
        <source>Purple</source>
        <translation>紫</translation>
    </message>
</context>
<context>
    <name>ColorNamesDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/highlight_dialog.py" line="157"/>
        <source>Colour Names</source>
        <translation>颜色名称</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/highlight_dialog.py" line="158"/>
        <source>Name each highlight colour after what you mark with it, e.g. 重点 or 存疑. An empty name brings back the default.</source>
        <translation>按你用它标记的内容给每种高亮颜色命名，例如“重点”或“存疑”。名称留空则恢复默认名称。</translation>
    </message>
</context>
<context>
    <name>CompareMode</name>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="69"/>
        <source>Open a second article beside this one to compare: Ctrl+click it in the library, or use the ⇄ button over the text</source>
        <translation>请在旁边打开第二篇文章再对照：在文库中按住 Ctrl 单击它，或使用正文上方的 ⇄ 按钮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="98"/>
        <source>Compare with {0}</source>
        <translation>与{0}对照</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="104"/>
        <source>This Article Again, in {0}</source>
        <translation>本文的{0}版本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="108"/>
        <source>Use as the Coverage Reference</source>
        <translation>用作覆盖范围的参照</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="120"/>
        <source>Align This Passage With…</source>
        <translation>将此段落对齐到…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="123"/>
        <source>Show the Nearest Passages</source>
        <translation>显示最接近的段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="133"/>
        <source>Sync points of this pane removed</source>
        <translation>已移除此窗格的同步点</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="149"/>
        <source>Aligning the articles&apos; passages… {0} of {1} pairs</source>
        <translation>正在对齐各文章的段落… 第 {0} 对，共 {1} 对</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="151"/>
        <source>Passages aligned: click a passage to see what the others say</source>
        <translation>段落已对齐：单击一个段落，查看其他文章在相应位置说了什么</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="154"/>
        <source>Parallel Passages</source>
        <translation>平行段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="179"/>
        <source>{0} pairs: {1} ↔ {2}</source>
        <translation>{0} 对：{1} ↔ {2}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="212"/>
        <source>Open two articles side by side to export their aligned passages</source>
        <translation>请并排打开两篇文章，再导出它们对齐的段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="215"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="215"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="215"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="217"/>
        <source>Export Aligned Passages</source>
        <translation>导出对齐的段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="230"/>
        <source>Could not export: {0}</source>
        <translation>无法导出：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/compare_mode.py" line="232"/>
        <source>Exported {0} aligned passages to {1}</source>
        <translation>已将 {0} 对对齐的段落导出到 {1}</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../reader/ui/panels/compare_panel.py" line="58"/>
        <source>What changed (the same words in either script are not marked):</source>
        <translation>措辞差异（简繁写法相同的字不标出）：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/compare_panel.py" line="59"/>
        <source>Export These Pairs…</source>
        <translation>导出这些段落对…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/compare_panel.py" line="60"/>
        <source>Parallel passages</source>
        <translation>平行段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/compare_panel.py" line="61"/>
        <source>What changed</source>
        <translation>改动之处</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/compare_panel.py" line="88"/>
        <source>Compare two articles (View ▸ Compare Side by Side) to list their parallel passages here</source>
        <translation>对照两篇文章（视图 ▸ 并排对照），这里会列出它们的平行段落</translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="40"/>
        <source>Sync points are unavailable: {0}</source>
        <translation>同步点不可用：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="119"/>
        <source>Could not align the articles: {0}</source>
        <translation>无法对齐这些文章：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="211"/>
        <source>Not in {0}: no passage there shares enough of its words with the chosen one</source>
        <translation>不在{0}中：那里没有段落与所选段落有足够多的共同字词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="209"/>
        <source>Nothing in {0} shares words with the chosen passage</source>
        <translation>{0}中没有与所选段落共同的字词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="218"/>
        <source> (and {0} more)</source>
        <translation>（另有 {0} 处）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="219"/>
        <source>Says the same: score {0:.2f}{1}</source>
        <translation>意思相同：相似度 {0:.2f}{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="221"/>
        <source>The nearest in {0}: score {1:.2f}, below the threshold, so perhaps not the same</source>
        <translation>{0}中最接近的：相似度 {1:.2f}，低于阈值，未必意思相同</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="223"/>
        <source> (locked: not moved)</source>
        <translation>（已锁定：未移动）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="233"/>
        <source>Turn on View ▸ Compare Side by Side (Ctrl+Shift+C) first</source>
        <translation>请先打开 视图 ▸ 并排对照（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="235"/>
        <source>Click the passage this one matches first, or press Esc</source>
        <translation>请先点击与此段落对应的段落，或按 Esc</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="237"/>
        <source>Click a passage first</source>
        <translation>请先点击一个段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="245"/>
        <source>Sync points need a data folder</source>
        <translation>同步点需要数据文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="249"/>
        <source>Click the passage in another pane that this one matches (Esc: cancel)</source>
        <translation>请单击另一个窗格中与此段落对应的段落（Esc：取消）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="255"/>
        <source>No sync point set</source>
        <translation>未设置同步点</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="270"/>
        <source>Could not save the sync point: {0}</source>
        <translation>无法保存同步点：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/comparing.py" line="273"/>
        <source>Sync point set: the alignment now runs through these two passages</source>
        <translation>已设置同步点：对齐现在经过这两个段落</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="14"/>
        <source>the query is too long ({0} characters; at most {1})</source>
        <translation>查询太长（{0} 个字符，最多 {1} 个）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="15"/>
        <source>topic:{0} — a topic id is letters, digits and &apos;-&apos;, like topic:rl</source>
        <translation>topic:{0} — 主题编号由字母、数字和“-”组成，例如 topic:rl</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="16"/>
        <source>the query has too many terms ({0}; at most {1})</source>
        <translation>查询的词太多（{0} 个，最多 {1} 个）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="17"/>
        <source>the query only excludes words: add a word to look for</source>
        <translation>查询只排除了词语：请加上要查找的词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="18"/>
        <source>nothing to search for: type Chinese characters, letters or digits</source>
        <translation>没有可搜索的内容：请输入汉字、字母或数字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="19"/>
        <source>date:{0} — write dates as 2025, 2025-10 or 2025-10..2025-12</source>
        <translation>date:{0} — 日期请写成 2025、2025-10 或 2025-10..2025-12</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="20"/>
        <source>date:{0} — {1} is not a date</source>
        <translation>date:{0} — {1} 不是日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="21"/>
        <source>date: needs a date, e.g. date:2025-10 or date:2025-10..2025-12</source>
        <translation>date: 需要日期，例如 date:2025-10 或 date:2025-10..2025-12</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="22"/>
        <source>no topic {0!r} (topics: {1})</source>
        <translation>没有主题 {0!r}（主题：{1}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="24"/>
        <source>no article with id {0!r} (try `list` to see the ids)</source>
        <translation>没有编号为 {0!r} 的文章（用 `list` 查看所有编号）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="26"/>
        <source>the title cannot be empty</source>
        <translation>标题不能为空</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="27"/>
        <source>the title and the outlet are one line each</source>
        <translation>标题和媒体各只能有一行</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="28"/>
        <source>{0!r} is not a date: write it as YYYY-MM-DD</source>
        <translation>{0!r} 不是日期：请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="29"/>
        <source>the script is hans, hant or empty (detected), not {0!r}</source>
        <translation>文字须为 hans、hant 或留空（自动识别），而不是 {0!r}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="30"/>
        <source>{0} is a bundled article: only imported articles can be removed</source>
        <translation>{0} 是随附的文章：只有导入的文章可以移除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="31"/>
        <source>cannot put {0} back: {1} is in the library again</source>
        <translation>无法放回 {0}：文库中又有了 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="32"/>
        <source>cannot put {0} back: {1} is gone</source>
        <translation>无法放回 {0}：{1} 已不存在</translation>
    </message>
</context>
<context>
    <name>CoverageStrip</name>
    <message>
        <location filename="../../reader/ui/pane/coverage_strip.py" line="33"/>
        <source>How many of the other articles report each passage of this one</source>
        <translation>其他文章中有几篇报道了本文的每个段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/coverage_strip.py" line="34"/>
        <source>The reference article from top to bottom: filled where this article reports a passage, faint where it leaves it out</source>
        <translation>自上而下的参照文章：本文报道了的段落为实色，略去的段落为浅色</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="47"/>
        <source>Find in article (学习 also finds 學習)</source>
        <translation>在文中查找（简体繁体都能找到）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="48"/>
        <source>Previous hit (Shift+F3, Shift+Enter)</source>
        <translation>上一处（Shift+F3、Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="49"/>
        <source>Next hit (F3, Enter)</source>
        <translation>下一处（F3、Enter）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="50"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="51"/>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="52"/>
        <source>Previous hit</source>
        <translation>上一处</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="53"/>
        <source>Next hit</source>
        <translation>下一处</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="54"/>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/find_bar.py" line="81"/>
        <source>no hits</source>
        <translation>没有找到</translation>
    </message>
</context>
<context>
    <name>HighlightDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/highlight_dialog.py" line="107"/>
        <source>Edit Note and Tags</source>
        <translation>编辑笔记和标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/highlight_dialog.py" line="108"/>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/highlight_dialog.py" line="109"/>
        <source>&amp;Note:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/highlight_dialog.py" line="110"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/highlight_dialog.py" line="111"/>
        <source>Your thoughts on this passage (Ctrl+Enter saves)</source>
        <translation>对这段文字的想法（Ctrl+Enter 保存）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/highlight_dialog.py" line="112"/>
        <source>Separated by commas or spaces, e.g. RL, 认知核心</source>
        <translation>用逗号或空格分隔，例如 RL，认知核心</translation>
    </message>
</context>
<context>
    <name>Highlighting</name>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="64"/>
        <source>Highlights are unavailable: {0}</source>
        <translation>高亮不可用：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="67"/>
        <source>The highlights database was damaged. It was set aside as {0}, with everything it held, and a new one was started.</source>
        <translation>高亮数据库已损坏。它已连同其中的全部内容另存为 {0}，并新建了一个数据库。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="107"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="93"/>
        <source>Highlight {0}</source>
        <translation>高亮：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="94"/>
        <source>Highlight the selection: {0} ({1})</source>
        <translation>高亮所选文字：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="101"/>
        <source>&amp;Undo {0}</source>
        <translation>撤销{0}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="102"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="103"/>
        <source>&amp;Redo {0}</source>
        <translation>重做{0}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="104"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="107"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="107"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="108"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="142"/>
        <source>Select some text to highlight first</source>
        <translation>请先选择要高亮的文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="150"/>
        <source>Could not highlight: {0}</source>
        <translation>无法高亮：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="157"/>
        <source>Highlighted “{0}” — N: note and tags, Ctrl+Z: undo</source>
        <translation>已高亮“{0}”——N：笔记和标签，Ctrl+Z：撤销</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="165"/>
        <source>Put the cursor in a highlight, or pick one in the Highlights panel</source>
        <translation>请把光标放在高亮上，或在高亮面板中选择一条</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="179"/>
        <source>Could not save: {0}</source>
        <translation>无法保存：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="193"/>
        <source>Deleted the highlight “{0}” — Ctrl+Z to undo</source>
        <translation>已删除高亮“{0}”——按 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="202"/>
        <source>Undone: {0}</source>
        <translation>已撤销：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="210"/>
        <source>Redone: {0}</source>
        <translation>已重做：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="231"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="231"/>
        <location filename="../../reader/ui/controllers/highlighting.py" line="262"/>
        <source>Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="233"/>
        <source>Export Highlights</source>
        <translation>导出高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="247"/>
        <source>Could not export: {0}</source>
        <translation>无法导出：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="249"/>
        <source>Exported {0} highlights to {1}</source>
        <translation>已将 {0} 条高亮导出到 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="261"/>
        <location filename="../../reader/ui/controllers/highlighting.py" line="273"/>
        <location filename="../../reader/ui/controllers/highlighting.py" line="282"/>
        <source>Import Highlights</source>
        <translation>导入高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="274"/>
        <source>Nothing was imported from {0}:
{1}</source>
        <translation>没有从 {0} 导入任何内容：
{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="280"/>
        <source>Imported {0} highlights ({1} were already here)</source>
        <translation>已导入 {0} 条高亮（{1} 条已存在）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="296"/>
        <source>{0} highlights could not be placed in the changed text: they are kept and listed as detached</source>
        <translation>{0} 条高亮在修改后的文本中找不到位置：它们已保留，并列为“已脱离”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/highlighting.py" line="336"/>
        <source>This highlight is detached: its quote is no longer in the article</source>
        <translation>这条高亮已脱离：文章中已没有它的摘录</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="244"/>
        <source>This article</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="245"/>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="246"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="247"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="248"/>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="249"/>
        <source>Filter quotes and notes</source>
        <translation>筛选摘录和笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="250"/>
        <source>Highlights of</source>
        <translation>高亮范围</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="251"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="252"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="253"/>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="254"/>
        <source>Edit Note and Tags…</source>
        <translation>编辑笔记和标签…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="255"/>
        <source>Copy Quote</source>
        <translation>复制摘录</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="256"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="361"/>
        <source>detached — quote not found in the current text</source>
        <translation>已脱离——在当前文本中找不到这段摘录</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="367"/>
        <source>No article is open</source>
        <translation>没有打开的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="369"/>
        <source>No highlights</source>
        <translation>没有高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="370"/>
        <source>1 highlight</source>
        <translation>1 条高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="370"/>
        <source>{0} highlights</source>
        <translation>{0} 条高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/highlights_panel.py" line="373"/>
        <source>{0} detached (quote not found in the current text)</source>
        <translation>{0} 条已脱离（在当前文本中找不到摘录）</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="32"/>
        <source>Importing %v/%m</source>
        <translation>正在导入 %v/%m</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="33"/>
        <source>Cancel Import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="34"/>
        <source>Cancel the import (what is imported stays)</source>
        <translation>取消导入（已导入的保留）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="42"/>
        <source>Import Into the Library</source>
        <translation>导入到文库</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="43"/>
        <source>Articles (*.html *.htm *.md *.markdown *.txt);;All files (*)</source>
        <translation>文章 (*.html *.htm *.md *.markdown *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="52"/>
        <source>An import is running: wait for it or cancel it</source>
        <translation>正在导入：请等待完成或取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="66"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="80"/>
        <source>Import failed: {0}</source>
        <translation>导入失败：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="99"/>
        <source>{0} imported, {1} not</source>
        <translation>{0} 篇已导入，{1} 篇未导入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="101"/>
        <source>cancelled; what was imported before stays</source>
        <translation>已取消；此前导入的保留</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="103"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="107"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="107"/>
        <source>already in the library</source>
        <translation>已在文库中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="108"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/importing.py" line="108"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>Indexing</name>
    <message>
        <location filename="../../reader/ui/controllers/indexing.py" line="64"/>
        <source>Search index updated</source>
        <translation>搜索索引已更新</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/indexing.py" line="65"/>
        <source>{0}: {1} articles, {2} re-indexed in {3:.1f} s</source>
        <translation>{0}：{1} 篇文章，{2} 篇重新索引，用时 {3:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/indexing.py" line="74"/>
        <source>Search index created</source>
        <translation>搜索索引已创建</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/indexing.py" line="76"/>
        <source>Search index rebuilt</source>
        <translation>搜索索引已重建</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/indexing.py" line="83"/>
        <source>Search index: {0}</source>
        <translation>搜索索引：{0}</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../reader/ui/controllers/keyboard.py" line="41"/>
        <source>More menus</source>
        <translation>更多菜单</translation>
    </message>
</context>
<context>
    <name>LibraryFiles</name>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="58"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="59"/>
        <source>Put the removed article back into the library</source>
        <translation>把移除的文章放回文库</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="60"/>
        <source>Delete for Good…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="61"/>
        <source>Delete the removed article and its highlights for good</source>
        <translation>永久删除移除的文章及其高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="131"/>
        <source>{0} added</source>
        <translation>新增 {0} 篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="133"/>
        <source>{0} changed</source>
        <translation>修改 {0} 篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="135"/>
        <source>{0} removed</source>
        <translation>移除 {0} 篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="136"/>
        <source>Library: {0}</source>
        <translation>文库：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="159"/>
        <source>Cannot change {0}: {1}</source>
        <translation>无法修改 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="162"/>
        <source>Saved the info of {0}</source>
        <translation>已保存 {0} 的信息</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="181"/>
        <source>Cannot remove {0}: {1}</source>
        <translation>无法移除 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="191"/>
        <source>Nothing removed to put back</source>
        <translation>没有可放回的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="203"/>
        <source>{0} is back in the library</source>
        <translation>{0} 已放回文库</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="214"/>
        <source>Delete “{0}” for good? The article cannot be put back. Its highlights cannot be read now; they stay in the highlights database.</source>
        <translation>永久删除“{0}”？文章将无法放回。它的高亮现在无法读取，仍保留在高亮数据库中。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="218"/>
        <source>Delete “{0}” and its {1} highlight(s) for good? The article cannot be put back (Highlight ▸ Undo brings back only its highlights).</source>
        <translation>永久删除“{0}”及其 {1} 处高亮？文章将无法放回（“高亮 ▸ 撤销”只能找回它的高亮）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="221"/>
        <source>Delete for Good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="241"/>
        <source>and {0} more to put back or delete</source>
        <translation>，另有 {0} 篇可放回或删除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="231"/>
        <source>Deleted {0} for good</source>
        <translation>已永久删除 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_files.py" line="239"/>
        <source>Removed “{0}” (its highlights are kept)</source>
        <translation>已移除“{0}”（高亮仍保留）</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="106"/>
        <source>{0:,} characters</source>
        <translation>{0:,} 字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="107"/>
        <source>about {0} min</source>
        <translation>约 {0} 分钟</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="111"/>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="113"/>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="114"/>
        <source>The arrow keys open an article; Ctrl+click or a middle click opens it in a new pane</source>
        <translation>方向键打开文章；Ctrl+单击或中键单击在新窗格中打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="115"/>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="116"/>
        <source>By title</source>
        <translation>按标题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="181"/>
        <source>Cannot open: {0}</source>
        <translation>无法打开：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="234"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="235"/>
        <source>Open in New Pane</source>
        <translation>在新窗格中打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="237"/>
        <source>Compare with the Current Article</source>
        <translation>与当前文章对照</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="240"/>
        <source>Article Info…</source>
        <translation>文章信息…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/library_panel.py" line="242"/>
        <source>Remove from Library</source>
        <translation>从文库中移除</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../reader/ui/controllers/links.py" line="26"/>
        <source>Not a Duidu link: {0}</source>
        <translation>不是对读的链接：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/links.py" line="32"/>
        <source>There is no article “{0}” in the library, so the link cannot be followed:
{1}</source>
        <translation>文库中没有文章“{0}”，无法打开此链接：
{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/links.py" line="35"/>
        <source>The article “{0}” cannot be opened ({1}), so the link cannot be followed:
{2}</source>
        <translation>文章“{0}”无法打开（{1}），因此无法打开此链接：
{2}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/links.py" line="43"/>
        <source>“{0}” has no passage “{1}” (the article may have changed since the link was made): it is shown from where it was left.</source>
        <translation>《{0}》中没有段落“{1}”（链接生成后文章可能已改动）：文章从上次阅读处显示。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/links.py" line="50"/>
        <source>Cannot Follow the Link</source>
        <translation>无法打开链接</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="188"/>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="189"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="193"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="194"/>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="212"/>
        <source>&amp;Show Highlights Panel</source>
        <translation>显示高亮面板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="190"/>
        <source>Indexing %v/%m</source>
        <translation>正在索引 %v/%m</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="55"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="57"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="125"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="126"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="127"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="197"/>
        <source>Highlight &amp;Again in the Last Colour</source>
        <translation>用上次的颜色高亮(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="200"/>
        <source>Edit &amp;Note and Tags…</source>
        <translation>编辑笔记和标签(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="202"/>
        <source>&amp;Delete Highlight</source>
        <translation>删除高亮(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="205"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="207"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="244"/>
        <source>原文 (As Written)</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="166"/>
        <source>&amp;Next Script</source>
        <translation>下一种字形(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="98"/>
        <source>Put &amp;Back the Removed Article</source>
        <translation>放回移除的文章(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="115"/>
        <source>Export Ali&amp;gned Passages…</source>
        <translation>导出对齐的段落(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="117"/>
        <source>I&amp;mport Highlights…</source>
        <translation>导入高亮(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="163"/>
        <source>Sc&amp;ript</source>
        <translation>字形(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="169"/>
        <source>Regional &amp;Vocabulary (软件 ↔ 軟體, 程式設計 → 编程)</source>
        <translation>地区用语(&amp;V)（软件 ↔ 軟體，程式設計 → 编程）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="171"/>
        <source>Convert phrases too, not only characters; 臺灣正體 always does</source>
        <translation>不仅转换字，也转换词语；臺灣正體总是如此</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="172"/>
        <source>Show What &amp;Changed</source>
        <translation>显示转换之处(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="175"/>
        <source>&amp;Interface Language</source>
        <translation>界面语言(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="179"/>
        <source>Time&amp;line of Topics</source>
        <translation>话题时间线(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="245"/>
        <source>Follow the Script Shown</source>
        <translation>跟随显示的字形</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="128"/>
        <source>&amp;Caret Browsing (Select with the Keyboard)</source>
        <translation>光标浏览(&amp;C)（用键盘选择文字）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="177"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="246"/>
        <source>The System&apos;s Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="247"/>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="248"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="249"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="58"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="56"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="59"/>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="91"/>
        <source>&amp;Import Into the Library…</source>
        <translation>导入到文库(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="93"/>
        <source>Article In&amp;fo…</source>
        <translation>文章信息(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="95"/>
        <source>&amp;Remove from Library</source>
        <translation>从文库中移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="97"/>
        <source>Remove the current imported article (Undo puts it back)</source>
        <translation>移除当前导入的文章（撤销可放回）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="101"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="103"/>
        <source>Export to P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="105"/>
        <source>This article in the script shown, with your highlights if you like; in compare mode, the aligned passages</source>
        <translation>以当前显示的字形导出这篇文章，可附上你的高亮；对照模式下导出对齐的段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="107"/>
        <source>Export to &amp;HTML…</source>
        <translation>导出为 HTML(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="110"/>
        <source>&amp;Export Highlights…</source>
        <translation>导出高亮(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="113"/>
        <source>Export This &amp;Article&apos;s Highlights…</source>
        <translation>导出本文的高亮(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="122"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="130"/>
        <source>Topic &amp;Bar</source>
        <translation>话题条(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="131"/>
        <source>A thin bar in the margin, in each topic&apos;s colour, beside the passages about it</source>
        <translation>在页边画一道细条，以各话题的颜色标出谈及它的段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="133"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="136"/>
        <source>S&amp;plit Pane</source>
        <translation>拆分窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="137"/>
        <source>Open this article in a second pane beside it</source>
        <translation>在旁边的第二个窗格中打开本文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="138"/>
        <source>Close Pa&amp;ne</source>
        <translation>关闭窗格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="140"/>
        <source>Ne&amp;xt Pane</source>
        <translation>下一个窗格(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="142"/>
        <source>Pre&amp;vious Pane</source>
        <translation>上一个窗格(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="144"/>
        <source>Co&amp;mpare Side by Side</source>
        <translation>并排对照(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="146"/>
        <source>Match the panes&apos; passages: what the other articles say in their place, and scrolling that follows the content</source>
        <translation>匹配各窗格的段落：其他文章在相应位置说了什么，滚动也随内容对齐</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="148"/>
        <source>Show the N&amp;earest Passages</source>
        <translation>显示最接近的段落(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="150"/>
        <source>In compare mode, the passage of each other pane closest to the chosen one, even where none says the same for sure</source>
        <translation>在对照模式中，显示其他每个窗格中与所选段落最接近的段落，即使没有哪段确定意思相同</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="152"/>
        <source>Scroll S&amp;ync</source>
        <translation>同步滚动(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="153"/>
        <source>&amp;Off</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="155"/>
        <source>By &amp;Relative Position</source>
        <translation>按相对位置(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="157"/>
        <source>By &amp;Passage</source>
        <translation>按段落(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="160"/>
        <source>Remove the Sync Points of This Pane</source>
        <translation>移除此窗格的同步点</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="250"/>
        <source>Se&amp;pia</source>
        <translation>护眼棕(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="181"/>
        <source>Which article covers which topic, by date and by position in its text; a mark opens the passages side by side</source>
        <translation>哪篇文章谈到哪个话题：按日期、按在文中的位置；点击标记即并排打开相关段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="184"/>
        <source>&amp;Search All Articles…</source>
        <translation>搜索全部文章(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="186"/>
        <source>&amp;Find in Article…</source>
        <translation>在文中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="188"/>
        <source>Find &amp;Next</source>
        <translation>查找下一处(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="190"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一处(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="193"/>
        <source>&amp;Clear Marks</source>
        <translation>清除标记(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="194"/>
        <source>&amp;Rebuild Search Index</source>
        <translation>重建搜索索引(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="210"/>
        <source>Rena&amp;me Colours…</source>
        <translation>重命名颜色(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="214"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="216"/>
        <source>Back to where this pane was before its last jump (another article, a search hit, a heading, a highlight)</source>
        <translation>回到此窗格上次跳转（换文章、搜索结果、标题、高亮）之前所在的位置</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="218"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="220"/>
        <source>Forward again to where Back came from</source>
        <translation>再前进到后退之前的位置</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="226"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="233"/>
        <source>Show or Hide the Library</source>
        <translation>显示或隐藏文库</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="234"/>
        <source>Show or Hide the Contents</source>
        <translation>显示或隐藏目录</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="235"/>
        <source>Show or Hide the Parallel Passages</source>
        <translation>显示或隐藏平行段落</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="60"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="222"/>
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="224"/>
        <source>&amp;Previous Article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="61"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="228"/>
        <source>&amp;About Duidu</source>
        <translation>关于对读(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="202"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="302"/>
        <source>Zoom {0:.0%}</source>
        <translation>缩放 {0:.0%}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="351"/>
        <source>{0} file(s) could not be opened (marked in the library)</source>
        <translation>{0} 个文件无法打开（已在文库中标出）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="354"/>
        <source>No installed font can show Chinese: install one (Debian/Ubuntu: sudo apt install {0})</source>
        <translation>没有能显示中文的字体：请安装一个（Debian/Ubuntu：sudo apt install {0}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="29"/>
        <source>Open in a New Pane</source>
        <translation>在新窗格中打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="30"/>
        <source>Ctrl+click or middle click in the library; Ctrl+click or Ctrl+Enter on a search hit</source>
        <translation>在文库中 Ctrl+单击或中键单击；在搜索结果上 Ctrl+单击或 Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="32"/>
        <source>Cancel the Sync Point Being Placed</source>
        <translation>取消正在设置的同步点</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="33"/>
        <source>In the timeline: between the marks, open them side by side</source>
        <translation>在时间线中：在标记之间移动，并排打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="35"/>
        <source>In the search box: search now, open the results one by one; ↓ goes to the results</source>
        <translation>在搜索框中：立即搜索，逐个打开结果；↓ 转到结果列表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="37"/>
        <source>In the find bar: next and previous hit, close</source>
        <translation>在查找栏中：下一处、上一处、关闭</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="39"/>
        <source>Highlight the Selection in That Colour</source>
        <translation>用该颜色高亮所选文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="41"/>
        <source>Select text with the keyboard (after F7)</source>
        <translation>用键盘选择文字（按 F7 后）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="43"/>
        <source>Page down and up through the article</source>
        <translation>在文章中向下、向上翻页</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="45"/>
        <source>To the start and the end of the article</source>
        <translation>转到文章开头、结尾</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="46"/>
        <source>Back and forward</source>
        <translation>后退与前进</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="47"/>
        <source>The mouse&apos;s back and forward buttons</source>
        <translation>鼠标的后退键和前进键</translation>
    </message>
</context>
<context>
    <name>NavigationToolbar</name>
    <message>
        <location filename="../../reader/ui/controllers/history.py" line="23"/>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
</context>
<context>
    <name>PaneHighlights</name>
    <message>
        <location filename="../../reader/ui/pane/highlight_layer.py" line="98"/>
        <source>Highlight (N: add a note)</source>
        <translation>高亮（按 N 添加笔记）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="31"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="32"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="33"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="34"/>
        <source>Sepia</source>
        <translation>护眼棕</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="37"/>
        <source>Follow the script shown</source>
        <translation>跟随所显示的字形</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="38"/>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="143"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="144"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="145"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="148"/>
        <source>Reading text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="149"/>
        <source>&amp;Font:</source>
        <translation>字体(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="150"/>
        <source>Default (a Chinese serif font)</source>
        <translation>默认（中文宋体/明体）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="151"/>
        <source>Font &amp;size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="152"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="153"/>
        <source>&amp;Line height:</source>
        <translation>行高(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="154"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="155"/>
        <source>&amp;Paragraph spacing:</source>
        <translation>段间距(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="156"/>
        <source> em</source>
        <translation> 字高</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="157"/>
        <source>Page &amp;width:</source>
        <translation>版心宽度(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="158"/>
        <source> characters</source>
        <translation> 字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="159"/>
        <source>The widest line of text, in Chinese characters</source>
        <translation>一行正文最多容纳的汉字数</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="160"/>
        <source>Script</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="161"/>
        <source>&amp;New panes show:</source>
        <translation>新窗格显示(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="162"/>
        <source>Regional &amp;vocabulary (软件 ↔ 軟體, 程式設計 → 编程)</source>
        <translation>地区用语(&amp;V)（软件 ↔ 軟體，程式設計 → 编程）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="163"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="164"/>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/preferences.py" line="168"/>
        <source>Search as you t&amp;ype (otherwise on Enter)</source>
        <translation>边输入边搜索(&amp;Y)（否则按 Enter 搜索）</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/print_options.py" line="17"/>
        <source>&amp;Include highlights and notes</source>
        <translation>包含高亮和笔记(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/print_options.py" line="21"/>
        <source>{0} highlights, {1} with a note (printed as numbered footnotes)</source>
        <translation>{0} 处高亮，其中 {1} 处有笔记（印作编号脚注）</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="72"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="76"/>
        <location filename="../../reader/ui/controllers/printing.py" line="161"/>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="80"/>
        <location filename="../../reader/ui/controllers/printing.py" line="162"/>
        <source>Export to HTML</source>
        <translation>导出为 HTML</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="93"/>
        <source>Open an article first</source>
        <translation>请先打开一篇文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="130"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="139"/>
        <source>score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="161"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="162"/>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="175"/>
        <source>Could not export: {0}</source>
        <translation>无法导出：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/printing.py" line="177"/>
        <source>Exported “{0}” to {1}</source>
        <translation>已将“{0}”导出到 {1}</translation>
    </message>
</context>
<context>
    <name>ReadingHistory</name>
    <message>
        <location filename="../../reader/ui/controllers/history.py" line="66"/>
        <source>Nothing to go back to</source>
        <translation>没有可后退的位置</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/history.py" line="66"/>
        <source>Nothing ahead</source>
        <translation>没有可前进的位置</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="204"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="204"/>
        <source>Follows</source>
        <translation>跟随</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="219"/>
        <source>Lock: this pane stops following the others&apos; scrolling</source>
        <translation>锁定：此窗格不再跟随其他窗格滚动</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="221"/>
        <source>Compare this article with another, side by side</source>
        <translation>将本文与另一篇文章并排对照</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="222"/>
        <source>Compare with</source>
        <translation>对照</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="223"/>
        <source>Script shown</source>
        <translation>显示的文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="224"/>
        <source>The article. Space and Shift+Space: page down and up; Alt+Left: back</source>
        <translation>文章正文。空格和 Shift+空格：向下、向上翻页；Alt+左箭头：后退</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="226"/>
        <source>Script this pane shows (Ctrl+Shift+T: next)</source>
        <translation>此窗格显示的字形（Ctrl+Shift+T：下一种）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="232"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="241"/>
        <source>OpenCC {0}</source>
        <translation>OpenCC {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/reading_pane.py" line="241"/>
        <source>as written</source>
        <translation>按原文</translation>
    </message>
</context>
<context>
    <name>Scripts</name>
    <message>
        <location filename="../../reader/ui/controllers/scripts.py" line="58"/>
        <source>Showing {0} (OpenCC {1})</source>
        <translation>显示{0}（OpenCC {1}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/scripts.py" line="59"/>
        <source>Showing {0}: no conversion needed</source>
        <translation>显示{0}：无需转换</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="127"/>
        <source>Search all articles: 强化学习, &quot;认知核心&quot;, title:, -word</source>
        <translation>搜索全部文章：强化学习、&quot;认知核心&quot;、title:、-词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="128"/>
        <source>Search all articles</source>
        <translation>搜索全部文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="129"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="130"/>
        <source>Either script finds both. Space: all words; OR: either; -word: without; &quot;…&quot;: exact phrase; title:, outlet:, date:2025-10..2025-12; topic:rl (see the Timeline of Topics)</source>
        <translation>简繁皆可，互相找到。空格：同时包含；OR：任一；-词：排除；&quot;…&quot;：完整短语；title:、outlet:、date:2025-10..2025-12；topic:rl（见话题时间线）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="142"/>
        <source>Indexing the library…</source>
        <translation>正在为文库建立索引…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="157"/>
        <source>Indexing the library… the search runs when it is done.</source>
        <translation>正在为文库建立索引…完成后立即搜索。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="169"/>
        <source>Search is unavailable: {0}</source>
        <translation>无法搜索：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="181"/>
        <source>{0} articles match ({1:.0f} ms)</source>
        <translation>{0} 篇文章符合（{1:.0f} 毫秒）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="183"/>
        <source>{0} articles, {1} hits ({2:.0f} ms)</source>
        <translation>{0} 篇文章，{1} 处命中（{2:.0f} 毫秒）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="186"/>
        <source>No article contains that.</source>
        <translation>没有文章包含这些内容。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/search_panel.py" line="197"/>
        <source>regional variant</source>
        <translation>地区用词</translation>
    </message>
</context>
<context>
    <name>Searching</name>
    <message>
        <location filename="../../reader/ui/controllers/searching.py" line="51"/>
        <source>{0} hits in this article · F3 next, Shift+F3 previous</source>
        <translation>本文 {0} 处命中 · F3 下一处，Shift+F3 上一处</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/searching.py" line="71"/>
        <source>Search is unavailable: {0}</source>
        <translation>无法搜索：{0}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../reader/ui/controllers/session.py" line="35"/>
        <source>At most four panes fit side by side: close one first (Ctrl+W)</source>
        <translation>最多并排四个窗格：请先关闭一个（Ctrl+W）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/session.py" line="68"/>
        <source>Cannot open {0}: {1}</source>
        <translation>无法打开 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/session.py" line="88"/>
        <source>The last pane stays open</source>
        <translation>最后一个窗格保持打开</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="65"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="66"/>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="67"/>
        <source>Type part of an action or a key</source>
        <translation>输入操作名称或按键的一部分</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="68"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="68"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="69"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="114"/>
        <source>By Date</source>
        <translation>按日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="115"/>
        <source>By Position in the Article</source>
        <translation>按文中位置</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="116"/>
        <source>Timeline layout</source>
        <translation>时间线布局</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="117"/>
        <source>Timeline of topics</source>
        <translation>话题时间线</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="118"/>
        <source>Strips by Date</source>
        <translation>文章按日期排列</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="119"/>
        <source>Strips by Outlet</source>
        <translation>文章按媒体排列</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="120"/>
        <source>Order of the articles</source>
        <translation>文章的顺序</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="121"/>
        <source>Topics</source>
        <translation>话题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="122"/>
        <source>Topics shown</source>
        <translation>显示的话题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="123"/>
        <source>Outlets</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="124"/>
        <source>Outlets shown</source>
        <translation>显示的媒体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="125"/>
        <source>Script</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="126"/>
        <source>Articles shown by script</source>
        <translation>按字体显示的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="127"/>
        <source>Articles in Simplified Script (简体)</source>
        <translation>简体文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="128"/>
        <source>Articles in Traditional Script (繁體)</source>
        <translation>繁体文章（繁體）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="129"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="130"/>
        <source>Export the timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="131"/>
        <source>As PNG Image…</source>
        <translation>导出为 PNG 图片…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="132"/>
        <source>As SVG Drawing…</source>
        <translation>导出为 SVG 矢量图…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="133"/>
        <source>Timeline of topics: arrow keys move between marks, Enter opens</source>
        <translation>话题时间线：方向键在标记间移动，回车键打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="134"/>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="140"/>
        <source>Event {0}</source>
        <translation>事件 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="171"/>
        <source>No topic list: nothing to show</source>
        <translation>没有话题列表：无可显示的内容</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="173"/>
        <source>Nothing left to show: the filters hide every topic or article</source>
        <translation>无可显示的内容：筛选条件隐藏了所有话题或文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/timeline_panel.py" line="189"/>
        <source>Colours of the topics: {0}</source>
        <translation>各话题的颜色：{0}</translation>
    </message>
</context>
<context>
    <name>TocPanel</name>
    <message>
        <location filename="../../reader/ui/panels/toc_panel.py" line="28"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/toc_panel.py" line="29"/>
        <source>The article&apos;s headings: Enter goes there</source>
        <translation>文章的标题：按 Enter 转到该处</translation>
    </message>
</context>
<context>
    <name>TopicBar</name>
    <message>
        <location filename="../../reader/ui/pane/topic_bar.py" line="145"/>
        <source>strong</source>
        <translation>明确</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pane/topic_bar.py" line="145"/>
        <source>some</source>
        <translation>有所涉及</translation>
    </message>
</context>
<context>
    <name>TopicFilter</name>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="144"/>
        <location filename="../../reader/ui/panels/topic_filter.py" line="166"/>
        <source>All topics</source>
        <translation>全部话题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="150"/>
        <source>{0} topics</source>
        <translation>{0} 个话题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="153"/>
        <source>Showing the articles that cover: {0}</source>
        <translation>只显示谈及以下话题的文章：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="154"/>
        <source>Show only the articles that cover a topic</source>
        <translation>只显示谈及某个话题的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="160"/>
        <source>{0} of {1}</source>
        <translation>{0} / {1} 篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="162"/>
        <source>{0} articles</source>
        <translation>{0} 篇文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="163"/>
        <source>Articles shown: {0} of {1}</source>
        <translation>显示的文章：{0} / {1} 篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="167"/>
        <source>Filter the library by topic</source>
        <translation>按话题筛选文库</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="168"/>
        <source>Clear the topic filter: show every article</source>
        <translation>清除话题筛选：显示全部文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/topic_filter.py" line="169"/>
        <source>Clear the topic filter</source>
        <translation>清除话题筛选</translation>
    </message>
</context>
<context>
    <name>TopicTimeline</name>
    <message>
        <location filename="../../reader/ui/controllers/timeline.py" line="99"/>
        <location filename="../../reader/ui/controllers/timeline.py" line="273"/>
        <source>Timeline of Topics</source>
        <translation>话题时间线</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/timeline.py" line="112"/>
        <source>{0}: {1} passage(s)</source>
        <translation>{0}：{1} 段</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/timeline.py" line="162"/>
        <source>{0}: {1} more article(s) cover it, left out (at most four side by side): {2}</source>
        <translation>{0}：另有 {1} 篇文章谈到它，未打开（最多并排四篇）：{2}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/timeline.py" line="262"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/timeline.py" line="262"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/timeline.py" line="264"/>
        <source>Export the Timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/timeline.py" line="279"/>
        <source>Timeline exported to {0}</source>
        <translation>时间线已导出到 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/timeline.py" line="281"/>
        <source>Could not export the timeline to {0} {1}</source>
        <translation>无法将时间线导出到 {0} {1}</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../../reader/ui/controllers/topics.py" line="69"/>
        <source>Topic list</source>
        <translation>话题列表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/topics.py" line="71"/>
        <source>Topic list read again: {0} topics</source>
        <translation>已重新读取话题列表：{0} 个话题</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../reader/ui/late.py" line="52"/>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
</context>
</TS>
