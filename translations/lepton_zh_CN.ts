<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AllocationDialog</name>
    <message>
        <source>Allocation of %1</source>
        <translation>%1 的收益分配</translation>
    </message>
    <message>
        <source>Split by the contract&apos;s scheme: %1</source>
        <translation>按合同约定的分配方式分配：%1</translation>
    </message>
    <message>
        <source>Every scheme side by side</source>
        <translation>各分配方式对比</translation>
    </message>
    <message>
        <source>Shapley game: what each coalition would create, v(S)</source>
        <translation>Shapley 博弈：各联盟可创造的价值 v(S)</translation>
    </message>
    <message>
        <source>Default game</source>
        <translation>默认博弈</translation>
    </message>
    <message>
        <source>Values derived from the participants&apos; contributions</source>
        <translation>根据参与方贡献推算的价值</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;Revenue %3 − cost %4 = profit &lt;b&gt;%5&lt;/b&gt; to share among %n participant(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;收入 %3 − 成本 %4 = 利润 &lt;b&gt;%5&lt;/b&gt;，由 %n 个参与方分配。</numerusform>
        </translation>
    </message>
    <message>
        <source> · no contract: shared in proportion to contribution</source>
        <translation> · 无合同：按贡献比例分配</translation>
    </message>
    <message>
        <source> · contract %1</source>
        <translation> · 合同 %1</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>收益分配</translation>
    </message>
    <message>
        <source>The allocation cannot be shown: %1</source>
        <translation>无法显示收益分配：%1</translation>
    </message>
    <message>
        <source>Coalition S</source>
        <translation>联盟 S</translation>
    </message>
    <message>
        <source>v(S), %1</source>
        <translation>v(S)，%1</translation>
    </message>
    <message numerus="yes">
        <source>With %n participant(s) the coalition table has too many rows to edit here; the Shapley value uses the game derived from contributions.</source>
        <translation>
            <numerusform>共有 %n 个参与方，联盟表行数过多，无法在此编辑；Shapley 值将使用根据贡献推算的博弈。</numerusform>
        </translation>
    </message>
    <message>
        <source>The grand coalition creates the project&apos;s profit</source>
        <translation>大联盟创造项目的全部利润</translation>
    </message>
    <message>
        <source>%1 is not a value for %2: %3</source>
        <translation>%1 不是 %2 的有效价值：%3</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>分得</translation>
    </message>
    <message>
        <source>Share of profit</source>
        <translation>利润占比</translation>
    </message>
    <message>
        <source>This scheme does not apply: %1</source>
        <translation>该分配方式不适用：%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 (contract)</source>
        <translation>%1（合同约定）</translation>
    </message>
    <message>
        <source>The stored coalition values could not be removed: %1</source>
        <translation>无法删除已保存的联盟值：%1</translation>
    </message>
    <message>
        <source>The value of %1 is used but could not be stored: %2</source>
        <translation>已使用 %1 的值，但无法保存：%2</translation>
    </message>
    <message>
        <source>Double-click a value to state what a coalition would really create.</source>
        <translation>双击某个值可填写该联盟实际能创造的价值。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Overwrote a newer version</source>
        <translation>覆盖了较新的版本</translation>
    </message>
</context>
<context>
    <name>AuditedChange</name>
    <message>
        <source>Someone else saved this record after you opened it (it is now at version %1; you started from version %2), so your change was not made. Open the record to see the saved version.</source>
        <translation>在您打开此记录之后，其他人保存了它（现为第 %1 版；您是基于第 %2 版修改的），因此您的更改未执行。请打开该记录查看已保存的版本。</translation>
    </message>
    <message>
        <source>Someone else deleted this record after you opened it, so your change was not made.</source>
        <translation>在您打开此记录之后，其他人删除了它，因此您的更改未执行。</translation>
    </message>
</context>
<context>
    <name>BestModelPredictor</name>
    <message>
        <source>This run has no best model yet; it is saved at the run&apos;s first evaluation.</source>
        <translation>该任务还没有最佳模型；它会在任务第一次评估时保存。</translation>
    </message>
    <message>
        <source>The best model in %1 cannot be loaded: %2</source>
        <translation>无法加载 %1 中的最佳模型：%2</translation>
    </message>
    <message>
        <source>This run&apos;s model reads text, not feature values.</source>
        <translation>该任务的模型读取的是文本，而不是特征值。</translation>
    </message>
    <message>
        <source>This run&apos;s model reads feature values, not text.</source>
        <translation>该任务的模型读取的是特征值，而不是文本。</translation>
    </message>
    <message>
        <source>Give %1 feature values, in this order: %2</source>
        <translation>请按以下顺序给出 %1 个特征值：%2</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is &quot;%2&quot;, which is not a number.</source>
        <translation>“%1”的值为“%2”，不是数字。</translation>
    </message>
    <message>
        <source>The model cannot classify this input: %1</source>
        <translation>模型无法对该输入进行分类：%1</translation>
    </message>
    <message>
        <source>The process that loads the model ended before it answered; try again. If a large model ends it every time, close other programs to free memory.</source>
        <translation>加载模型的进程在给出答案前已结束；请重试。如果较大的模型每次都会使它结束，请关闭其他程序以释放内存。</translation>
    </message>
    <message>
        <source>The program that loads models (%1) cannot be started: %2. Reinstall Lepton Partner Studio.</source>
        <translation>无法启动加载模型的程序（%1）：%2。请重新安装 Lepton Partner Studio。</translation>
    </message>
</context>
<context>
    <name>ChartScale</name>
    <message>
        <source>million %1</source>
        <translation>百万 %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>千 %1</translation>
    </message>
    <message>
        <source>billion %1</source>
        <translation>十亿 %1</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>初创公司</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>研究机构</translation>
    </message>
    <message>
        <source>University</source>
        <translation>高校</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府机构</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>医疗健康</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>制造业</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通运输</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Smart city</source>
        <translation>智慧城市</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>农业</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>战略级</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>合作中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Joint R&amp;D</source>
        <translation>联合研发</translation>
    </message>
    <message>
        <source>Resource sharing</source>
        <translation>资源共享</translation>
    </message>
    <message>
        <source>Technology licensing</source>
        <translation>技术许可</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>数据共享</translation>
    </message>
    <message>
        <source>Strategic investment</source>
        <translation>战略投资</translation>
    </message>
    <message>
        <source>Joint marketing</source>
        <translation>联合营销</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判中</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Proportional to contribution</source>
        <translation>按贡献比例</translation>
    </message>
    <message>
        <source>Fixed shares</source>
        <translation>固定份额</translation>
    </message>
    <message>
        <source>Performance-based</source>
        <translation>按绩效</translation>
    </message>
    <message>
        <source>Shapley value</source>
        <translation>Shapley 值</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Technology provider</source>
        <translation>技术提供方</translation>
    </message>
    <message>
        <source>Data provider</source>
        <translation>数据提供方</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>投资方</translation>
    </message>
    <message>
        <source>Domain expert</source>
        <translation>领域专家</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
</context>
<context>
    <name>CoalitionGame</name>
    <message>
        <source>The game has no participants; add at least one.</source>
        <translation>该合作博弈没有参与方；请至少添加一个。</translation>
    </message>
    <message>
        <source>A game can have at most %1 participants.</source>
        <translation>一个合作博弈最多可有 %1 个参与方。</translation>
    </message>
    <message>
        <source>The coalition values would be too large to represent; check the amounts.</source>
        <translation>联盟价值过大，无法表示；请检查金额。</translation>
    </message>
    <message>
        <source>The synergies are too large compared with the profit; check the amounts.</source>
        <translation>协同效应相对于利润过大；请检查金额。</translation>
    </message>
    <message>
        <source>Cannot derive the coalition values from the contributions: %1</source>
        <translation>无法根据贡献推算联盟价值：%1</translation>
    </message>
    <message>
        <source>A coalition table needs 2^n values for n participants (n from 1 to %1), not %2.</source>
        <translation>n 个参与方的联盟表需要 2^n 个值（n 为 1 到 %1），而不是 %2 个。</translation>
    </message>
    <message>
        <source>The empty coalition creates nothing: its value must be 0.</source>
        <translation>空联盟不创造价值：其价值必须为 0。</translation>
    </message>
    <message>
        <source>The empty coalition creates nothing: its value stays 0.</source>
        <translation>空联盟不创造价值：其价值保持为 0。</translation>
    </message>
    <message>
        <source>The coalition names a participant the game does not have.</source>
        <translation>该联盟包含博弈中不存在的参与方。</translation>
    </message>
    <message>
        <source>A synergy names participants %1 and %2; it must name two different participants, numbered 1 to %3.</source>
        <translation>协同效应指定了参与方 %1 和 %2；它必须指定两个不同的参与方，编号为 1 到 %3。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>&lt;b&gt;&quot;%1&quot; was saved by someone else while you were editing it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;在您编辑“%1”期间，其他人保存了它。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&quot;%1&quot; was deleted by someone else while you were editing it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;在您编辑“%1”期间，其他人删除了它。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your changes have not been saved. The fields that differ are highlighted; choose which version to keep.</source>
        <translation>您的更改尚未保存。不同的字段已高亮显示；请选择保留哪个版本。</translation>
    </message>
    <message>
        <source>Your changes have not been saved. Keep your version to create the record again, or discard your changes.</source>
        <translation>您的更改尚未保存。保留您的版本将重新创建该记录，也可以放弃您的更改。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>已保存的版本</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>保留我的版本(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Keep My Version (Create Again)</source>
        <translation>保留我的版本并重新创建(&amp;K)</translation>
    </message>
    <message>
        <source>Save your version over the saved one. The replaced version stays in the record&apos;s history.</source>
        <translation>用您的版本覆盖已保存的版本。被替换的版本仍保留在该记录的历史中。</translation>
    </message>
    <message>
        <source>&amp;Use Saved Version</source>
        <translation>使用已保存的版本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Discard My Changes</source>
        <translation>放弃我的更改(&amp;D)</translation>
    </message>
    <message>
        <source>Discard your changes and keep what is saved in the workspace.</source>
        <translation>放弃您的更改，保留工作区中已保存的内容。</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>返回编辑(&amp;B)</translation>
    </message>
    <message>
        <source>Go on editing your version; saving it then replaces the saved version shown here.</source>
        <translation>继续编辑您的版本；之后保存时将替换此处显示的已保存版本。</translation>
    </message>
</context>
<context>
    <name>ContractCsv</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Cooperation mode</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <source>Parties (partner names separated by ;)</source>
        <translation>签约方（合作伙伴名称，以 ; 分隔）</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Notice period (days)</source>
        <translation>通知期（天）</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>总金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>NDA signed</source>
        <translation>已签保密协议</translation>
    </message>
    <message>
        <source>IP ownership terms</source>
        <translation>知识产权归属条款</translation>
    </message>
    <message>
        <source>Allowed data use</source>
        <translation>允许的数据用途</translation>
    </message>
    <message>
        <source>Anonymisation required</source>
        <translation>需要匿名化</translation>
    </message>
    <message>
        <source>Data access expiry</source>
        <translation>数据访问截止日期</translation>
    </message>
    <message>
        <source>Benefit allocation</source>
        <translation>收益分配</translation>
    </message>
    <message>
        <source>parties: there is no partner called &quot;%1&quot;. Import the partners first, or correct the name.</source>
        <translation>parties：没有名为“%1”的合作伙伴。请先导入合作伙伴，或更正名称。</translation>
    </message>
    <message>
        <source>total_value: %1</source>
        <translation>total_value：%1</translation>
    </message>
    <message>
        <source>Synergy per pair (basis points of profit, 500 = 5 %)</source>
        <translation>每对协同效应（利润的基点，500 = 5 %）</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>New Contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <source>Edit Contract</source>
        <translation>编辑合同</translation>
    </message>
    <message>
        <source>e.g. LPS-2026-014</source>
        <translation>例如 LPS-2026-014</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Fixed share</source>
        <translation>固定份额</translation>
    </message>
    <message>
        <source>Type a partner&apos;s name to add it as a party...</source>
        <translation>输入合作伙伴名称，将其添加为签约方…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>e.g. model training only, no resale</source>
        <translation>例如：仅用于模型训练，不得转售</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>编号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Cooperation &amp;mode:</source>
        <translation>合作模式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>签约方(&amp;P)：</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>开始(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Notice period:</source>
        <translation>通知期(&amp;N)：</translation>
    </message>
    <message>
        <source>Total &amp;value:</source>
        <translation>总金额(&amp;V)：</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>NDA:</source>
        <translation>保密协议：</translation>
    </message>
    <message>
        <source>&amp;IP ownership:</source>
        <translation>知识产权归属(&amp;I)：</translation>
    </message>
    <message>
        <source>Allowed &amp;data use:</source>
        <translation>允许的数据用途(&amp;D)：</translation>
    </message>
    <message>
        <source>Anonymisation:</source>
        <translation>匿名化：</translation>
    </message>
    <message>
        <source>Data access e&amp;xpires:</source>
        <translation>数据访问截止(&amp;X)：</translation>
    </message>
    <message>
        <source>Benefit allocation</source>
        <translation>收益分配</translation>
    </message>
    <message>
        <source>A&amp;llocation:</source>
        <translation>分配方式(&amp;L)：</translation>
    </message>
    <message>
        <source>(partner %1)</source>
        <translation>（合作伙伴 %1）</translation>
    </message>
    <message>
        <source>How much of a project&apos;s profit any two participants who both contribute create together beyond what each would create alone, e.g. 5 % when joining a partner&apos;s data with Lepton&apos;s models lifts the profit by about a twentieth for each such pair. The Shapley allocation shares it equally between the two; 0 % if working together adds nothing.</source>
        <translation>任意两个都有投入的参与方合作时，在各自单独所能创造之外额外创造的项目利润比例。例如，把合作伙伴的数据与 Lepton 的模型结合后，每一对参与方能让利润提高约二十分之一，则填 5 %。Shapley 分配将其在两方之间平均分配；合作不带来额外价值时填 0 %。</translation>
    </message>
    <message>
        <source>S&amp;ynergy per pair:</source>
        <translation>每对协同效应(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>ContractList</name>
    <message>
        <source>Add contract &quot;%1&quot;</source>
        <translation>添加合同“%1”</translation>
    </message>
    <message>
        <source>Edit contract &quot;%1&quot;</source>
        <translation>编辑合同“%1”</translation>
    </message>
    <message>
        <source>Delete contract &quot;%1&quot;</source>
        <translation>删除合同“%1”</translation>
    </message>
    <message>
        <source>Archive contract &quot;%1&quot;</source>
        <translation>归档合同“%1”</translation>
    </message>
    <message>
        <source>Delete the contract &quot;%1&quot;?
You can undo this with Ctrl+Z.</source>
        <translation>删除合同“%1”？
可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Archive (set status to Terminated)</source>
        <translation>归档（将状态设为“已终止”）</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Search contracts by reference or title...</source>
        <translation>按编号或标题搜索合同…</translation>
    </message>
    <message>
        <source>&amp;New Contract...</source>
        <translation>新建合同(&amp;N)…</translation>
    </message>
    <message>
        <source>Inside its notice period: decide now whether to renew or end it.</source>
        <translation>已进入通知期：请尽快决定续约或终止。</translation>
    </message>
    <message>
        <source>No contracts yet.
Add partners first, then press Ctrl+N to record an agreement with them.</source>
        <translation>还没有合同。
请先添加合作伙伴，然后按 Ctrl+N 记录与其签订的协议。</translation>
    </message>
    <message>
        <source>Cooperation mode</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>全部模式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&lt;p&gt;The contract could not be read: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;无法读取该合同：%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Ends on %1, inside its notice period of %n day(s).</source>
        <translation>
            <numerusform>将于 %1 结束，已进入 %n 天的通知期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>通知期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>总金额</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>保密协议</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>未签署</translation>
    </message>
    <message>
        <source>IP ownership</source>
        <translation>知识产权归属</translation>
    </message>
    <message>
        <source>Allowed data use</source>
        <translation>允许的数据用途</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <source>required</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Data access expires</source>
        <translation>数据访问截止</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Benefit allocation</source>
        <translation>收益分配</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>签约方</translation>
    </message>
    <message>
        <source>(partner %1)</source>
        <translation>（合作伙伴 %1）</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>No parties.</source>
        <translation>没有签约方。</translation>
    </message>
    <message>
        <source>Projects under this contract</source>
        <translation>该合同下的项目</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>No project runs under it yet.</source>
        <translation>该合同下暂无项目。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln 份合同</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>Synergy per pair</source>
        <translation>每对协同效应</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 % of a project&apos;s profit for each pair of contributing participants</source>
        <translation>每对有投入的参与方创造项目利润的 %1 %</translation>
    </message>
</context>
<context>
    <name>ContractListModel</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Cooperation mode</source>
        <translation>合作模式</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>签约方</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>总金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Ends on %1; the %2-day notice period has begun. Renew or give notice now.</source>
        <translation>将于 %1 结束；%2 天的通知期已开始。请立即续约或发出通知。</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
</context>
<context>
    <name>ContractRepository</name>
    <message>
        <source>Contract &quot;%1&quot; covers 1 project; set its status to Terminated or Expired to archive it instead.</source>
        <translation>合同“%1”下有 1 个项目；请将其状态设为“已终止”或“已到期”以归档。</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; covers %2 projects; set its status to Terminated or Expired to archive it instead.</source>
        <translation>合同“%1”下有 %2 个项目；请将其状态设为“已终止”或“已到期”以归档。</translation>
    </message>
</context>
<context>
    <name>ContractValidator</name>
    <message>
        <source>Enter the contract&apos;s reference, such as LPS-2025-014.</source>
        <translation>请输入合同编号，例如 LPS-2025-014。</translation>
    </message>
    <message>
        <source>Another contract already has the reference &quot;%1&quot;. Choose a different reference.</source>
        <translation>已有合同使用编号“%1”。请换一个编号。</translation>
    </message>
    <message>
        <source>Enter the contract&apos;s title.</source>
        <translation>请输入合同标题。</translation>
    </message>
    <message>
        <source>Add at least one partner as a party.</source>
        <translation>请至少添加一个合作伙伴作为签约方。</translation>
    </message>
    <message>
        <source>A partner is listed twice as a party. List each party once.</source>
        <translation>有合作伙伴被重复列为签约方。每个签约方只需列出一次。</translation>
    </message>
    <message>
        <source>Enter the start date.</source>
        <translation>请输入开始日期。</translation>
    </message>
    <message>
        <source>Enter the end date.</source>
        <translation>请输入结束日期。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The notice period cannot be negative.</source>
        <translation>通知期不能为负数。</translation>
    </message>
    <message>
        <source>The total value cannot be negative.</source>
        <translation>总金额不能为负数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code such as USD or CNY.</source>
        <translation>“%1”不是 ISO 4217 币种代码（如 USD 或 CNY）。</translation>
    </message>
    <message>
        <source>Data access cannot expire before the contract starts.</source>
        <translation>数据访问截止日期不能早于合同开始日期。</translation>
    </message>
    <message>
        <source>A fixed share cannot be negative.</source>
        <translation>固定份额不能为负数。</translation>
    </message>
    <message>
        <source>A fixed share is given to a partner who is not a party.</source>
        <translation>有固定份额分配给了非签约方的合作伙伴。</translation>
    </message>
    <message>
        <source>The fixed shares add up to %1 %; they may add up to at most 100 %.</source>
        <translation>固定份额合计为 %1 %；合计最多为 100 %。</translation>
    </message>
    <message>
        <source>The synergy of a pair is a share of the profit from 0 % to 100 %.</source>
        <translation>每对的协同效应是利润的一个比例，须在 0 % 到 100 % 之间。</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>无法写入 CSV 文件：%1</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Choose a CSV file (UTF-8, first line holds the column names)</source>
        <translation>请选择 CSV 文件（UTF-8 编码，第一行为列名）</translation>
    </message>
    <message>
        <source>&amp;Choose File...</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题说明</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file to see a preview.</source>
        <translation>选择文件以查看预览。</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file; the preview shows the first %1.</source>
        <translation>
            <numerusform>文件共 %n 行；预览显示前 %1 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>请为以下字段选择列：%1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)...</source>
        <translation>
            <numerusform>正在导入 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>已导入 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct the file or the column choices and import again.</source>
        <translation>
            <numerusform>未导入任何记录：%n 行有问题。请更正文件或列的对应关系后重新导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is not valid CSV: %1. Save it from a spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>该文件不是有效的 CSV：%1。请在电子表格中另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>Choose a file column for: %1.</source>
        <translation>请为以下字段选择文件中的列：%1。</translation>
    </message>
    <message>
        <source>The file is %1 MB, more than the %2 MB an import can hold. Split it into smaller files and import them one after another.</source>
        <translation>该文件为 %1 MB，超过了一次导入可容纳的 %2 MB。请将其拆分为较小的文件，再逐个导入。</translation>
    </message>
    <message>
        <source>There is not enough memory to read the file. Close other programs, or split the file into smaller ones.</source>
        <translation>内存不足，无法读取该文件。请关闭其他程序，或将文件拆分为较小的文件。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Cooperation benefit (E)</source>
        <translation>合作效益 (E)</translation>
    </message>
    <message>
        <source>Projects losing money</source>
        <translation>亏损项目</translation>
    </message>
    <message>
        <source>Revenue concentration (HHI)</source>
        <translation>收入集中度 (HHI)</translation>
    </message>
    <message>
        <source>Contracts ending soon</source>
        <translation>即将到期的合同</translation>
    </message>
    <message>
        <source>Overdue milestones</source>
        <translation>逾期里程碑</translation>
    </message>
    <message>
        <source>Partners active / ended</source>
        <translation>合作伙伴（合作中 / 已结束）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Only ledger entries dated in this range</source>
        <translation>仅统计日期在此范围内的账目</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>全部合作伙伴</translation>
    </message>
    <message>
        <source>Amounts in different currencies are never added together</source>
        <translation>不同币种的金额绝不相加</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Updating...</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>The dashboard could not be updated: %1 Press Refresh to try again.</source>
        <translation>无法更新仪表盘：%1 请点击“刷新”重试。</translation>
    </message>
    <message>
        <source>Amounts in %1.</source>
        <translation>金额以 %1 计。</translation>
    </message>
    <message>
        <source>Amounts in %1; the ledger also holds %2.</source>
        <translation>金额以 %1 计；账目中还有以 %2 计的金额。</translation>
    </message>
    <message>
        <source>Revenue by industry</source>
        <translation>各行业收入</translation>
    </message>
    <message>
        <source>Contracts by cooperation mode</source>
        <translation>各合作模式的合同</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>份合同</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>no ledger entries</source>
        <translation>暂无账目</translation>
    </message>
    <message>
        <source>E = R - C + r × C, r = %1</source>
        <translation>E = R - C + r × C，r = %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>profit below zero</source>
        <translation>利润为负</translation>
    </message>
    <message>
        <source>Herfindahl-Hirschman index of revenue by partner: 0 spread thin, 10000 one partner</source>
        <translation>按合作伙伴计算的收入赫芬达尔-赫希曼指数：0 表示高度分散，10000 表示仅来自一个合作伙伴</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>not done, due date passed</source>
        <translation>未完成且已过截止日期</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>status active / ended</source>
        <translation>状态为合作中 / 已结束</translation>
    </message>
    <message numerus="yes">
        <source>Profit of the %n most profitable project(s)</source>
        <translation>
            <numerusform>利润最高的 %n 个项目的利润</numerusform>
        </translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>%1
Profit %2
Revenue %3
Cost %4
ROI %5
Click to open the project</source>
        <translation>%1
利润 %2
收入 %3
成本 %4
投资回报率 %5
点击打开该项目</translation>
    </message>
    <message>
        <source>Revenue and cost by month</source>
        <translation>每月收入与成本</translation>
    </message>
    <message>
        <source>Revenue and cost by quarter</source>
        <translation>每季度收入与成本</translation>
    </message>
    <message>
        <source>%1
Revenue %2
Cost %3
Profit %4
Click to show only this period</source>
        <translation>%1
收入 %2
成本 %3
利润 %4
点击仅显示该期间</translation>
    </message>
    <message>
        <source>Profit shared by each contract&apos;s scheme</source>
        <translation>按各合同约定的分配方式分配的利润</translation>
    </message>
    <message>
        <source>%1
%2 receives %3 (%4)
Click to see the allocation</source>
        <translation>%1
%2 分得 %3（%4）
点击查看收益分配</translation>
    </message>
    <message>
        <source>%1 (not shared)</source>
        <translation>%1（未分配）</translation>
    </message>
    <message>
        <source>%1
%2 (%3%)
Click to see the records</source>
        <translation>%1
%2（%3%）
点击查看记录</translation>
    </message>
    <message>
        <source>Contract pipeline by status</source>
        <translation>按状态划分的合同管线</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n contract(s)
Value in %2: %3
Click to see them</source>
        <translation>
            <numerusform>%1：%n 份合同
金额（%2）：%3
点击查看</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Contracts ending on or after %1 and within 30, 60 or 90 days of it: the end of the date range when one is set, else today; narrowed by the industry and partner filters.</source>
        <translation>在 %1 当天或之后、且在其后 30、60 或 90 天内到期的合同：设置了日期范围时从范围的结束日算起，否则从今天算起；按行业和合作伙伴筛选。</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime profit share of the %n leading partner(s)</source>
        <translation>
            <numerusform>前 %n 个合作伙伴的累计利润占比</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifetime profit share</source>
        <translation>累计利润占比</translation>
    </message>
    <message>
        <source>% of the portfolio&apos;s lifetime profit</source>
        <translation>占组合累计利润的百分比 (%)</translation>
    </message>
    <message>
        <source>%1
Lifetime profit of its projects %2
Share of the portfolio&apos;s lifetime profit (%3): %4
Click to open the partner</source>
        <translation>%1
其参与项目的累计利润 %2
占组合累计利润 (%3) 的比例: %4
点击打开该合作伙伴</translation>
    </message>
    <message>
        <source>none, the portfolio made no profit</source>
        <translation>无，组合没有利润</translation>
    </message>
    <message>
        <source>Each partner&apos;s lifetime profit share: the profit of the projects it takes part in over the whole ledger, as a share of the lifetime profit of all projects the industry and partner filters keep; the date range does not apply. A project with several partners counts fully for each, so the shares may add up to more than 100%.</source>
        <translation>每个合作伙伴的累计利润占比：其参与项目在整个账本上的利润，占行业和合作伙伴筛选条件保留的全部项目累计利润的比例；日期范围不适用。有多个合作伙伴的项目对每个合作伙伴都全额计入，因此各占比之和可能超过 100%。</translation>
    </message>
    <message>
        <source>Profit by project: no entries here</source>
        <translation>各项目利润：此处没有账目</translation>
    </message>
    <message>
        <source>Lifetime profit share: no partner with a profit share in this view</source>
        <translation>累计利润份额：当前视图中没有占有利润份额的合作伙伴</translation>
    </message>
    <message>
        <source>Adding up every project and partner over the date range...</source>
        <translation>正在按日期范围汇总每个项目和合作伙伴…</translation>
    </message>
    <message>
        <source>counting projects...</source>
        <translation>正在统计项目…</translation>
    </message>
    <message>
        <source>adding up partners...</source>
        <translation>正在汇总合作伙伴…</translation>
    </message>
    <message>
        <source>Profit by project: adding up the date range...</source>
        <translation>各项目利润：正在汇总日期范围…</translation>
    </message>
    <message>
        <source>30 / 60 / 90 days from %1</source>
        <translation>自 %1 起 30 / 60 / 90 天内</translation>
    </message>
    <message>
        <source>Profit shared: adding up the date range...</source>
        <translation>利润分配：正在汇总日期范围…</translation>
    </message>
    <message>
        <source>Revenue (R)</source>
        <translation>收入 (R)</translation>
    </message>
    <message>
        <source>Cost (C)</source>
        <translation>成本 (C)</translation>
    </message>
    <message>
        <source>R - C, the sum of project profits</source>
        <translation>R - C，即各项目利润之和</translation>
    </message>
    <message>
        <source>The cooperation benefit E = R - C + r × C: revenue R less cost C, plus the return r expected on the cost invested (r × C = %1).
r is the return rate on the cost invested, usually 20% to 30%; it is %2 now. Set it in Edit &gt; Settings.</source>
        <translation>合作收益 E = R - C + r × C：收入 R 减去成本 C，再加上对所投入成本的预期回报（r × C = %1）。
r 是所投入成本的回报率，通常为 20% 至 30%，当前为 %2。可在“编辑 &gt; 设置”中修改。</translation>
    </message>
    <message>
        <source>Partnerships at risk</source>
        <translation>有风险的合作关系</translation>
    </message>
    <message>
        <source>%1 high / %2 medium</source>
        <translation>高 %1 / 中 %2</translation>
    </message>
    <message numerus="yes">
        <source>of %n partner(s), all filters aside</source>
        <translation>
            <numerusform>共 %n 个合作伙伴，不受筛选条件影响</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners whose contracts, projects, data terms, revenue share, activity or rating give a reason for concern; click to list them with their reasons.</source>
        <translation>合同、项目、数据条款、收入占比、活跃度或评分存在隐患的合作伙伴；点击可列出它们及其原因。</translation>
    </message>
    <message>
        <source>fewer than two months of data in this view</source>
        <translation>此视图中的数据不足两个月</translation>
    </message>
    <message>
        <source>Partnerships by month</source>
        <translation>每月合作关系</translation>
    </message>
    <message>
        <source>Partnerships by month: %1</source>
        <translation>每月合作关系：%1</translation>
    </message>
    <message>
        <source>Revenue concentration by month</source>
        <translation>每月收入集中度</translation>
    </message>
    <message>
        <source>Revenue concentration by month: %1</source>
        <translation>每月收入集中度：%1</translation>
    </message>
    <message>
        <source>Active: partners with a signed contract (active, expired or terminated) running in the month. New: the partner&apos;s first signed contract starts in the month. Ended: its last one ends in the month. Concentration: the HHI of the partners&apos; revenue in the month (0 spread thin, 10000 one partner), a project&apos;s revenue counting for each of its partners, and the largest partner&apos;s share of that revenue. The industry filter keeps the partners of that industry.</source>
        <translation>活跃：当月有已签合同（合作中、已到期或已终止）在履行的合作伙伴。新建：合作伙伴的第一份已签合同在当月开始。结束：其最后一份已签合同在当月结束。集中度：当月合作伙伴收入的 HHI（0 表示高度分散，10000 表示只有一个合作伙伴），项目收入计入其每个合作伙伴；以及收入最高的合作伙伴所占份额。行业筛选保留该行业的合作伙伴。</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>活跃合作伙伴</translation>
    </message>
    <message>
        <source>New partnerships</source>
        <translation>新建合作</translation>
    </message>
    <message>
        <source>Ended partnerships</source>
        <translation>结束合作</translation>
    </message>
    <message>
        <source>HHI</source>
        <translation>HHI</translation>
    </message>
    <message>
        <source>Largest partner&apos;s share</source>
        <translation>最大合作伙伴份额</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>合作伙伴数</translation>
    </message>
    <message>
        <source>HHI (0 to 10000)</source>
        <translation>HHI（0 至 10000）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>none, no revenue</source>
        <translation>无（没有收入）</translation>
    </message>
    <message>
        <source>%1
Active partners %2
New partnerships %3
Ended partnerships %4
Revenue concentration (HHI) %5
Largest partner&apos;s share %6%
Partners&apos; revenue %7</source>
        <translation>%1
活跃合作伙伴 %2
新建合作 %3
结束合作 %4
收入集中度 (HHI) %5
最大合作伙伴份额 %6%
合作伙伴收入 %7</translation>
    </message>
    <message>
        <source>largest share, %</source>
        <translation>最大份额（%）</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The workspace already has partners. Create a new workspace for the demo data.</source>
        <translation>该工作区已有合作伙伴。请为演示数据新建一个工作区。</translation>
    </message>
    <message>
        <source>Demo partner.</source>
        <translation>演示合作伙伴。</translation>
    </message>
    <message>
        <source>Jointly owned; each party may use results internally.</source>
        <translation>共同所有；各方可在内部使用成果。</translation>
    </message>
    <message>
        <source>Lepton owns models; partner owns its data.</source>
        <translation>模型归 Lepton 所有；数据归合作伙伴所有。</translation>
    </message>
    <message>
        <source>Model training and evaluation only.</source>
        <translation>仅限模型训练和评估。</translation>
    </message>
    <message>
        <source>Kick-off</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Pilot live</source>
        <translation>试点上线</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>结题报告</translation>
    </message>
    <message>
        <source>Monthly service fee</source>
        <translation>月度服务费</translation>
    </message>
    <message>
        <source>Compute and staff</source>
        <translation>算力与人力</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>没有变更记录。</translation>
    </message>
</context>
<context>
    <name>EcosystemHealth</name>
    <message>
        <source>%1&apos;s figures are in %2 but the workspace reports in %3; amounts in different currencies are never added. Convert them first.</source>
        <translation>%1 的数据以 %2 计，但工作区以 %3 报告；不同币种的金额绝不相加。请先换算。</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>The revenue totals are too large to represent; check the amounts.</source>
        <translation>收入合计过大，无法表示；请检查金额。</translation>
    </message>
    <message>
        <source>The partners&apos; total lifetime profit is not positive, so shares of it would be misleading.</source>
        <translation>合作伙伴的累计总利润不为正，按其计算占比会产生误导。</translation>
    </message>
</context>
<context>
    <name>EcosystemStability</name>
    <message>
        <source>Fewer than two months of data: no trend yet.</source>
        <translation>数据不足两个月，尚无趋势。</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Concentration rose from %1 to %2 in %3.</source>
        <translation>集中度在 %3内从 %1 升至 %2。</translation>
    </message>
    <message>
        <source>Concentration fell from %1 to %2 in %3.</source>
        <translation>集中度在 %3内从 %1 降至 %2。</translation>
    </message>
    <message>
        <source>Concentration stayed at %1 over %2.</source>
        <translation>集中度在 %2内保持在 %1。</translation>
    </message>
    <message>
        <source>Active partners went from %1 to %2; new partnerships: %3, ended: %4.</source>
        <translation>活跃合作伙伴从 %1 家变为 %2 家；新建合作：%3，结束合作：%4。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>FindPartnersDialog</name>
    <message>
        <source>Find Partners</source>
        <translation>寻找合作伙伴</translation>
    </message>
    <message>
        <source>Capabilities or free text, e.g. medical imaging, 数据标注</source>
        <translation>能力或自由文本，例如：医学影像、数据标注</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>需求(&amp;N)：</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>任意行业</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>The partner is to share &amp;data (weighs NDA and data access)</source>
        <translation>合作伙伴需共享数据(&amp;D)（考虑保密协议和数据访问）</translation>
    </message>
    <message>
        <source>Partner and reasons</source>
        <translation>合作伙伴及理由</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Reading the partners...</source>
        <translation>正在读取合作伙伴…</translation>
    </message>
    <message>
        <source>&amp;Add as Participant</source>
        <translation>添加为参与方(&amp;A)</translation>
    </message>
    <message>
        <source>Adds the selected partner to the project (Enter or a double click does the same; Ctrl+Z undoes it).</source>
        <translation>将所选合作伙伴添加到项目（按 Enter 或双击效果相同；Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>The partners could not be read: %1 Close this window and try again.</source>
        <translation>无法读取合作伙伴：%1 请关闭此窗口后重试。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No partner&apos;s capabilities match this need. Try other words or fewer of them.</source>
        <translation>没有合作伙伴的能力与此需求匹配。请换用其他词语或减少词语。</translation>
    </message>
    <message numerus="yes">
        <source>Best %1 of %Ln partner(s); the score is the sum of the reasons&apos; weights.</source>
        <translation>
            <numerusform>%Ln 个合作伙伴中最匹配的 %1 个；得分为各理由权重之和。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixedShareScheme</name>
    <message>
        <source>%1 has no fixed share; enter a share for every participant.</source>
        <translation>%1 没有固定份额；请为每个参与方填写份额。</translation>
    </message>
    <message>
        <source>%1&apos;s fixed share is negative (%2); shares must be zero or more.</source>
        <translation>%1 的固定份额为负（%2）；份额必须大于或等于零。</translation>
    </message>
    <message>
        <source>The fixed shares are too finely divided; round them to fewer decimals.</source>
        <translation>固定份额划分过细；请减少小数位数。</translation>
    </message>
    <message>
        <source>There is nobody to allocate to: add a participant.</source>
        <translation>没有可分配的对象：请添加参与方。</translation>
    </message>
    <message>
        <source>The fixed shares add up to %1, not 100%; adjust them so that they total exactly 100%.</source>
        <translation>固定份额合计为 %1，而不是 100%；请调整使其合计恰好为 100%。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Before the record can be saved, fill in or correct: %1.</source>
        <translation>保存记录前，请填写或更正：%1。</translation>
    </message>
</context>
<context>
    <name>IntegerRows</name>
    <message>
        <source>The query could not run: %1
%2</source>
        <translation>查询无法运行：%1
%2</translation>
    </message>
    <message>
        <source>The query stopped before its end: %1
%2</source>
        <translation>查询未执行完就中止了：%1
%2</translation>
    </message>
</context>
<context>
    <name>LargestRemainder</name>
    <message>
        <source>There is nobody to allocate to: add a participant.</source>
        <translation>没有可分配的对象：请添加参与方。</translation>
    </message>
    <message>
        <source>The shares have no common denominator.</source>
        <translation>这些份额没有公分母。</translation>
    </message>
    <message>
        <source>The shares are too large to add up exactly.</source>
        <translation>份额过大，无法精确相加。</translation>
    </message>
    <message>
        <source>The exact shares do not add up to the amount to allocate.</source>
        <translation>精确份额之和不等于待分配金额。</translation>
    </message>
    <message>
        <source>A share is too large for a 64-bit amount.</source>
        <translation>某个份额超出了 64 位金额的范围。</translation>
    </message>
    <message>
        <source>A weight is negative; weights must be zero or more.</source>
        <translation>某个权重为负；权重必须大于或等于零。</translation>
    </message>
    <message>
        <source>All weights are zero, so there is nothing to share in proportion to.</source>
        <translation>所有权重均为零，无法按比例分配。</translation>
    </message>
    <message>
        <source>The shares are too finely divided to add up exactly; round them to fewer decimals.</source>
        <translation>份额划分过细，无法精确相加；请减少小数位数。</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <source>New Ledger Entry</source>
        <translation>新建账目</translation>
    </message>
    <message>
        <source>Edit Ledger Entry</source>
        <translation>编辑账目</translation>
    </message>
    <message>
        <source>e.g. licence fee Q3, GPU rental</source>
        <translation>例如：第三季度许可费、GPU 租赁</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>说明(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delete Entry</source>
        <translation>删除账目(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.
Clear the search box or choose &quot;All&quot; in the filters.</source>
        <translation>没有符合搜索和筛选条件的记录。
请清空搜索框，或在筛选中选择“全部”。</translation>
    </message>
    <message>
        <source>Select a row to see its details and related records.</source>
        <translation>选择一行以查看详情及相关记录。</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>将%1导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1:
%2
Choose another folder or file name and try again.</source>
        <translation>无法写入 %1：
%2
请选择其他文件夹或文件名后重试。</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已将 %1导出到 %2</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>正在导出 %1…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lepton workspaces (*.sqlite *.db);;All files (*)</source>
        <translation>Lepton 工作区 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Lepton Partner Studio</source>
        <translation>Lepton 合作伙伴工作室</translation>
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Backup Copy...</source>
        <translation>备份副本(&amp;B)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New Record...</source>
        <translation>新建记录(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Record...</source>
        <translation>编辑记录(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete Record</source>
        <translation>删除记录(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lepton Partner Studio</source>
        <translation>关于 Lepton 合作伙伴工作室(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>%1 - Lepton Partner Studio</source>
        <translation>%1 - Lepton 合作伙伴工作室</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened.

%2

Check that the file is a Lepton workspace and that you may write to its folder.</source>
        <translation>无法打开工作区 %1。

%2

请确认该文件是 Lepton 工作区，并且您对其所在文件夹有写入权限。</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>%1 exists and could not be replaced. Choose another name.</source>
        <translation>%1 已存在且无法替换。请换一个名称。</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>%1 no longer exists. It has been removed from the list.</source>
        <translation>%1 已不存在，已从列表中移除。</translation>
    </message>
    <message>
        <source>Backup Copy</source>
        <translation>备份副本</translation>
    </message>
    <message>
        <source>Copying the workspace...</source>
        <translation>正在复制工作区…</translation>
    </message>
    <message>
        <source>Backup copy written to %1</source>
        <translation>备份副本已写入 %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>No backup was written to %1.

%2

Choose another folder and try again.</source>
        <translation>未能向 %1 写入备份。

%2

请选择其他文件夹后重试。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Lepton Partner Studio.</source>
        <translation>新语言将在下次启动 Lepton 合作伙伴工作室时生效。</translation>
    </message>
    <message>
        <source>About Lepton Partner Studio</source>
        <translation>关于 Lepton 合作伙伴工作室</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lepton Partner Studio %1&lt;/h3&gt;&lt;p&gt;Partners, contracts and joint projects of an AI company in one workspace file, with model training on the partners&apos; data.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lepton 合作伙伴工作室 %1&lt;/h3&gt;&lt;p&gt;在一个工作区文件中管理 AI 公司的合作伙伴、合同和联合项目，并基于合作伙伴的数据训练模型。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is the workspace open now. Choose another name for the new one.</source>
        <translation>%1 是当前打开的工作区。请为新工作区换一个名称。</translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Project &amp;Allocation...</source>
        <translation>项目收益分配(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Stop training?</source>
        <translation>停止训练？</translation>
    </message>
    <message>
        <source>A training run is in progress. Closing the workspace stops it at its last checkpoint; you can resume it later from the Training page.

Stop the run and close the workspace?</source>
        <translation>有训练任务正在运行。关闭工作区会在其最后一个检查点处停止它；之后可在“训练”页面恢复。

停止该任务并关闭工作区吗？</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup...</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the workspace %1 with the backup %2?

The workspace as it is now is first saved in %3; restore that copy to undo this.</source>
        <translation>要用备份 %2 替换工作区 %1 吗？

当前的工作区会先保存到 %3；恢复该副本即可撤销此操作。</translation>
    </message>
    <message>
        <source>The workspace was restored from %1.</source>
        <translation>已从 %1 恢复工作区。</translation>
    </message>
    <message>
        <source>The workspace was restored from %1.

The workspace as it was before is saved as %2; restore it to undo this.</source>
        <translation>已从 %1 恢复工作区。

恢复前的工作区已保存为 %2；恢复该文件即可撤销此操作。</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>The workspace was not restored from %1.

%2</source>
        <translation>未能从 %1 恢复工作区。

%2</translation>
    </message>
    <message>
        <source>Connect to &amp;Server...</source>
        <translation>连接到服务器(&amp;S)...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>%1 (read-only) - Lepton Partner Studio</source>
        <translation>%1（只读）- Lepton 合作伙伴工作室</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>Your database user %1 may read this workspace but not change it. Ask its administrator for the editor role to make changes.</source>
        <translation>您的数据库用户 %1 可以读取此工作区，但不能修改。如需修改，请向管理员申请编辑者角色。</translation>
    </message>
    <message>
        <source>Replace the open workspace&apos;s records with a backup copy&apos;s; the current records are saved first, so this can be undone.</source>
        <translation>用备份副本中的记录替换当前工作区的记录；当前记录会先被保存，因此可以撤销此操作。</translation>
    </message>
    <message>
        <source>Replace every record of the server database %1 with the records of the backup %2?

The records as they are now are first saved in %3; restore that copy to undo this. Everyone working in this database sees the restored records.</source>
        <translation>用备份 %2 中的记录替换服务器数据库 %1 的全部记录吗？

现有记录会先保存在 %3 中；恢复该副本即可撤销此操作。使用此数据库的所有人都会看到恢复后的记录。</translation>
    </message>
    <message>
        <source>Restoring the workspace from %1...</source>
        <translation>正在从 %1 恢复工作区…</translation>
    </message>
    <message>
        <source>Only the owner of the server&apos;s tables may restore a backup; connect as that user or ask the server&apos;s administrator.</source>
        <translation>只有服务器上这些表的所有者才能从备份恢复；请以该用户连接，或请服务器管理员操作。</translation>
    </message>
    <message>
        <source>%1 (damaged) - Lepton Partner Studio</source>
        <translation>%1（已损坏）- Lepton 合作伙伴工作室</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <source>Damaged workspace</source>
        <translation>工作区已损坏</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: %2

Editing is off, so that nothing more is saved into it. Restore it from a backup copy, or open another workspace.</source>
        <translation>工作区 %1 已损坏：%2

编辑已关闭，以免再向其中保存任何内容。请从备份副本恢复，或打开其他工作区。</translation>
    </message>
    <message>
        <source>%1 | %2</source>
        <translation>%1 | %2</translation>
    </message>
    <message>
        <source>Find &amp;Partners...</source>
        <translation>寻找合作伙伴(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Rank partners for the selected project&apos;s need, or for one you type</source>
        <translation>按所选项目的需求或您输入的需求为合作伙伴排序</translation>
    </message>
    <message>
        <source>Partnership risk could not be assessed: %1</source>
        <translation>无法评估合作风险：%1</translation>
    </message>
    <message>
        <source>Workspace open elsewhere</source>
        <translation>工作区已在别处打开</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code such as USD or CNY</source>
        <translation>“%1”不是 ISO 4217 币种代码（如 USD 或 CNY）</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>%1 amounts have no decimal places.</source>
        <translation>%1 金额没有小数位。</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 金额最多有 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
</context>
<context>
    <name>PartnerCsv</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Capability tags</source>
        <translation>能力标签</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New Partner</source>
        <translation>新建合作伙伴</translation>
    </message>
    <message>
        <source>Edit Partner</source>
        <translation>编辑合作伙伴</translation>
    </message>
    <message>
        <source>e.g. Shenzhen Vision Medical Ltd.</source>
        <translation>例如：深圳视觉医疗有限公司</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>comma-separated, e.g. medical imaging, IoT</source>
        <translation>以逗号分隔，例如：医学影像, IoT</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>国家/地区(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>Ca&amp;pabilities:</source>
        <translation>能力(&amp;P)：</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>合作关系</translation>
    </message>
    <message>
        <source>Tie&amp;r:</source>
        <translation>级别(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>R&amp;ating (1-5):</source>
        <translation>评分 (1-5)(&amp;A)：</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>城市(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <source>Add partner &quot;%1&quot;</source>
        <translation>添加合作伙伴“%1”</translation>
    </message>
    <message>
        <source>Edit partner &quot;%1&quot;</source>
        <translation>编辑合作伙伴“%1”</translation>
    </message>
    <message>
        <source>Delete partner &quot;%1&quot;</source>
        <translation>删除合作伙伴“%1”</translation>
    </message>
    <message>
        <source>Archive partner &quot;%1&quot;</source>
        <translation>归档合作伙伴“%1”</translation>
    </message>
    <message>
        <source>Delete the partner &quot;%1&quot;?
You can undo this with Ctrl+Z.</source>
        <translation>删除合作伙伴“%1”？
可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Archive (set status to Ended)</source>
        <translation>归档（将状态设为“已结束”）</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Search partners by name, city, contact, capability...</source>
        <translation>按名称、城市、联系人、能力搜索合作伙伴…</translation>
    </message>
    <message>
        <source>&amp;New Partner...</source>
        <translation>新建合作伙伴(&amp;N)…</translation>
    </message>
    <message>
        <source>No partners yet.
Press Ctrl+N to add the first one, or import a CSV file with Ctrl+I.</source>
        <translation>还没有合作伙伴。
按 Ctrl+N 添加第一个，或按 Ctrl+I 导入 CSV 文件。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>&lt;p&gt;The partner could not be read: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;无法读取该合作伙伴：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Not a party to any contract.</source>
        <translation>未签署任何合同。</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Takes part in no project.</source>
        <translation>未参与任何项目。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln 个合作伙伴</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
</context>
<context>
    <name>PartnerListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
</context>
<context>
    <name>PartnerMatcher</name>
    <message>
        <source>notes mention the need</source>
        <translation>备注提到了该需求</translation>
    </message>
    <message>
        <source>brings: %1 (%2 of %3 needs the project lacks)</source>
        <translation>带来：%1（覆盖项目所缺 %3 项需求中的 %2 项）</translation>
    </message>
    <message>
        <source>brings: %1 (%2 of %3 needs)</source>
        <translation>带来：%1（覆盖 %3 项需求中的 %2 项）</translation>
    </message>
    <message>
        <source>repeats what the project has: %1</source>
        <translation>与项目已有能力重复：%1</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>same industry: %1</source>
        <translation>同一行业：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n past project(s), profit %1</source>
        <translation>
            <numerusform>%n 个过往项目，利润 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>rating %1 of 5</source>
        <translation>评分 %1/5</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>NDA and data access in force</source>
        <translation>保密协议和数据访问均有效</translation>
    </message>
    <message>
        <source>no NDA with open data access</source>
        <translation>没有有效的保密协议和数据访问</translation>
    </message>
</context>
<context>
    <name>PartnerProfiles</name>
    <message>
        <source>The project no longer exists.</source>
        <translation>该项目已不存在。</translation>
    </message>
</context>
<context>
    <name>PartnerRepository</name>
    <message>
        <source>is a party to 1 contract</source>
        <translation>是 1 份合同的签约方</translation>
    </message>
    <message>
        <source>is a party to %1 contracts</source>
        <translation>是 %1 份合同的签约方</translation>
    </message>
    <message>
        <source>takes part in 1 project</source>
        <translation>参与了 1 个项目</translation>
    </message>
    <message>
        <source>takes part in %1 projects</source>
        <translation>参与了 %1 个项目</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; %2; set its status to Ended to archive it instead.</source>
        <translation>合作伙伴“%1”%2；请将其状态设为“已结束”以归档。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>，并且</translation>
    </message>
</context>
<context>
    <name>PartnerValidator</name>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation>请输入合作伙伴名称。</translation>
    </message>
    <message>
        <source>Another partner is already called &quot;%1&quot;. Choose a different name.</source>
        <translation>已有合作伙伴名为“%1”。请换一个名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address such as name@example.com.</source>
        <translation>“%1”不是有效的电子邮箱地址（如 name@example.com）。</translation>
    </message>
    <message>
        <source>The rating must be between 1 and 5.</source>
        <translation>评分必须在 1 到 5 之间。</translation>
    </message>
    <message>
        <source>Remove the empty capability tag.</source>
        <translation>请删除空的能力标签。</translation>
    </message>
</context>
<context>
    <name>PartnershipRisk</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>contract %1 ends on %2, inside its notice period, with no renewal</source>
        <translation>合同 %1 将于 %2 结束，已进入通知期且未续约</translation>
    </message>
    <message numerus="yes">
        <source>data access ended on %1 while %n training run(s) still use the data</source>
        <translation>
            <numerusform>数据访问已于 %1 结束，但仍有 %n 个训练任务在使用这些数据</numerusform>
        </translation>
    </message>
    <message>
        <source>data is shared without an NDA</source>
        <translation>共享数据但未签署保密协议</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue milestone(s)</source>
        <translation>
            <numerusform>%n 个里程碑已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) losing money</source>
        <translation>
            <numerusform>%n 个项目亏损</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the portfolio&apos;s revenue depends on it</source>
        <translation>组合收入的 %1 % 依赖于它</translation>
    </message>
    <message>
        <source>data is shared without anonymisation terms</source>
        <translation>共享数据但没有匿名化条款</translation>
    </message>
    <message numerus="yes">
        <source>no activity for %n month(s)</source>
        <translation>
            <numerusform>已 %n 个月没有往来</numerusform>
        </translation>
    </message>
    <message>
        <source>low rating: %1 of 5</source>
        <translation>评分偏低：%1/5</translation>
    </message>
</context>
<context>
    <name>PerformanceScheme</name>
    <message>
        <source>The scores or base shares are too finely divided; round them to fewer decimals.</source>
        <translation>绩效分或保底份额划分过细；请减少小数位数。</translation>
    </message>
    <message>
        <source>There is nobody to allocate to: add a participant.</source>
        <translation>没有可分配的对象：请添加参与方。</translation>
    </message>
    <message>
        <source>%1&apos;s guaranteed base share is negative; enter zero or more.</source>
        <translation>%1 的保底份额为负；请填写大于或等于零的值。</translation>
    </message>
    <message>
        <source>%1&apos;s performance score is negative; enter zero or more.</source>
        <translation>%1 的绩效分为负；请填写大于或等于零的值。</translation>
    </message>
    <message>
        <source>The guaranteed base shares add up to %1, more than 100%; lower them.</source>
        <translation>保底份额合计为 %1，超过 100%；请调低。</translation>
    </message>
    <message>
        <source>All performance scores are zero, so the %1 beyond the guaranteed bases cannot be shared by performance; enter the scores.</source>
        <translation>所有绩效分均为零，保底份额之外的 %1 无法按绩效分配；请填写绩效分。</translation>
    </message>
</context>
<context>
    <name>PortfolioQueries</name>
    <message>
        <source>A ledger entry has the date &quot;%1&quot;, which is not a date; correct it.</source>
        <translation>某条账目的日期为“%1”，这不是有效日期；请更正。</translation>
    </message>
</context>
<context>
    <name>PortfolioTotals</name>
    <message>
        <source>A project is kept in %1 but the portfolio is totalled in %2; amounts in different currencies cannot be added. Total each currency separately.</source>
        <translation>某项目以 %1 记账，但组合以 %2 汇总；不同币种的金额不能相加。请按币种分别汇总。</translation>
    </message>
    <message>
        <source>The portfolio totals are too large to represent; check the amounts.</source>
        <translation>组合合计过大，无法表示；请检查金额。</translation>
    </message>
</context>
<context>
    <name>ProfitAndLoss</name>
    <message>
        <source>Revenue is in %1 but cost is in %2; convert one of them before comparing.</source>
        <translation>收入以 %1 计，而成本以 %2 计；请先换算其中之一再比较。</translation>
    </message>
    <message>
        <source>The profit is too large to represent; check the amounts entered.</source>
        <translation>利润过大，无法表示；请检查所填金额。</translation>
    </message>
    <message>
        <source>n/a (no cost recorded, so there is no return on investment)</source>
        <translation>不适用（未记录成本，因此没有投资回报率）</translation>
    </message>
</context>
<context>
    <name>ProjectAllocation</name>
    <message>
        <source>Project %1 no longer exists; refresh the view.</source>
        <translation>项目 %1 已不存在；请刷新视图。</translation>
    </message>
    <message>
        <source>The ledger of &quot;%1&quot; is kept in %2; allocate each currency&apos;s profit separately by correcting the entries to one currency.</source>
        <translation>“%1”的账目以 %2 记账；请将账目更正为同一币种，以便分别分配各币种的利润。</translation>
    </message>
    <message>
        <source>Lepton (retained share)</source>
        <translation>Lepton（留存份额）</translation>
    </message>
    <message>
        <source>The contract&apos;s synergy of %1 of the profit is too large to compute.</source>
        <translation>合同记录的协同效应（利润的 %1）过大，无法计算。</translation>
    </message>
    <message>
        <source>By default the Shapley column is worked out from a simple game: alone, each participant would create a part of the profit in proportion to what it put in.</source>
        <translation>默认情况下，Shapley 一列由一个简单的博弈算出：每个参与方单独能创造的利润与其投入成正比。</translation>
    </message>
    <message>
        <source>Each pair of participants who both put something in creates %1 of the profit (%2) more together, as contract %3 records. The Shapley value gives each of the two half of every such synergy, so those who put in less than the average receive more than in the proportional split, the others less.</source>
        <translation>按合同 %3 的记录，每两个都有投入的参与方合作时额外创造利润的 %1（%2）。Shapley 值把每份协同效应平分给这两方，因此投入低于平均水平的参与方比按比例分配得到更多，其余参与方则更少。</translation>
    </message>
    <message>
        <source>Without a contract no synergy is recorded, so the Shapley value equals the proportional split.</source>
        <translation>没有合同，也就没有记录协同效应，因此 Shapley 值等于按比例分配。</translation>
    </message>
    <message>
        <source>Contract %1 records a synergy of %2 per pair, but fewer than two participants put something in, so no pair adds it and the Shapley value equals the proportional split.</source>
        <translation>合同 %1 记录了每对 %2 的协同效应，但有投入的参与方少于两个，没有哪一对能带来它，因此 Shapley 值等于按比例分配。</translation>
    </message>
    <message>
        <source>Contract %1 records no synergy per pair, so the Shapley value equals the proportional split; record one in the contract to share what working together adds.</source>
        <translation>合同 %1 没有记录每对的协同效应，因此 Shapley 值等于按比例分配；在合同中记录协同效应，即可分配合作带来的额外价值。</translation>
    </message>
    <message>
        <source>Lepton takes part because the fixed shares leave it a retained share; what it puts in is the project&apos;s cost booked in the ledger, %1.</source>
        <translation>固定份额为 Lepton 留下了保留份额，因此 Lepton 也作为参与方；它的投入是账目中记录的项目成本 %1。</translation>
    </message>
    <message>
        <source>Lepton takes part only where the fixed shares leave it a retained share, putting in the project&apos;s cost booked in the ledger.</source>
        <translation>只有在固定份额为 Lepton 留下保留份额时，Lepton 才作为参与方，其投入为账目中记录的项目成本。</translation>
    </message>
</context>
<context>
    <name>ProjectCsv</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Contract reference</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>contract: there is no contract with the reference &quot;%1&quot;. Import the contracts first, or correct the reference.</source>
        <translation>contract：没有编号为“%1”的合同。请先导入合同，或更正编号。</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Edit Project</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <source>No contract (type a reference or title to choose one)</source>
        <translation>无合同（输入编号或标题以选择）</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>未定结束</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Fixed share</source>
        <translation>固定份额</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>绩效</translation>
    </message>
    <message>
        <source>Type a partner&apos;s name to add a participant...</source>
        <translation>输入合作伙伴名称以添加参与方…</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>移除参与方</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>移除里程碑</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>合同(&amp;C)：</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>开始(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>参与方(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>里程碑(&amp;M)：</translation>
    </message>
    <message>
        <source>(partner %1)</source>
        <translation>（合作伙伴 %1）</translation>
    </message>
    <message>
        <source>What is delivered</source>
        <translation>交付内容</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Choose a contract from the suggestions, or clear the field for a project without one.</source>
        <translation>请从建议中选择合同；若项目没有合同，请清空此字段。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>ProjectEconomics</name>
    <message>
        <source>The ledger entry of %1 is in %2 but the project is kept in %3; enter it in %3 (converted at the day&apos;s rate).</source>
        <translation>%1 的账目以 %2 计，但该项目以 %3 记账；请按当日汇率换算后以 %3 录入。</translation>
    </message>
    <message>
        <source>The ledger totals are too large to represent; check the amounts.</source>
        <translation>账目合计过大，无法表示；请检查金额。</translation>
    </message>
    <message>
        <source>A ledger entry of %1 has no date; give every entry a date.</source>
        <translation>一条金额为 %1 的账目没有日期；请为每条账目填写日期。</translation>
    </message>
</context>
<context>
    <name>ProjectList</name>
    <message>
        <source>Add project &quot;%1&quot;</source>
        <translation>添加项目“%1”</translation>
    </message>
    <message>
        <source>Edit project &quot;%1&quot;</source>
        <translation>编辑项目“%1”</translation>
    </message>
    <message>
        <source>Delete project &quot;%1&quot;</source>
        <translation>删除项目“%1”</translation>
    </message>
    <message>
        <source>Archive project &quot;%1&quot;</source>
        <translation>归档项目“%1”</translation>
    </message>
    <message>
        <source>Delete the project &quot;%1&quot;?
You can undo this with Ctrl+Z.</source>
        <translation>删除项目“%1”？
可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Archive (set status to Cancelled)</source>
        <translation>归档（将状态设为“已取消”）</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>撤销失败</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Search projects by name...</source>
        <translation>按名称搜索项目…</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>A milestone of this project is past its due date and not done.</source>
        <translation>该项目有里程碑已过截止日期且未完成。</translation>
    </message>
    <message>
        <source>No projects yet.
Press Ctrl+N to start one, then record its participants, milestones and ledger.</source>
        <translation>还没有项目。
按 Ctrl+N 新建项目，然后记录其参与方、里程碑和账目。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>&lt;p&gt;The project could not be read: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;无法读取该项目：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>未定结束</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>(partner %1)</source>
        <translation>（合作伙伴 %1）</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>暂无参与方。</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No milestones.</source>
        <translation>暂无里程碑。</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>账目</translation>
    </message>
    <message>
        <source>Add a revenue or cost entry...</source>
        <translation>添加一笔收入或成本…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>No ledger entries yet.</source>
        <translation>暂无账目。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Add ledger entry</source>
        <translation>添加账目</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Edit ledger entry</source>
        <translation>编辑账目</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Delete ledger entry</source>
        <translation>删除账目</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>(contract %1)</source>
        <translation>（合同 %1）</translation>
    </message>
    <message>
        <source>%1: %2, %3, share %4 %, score %5</source>
        <translation>%1：%2，%3，份额 %4 %，评分 %5</translation>
    </message>
    <message>
        <source>%1: due %2, %3</source>
        <translation>%1：截止 %2，%3</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>于 %1 完成</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The ledger entry of %1</source>
        <translation>%1 的账目</translation>
    </message>
    <message>
        <source>Find partners for this project...</source>
        <translation>为此项目寻找合作伙伴…</translation>
    </message>
    <message>
        <source>Add %1 to project &quot;%2&quot;</source>
        <translation>将 %1 添加到项目“%2”</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>A milestone of this project is past its due date and not done.</source>
        <translation>该项目有里程碑已过截止日期且未完成。</translation>
    </message>
</context>
<context>
    <name>ProjectRepository</name>
    <message>
        <source>Project &quot;%1&quot; has 1 ledger entry; set its status to Done or Cancelled to archive it instead.</source>
        <translation>项目“%1”有 1 条账目；请将其状态设为“已完成”或“已取消”以归档。</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; has %2 ledger entries; set its status to Done or Cancelled to archive it instead.</source>
        <translation>项目“%1”有 %2 条账目；请将其状态设为“已完成”或“已取消”以归档。</translation>
    </message>
</context>
<context>
    <name>ProjectValidator</name>
    <message>
        <source>Enter the project&apos;s name.</source>
        <translation>请输入项目名称。</translation>
    </message>
    <message>
        <source>Enter the start date.</source>
        <translation>请输入开始日期。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Choose the partner of every participant.</source>
        <translation>请为每个参与方选择合作伙伴。</translation>
    </message>
    <message>
        <source>A partner is listed twice as a participant. List each participant once.</source>
        <translation>有合作伙伴被重复列为参与方。每个参与方只需列出一次。</translation>
    </message>
    <message>
        <source>A contribution cannot be negative.</source>
        <translation>贡献不能为负数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code such as USD or CNY.</source>
        <translation>“%1”不是 ISO 4217 币种代码（如 USD 或 CNY）。</translation>
    </message>
    <message>
        <source>A fixed share cannot be negative.</source>
        <translation>固定份额不能为负数。</translation>
    </message>
    <message>
        <source>A performance score must be between 0 and 100.</source>
        <translation>绩效评分必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The fixed shares add up to %1 %; they may add up to at most 100 %.</source>
        <translation>固定份额合计为 %1 %；合计最多为 100 %。</translation>
    </message>
    <message>
        <source>Give every milestone a title.</source>
        <translation>请为每个里程碑填写标题。</translation>
    </message>
    <message>
        <source>Give every milestone a due date.</source>
        <translation>请为每个里程碑设置截止日期。</translation>
    </message>
    <message>
        <source>Enter the date of the entry.</source>
        <translation>请输入账目日期。</translation>
    </message>
    <message>
        <source>The amount cannot be negative; choose Cost for money going out.</source>
        <translation>金额不能为负数；支出请选择“成本”。</translation>
    </message>
</context>
<context>
    <name>ProportionalScheme</name>
    <message>
        <source>%1&apos;s contribution is negative; enter zero or more.</source>
        <translation>%1 的贡献为负；请填写大于或等于零的值。</translation>
    </message>
    <message>
        <source>%1&apos;s contribution is in %2 but %3&apos;s is in %4; enter all contributions in one currency.</source>
        <translation>%1 的贡献以 %2 计，而 %3 的贡献以 %4 计；请以同一币种填写所有贡献。</translation>
    </message>
    <message>
        <source>Cannot share in proportion to contributions: %1</source>
        <translation>无法按贡献比例分配：%1</translation>
    </message>
</context>
<context>
    <name>Rate</name>
    <message>
        <source>&quot;%1&quot; is not a rate. Enter a decimal such as 0.25, a percentage such as 25%, or a fraction such as 1/3.</source>
        <translation>“%1”不是有效的比率。请输入小数（如 0.25）、百分比（如 25%）或分数（如 1/3）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; divides by zero.</source>
        <translation>“%1”的分母为零。</translation>
    </message>
</context>
<context>
    <name>RecordCsv</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date written as YYYY-MM-DD.</source>
        <translation>%1：“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes or no.</source>
        <translation>%1：“%2”不是 yes 或 no。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1：“%2”不是整数。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1：“%2”不是 %3 之一。</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>撤销失败</translation>
    </message>
    <message>
        <source>The change could not be undone or redone:
%1
The record was changed in the meantime; edit it directly instead.</source>
        <translation>无法撤销或重做此更改：
%1
该记录已在此期间被修改；请直接编辑它。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Import %1 from CSV</source>
        <translation>从 CSV 导入%1</translation>
    </message>
</context>
<context>
    <name>RecordTables</name>
    <message>
        <source>The column %1.%2 has no place in the target workspace, so its values would be lost. Update Lepton Partner Studio and try again.</source>
        <translation>目标工作区中没有列 %1.%2，其值将会丢失。请更新 Lepton Partner Studio 后重试。</translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>复制表 %1 失败：%2</translation>
    </message>
    <message>
        <source>The workspace has no table %1, so it cannot be copied. Choose a workspace made by Lepton Partner Studio.</source>
        <translation>工作区中没有表 %1，因此无法复制。请选择由 Lepton Partner Studio 创建的工作区。</translation>
    </message>
</context>
<context>
    <name>RegressionResults</name>
    <message>
        <source>The stored result of this run is not a regression&apos;s.</source>
        <translation>该运行保存的结果不是回归结果。</translation>
    </message>
    <message>
        <source>The validation predictions of this run cannot be read: %1</source>
        <translation>无法读取该运行的验证集预测：%1</translation>
    </message>
</context>
<context>
    <name>RegressionResultsView</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>每单位</translation>
    </message>
    <message>
        <source>Per standard deviation</source>
        <translation>每个标准差</translation>
    </message>
    <message>
        <source>Predicted vs actual (validation)</source>
        <translation>预测值与实际值（验证集）</translation>
    </message>
    <message>
        <source>Residuals (actual - predicted)</source>
        <translation>残差（实际值 - 预测值）</translation>
    </message>
    <message>
        <source>The linear model&apos;s coefficients: how much the prediction changes per unit, and per standard deviation, of each feature (the second compares the features&apos; influence).</source>
        <translation>线性模型的系数：各特征每变化一个单位、每变化一个标准差时预测值的变化量（后者可用于比较各特征的影响大小）。</translation>
    </message>
    <message>
        <source>Validation figures of each model (the best by RMSE in bold)</source>
        <translation>各模型的验证指标（按 RMSE 最佳者以粗体显示）</translation>
    </message>
    <message>
        <source>Linear model coefficients</source>
        <translation>线性模型系数</translation>
    </message>
    <message>
        <source>(intercept)</source>
        <translation>（截距）</translation>
    </message>
    <message>
        <source>Validation rows</source>
        <translation>验证集样本</translation>
    </message>
    <message>
        <source>y = x (perfect prediction)</source>
        <translation>y = x（完美预测）</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>零误差</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>残差</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>项目组合报告</translation>
    </message>
    <message>
        <source>Partner statement</source>
        <translation>合作伙伴对账单</translation>
    </message>
    <message>
        <source>Project allocation statement</source>
        <translation>项目收益分配单</translation>
    </message>
    <message>
        <source>All projects and partners of the workspace, as of %1. Amounts in different currencies are reported separately.</source>
        <translation>工作区中的全部项目和合作伙伴，截至 %1。不同币种的金额分别列示。</translation>
    </message>
    <message>
        <source>Totals in %1</source>
        <translation>%1 合计</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cost (C)</source>
        <translation>成本 (C)</translation>
    </message>
    <message>
        <source>Expected return on cost (r × C, r = %1)</source>
        <translation>成本的预期回报（r × C，r = %1）</translation>
    </message>
    <message>
        <source>Cooperation benefit (E = R − C + r × C)</source>
        <translation>合作效益（E = R − C + r × C）</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Projects losing money</source>
        <translation>亏损项目</translation>
    </message>
    <message>
        <source>Revenue, cost and profit by quarter (%1)</source>
        <translation>每季度收入、成本与利润（%1）</translation>
    </message>
    <message numerus="yes">
        <source>The %n most profitable project(s)</source>
        <translation>
            <numerusform>利润最高的 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects in %1, most profitable first</source>
        <translation>以 %1 记账的项目，按利润从高到低排列</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Industries in %1</source>
        <translation>各行业（%1）</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Revenue concentration by partner: HHI %1, %2.</source>
        <translation>按合作伙伴计算的收入集中度：HHI %1，%2。</translation>
    </message>
    <message>
        <source>The workspace has no ledger entries yet.</source>
        <translation>工作区中还没有账目。</translation>
    </message>
    <message>
        <source>Ecosystem health</source>
        <translation>生态健康度</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Partners active</source>
        <translation>合作中的合作伙伴</translation>
    </message>
    <message>
        <source>Partners ended</source>
        <translation>已结束合作的合作伙伴</translation>
    </message>
    <message>
        <source>Contracts ending within 30 days</source>
        <translation>30 天内到期的合同</translation>
    </message>
    <message>
        <source>Contracts ending within 60 days</source>
        <translation>60 天内到期的合同</translation>
    </message>
    <message>
        <source>Contracts ending within 90 days</source>
        <translation>90 天内到期的合同</translation>
    </message>
    <message>
        <source>Overdue milestones</source>
        <translation>逾期里程碑</translation>
    </message>
    <message>
        <source>Contracts with status &quot;%1&quot;</source>
        <translation>状态为“%1”的合同</translation>
    </message>
    <message>
        <source>The partner no longer exists; choose another one.</source>
        <translation>该合作伙伴已不存在；请选择其他合作伙伴。</translation>
    </message>
    <message>
        <source>Partner statement: %1</source>
        <translation>合作伙伴对账单：%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · as of %4</source>
        <translation>%1 · %2 · %3 · 截至 %4</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>收益分配</translation>
    </message>
    <message>
        <source>No contracts.</source>
        <translation>没有合同。</translation>
    </message>
    <message>
        <source>Share of each project&apos;s profit</source>
        <translation>各项目利润的分配份额</translation>
    </message>
    <message>
        <source>Each project&apos;s profit over its whole ledger, shared by the scheme its contract names; the shares of all participants add up to the profit exactly.</source>
        <translation>各项目全部账目的利润，按其合同约定的分配方式分配；所有参与方的份额之和恰好等于利润。</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>分配方式</translation>
    </message>
    <message>
        <source>Project profit</source>
        <translation>项目利润</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>分得金额</translation>
    </message>
    <message>
        <source>Total received in %1</source>
        <translation>分得合计（%1）</translation>
    </message>
    <message>
        <source>The partner takes part in no project.</source>
        <translation>该合作伙伴未参与任何项目。</translation>
    </message>
    <message>
        <source>Received per project</source>
        <translation>各项目分得金额</translation>
    </message>
    <message>
        <source>Project allocation statement: %1</source>
        <translation>项目收益分配单：%1</translation>
    </message>
    <message>
        <source>No contract: shared in proportion to contribution</source>
        <translation>无合同：按贡献比例分配</translation>
    </message>
    <message>
        <source>Contract %1 · scheme: %2</source>
        <translation>合同 %1 · 分配方式：%2</translation>
    </message>
    <message>
        <source> · as of %1</source>
        <translation> · 截至 %1</translation>
    </message>
    <message>
        <source>Profit to share</source>
        <translation>待分配利润</translation>
    </message>
    <message>
        <source>Split by the contract&apos;s scheme: %1</source>
        <translation>按合同约定的分配方式分配：%1</translation>
    </message>
    <message>
        <source>The scheme does not apply: %1</source>
        <translation>该分配方式不适用：%1</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>分得</translation>
    </message>
    <message>
        <source>What each participant receives</source>
        <translation>各参与方分得的金额</translation>
    </message>
    <message>
        <source>Every scheme side by side</source>
        <translation>各分配方式对比</translation>
    </message>
    <message>
        <source>%1 does not apply: %2</source>
        <translation>%1 不适用：%2</translation>
    </message>
    <message>
        <source>Ledger by quarter</source>
        <translation>按季度列示的账目</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Revenue (R)</source>
        <translation>收入 (R)</translation>
    </message>
    <message>
        <source>Profit, sum of project profits (R − C)</source>
        <translation>利润，即各项目利润之和 (R − C)</translation>
    </message>
    <message>
        <source>Partnership risk</source>
        <translation>合作风险</translation>
    </message>
    <message>
        <source>Risk level: %1.</source>
        <translation>风险等级：%1。</translation>
    </message>
    <message>
        <source>Not assessed yet: open the workspace in the app once to assess it.</source>
        <translation>尚未评估：在应用中打开一次该工作区即可评估。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>程度</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Ecosystem stability by month (%1)</source>
        <translation>每月生态稳定性（%1）</translation>
    </message>
    <message>
        <source>Partnerships by month</source>
        <translation>每月合作关系</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>合作伙伴数</translation>
    </message>
    <message>
        <source>HHI</source>
        <translation>HHI</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>活跃合作伙伴</translation>
    </message>
    <message>
        <source>New partnerships</source>
        <translation>新建合作</translation>
    </message>
    <message>
        <source>Ended partnerships</source>
        <translation>结束合作</translation>
    </message>
    <message>
        <source>Revenue concentration by month, months with revenue</source>
        <translation>每月收入集中度（仅含有收入的月份）</translation>
    </message>
    <message>
        <source>HHI, 0 to 10000</source>
        <translation>HHI，0 至 10000</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Largest share</source>
        <translation>最大份额</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报告(&amp;R)：</translation>
    </message>
    <message>
        <source>Type part of a partner&apos;s name</source>
        <translation>输入合作伙伴名称的一部分</translation>
    </message>
    <message>
        <source>Type part of a project&apos;s name</source>
        <translation>输入项目名称的一部分</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>合作伙伴(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>No report was written to %1.

%2

Choose another file or folder and try again.</source>
        <translation>未能向 %1 写入报告。

%2

请选择其他文件或文件夹后重试。</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <source>&amp;Open Report</source>
        <translation>打开报告(&amp;O)</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. Open %1 from your file manager.</source>
        <translation>未找到可显示 PDF 文件的程序。请在文件管理器中打开 %1。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The PDF could not be started: %1</source>
        <translation>无法创建 PDF：%1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
</context>
<context>
    <name>ReportingPeriod</name>
    <message>
        <source>%1 Q%2</source>
        <extracomment>A calendar quarter, e.g. &quot;2024 Q1&quot;; %1 is the year, %2 the quarter 1-4.</extracomment>
        <translation>%1年第%2季度</translation>
    </message>
</context>
<context>
    <name>RevenueConcentration</name>
    <message>
        <source>A partner&apos;s revenue is in %1 but concentration is measured in %2; convert it first.</source>
        <translation>某合作伙伴的收入以 %1 计，但集中度以 %2 衡量；请先换算。</translation>
    </message>
    <message>
        <source>A partner&apos;s revenue is negative (%1); concentration needs revenues of zero or more.</source>
        <translation>某合作伙伴的收入为负（%1）；计算集中度需要大于或等于零的收入。</translation>
    </message>
    <message>
        <source>There is no revenue yet, so there is no concentration to measure.</source>
        <translation>尚无收入，因此无法衡量集中度。</translation>
    </message>
    <message>
        <source>Unconcentrated</source>
        <translation>非集中</translation>
    </message>
    <message>
        <source>Moderately concentrated</source>
        <translation>中度集中</translation>
    </message>
    <message>
        <source>Highly concentrated</source>
        <translation>高度集中</translation>
    </message>
</context>
<context>
    <name>RiskFilter</name>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>任意风险</translation>
    </message>
    <message>
        <source>Medium or high</source>
        <translation>中或高</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>Your database user %1 may not replace this workspace&apos;s records and audit log; only the owner of its tables may restore it. Connect as that user, or ask the server&apos;s administrator to restore the backup.</source>
        <translation>您的数据库用户 %1 无权替换此工作区的记录和审计日志；只有其数据表的所有者才能恢复。请以该用户身份连接，或请服务器管理员恢复此备份。</translation>
    </message>
    <message>
        <source>No temporary folder could be created (%1). Free some disk space and try again.</source>
        <translation>无法创建临时文件夹（%1）。请释放一些磁盘空间后重试。</translation>
    </message>
    <message>
        <source>The folder %1 for backups cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The server&apos;s records could not be saved before the restore, so nothing was changed: %1</source>
        <translation>恢复前未能保存服务器上的记录，因此未做任何更改：%1</translation>
    </message>
    <message>
        <source>The server&apos;s records were not replaced, nothing was changed: %1</source>
        <translation>服务器上的记录未被替换，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Other users are saving changes to this workspace, so it could not be locked for the restore, and nothing was changed (%1). Try again in a moment.</source>
        <translation>其他用户正在保存对此工作区的更改，因此无法为恢复锁定它，未做任何更改（%1）。请稍后再试。</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>连接到服务器</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Open a workspace kept in a PostgreSQL database that your team shares. An empty database becomes a new workspace.</source>
        <translation>打开团队共享的 PostgreSQL 数据库中的工作区。空数据库将成为新的工作区。</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection (only for a server on this computer or a network you trust)</source>
        <translation>允许未加密的连接（仅限本机上的服务器或您信任的网络）</translation>
    </message>
</context>
<context>
    <name>ServerPasswordStore</name>
    <message>
        <source>No system keyring could keep the password (%1). It is not stored; you will be asked for it each time.</source>
        <translation>没有可用的系统密钥环来保存密码（%1）。密码不会被保存，每次连接时都会询问。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Lepton Partner Studio starts. Dates, numbers and money follow the same language&apos;s conventions.</source>
        <translation>新语言将在下次启动 Lepton 合作伙伴工作室时生效。日期、数字和金额的格式遵循该语言的习惯。</translation>
    </message>
    <message>
        <source>Mask e-mail addresses and phone numbers in CSV exports</source>
        <translation>在导出的 CSV 中屏蔽电子邮件地址和电话号码</translation>
    </message>
    <message>
        <source>Exported files show [email] and [phone] instead of the addresses and numbers, for sharing lists outside the team. Amounts and dates are kept.</source>
        <translation>导出的文件以 [email] 和 [phone] 代替地址和号码，便于在团队外共享列表。金额和日期保持不变。</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>隐私：</translation>
    </message>
    <message>
        <source>r in the cooperation benefit E = R - C + r × C: the return expected on the cost invested in the cooperations, usually 20% to 30%. Type a percentage (25%), a decimal (0.25) or a fraction (1/4).</source>
        <translation>合作收益 E = R - C + r × C 中的 r：对合作所投入成本的预期回报率，通常为 20% 至 30%。可输入百分比（25%）、小数（0.25）或分数（1/4）。</translation>
    </message>
    <message>
        <source>Expected &amp;return on cost (r):</source>
        <translation>预期成本回报率 r(&amp;R)：</translation>
    </message>
    <message>
        <source>The expected return on cost &quot;%1&quot; is not a rate: %2
Type it as 25%, 0.25 or 1/4.</source>
        <translation>预期成本回报率“%1”不是有效的比率：%2
请输入 25%、0.25 或 1/4 这样的值。</translation>
    </message>
</context>
<context>
    <name>ShapleyScheme</name>
    <message>
        <source>The coalition game has %1 participants but the project has %2; edit the game again.</source>
        <translation>合作博弈有 %1 个参与方，但项目有 %2 个；请重新编辑博弈。</translation>
    </message>
    <message>
        <source>All participants together are given %1 in the coalition game, but the profit to share is %2; make the grand coalition&apos;s value equal to the profit.</source>
        <translation>在合作博弈中全体参与方的价值为 %1，但待分配利润为 %2；请使大联盟的价值等于利润。</translation>
    </message>
</context>
<context>
    <name>ShapleyValue</name>
    <message>
        <source>The exact Shapley value of %1 participants would need 2^%1 coalitions; use sampling above %2 participants.</source>
        <translation>%1 个参与方的精确 Shapley 值需要 2^%1 个联盟；超过 %2 个参与方时请使用抽样。</translation>
    </message>
    <message>
        <source>Sampling needs at least one permutation.</source>
        <translation>抽样至少需要一个排列。</translation>
    </message>
    <message>
        <source>The error probability must be between 0 and 1 (exclusive), such as 0.05.</source>
        <translation>误差概率必须介于 0 和 1 之间（不含端点），例如 0.05。</translation>
    </message>
    <message>
        <source>Exact Shapley value over all %1 coalitions.</source>
        <translation>基于全部 %1 个联盟的精确 Shapley 值。</translation>
    </message>
    <message>
        <source>Shapley value estimated from %1 random orders (seed %2): with probability %3% every participant&apos;s value is within %4 of the exact one (Hoeffding bound), plus under one minor unit of rounding.</source>
        <translation>Shapley 值由 %1 个随机顺序估计（种子 %2）：以 %3% 的概率，每个参与方的值与精确值相差不超过 %4（Hoeffding 界），另加不足一个最小货币单位的舍入误差。</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>%1 rows refer to records that do not exist.</source>
        <translation>有 %1 行引用了不存在的记录。</translation>
    </message>
</context>
<context>
    <name>SqlStatement</name>
    <message>
        <source>The workspace could not run a query (%1). Statement: %2</source>
        <translation>工作区无法执行查询（%1）。语句：%2</translation>
    </message>
    <message>
        <source> Statement: %1</source>
        <translation> 语句：%1</translation>
    </message>
    <message>
        <source>Another partner already has this name. Choose a different name.</source>
        <translation>已有合作伙伴使用该名称。请换一个名称。</translation>
    </message>
    <message>
        <source>Another contract already has this reference. Choose a different reference.</source>
        <translation>已有合同使用该编号。请换一个编号。</translation>
    </message>
    <message>
        <source>A partner is listed twice as a party. List each party once.</source>
        <translation>有合作伙伴被重复列为签约方。每个签约方只需列出一次。</translation>
    </message>
    <message>
        <source>A partner is listed twice as a participant. List each participant once.</source>
        <translation>有合作伙伴被重复列为参与方。每个参与方只需列出一次。</translation>
    </message>
    <message>
        <source>The record refers to a partner, contract or project that does not exist (any more), or other records still refer to it. Reload the list and try again.</source>
        <translation>该记录引用的合作伙伴、合同或项目不存在（或已被删除），或仍有其他记录引用它。请刷新列表后重试。</translation>
    </message>
    <message>
        <source>A value is outside what the workspace accepts (for example a negative amount, a rating outside 1-5 or an end date before the start). Correct it and try again.</source>
        <translation>有取值超出工作区允许的范围（例如金额为负、评分不在 1-5 之间或结束日期早于开始日期）。请更正后重试。</translation>
    </message>
    <message>
        <source>Another program is writing to this workspace. Wait a moment and try again.</source>
        <translation>另一个程序正在写入该工作区。请稍候再试。</translation>
    </message>
    <message>
        <source>The workspace file is read-only. Save a copy somewhere you can write to.</source>
        <translation>工作区文件为只读。请将副本保存到您有写入权限的位置。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>磁盘已满。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The workspace reported an error: %1</source>
        <translation>工作区报告错误：%1</translation>
    </message>
    <message>
        <source>The server does not let your database user change this workspace (read-only access). Ask the workspace&apos;s administrator for editor access.</source>
        <translation>服务器不允许您的数据库用户修改此工作区（只读访问）。请向工作区管理员申请编辑权限。</translation>
    </message>
    <message>
        <source>Another user is changing the same records. Wait a moment and try again.</source>
        <translation>其他用户正在修改相同的记录。请稍候再试。</translation>
    </message>
</context>
<context>
    <name>TrainingChart</name>
    <message>
        <source>Step</source>
        <translation>步数</translation>
    </message>
</context>
<context>
    <name>TrainingComparison</name>
    <message>
        <source>Training loss (smoothed)</source>
        <translation>训练损失（平滑）</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Validation macro-F1</source>
        <translation>验证宏平均 F1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Compare Training Runs</source>
        <translation>比较训练运行</translation>
    </message>
    <message>
        <source>Validation RMSE</source>
        <translation>验证集 RMSE</translation>
    </message>
    <message>
        <source>Label unit</source>
        <translation>标签单位</translation>
    </message>
    <message>
        <source>%1 (linear)</source>
        <translation>%1（线性）</translation>
    </message>
</context>
<context>
    <name>TrainingDataPreview</name>
    <message>
        <source>%1 cannot be read as CSV: %2</source>
        <translation>无法将 %1 读取为 CSV：%2</translation>
    </message>
    <message>
        <source>%1 has a header but no rows; choose a file with data.</source>
        <translation>%1 只有表头而没有数据行；请选择包含数据的文件。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; has a single class; a classifier needs at least two.</source>
        <translation>列“%1”只有一个类别；分类器至少需要两个类别。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; has %2 different values in %3 rows; is it really the label?</source>
        <translation>列“%1”在 %3 行中有 %2 个不同的值；它确实是标签列吗？</translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; has only %2 examples; the model will hardly learn it and its validation figures will be noisy.</source>
        <translation>类别“%1”只有 %2 个样本；模型很难学会该类别，其验证指标也会波动较大。</translation>
    </message>
    <message>
        <source>The classes are very imbalanced (%1 vs %2 examples); consider class weights and judge the run by macro-F1.</source>
        <translation>各类别极不均衡（%1 对 %2 个样本）；建议使用类别权重，并以宏平均 F1 评判本次运行。</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <source>New Run</source>
        <translation>新建运行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stops the run within a second; it keeps its last checkpoint and can be resumed.</source>
        <translation>在一秒内停止运行；保留最近的检查点，之后可以继续。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continues a stopped or failed run from its last checkpoint.</source>
        <translation>从最近的检查点继续已停止或失败的运行。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Overlays the curves of the selected runs (select two or more with Ctrl or Shift).</source>
        <translation>叠加显示所选运行的曲线（按住 Ctrl 或 Shift 选择两个或更多运行）。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Training loss (smoothed)</source>
        <translation>训练损失（平滑）</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Validation quality</source>
        <translation>验证质量</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Classification report of the best evaluation</source>
        <translation>最佳评估的分类报告</translation>
    </message>
    <message>
        <source>Confusion matrix (rows: true class, columns: predicted class)</source>
        <translation>混淆矩阵（行：真实类别，列：预测类别）</translation>
    </message>
    <message>
        <source>Export Report as PDF...</source>
        <translation>将报告导出为 PDF…</translation>
    </message>
    <message>
        <source>Export the run report</source>
        <translation>导出运行报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation>无法开始运行</translation>
    </message>
    <message>
        <source>Train on this data?</source>
        <translation>使用这些数据训练？</translation>
    </message>
    <message>
        <source>%1

Start the run anyway?</source>
        <translation>%1

仍要开始运行吗？</translation>
    </message>
    <message>
        <source>Confirm use of the data</source>
        <translation>确认数据使用</translation>
    </message>
    <message>
        <source>%1
Training on this partner&apos;s data may no longer be allowed. If it is, say why; your note is recorded with the run.</source>
        <translation>%1
可能已不再允许使用该合作伙伴的数据进行训练。如果仍允许，请说明原因；您的说明将随本次运行一并记录。</translation>
    </message>
    <message>
        <source>Preparing data and model...</source>
        <translation>正在准备数据和模型…</translation>
    </message>
    <message>
        <source>Epoch %1 of %2, step %3 of %4 - loss %5 - learning rate %6 - %7 samples/s - %8 left</source>
        <translation>第 %1/%2 轮，第 %3/%4 步 - 损失 %5 - 学习率 %6 - %7 样本/秒 - 剩余 %8</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <source>The run failed: %1
Fix the cause, then start a new run or resume this one.</source>
        <translation>运行失败：%1
请排除原因后开始新的运行，或继续本次运行。</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot;: %2</source>
        <translation>运行“%1”：%2</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>The stored metrics of this run cannot be read: %1</source>
        <translation>无法读取本次运行保存的指标：%1</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Macro average</source>
        <translation>宏平均</translation>
    </message>
    <message>
        <source>%1 of the true &quot;%2&quot; examples predicted as &quot;%3&quot;</source>
        <translation>真实类别为“%2”的样本中有 %1 个被预测为“%3”</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Choose a run in the list first.</source>
        <translation>请先在列表中选择一个运行。</translation>
    </message>
    <message>
        <source>The loss of each training step, and of each evaluation, appears here.</source>
        <translation>每个训练步和每次评估的损失将显示在这里。</translation>
    </message>
    <message>
        <source>Accuracy and macro-F1 appear here after the first evaluation.</source>
        <translation>第一次评估后，准确率和宏平均 F1 将显示在这里。</translation>
    </message>
    <message>
        <source>The learning rate of each step appears here.</source>
        <translation>每一步的学习率将显示在这里。</translation>
    </message>
    <message>
        <source>Running on %1</source>
        <translation>正在 %1 上运行</translation>
    </message>
    <message>
        <source>Validation error</source>
        <translation>验证误差</translation>
    </message>
    <message>
        <source>Label unit</source>
        <translation>标签单位</translation>
    </message>
    <message>
        <source>RMSE and MAE on the validation data appear here after each epoch.</source>
        <translation>每轮训练后，验证集上的 RMSE 和 MAE 显示在这里。</translation>
    </message>
    <message>
        <source>Validation R²</source>
        <translation>验证集 R²</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>The share of the label&apos;s variance the model explains appears here after each epoch.</source>
        <translation>每轮训练后，模型所解释的标签方差比例显示在这里。</translation>
    </message>
    <message>
        <source>Configuration, data provenance, curves, metrics and confusion matrix (a regression: coefficients and predicted-vs-actual scatter) of the shown run.</source>
        <translation>当前所示运行的配置、数据来源、曲线、指标和混淆矩阵（回归运行则为系数和预测值与实际值散点图）。</translation>
    </message>
    <message>
        <source>Squared error (standardised)</source>
        <translation>平方误差（标准化）</translation>
    </message>
    <message>
        <source>RMSE %1</source>
        <translation>RMSE %1</translation>
    </message>
    <message>
        <source>R² %1</source>
        <translation>R² %1</translation>
    </message>
    <message>
        <source>Starts this run again from the beginning: it has no checkpoint (it stopped before writing one, or it fits table columns, which takes no checkpoint).</source>
        <translation>从头重新开始此运行：它没有检查点（在写入检查点之前就已停止，或者它拟合的是表格列，不保存检查点）。</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>Linear RMSE</source>
        <translation>线性RMSE</translation>
    </message>
    <message>
        <source>Linear MAE</source>
        <translation>线性MAE</translation>
    </message>
    <message>
        <source>Linear R²</source>
        <translation>线性R²</translation>
    </message>
</context>
<context>
    <name>TrainingReport</name>
    <message>
        <source>Training run &quot;%1&quot;</source>
        <translation>训练运行“%1”</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>SHA-256 of the data set</source>
        <translation>数据集的 SHA-256</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Partner who shared the data</source>
        <translation>提供数据的合作伙伴</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认说明</translation>
    </message>
    <message>
        <source>Data provenance</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Warm-up ratio</source>
        <translation>预热比例</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>标签列</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>%1 % stratified validation split</source>
        <translation>%1 % 分层验证划分</translation>
    </message>
    <message>
        <source>Best model by</source>
        <translation>最佳模型依据</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Best evaluation</source>
        <translation>最佳评估</translation>
    </message>
    <message>
        <source>The run has no evaluation yet.</source>
        <translation>该运行尚无评估。</translation>
    </message>
    <message>
        <source>The stored metrics cannot be read: %1</source>
        <translation>无法读取保存的指标：%1</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Macro average</source>
        <translation>宏平均</translation>
    </message>
    <message>
        <source>true \ predicted</source>
        <translation>真实 \ 预测</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Training run %1</source>
        <translation>训练运行 %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Regression (predict a number)</source>
        <translation>回归（预测数值）</translation>
    </message>
    <message>
        <source>%1 % random validation split</source>
        <translation>随机划分 %1 % 作为验证集</translation>
    </message>
    <message>
        <source>validation RMSE</source>
        <translation>验证集 RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Validation figures of each model; the best by RMSE (in bold) is the run&apos;s model.</source>
        <translation>各模型的验证指标；RMSE 最佳者（粗体）即为该运行的模型。</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>每单位</translation>
    </message>
    <message>
        <source>Per standard deviation</source>
        <translation>每个标准差</translation>
    </message>
    <message>
        <source>(intercept)</source>
        <translation>（截距）</translation>
    </message>
    <message>
        <source>Linear model coefficients</source>
        <translation>线性模型系数</translation>
    </message>
    <message>
        <source>Predicted vs actual (validation)</source>
        <translation>预测值与实际值（验证集）</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cannot read the data set %1 (%2). Check that the file exists and is readable.</source>
        <translation>无法读取数据集 %1（%2）。请检查该文件是否存在且可读。</translation>
    </message>
    <message>
        <source>Contract %1 is terminated.</source>
        <translation>合同 %1 已终止。</translation>
    </message>
    <message>
        <source>Contract %1 has expired.</source>
        <translation>合同 %1 已到期。</translation>
    </message>
    <message>
        <source>Data access under contract %1 ended on %2.</source>
        <translation>合同 %1 下的数据访问已于 %2 截止。</translation>
    </message>
</context>
<context>
    <name>TrainingRunForm</name>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>A name to find the run by in the history.</source>
        <translation>用于在历史记录中查找该运行的名称。</translation>
    </message>
    <message>
        <source>Run name:</source>
        <translation>运行名称：</translation>
    </message>
    <message>
        <source>Choose a CSV file with a header row</source>
        <translation>选择带表头行的 CSV 文件</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Training file:</source>
        <translation>训练文件：</translation>
    </message>
    <message>
        <source>The column with the class of each row (strings or numbers).</source>
        <translation>包含每行类别的列（字符串或数字）。</translation>
    </message>
    <message>
        <source>Label column:</source>
        <translation>标签列：</translation>
    </message>
    <message>
        <source>The column with the text to classify (text models).</source>
        <translation>包含待分类文本的列（文本模型）。</translation>
    </message>
    <message>
        <source>Text column:</source>
        <translation>文本列：</translation>
    </message>
    <message>
        <source>The numeric columns the tabular MLP reads (ticked ones).</source>
        <translation>表格 MLP 读取的数值列（勾选的列）。</translation>
    </message>
    <message>
        <source>Feature columns:</source>
        <translation>特征列：</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>None: hold out a stratified validation split</source>
        <translation>无：留出分层验证集</translation>
    </message>
    <message>
        <source>A separate labelled CSV file to evaluate on; leave empty to split the training file.</source>
        <translation>用于评估的另一个带标签 CSV 文件；留空则从训练文件中划分。</translation>
    </message>
    <message>
        <source>Evaluation file:</source>
        <translation>评估文件：</translation>
    </message>
    <message>
        <source>Share of the training file held out for validation, stratified by class, when no evaluation file is given.</source>
        <translation>未指定评估文件时，按类别分层从训练文件中留出用于验证的比例。</translation>
    </message>
    <message>
        <source>Validation split:</source>
        <translation>验证集比例：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Tabular MLP (numeric feature columns)</source>
        <translation>表格 MLP（数值特征列）</translation>
    </message>
    <message>
        <source>From scratch: tiny (2 layers, 128 wide)</source>
        <translation>从头训练：tiny（2 层，宽 128）</translation>
    </message>
    <message>
        <source>From scratch: mini (4 layers, 256 wide)</source>
        <translation>从头训练：mini（4 层，宽 256）</translation>
    </message>
    <message>
        <source>Hugging Face checkpoint folder</source>
        <translation>Hugging Face 检查点文件夹</translation>
    </message>
    <message>
        <source>What to train: an MLP for numeric tables, a small BERT from scratch, or a fine-tuned BERT checkpoint.</source>
        <translation>训练什么：用于数值表格的 MLP、从头训练的小型 BERT，或微调的 BERT 检查点。</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Folder with config.json, vocab.txt, model.safetensors</source>
        <translation>包含 config.json、vocab.txt、model.safetensors 的文件夹</translation>
    </message>
    <message>
        <source>Checkpoint:</source>
        <translation>检查点：</translation>
    </message>
    <message>
        <source>vocab.txt of an uncased WordPiece vocabulary</source>
        <translation>不区分大小写的 WordPiece 词表 vocab.txt</translation>
    </message>
    <message>
        <source>From-scratch models tokenize with this vocabulary (e.g. bert-base-uncased-vocab.txt).</source>
        <translation>从头训练的模型用此词表分词（例如 bert-base-uncased-vocab.txt）。</translation>
    </message>
    <message>
        <source>Vocabulary:</source>
        <translation>词表：</translation>
    </message>
    <message>
        <source>Sizes of the MLP&apos;s hidden layers, comma-separated.</source>
        <translation>MLP 各隐藏层的大小，以逗号分隔。</translation>
    </message>
    <message>
        <source>Hidden layers:</source>
        <translation>隐藏层：</translation>
    </message>
    <message>
        <source>Passes over the training data. Default: 3 for checkpoints, 8 from scratch, 100 for the MLP.</source>
        <translation>遍历训练数据的轮数。默认：检查点为 3，从头训练为 8，MLP 为 100。</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>训练轮数：</translation>
    </message>
    <message>
        <source>Examples per optimizer step. Larger is faster per example but needs more memory.</source>
        <translation>每个优化步的样本数。越大则单个样本的训练越快，但需要更多内存。</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <source>Peak AdamW learning rate. Default: 5e-5 for checkpoints, 1e-3 from scratch and for the MLP.</source>
        <translation>AdamW 峰值学习率。默认：检查点为 5e-5，从头训练和 MLP 为 1e-3。</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <source>Share of the steps over which the rate rises linearly from 0 before it decays linearly.</source>
        <translation>学习率从 0 线性上升所占的步数比例，之后线性衰减。</translation>
    </message>
    <message>
        <source>Warm-up ratio:</source>
        <translation>预热比例：</translation>
    </message>
    <message>
        <source>AdamW weight decay (not applied to biases and LayerNorm).</source>
        <translation>AdamW 权重衰减（不作用于偏置和 LayerNorm）。</translation>
    </message>
    <message>
        <source>Weight decay:</source>
        <translation>权重衰减：</translation>
    </message>
    <message>
        <source>Tokens per text; longer texts are truncated. Default: 128 for checkpoints, 64 from scratch.</source>
        <translation>每段文本的词元数；更长的文本会被截断。默认：检查点为 128，从头训练为 64。</translation>
    </message>
    <message>
        <source>Max length:</source>
        <translation>最大长度：</translation>
    </message>
    <message>
        <source>Same seed, same data and same settings give the same run on the CPU.</source>
        <translation>在 CPU 上，相同的种子、数据和设置会得到相同的运行结果。</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>each epoch</source>
        <translation>每轮</translation>
    </message>
    <message>
        <source>Evaluate every this many steps as well as at each epoch end.</source>
        <translation>除每轮结束时外，每隔这么多步也评估一次。</translation>
    </message>
    <message>
        <source>Evaluate every:</source>
        <translation>评估间隔：</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>The metric that decides which evaluation&apos;s model is kept as the best, and early stopping.</source>
        <translation>用于决定保留哪次评估的模型作为最佳模型以及何时提前停止的指标。</translation>
    </message>
    <message>
        <source>Best model by:</source>
        <translation>最佳模型依据：</translation>
    </message>
    <message>
        <source>no early stopping</source>
        <translation>不提前停止</translation>
    </message>
    <message>
        <source>Stop after this many evaluations without improvement.</source>
        <translation>连续这么多次评估没有改进后停止。</translation>
    </message>
    <message>
        <source>Early stopping:</source>
        <translation>提前停止：</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Train low-rank adapters on query and value with this rank; the base model stays frozen.</source>
        <translation>以此秩在 query 和 value 上训练低秩适配器；基础模型保持冻结。</translation>
    </message>
    <message>
        <source>LoRA rank:</source>
        <translation>LoRA 秩：</translation>
    </message>
    <message>
        <source>Freeze the encoder (train the classifier head only)</source>
        <translation>冻结编码器（仅训练分类头）</translation>
    </message>
    <message>
        <source>Weight the loss by inverse class frequency</source>
        <translation>按类别频率的倒数加权损失</translation>
    </message>
    <message>
        <source>Helps imbalanced data sets: rare classes count as much as common ones.</source>
        <translation>适用于不均衡的数据集：稀有类别与常见类别同等重要。</translation>
    </message>
    <message>
        <source>Device, output and provenance</source>
        <translation>设备、输出与数据来源</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>自动（可用时使用 CUDA）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <source>CPU threads for training; leaving one core free keeps the application responsive.</source>
        <translation>用于训练的 CPU 线程数；留出一个核心可保持应用程序响应流畅。</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU 线程数：</translation>
    </message>
    <message>
        <source>The run writes its best model, checkpoints and history here; empty: a folder beside the workspace.</source>
        <translation>运行将最佳模型、检查点和历史记录写入此处；留空则使用工作区旁的文件夹。</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>输出文件夹：</translation>
    </message>
    <message>
        <source>The project this model is trained for.</source>
        <translation>该模型所服务的项目。</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>The contract under which the partner shared the data.</source>
        <translation>合作伙伴据以提供数据的合同。</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>合同：</translation>
    </message>
    <message>
        <source>The partner that shared the data (a party to the contract).</source>
        <translation>提供数据的合作伙伴（合同签约方）。</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>合作伙伴：</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>（无项目）</translation>
    </message>
    <message>
        <source>(no contract)</source>
        <translation>（无合同）</translation>
    </message>
    <message>
        <source>(choose the partner)</source>
        <translation>（请选择合作伙伴）</translation>
    </message>
    <message>
        <source>(choose a contract first)</source>
        <translation>（请先选择合同）</translation>
    </message>
    <message>
        <source>Choose a training data set</source>
        <translation>选择训练数据集</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot use this data set</source>
        <translation>无法使用该数据集</translation>
    </message>
    <message>
        <source>Choose an evaluation data set</source>
        <translation>选择评估数据集</translation>
    </message>
    <message>
        <source>Choose a Hugging Face checkpoint folder</source>
        <translation>选择 Hugging Face 检查点文件夹</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>... %1 classes in all</source>
        <translation>… 共 %1 个类别</translation>
    </message>
    <message>
        <source>%1 rows; %2</source>
        <translation>%1 行；%2</translation>
    </message>
    <message>
        <source>Hidden layers: &quot;%1&quot; is not a layer size; write sizes such as 32,16.</source>
        <translation>隐藏层：“%1”不是有效的层大小；请填写如 32,16 的大小。</translation>
    </message>
    <message>
        <source>Choose a training file.</source>
        <translation>请选择训练文件。</translation>
    </message>
    <message>
        <source>Give the run a name.</source>
        <translation>请为该运行命名。</translation>
    </message>
    <message>
        <source>Choose the checkpoint folder to fine-tune.</source>
        <translation>请选择要微调的检查点文件夹。</translation>
    </message>
    <message>
        <source>A from-scratch model needs a vocabulary file (vocab.txt).</source>
        <translation>从头训练的模型需要词表文件（vocab.txt）。</translation>
    </message>
    <message>
        <source>The label column needs at least two classes; choose another column.</source>
        <translation>标签列至少需要两个类别；请选择其他列。</translation>
    </message>
    <message>
        <source>The output folder %1 is not empty; choose another folder or another run name.</source>
        <translation>输出文件夹 %1 不为空；请选择其他文件夹或其他运行名称。</translation>
    </message>
    <message>
        <source>Mask e-mail addresses and phone numbers in the texts</source>
        <translation>屏蔽文本中的电子邮件地址和电话号码</translation>
    </message>
    <message>
        <source>The model is trained on [email] and [phone] in their place, so it cannot learn them. The choice is kept in the run&apos;s configuration.</source>
        <translation>模型以 [email] 和 [phone] 代替它们进行训练，因此无法学到这些信息。该选择会记录在运行配置中。</translation>
    </message>
    <message>
        <source>Stores the run and trains it when its device is free (Ctrl+Return).</source>
        <translation>保存训练任务，并在其设备空闲时开始训练（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>Choose a WordPiece vocabulary</source>
        <translation>选择 WordPiece 词表</translation>
    </message>
    <message>
        <source>Vocabularies (*.txt);;All files (*)</source>
        <translation>词表 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The tabular MLP reads numeric feature columns, and none is ticked. Tick them under Feature columns, or choose a text model for a text column.</source>
        <translation>表格 MLP 读取数值特征列，但当前没有勾选任何列。请在“特征列”中勾选，或为文本列选择文本模型。</translation>
    </message>
    <message>
        <source>Choose the column with the texts to classify (Text column); it cannot be the label column.</source>
        <translation>请选择包含待分类文本的列（文本列）；它不能是标签列。</translation>
    </message>
    <message>
        <source>Classification (predict a class)</source>
        <translation>分类（预测类别）</translation>
    </message>
    <message>
        <source>Regression (predict a number)</source>
        <translation>回归（预测数值）</translation>
    </message>
    <message>
        <source>Regression is offered when the label column holds numbers.</source>
        <translation>标签列为数值时可选择回归。</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Linear least squares and MLP (the better by validation RMSE)</source>
        <translation>线性最小二乘和 MLP（取验证集 RMSE 较优者）</translation>
    </message>
    <message>
        <source>Linear least squares</source>
        <translation>线性最小二乘</translation>
    </message>
    <message>
        <source>MLP with squared-error loss</source>
        <translation>使用平方误差损失的 MLP</translation>
    </message>
    <message>
        <source>%1 rows; numbers from %2 to %3, %4 different values</source>
        <translation>%1 行；数值范围 %2 至 %3，共 %4 个不同取值</translation>
    </message>
    <message>
        <source>Regression needs a label column of numbers.</source>
        <translation>回归需要一个数值型的标签列。</translation>
    </message>
    <message>
        <source>Trained from random weights on your texts: a small transformer with one output, the number.</source>
        <translation>在您的文本上从随机权重开始训练：一个只有一个输出（即预测数值）的小型 Transformer。</translation>
    </message>
    <message>
        <source>Trained from random weights on your texts: a small transformer beside word-pair counts from the training file (a bag of n-grams and a naive-Bayes prior). Works from a few thousand labelled texts.</source>
        <translation>在您的文本上从随机权重开始训练：一个小型 Transformer，旁边是从训练文件统计的词对计数（n 元词袋和朴素贝叶斯先验）。几千条带标签的文本即可使用。</translation>
    </message>
</context>
<context>
    <name>TrainingRunRepository</name>
    <message>
        <source>The training run no longer exists; it may have been deleted. Reload the run list.</source>
        <translation>该训练运行已不存在，可能已被删除。请刷新运行列表。</translation>
    </message>
    <message>
        <source>The application closed during the run; resume it to continue from its last checkpoint.</source>
        <translation>应用程序在运行期间关闭；请点击“继续”从最近的检查点接着训练。</translation>
    </message>
    <message>
        <source>The application closed before the run&apos;s turn came; resume it to start it.</source>
        <translation>轮到该任务之前应用程序已关闭；恢复即可启动它。</translation>
    </message>
    <message>
        <source>Training run %1 already has a confirmation note, or is no longer in the workspace.</source>
        <translation>训练任务 %1 已有确认说明，或已不在工作区中。</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <source>Taken out of the queue before it started; resume it to start it.</source>
        <translation>在开始之前已移出队列；恢复即可启动它。</translation>
    </message>
    <message>
        <source>Choose an output folder for the run.</source>
        <translation>请为本次运行选择输出文件夹。</translation>
    </message>
    <message>
        <source>The output folder %1 cannot be created; choose a folder you can write to.</source>
        <translation>无法创建输出文件夹 %1；请选择一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Name the contract under which the partner shared the data.</source>
        <translation>请指明合作伙伴共享数据所依据的合同。</translation>
    </message>
    <message>
        <source>%1
Training on this data needs your reason, which is recorded with the run.</source>
        <translation>%1
使用这些数据训练需要填写理由，理由将与训练任务一起记录。</translation>
    </message>
    <message>
        <source>%1 Confirmed by %2: %3</source>
        <translation>%1 由 %2 确认：%3</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; is %2; only a stopped or failed run can be resumed.</source>
        <translation>运行“%1”的状态为%2；只有已停止或失败的运行才能继续。</translation>
    </message>
    <message>
        <source>The configuration of run &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取训练任务“%1”的配置：%2</translation>
    </message>
    <message>
        <source>Stopping: the run writes a checkpoint and ends within a second.</source>
        <translation>正在停止：运行将写入检查点，并在一秒内结束。</translation>
    </message>
    <message>
        <source>The stop could not be recorded in the workspace: %1</source>
        <translation>无法在工作区中记录停止：%1</translation>
    </message>
    <message>
        <source> - new best model</source>
        <translation> - 新的最佳模型</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Resuming run %1 on the %2 from its last checkpoint.</source>
        <translation>正在 %2 上从最后一个检查点恢复训练任务 %1。</translation>
    </message>
    <message>
        <source>Starting run %1 on the %2.</source>
        <translation>正在 %2 上启动训练任务 %1。</translation>
    </message>
    <message>
        <source>Stopped at step %1; resume it to continue from the checkpoint.</source>
        <translation>已在第 %1 步停止；点击“继续”可从检查点接着训练。</translation>
    </message>
    <message>
        <source>Finished after %1 steps (%2 epochs)%3.</source>
        <translation>已完成，共 %1 步（%2 轮）%3。</translation>
    </message>
    <message>
        <source>, stopped early</source>
        <translation>，提前停止</translation>
    </message>
    <message>
        <source>Best: accuracy %1, macro-F1 %2. Model in %3.</source>
        <translation>最佳：准确率 %1，宏平均 F1 %2。模型保存在 %3。</translation>
    </message>
    <message>
        <source>The run&apos;s earlier log cannot be read from the workspace: %1</source>
        <translation>无法从工作区读取该任务之前的日志：%1</translation>
    </message>
    <message>
        <source>Linear least squares</source>
        <translation>线性最小二乘</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>Text model</source>
        <translation>文本模型</translation>
    </message>
    <message>
        <source>Best: %1, validation RMSE %2, MAE %3, R² %4. Model in %5.</source>
        <translation>最佳：%1，验证集 RMSE %2，MAE %3，R² %4。模型保存在 %5。</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>RMSE %1, MAE %2, R² %3</source>
        <translation>RMSE %1，MAE %2，R² %3</translation>
    </message>
    <message>
        <source>loss %1, accuracy %2, macro-F1 %3</source>
        <translation>损失 %1，准确率 %2，宏平均 F1 %3</translation>
    </message>
    <message>
        <source>Evaluation at step %1 (epoch %2): %3%4</source>
        <translation>第 %1 步（第 %2 轮）评估：%3%4</translation>
    </message>
</context>
<context>
    <name>TrainingTryIt</name>
    <message>
        <source>Try it:</source>
        <translation>试一试：</translation>
    </message>
    <message>
        <source>Type a text to classify with the run&apos;s best model</source>
        <translation>输入一段文本，用该任务的最佳模型进行分类</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Classify the input with the best model of the shown run (Enter).</source>
        <translation>用当前显示任务的最佳模型对输入进行分类（回车）。</translation>
    </message>
    <message>
        <source>The run&apos;s configuration cannot be read: %1</source>
        <translation>无法读取该任务的配置：%1</translation>
    </message>
    <message>
        <source>Type something to classify first.</source>
        <translation>请先输入要分类的内容。</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1：%2 %</translation>
    </message>
    <message>
        <source>Predicted: %1 (%2)</source>
        <translation>预测：%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Classifying...</source>
        <translation>正在分类……</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Predict the number for the input with the best model of the shown run (Enter).</source>
        <translation>用当前显示运行的最佳模型预测输入对应的数值（回车）。</translation>
    </message>
    <message>
        <source>Type a text to predict its number with the run&apos;s best model</source>
        <translation>输入一段文本，用该运行的最佳模型预测其数值</translation>
    </message>
    <message>
        <source>Predicting...</source>
        <translation>正在预测……</translation>
    </message>
    <message>
        <source>Predicted: %1</source>
        <translation>预测值：%1</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Training run %1 is not in this workspace; it may have been deleted.</source>
        <translation>训练运行 %1 不在此工作区中，可能已被删除。</translation>
    </message>
    <message>
        <source>The run ended but its result could not be saved in the workspace: %1</source>
        <translation>运行已结束，但其结果无法保存到工作区：%1</translation>
    </message>
    <message>
        <source>Could not record the failure in the workspace: %1</source>
        <translation>无法在工作区中记录此次失败：%1</translation>
    </message>
    <message>
        <source>Metric points could not be saved in the workspace; the stored curve will have gaps: %1</source>
        <translation>指标数据点无法保存到工作区，保存的曲线将出现缺口：%1</translation>
    </message>
    <message>
        <source>the validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>macro-F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <source>Data: %1 training and %2 validation examples, %3 classes.</source>
        <translation>数据：%1 条训练样本和 %2 条验证样本，%3 个类别。</translation>
    </message>
    <message>
        <source>Data: %1 training and %2 validation examples; the label&apos;s mean is %3, its standard deviation %4.</source>
        <translation>数据：%1 条训练样本和 %2 条验证样本；标签均值为 %3，标准差为 %4。</translation>
    </message>
    <message>
        <source>Data: %1 training and %2 validation rows, %3 feature columns.</source>
        <translation>数据：%1 行训练数据和 %2 行验证数据，%3 个特征列。</translation>
    </message>
    <message>
        <source>%1: validation RMSE %2, R² %3.</source>
        <translation>%1：验证集 RMSE %2，R² %3。</translation>
    </message>
    <message>
        <source>Stopping early: %1 has not improved for %2 evaluations.</source>
        <translation>提前停止：%1 已连续 %2 次评估没有改善。</translation>
    </message>
    <message>
        <source>Ignored %1 tensors of the checkpoint that a text classifier does not use (e.g. &quot;%2&quot;).</source>
        <translation>已忽略检查点中文本分类器用不到的 %1 个张量（例如“%2”）。</translation>
    </message>
    <message>
        <source>The checkpoint has no classification head; a new one was initialised for the classes %1.</source>
        <translation>检查点没有分类头；已为类别 %1 初始化一个新的分类头。</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s classification head scores other classes; a new one was initialised for %1.</source>
        <translation>检查点的分类头针对的是其他类别；已为 %1 初始化一个新的分类头。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The change was already undone.</source>
        <translation>该更改已被撤销。</translation>
    </message>
</context>
<context>
    <name>TrendSeries</name>
    <message>
        <source>%1 trend (R² %2)</source>
        <translation>%1趋势（R² %2）</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot create the folder %1. Choose a folder you can write to.</source>
        <translation>无法创建文件夹 %1。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The workspace is at version %1, newer than the requested %2.</source>
        <translation>工作区版本为 %1，比请求的 %2 更新。</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <source>it is an SQLite file from another program, not a Lepton workspace. Open a file made by Lepton Partner Studio, or choose a new file name to create one.</source>
        <translation>它是其他程序的 SQLite 文件，不是 Lepton 工作区。请打开由 Lepton 合作伙伴工作室创建的文件，或输入新文件名以新建工作区。</translation>
    </message>
    <message>
        <source>it was written by a newer Lepton Partner Studio (schema version %1; this version knows up to %2). Update the application to open it.</source>
        <translation>它由更新版本的 Lepton 合作伙伴工作室写入（架构版本 %1；本版本最高支持 %2）。请升级应用程序后再打开。</translation>
    </message>
    <message>
        <source>the file is damaged (SQLite&apos;s check says: %1). Restore it from a backup, or open another file.</source>
        <translation>该文件已损坏（SQLite 检查结果：%1）。请从备份恢复，或打开其他文件。</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>it needs an upgrade from version %1, and the backup copy made before every upgrade failed (%2). Free some disk space or make the workspace&apos;s folder writable, then open it again.</source>
        <translation>它需要从版本 %1 升级，但每次升级前进行的备份失败（%2）。请释放磁盘空间或使工作区所在文件夹可写，然后重新打开。</translation>
    </message>
    <message>
        <source>this installation has no PostgreSQL driver for Qt. Install the package libqt6sql6-psql and try again.</source>
        <translation>此安装缺少 Qt 的 PostgreSQL 驱动。请安装软件包 libqt6sql6-psql 后重试。</translation>
    </message>
    <message>
        <source>the server refused the connection or could not be reached (%1). Check the host, port, database, user and password, and that the server accepts connections from this computer.</source>
        <translation>服务器拒绝了连接或无法访问（%1）。请检查主机、端口、数据库、用户和密码，并确认服务器接受来自本机的连接。</translation>
    </message>
    <message>
        <source>it is not a Lepton workspace (%1). Open a workspace made by Lepton Partner Studio.</source>
        <translation>它不是 Lepton 工作区（%1）。请打开由 Lepton Partner Studio 创建的工作区。</translation>
    </message>
    <message>
        <source>the database holds tables of another program, not a Lepton workspace. Connect to a database made by Lepton Partner Studio, or to a new, empty database to create one.</source>
        <translation>该数据库包含其他程序的表，不是 Lepton 工作区。请连接到由 Lepton Partner Studio 创建的数据库，或连接到一个新的空数据库以创建工作区。</translation>
    </message>
    <message>
        <source>the server does not offer an encrypted connection, so the password was not sent (%1). Ask the server&apos;s administrator to turn on TLS, or, only for a server on this computer or a network you trust, choose &quot;Allow an unencrypted connection&quot;.</source>
        <translation>服务器不提供加密连接，因此未发送密码（%1）。请让服务器管理员启用 TLS；或者，仅当服务器在本机或您信任的网络上时，选择“允许未加密的连接”。</translation>
    </message>
    <message>
        <source>the server&apos;s certificate cannot be checked (%1). Save the certificate of the authority that signed it as ~/.postgresql/root.crt (ask the server&apos;s administrator for it) and connect again.</source>
        <translation>无法验证服务器的证书（%1）。请将签发该证书的证书颁发机构的证书保存为 ~/.postgresql/root.crt（可向服务器管理员索取），然后重新连接。</translation>
    </message>
    <message>
        <source>Encryption unknown</source>
        <translation>加密状态未知</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>已加密（%1）</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>未加密</translation>
    </message>
</context>
<context>
    <name>WorkspaceBackup</name>
    <message>
        <source>The backup cannot replace the workspace itself. Choose another file name.</source>
        <translation>备份不能覆盖工作区本身。请换一个文件名。</translation>
    </message>
    <message>
        <source>The copy could not be moved to %1: %2</source>
        <translation>无法将副本移动到 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be written to disk: %2</source>
        <translation>无法将 %1 写入磁盘：%2</translation>
    </message>
    <message>
        <source>The folder %1 for backups cannot be created. Make the workspace&apos;s folder writable.</source>
        <translation>无法创建备份文件夹 %1。请使工作区所在文件夹可写。</translation>
    </message>
    <message>
        <source>%1 is the workspace itself. Choose a backup file.</source>
        <translation>%1 是工作区本身。请选择一个备份文件。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist. Choose an existing backup file.</source>
        <translation>备份 %1 不存在。请选择一个现有的备份文件。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2 Choose a backup made by Lepton Partner Studio.</source>
        <translation>无法读取备份 %1：%2 请选择由 Lepton 合作伙伴工作室创建的备份。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2). Choose another backup.</source>
        <translation>备份 %1 已损坏（%2）。请选择其他备份。</translation>
    </message>
    <message>
        <source>The folder %1 for backups cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The current workspace could not be saved before the restore, so nothing was changed: %1</source>
        <translation>恢复前无法保存当前工作区，因此未做任何更改：%1</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1: %2</source>
        <translation>无法用备份替换 %1：%2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <source>The workspace %1 is open elsewhere (another window of Lepton Partner Studio or another program), so it was not restored: their later changes would be lost. Close it there and try again.</source>
        <translation>工作区 %1 已在别处打开（Lepton Partner Studio 的另一个窗口或其他程序），因此未进行恢复：否则那里之后的更改会丢失。请先在那里关闭它，然后重试。</translation>
    </message>
    <message>
        <source>The workspace %1 could not be locked for the restore: %2</source>
        <translation>无法为恢复锁定工作区 %1：%2</translation>
    </message>
</context>
<context>
    <name>WorkspaceLists</name>
    <message>
        <source>%1 already holds records, so the demo data set was not added. Give --demo a new file name to see the demo.</source>
        <translation>%1 已有记录，因此未添加演示数据。请为 --demo 指定一个新文件名以查看演示。</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>Lepton Partner Studio could not mark the workspace %1 as open in this window (the lock file %2 cannot be written), so another window that opens it will not be told. Make the workspace&apos;s folder writable.</source>
        <translation>Lepton Partner Studio 无法将工作区 %1 标记为已在此窗口中打开（无法写入锁文件 %2），因此其他打开它的窗口不会得到提示。请让工作区所在文件夹可写。</translation>
    </message>
    <message>
        <source>The workspace %1 is open elsewhere too (%2, process %3 on %4). Nothing is lost: both windows save their changes to the same file, and each shows the other&apos;s changes after Refresh (F5). While it is open there, Restore from Backup is refused in both. If you did not mean to open it twice, close it in one of them.</source>
        <translation>工作区 %1 也在别处打开（%2，进程 %3，位于 %4）。不会丢失任何内容：两个窗口都把更改保存到同一个文件，按“刷新”（F5）后即可看到对方的更改。在它于别处打开期间，两边的“从备份恢复”都会被拒绝。如果您并非有意打开两次，请在其中一处关闭它。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>WorkspaceSchema</name>
    <message>
        <source>upgrading the workspace to version %1 failed and was undone: %2</source>
        <translation>将工作区升级到版本 %1 失败，已撤回：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Partnerships, contracts, joint projects and model training for an AI company.</source>
        <translation>面向 AI 公司的合作伙伴、合同、联合项目与模型训练管理。</translation>
    </message>
    <message>
        <source>Open or create the workspace file &lt;path&gt;.</source>
        <translation>打开或创建工作区文件 &lt;path&gt;。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Fill a new workspace with the demo data set.</source>
        <translation>在新工作区中填入演示数据。</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened.

%2

Start again with --workspace and a writable file, or move the damaged file aside.</source>
        <translation>无法打开工作区 %1。

%2

请使用 --workspace 指定一个可写文件重新启动，或将损坏的文件移走。</translation>
    </message>
</context>
</TS>
