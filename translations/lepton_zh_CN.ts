<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AllocationScheme</name>
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
    <name>EcosystemHealth</name>
    <message>
        <source>%1's figures are in %2 but the workspace reports in %3; amounts in different currencies are never added. Convert them first.</source>
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
        <source>The partners' total lifetime profit is not positive, so shares of it would be misleading.</source>
        <translation>合作伙伴的累计总利润不为正，按其计算占比会产生误导。</translation>
    </message>
</context>
<context>
    <name>FixedShareScheme</name>
    <message>
        <source>%1 has no fixed share; enter a share for every participant.</source>
        <translation>%1 没有固定份额；请为每个参与方填写份额。</translation>
    </message>
    <message>
        <source>%1's fixed share is negative (%2); shares must be zero or more.</source>
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
        <source>%1's guaranteed base share is negative; enter zero or more.</source>
        <translation>%1 的保底份额为负；请填写大于或等于零的值。</translation>
    </message>
    <message>
        <source>%1's performance score is negative; enter zero or more.</source>
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
    <name>ProjectEconomics</name>
    <message>
        <source>The ledger entry of %1 is in %2 but the project is kept in %3; enter it in %3 (converted at the day's rate).</source>
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
    <name>ProportionalScheme</name>
    <message>
        <source>%1's contribution is negative; enter zero or more.</source>
        <translation>%1 的贡献为负；请填写大于或等于零的值。</translation>
    </message>
    <message>
        <source>%1's contribution is in %2 but %3's is in %4; enter all contributions in one currency.</source>
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
        <source>A partner's revenue is in %1 but concentration is measured in %2; convert it first.</source>
        <translation>某合作伙伴的收入以 %1 计，但集中度以 %2 衡量；请先换算。</translation>
    </message>
    <message>
        <source>A partner's revenue is negative (%1); concentration needs revenues of zero or more.</source>
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
    <name>ShapleyScheme</name>
    <message>
        <source>The coalition game has %1 participants but the project has %2; edit the game again.</source>
        <translation>合作博弈有 %1 个参与方，但项目有 %2 个；请重新编辑博弈。</translation>
    </message>
    <message>
        <source>All participants together are given %1 in the coalition game, but the profit to share is %2; make the grand coalition's value equal to the profit.</source>
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
        <source>Shapley value estimated from %1 random orders (seed %2): with probability %3% every participant's value is within %4 of the exact one (Hoeffding bound), plus under one minor unit of rounding.</source>
        <translation>Shapley 值由 %1 个随机顺序估计（种子 %2）：以 %3% 的概率，每个参与方的值与精确值相差不超过 %4（Hoeffding 界），另加不足一个最小货币单位的舍入误差。</translation>
    </message>
</context>
</TS>
