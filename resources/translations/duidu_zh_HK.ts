<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_HK">
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="45" />
        <source>Find in article (学习 also finds 學習)</source>
        <translation>在文中查找（簡體繁體都能找到）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="46" />
        <source>Previous hit (Shift+F3, Shift+Enter)</source>
        <translation>上一處（Shift+F3、Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="47" />
        <source>Next hit (F3, Enter)</source>
        <translation>下一處（F3、Enter）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="48" />
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="80" />
        <source>no hits</source>
        <translation>沒有找到</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../reader/ui/library_panel.py" line="69" />
        <source>{0:,} characters</source>
        <translation>{0:,} 字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_panel.py" line="70" />
        <source>about {0} min</source>
        <translation>約 {0} 分鐘</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_panel.py" line="74" />
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_panel.py" line="75" />
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_panel.py" line="76" />
        <source>By title</source>
        <translation>按標題</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_panel.py" line="123" />
        <source>Cannot open: {0}</source>
        <translation>無法打開：{0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="146" />
        <source>Library</source>
        <translation>文庫</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="147" />
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="148" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="149" />
        <source>Indexing %v/%m</source>
        <translation>正在索引 %v/%m</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="150" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="151" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="152" />
        <source>&amp;View</source>
        <translation>視圖(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="153" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="154" />
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="155" />
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="156" />
        <source>&amp;Theme</source>
        <translation>主題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="157" />
        <source>Follow &amp;System</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="158" />
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="159" />
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="160" />
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="161" />
        <source>&amp;Search All Articles…</source>
        <translation>搜索全部文章(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="162" />
        <source>&amp;Find in Article…</source>
        <translation>在文中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="163" />
        <source>Find &amp;Next</source>
        <translation>查找下一處(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="164" />
        <source>Find &amp;Previous</source>
        <translation>查找上一處(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="165" />
        <source>&amp;Clear Marks</source>
        <translation>清除標記(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="166" />
        <source>&amp;Rebuild Search Index</source>
        <translation>重建搜索索引(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="167" />
        <source>&amp;Go</source>
        <translation>轉到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="168" />
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="169" />
        <source>&amp;Previous Article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="170" />
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="171" />
        <source>&amp;About Duidu</source>
        <translation>關於對讀(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="201" />
        <source>Cannot open {0}: {1}</source>
        <translation>無法打開 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="224" />
        <source>Not a Duidu link: {0}</source>
        <translation>不是對讀的鏈接：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="246" />
        <source>{0} hits in this article · F3 next, Shift+F3 previous</source>
        <translation>本文 {0} 處命中 · F3 下一處，Shift+F3 上一處</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="281" />
        <source>Search index updated</source>
        <translation>搜索索引已更新</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="283" />
        <source>{0}: {1} articles, {2} re-indexed in {3:.1f} s</source>
        <translation>{0}：{1} 篇文章，{2} 篇重新索引，用時 {3:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="289" />
        <source>Search is unavailable: {0}</source>
        <translation>無法搜索：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="290" />
        <source>Search index: {0}</source>
        <translation>搜索索引：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="328" />
        <source>Zoom {0:.0%}</source>
        <translation>縮放 {0:.0%}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="337" />
        <source>{0} file(s) could not be opened (marked in the library)</source>
        <translation>{0} 個文件無法打開（已在文庫中標出）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="340" />
        <source>No installed font can show Chinese: install one (Debian/Ubuntu: sudo apt install {0})</source>
        <translation>沒有能顯示中文的字體：請安裝一個（Debian/Ubuntu：sudo apt install {0}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="356" />
        <source>About Duidu</source>
        <translation>關於對讀</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="358" />
        <source>Read Chinese-language articles side by side, offline.</source>
        <translation>離線對照閲讀中文文章。</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="117" />
        <source>Search all articles: 强化学习, "认知核心", title:, -word</source>
        <translation>搜索全部文章：強化學習、"認知核心"、title:、-詞</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="118" />
        <source>Either script finds both. Space: all words; OR: either; -word: without; "…": exact phrase; title:, outlet:, date:2025-10..2025-12</source>
        <translation>簡繁皆可，互相找到。空格：同時包含；OR：任一；-詞：排除；"…"：完整短語；title:、outlet:、date:2025-10..2025-12</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="135" />
        <source>Indexing the library…</source>
        <translation>正在為文庫建立索引…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="150" />
        <source>Indexing the library… the search runs when it is done.</source>
        <translation>正在為文庫建立索引…完成後立即搜索。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="160" />
        <source>Search is unavailable: {0}</source>
        <translation>無法搜索：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="167" />
        <source>{0} articles, {1} hits ({2:.0f} ms)</source>
        <translation>{0} 篇文章，{1} 處命中（{2:.0f} 毫秒）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="170" />
        <source>No article contains that.</source>
        <translation>沒有文章包含這些內容。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="180" />
        <source>regional variant</source>
        <translation>地區用詞</translation>
    </message>
</context>
</TS>