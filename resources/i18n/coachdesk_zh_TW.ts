<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="zh_CN">
    <context>
        <name />
        <message>
            <location filename="../../app/ui/case_forms.py" line="+93" />
            <location filename="../../app/ui/client_file.py" line="+448" />
            <source>记录知情同意</source>
            <translation>記錄知情同意</translation>
        </message>
        <message>
            <location line="+6" />
            <source>同意用途</source>
            <translation>同意用途</translation>
        </message>
        <message>
            <location line="+2" />
            <source>接收方（用人单位）</source>
            <translation>接收方（用人單位）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>向用人单位披露时必填：写明用人单位名称</source>
            <translation>向用人單位披露時必填：寫明用人單位名稱</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../app/ui/client_file.py" line="-16" />
            <source>签署人</source>
            <translation>簽署人</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="+2" />
            <source>签署人姓名</source>
            <translation>簽署人姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+383" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>签署日期</source>
            <translation>簽署日期</translation>
        </message>
        <message>
            <location line="-382" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>有效期至</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location line="+0" />
            <source>设定有效期</source>
            <translation>設定有效期</translation>
        </message>
        <message>
            <location line="+3" />
            <source>同意用途(&amp;P)：</source>
            <translation>同意用途(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收方(&amp;R)：</source>
            <translation>接收方(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签署人(&amp;B)：</source>
            <translation>簽署人(&amp;B)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签署人姓名(&amp;N)：</source>
            <translation>簽署人姓名(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签署日期(&amp;D)：</source>
            <translation>簽署日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>有效期(&amp;E)：</source>
            <translation>有效期(&amp;E)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>每个用途须单独取得同意（《个人信息保护法》第二十九条）。服务对象无民事行为能力时由监护人签署。</source>
            <translation>每個用途須單獨取得同意（《個人資訊保護法》第二十九條）。服務對象無民事行為能力時由監護人簽署。</translation>
        </message>
        <message>
            <location line="+58" />
            <source>撤回日期须在签署日期与今天之间</source>
            <translation>撤回日期須在簽署日期與今天之間</translation>
        </message>
        <message>
            <location line="+3" />
            <source>撤回知情同意</source>
            <translation>撤回知情同意</translation>
        </message>
        <message>
            <location line="+0" />
            <source>撤回</source>
            <translation>撤回</translation>
        </message>
        <message>
            <location line="+6" />
            <source>（接收方：{recipient}）</source>
            <translation>（接收方：{recipient}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{signed_by} {name} 于 {date} 签署</source>
            <translation>{signed_by} {name} 於 {date} 簽署</translation>
        </message>
        <message>
            <location line="+8" />
            <source>要撤回的同意</source>
            <translation>要撤回的同意</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>撤回日期</source>
            <translation>撤回日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>撤回日期(&amp;D)：</source>
            <translation>撤回日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>撤回后，自撤回日期起不再依据这项同意处理或共享信息；原记录保留。</source>
            <translation>撤回後，自撤回日期起不再依據這項同意處理或共享資訊；原記錄保留。</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../../app/ui/client_file.py" line="+54" />
            <source>新增评估</source>
            <translation>新增評估</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/ui/client_file.py" line="-18" />
            <source>评估日期</source>
            <translation>評估日期</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>评估人</source>
            <translation>評估人</translation>
        </message>
        <message>
            <location line="+2" />
            <source>评估人角色</source>
            <translation>評估人角色</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="+4" />
            <source>评估工具</source>
            <translation>評估工具</translation>
        </message>
        <message>
            <location line="+0" />
            <source>如：职业能力评估量表</source>
            <translation>如：職業能力評估量表</translation>
        </message>
        <message>
            <location line="+5" />
            <source>优势</source>
            <translation>優勢</translation>
        </message>
        <message>
            <location line="+1" />
            <source>兴趣</source>
            <translation>興趣</translation>
        </message>
        <message>
            <location line="+1" />
            <source>需要的支持</source>
            <translation>需要的支持</translation>
        </message>
        <message>
            <location line="+3" />
            <source>评估日期(&amp;D)：</source>
            <translation>評估日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>评估工具(&amp;T)：</source>
            <translation>評估工具(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>评估人(&amp;N)：</source>
            <translation>評估人(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/dialogs.py" line="+309" />
            <source>角色(&amp;R)：</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>各领域评分（1–5 分，分数越高能力越强；未评估的领域留“未评”）</source>
            <translation>各領域評分（1–5 分，分數越高能力越強；未評估的領域留「未評」）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>各领域评分</source>
            <translation>各領域評分</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name}评分</source>
            <translation>{name}評分</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+645" />
            <location line="+3" />
            <source> 分</source>
            <comment>score out of 5</comment>
            <translation> 分</translation>
        </message>
        <message>
            <location line="-647" />
            <location line="+644" />
            <location line="+3" />
            <source>未评</source>
            <translation>未評</translation>
        </message>
        <message>
            <location line="-645" />
            <source>1–5 分；最小值为未评</source>
            <translation>1–5 分；最小值為未評</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name}评分提示</source>
            <translation>{name}評分提示</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+129" />
            <location filename="../../app/ui/client_file.py" line="-136" />
            <location line="+2" />
            <location line="+379" />
            <location filename="../../app/ui/common.py" line="+422" />
            <location filename="../../app/ui/employers.py" line="+853" />
            <location filename="../../app/ui/settings_dialog.py" line="+92" />
            <source>{label}：</source>
            <translation>{label}：</translation>
        </message>
        <message>
            <location line="-122" />
            <source>评分</source>
            <translation>評分</translation>
        </message>
        <message>
            <location line="+4" />
            <source>优势(&amp;S)：</source>
            <translation>優勢(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>兴趣(&amp;I)：</source>
            <translation>興趣(&amp;I)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>需要的支持(&amp;U)：</source>
            <translation>需要的支持(&amp;U)：</translation>
        </message>
        <message>
            <location line="+77" />
            <location line="+24" />
            <location filename="../../app/ui/client_file.py" line="-206" />
            <source>目标</source>
            <translation>目標</translation>
        </message>
        <message>
            <location line="-24" />
            <source>如：独立乘坐公交车往返单位</source>
            <translation>如：獨立乘坐公交車往返單位</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+22" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>成功标准</source>
            <translation>成功標準</translation>
        </message>
        <message>
            <location line="-22" />
            <source>可衡量：如连续两周独立往返</source>
            <translation>可衡量：如連續兩週獨立往返</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+21" />
            <location filename="../../app/ui/client_file.py" line="+2" />
            <source>负责方</source>
            <translation>負責方</translation>
        </message>
        <message>
            <location line="-20" />
            <location line="+370" />
            <location filename="../../app/ui/client_file.py" line="+102" />
            <location filename="../../app/ui/dashboard.py" line="+99" />
            <location filename="../../app/ui/employers.py" line="-189" />
            <source>开始日期</source>
            <translation>開始日期</translation>
        </message>
        <message>
            <location line="-369" />
            <location line="+21" />
            <location filename="../../app/ui/client_file.py" line="-98" />
            <location line="+20" />
            <source>目标日期</source>
            <translation>目標日期</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+18" />
            <location filename="../../app/ui/caseload_model.py" line="+58" />
            <location filename="../../app/ui/client_file.py" line="-151" />
            <location line="+133" />
            <location line="+20" />
            <location line="+35" />
            <location line="+63" />
            <location filename="../../app/ui/forms_dialog.py" line="+174" />
            <location filename="../../app/ui/sync_ui.py" line="+84" />
            <source>状态</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location line="-17" />
            <source>删除此目标</source>
            <translation>刪除此目標</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../../app/ui/client_file.py" line="-121" />
            <location line="+20" />
            <source>开始</source>
            <translation>開始</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_file.py" line="-11" />
            <source>进展</source>
            <translation>進展</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/ui/record_dialog.py" line="+311" />
            <location line="+39" />
            <location line="+11" />
            <location filename="../../app/ui/session_form.py" line="+513" />
            <source>{title}提示</source>
            <translation>{title}提示</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+1" />
            <source>目标 {n}</source>
            <translation>目標 {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>目标 {n} {field}</source>
            <translation>目標 {n} {field}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>目标 {n} {field}提示</source>
            <translation>目標 {n} {field}提示</translation>
        </message>
        <message>
            <location line="+2" />
            <source>删除目标 {n}</source>
            <translation>刪除目標 {n}</translation>
        </message>
        <message>
            <location line="+44" />
            <source>修改就业计划</source>
            <translation>修改就業計畫</translation>
        </message>
        <message>
            <location line="+0" />
            <source>制定就业计划</source>
            <translation>制定就業計畫</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/ui/client_file.py" line="-25" />
            <location line="+35" />
            <source>就业目标</source>
            <translation>就業目標</translation>
        </message>
        <message>
            <location line="+0" />
            <source>如：超市理货员</source>
            <translation>如：超市理貨員</translation>
        </message>
        <message>
            <location line="+1" />
            <source>每周工时目标</source>
            <translation>每週工時目標</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+267" />
            <location line="+157" />
            <source> 小时</source>
            <translation> 小時</translation>
        </message>
        <message>
            <location line="-423" />
            <source>期望月工资</source>
            <translation>期望月工資</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+267" />
            <location line="+157" />
            <source> 元</source>
            <translation> 元</translation>
        </message>
        <message>
            <location line="-422" />
            <location filename="../../app/ui/client_file.py" line="-33" />
            <source>主要障碍</source>
            <translation>主要障礙</translation>
        </message>
        <message>
            <location line="+1" />
            <source>计划开始日期</source>
            <translation>計畫開始日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>计划目标日期</source>
            <translation>計畫目標日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>复核间隔</source>
            <translation>複核間隔</translation>
        </message>
        <message>
            <location line="+3" />
            <source> 天</source>
            <translation> 天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已签署</source>
            <translation>已簽署</translation>
        </message>
        <message>
            <location line="+3" />
            <source>就业目标(&amp;J)：</source>
            <translation>就業目標(&amp;J)：</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+267" />
            <location line="+157" />
            <source>每周工时(&amp;H)：</source>
            <translation>每週工時(&amp;H)：</translation>
        </message>
        <message>
            <location line="-423" />
            <source>期望月工资(&amp;W)：</source>
            <translation>期望月工資(&amp;W)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>主要障碍(&amp;A)：</source>
            <translation>主要障礙(&amp;A)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开始日期(&amp;B)：</source>
            <translation>開始日期(&amp;B)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目标日期(&amp;D)：</source>
            <translation>目標日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>复核间隔(&amp;R)：</source>
            <translation>複核間隔(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签署(&amp;S)：</source>
            <translation>簽署(&amp;S)：</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <location line="+5" />
            <location filename="../../app/ui/session_form.py" line="-395" />
            <location filename="../../app/ui/sync_ui.py" line="-23" />
            <source>计划目标</source>
            <translation>計畫目標</translation>
        </message>
        <message>
            <location line="-2" />
            <source>添加目标(&amp;G)</source>
            <translation>新增目標(&amp;G)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>添加目标</source>
            <translation>新增目標</translation>
        </message>
        <message>
            <location line="+6" />
            <source>每个目标写明可衡量的成功标准和负责方。</source>
            <translation>每個目標寫明可衡量的成功標準和負責方。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>保存后，当前计划将被新计划取代（旧计划保留在“以往计划”中）。</source>
            <translation>儲存後，目前計畫將被新計畫取代（舊計畫保留在「以往計畫」中）。</translation>
        </message>
        <message>
            <location line="+124" />
            <location line="+78" />
            <location filename="../../app/ui/employers.py" line="-206" />
            <source>新建用人单位</source>
            <translation>新建用人單位</translation>
        </message>
        <message>
            <location line="-76" />
            <location filename="../../app/ui/employers.py" line="+20" />
            <source>用人单位名称</source>
            <translation>用人單位名稱</translation>
        </message>
        <message>
            <location line="+0" />
            <source>营业执照上的全称</source>
            <translation>營業執照上的全稱</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/employers.py" line="+80" />
            <source>统一社会信用代码</source>
            <translation>統一社會信用代碼</translation>
        </message>
        <message>
            <location line="+0" />
            <source>18 位（可不填）</source>
            <translation>18 位（可不填）</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/employers.py" line="-117" />
            <location line="+118" />
            <source>行业</source>
            <translation>行業</translation>
        </message>
        <message>
            <location line="+0" />
            <source>如：零售、餐饮、制造</source>
            <translation>如：零售、餐飲、製造</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="-131" />
            <location filename="../../app/ui/client_form.py" line="+241" />
            <location filename="../../app/ui/employers.py" line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="+15" />
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <location line="+2" />
            <source>所在镇街</source>
            <translation>所在鎮街</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+243" />
            <location filename="../../app/ui/record_dialog.py" line="-293" />
            <source>（未填写）</source>
            <translation>（未填寫）</translation>
        </message>
        <message>
            <location line="-239" />
            <source>按比例就业达标情况</source>
            <translation>按比例就業達標情況</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/employers.py" line="+3" />
            <source>空缺岗位</source>
            <translation>空缺崗位</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="+24" />
            <location line="+250" />
            <location filename="../../app/ui/client_form.py" line="+20" />
            <location filename="../../app/ui/employers.py" line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="+1" />
            <source>备注</source>
            <translation>備註</translation>
        </message>
        <message>
            <location line="+2" />
            <source>名称(&amp;N)：</source>
            <translation>名稱(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信用代码(&amp;C)：</source>
            <translation>信用代碼(&amp;C)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>行业(&amp;S)：</source>
            <translation>行業(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_form.py" line="+20" />
            <source>地址(&amp;A)：</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_form.py" line="-2" />
            <source>镇街(&amp;T)：</source>
            <translation>鎮街(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>比例就业(&amp;Q)：</source>
            <translation>比例就業(&amp;Q)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>空缺岗位(&amp;V)：</source>
            <translation>空缺崗位(&amp;V)：</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_form.py" line="+30" />
            <source>备注(&amp;O)：</source>
            <translation>備註(&amp;O)：</translation>
        </message>
        <message>
            <location line="+41" />
            <source>开始日期不能早于接案日期</source>
            <translation>開始日期不能早於接案日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>该个案已结案，不能记录就业安置。</source>
            <translation>該個案已結案，不能記錄就業安置。</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/ui/client_file.py" line="+28" />
            <source>记录就业安置</source>
            <translation>記錄就業安置</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/ui/client_file.py" line="-60" />
            <location line="+44" />
            <location filename="../../app/ui/sync_ui.py" line="-11" />
            <source>用人单位</source>
            <translation>用人單位</translation>
        </message>
        <message>
            <location line="+2" />
            <source>新建用人单位(&amp;M)…</source>
            <translation>新建用人單位(&amp;M)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>用人单位不在列表中时，先建立它的档案</source>
            <translation>用人單位不在列表中時，先建立它的檔案</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../app/ui/client_file.py" line="-43" />
            <location line="+20" />
            <location line="+24" />
            <location filename="../../app/ui/employers.py" line="+72" />
            <location line="+27" />
            <source>岗位</source>
            <translation>崗位</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../app/ui/employers.py" line="-371" />
            <source>如：理货员</source>
            <translation>如：理貨員</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/ui/client_file.py" line="-41" />
            <location filename="../../app/ui/employers.py" line="+374" />
            <source>就业形式</source>
            <translation>就業形式</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+262" />
            <source>（请选择）</source>
            <translation>（請選擇）</translation>
        </message>
        <message>
            <location line="-259" />
            <source>支持性就业(&amp;S)</source>
            <translation>支持性就業(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+22" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>支持性就业</source>
            <translation>支持性就業</translation>
        </message>
        <message>
            <location line="-21" />
            <source>以支持性就业模式安置（先安置、后培训，辅导员在岗支持）</source>
            <translation>以支持性就業模式安置（先安置、後培訓，輔導員在崗支持）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>劳动合同</source>
            <translation>勞動合同</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+157" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <location line="+22" />
            <source>每周工时</source>
            <translation>每週工時</translation>
        </message>
        <message>
            <location line="-157" />
            <location line="+1" />
            <source>请填写</source>
            <translation>請填寫</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+157" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>月工资</source>
            <translation>月工資</translation>
        </message>
        <message>
            <location line="-155" />
            <source>缴纳社会保险(&amp;I)</source>
            <translation>繳納社會保險(&amp;I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缴纳社会保险</source>
            <translation>繳納社會保險</translation>
        </message>
        <message>
            <location line="+4" />
            <source>用人单位(&amp;E)：</source>
            <translation>用人單位(&amp;E)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>岗位(&amp;P)：</source>
            <translation>崗位(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开始日期(&amp;D)：</source>
            <translation>開始日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>就业形式(&amp;F)：</source>
            <translation>就業形式(&amp;F)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>劳动合同(&amp;C)：</source>
            <translation>勞動合同(&amp;C)：</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+157" />
            <source>月工资(&amp;W)：</source>
            <translation>月工資(&amp;W)：</translation>
        </message>
        <message>
            <location line="-154" />
            <source>社会保险</source>
            <translation>社會保險</translation>
        </message>
        <message>
            <location line="+3" />
            <source>保存后按设置的回访节点（如第 30、90、180 天）生成跟踪回访。</source>
            <translation>儲存後按設定的回訪節點（如第 30、90、180 天）生成跟蹤回訪。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>（请选择用人单位）</source>
            <translation>（請選擇用人單位）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>（还没有用人单位，请先新建）</source>
            <translation>（還沒有用人單位，請先新建）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name}（{sector}）</source>
            <translation>{name}（{sector}）</translation>
        </message>
        <message>
            <location line="+76" />
            <source>回访日期不能早于安置开始日期</source>
            <translation>回訪日期不能早於安置開始日期</translation>
        </message>
        <message>
            <location line="+10" />
            <source>记录回访结果 - 第 {day} 天</source>
            <translation>記錄回訪結果 - 第 {day} 天</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;第 {day} 天回访&lt;/b&gt;　应回访日期 {due}</source>
            <translation>&lt;b&gt;第 {day} 天回訪&lt;/b&gt;　應回訪日期 {due}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{where}（{date} 入职）</source>
            <translation>{where}（{date} 入職）</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/ui/client_file.py" line="-7" />
            <source>回访节点</source>
            <translation>回訪節點</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_file.py" line="+3" />
            <source>回访日期</source>
            <translation>回訪日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>仍在职(&amp;E)</source>
            <translation>仍在職(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+26" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>仍在职</source>
            <translation>仍在職</translation>
        </message>
        <message>
            <location line="-24" />
            <source>仍在同一用人单位</source>
            <translation>仍在同一用人單位</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_file.py" line="-508" />
            <source>是</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="+0" />
            <source>否</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/ui/client_file.py" line="+512" />
            <source>服务对象满意度</source>
            <translation>服務對象滿意度</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>用人单位满意度</source>
            <translation>用人單位滿意度</translation>
        </message>
        <message>
            <location line="+2" />
            <source>回访备注</source>
            <translation>回訪備註</translation>
        </message>
        <message>
            <location line="+3" />
            <source>回访日期(&amp;D)：</source>
            <translation>回訪日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>同一用人单位(&amp;S)：</source>
            <translation>同一用人單位(&amp;S)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>服务对象满意度(&amp;C)：</source>
            <translation>服務對象滿意度(&amp;C)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用人单位满意度(&amp;R)：</source>
            <translation>用人單位滿意度(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备注(&amp;N)：</source>
            <translation>備註(&amp;N)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>满意度 1–5 分，分数越高越满意。</source>
            <translation>滿意度 1–5 分，分數越高越滿意。</translation>
        </message>
        <message>
            <location line="+69" />
            <location filename="../../app/ui/client_file.py" line="-535" />
            <location line="+610" />
            <location filename="../../app/ui/sync_ui.py" line="-1" />
            <source>结案</source>
            <translation>結案</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_file.py" line="-10" />
            <source>结案日期</source>
            <translation>結案日期</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>结案原因</source>
            <translation>結案原因</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>服务成效</source>
            <translation>服務成效</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>后续转介</source>
            <translation>後續轉介</translation>
        </message>
        <message>
            <location line="+0" />
            <source>如：转介至康园中心辅助性就业</source>
            <translation>如：轉介至康園中心輔助性就業</translation>
        </message>
        <message>
            <location line="+2" />
            <source>结案日期(&amp;D)：</source>
            <translation>結案日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结案原因(&amp;R)：</source>
            <translation>結案原因(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>服务成效(&amp;U)：</source>
            <translation>服務成效(&amp;U)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>后续转介(&amp;F)：</source>
            <translation>後續轉介(&amp;F)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结案后不能再添加服务记录或就业安置。</source>
            <translation>結案後不能再新增服務記錄或就業安置。</translation>
        </message>
        <message>
            <location filename="../../app/ui/caseload_model.py" line="-4" />
            <location filename="../../app/ui/client_file.py" line="-354" />
            <location line="+20" />
            <location filename="../../app/ui/client_form.py" line="-84" />
            <location filename="../../app/ui/employers.py" line="-66" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="-17" />
            <location filename="../../app/ui/client_form.py" line="+3" />
            <source>身份证号</source>
            <translation>身份證號</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="-2" />
            <location filename="../../app/ui/client_form.py" line="-2" />
            <source>性别</source>
            <translation>性別</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="+10" />
            <location filename="../../app/ui/client_form.py" line="+9" />
            <location filename="../../app/ui/employers.py" line="-158" />
            <location line="+119" />
            <location filename="../../app/ui/sync_ui.py" line="+18" />
            <source>镇街</source>
            <translation>鎮街</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_file.py" line="+20" />
            <location filename="../../app/ui/dialogs.py" line="-262" />
            <location filename="../../app/ui/employers.py" line="+61" />
            <location filename="../../app/ui/forms_dialog.py" line="-32" />
            <source>辅导员</source>
            <translation>輔導員</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="-1" />
            <location filename="../../app/ui/client_form.py" line="+8" />
            <source>接案日期</source>
            <translation>接案日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>最近服务</source>
            <translation>最近服務</translation>
        </message>
        <message>
            <location line="+238" />
            <source>按{column}排序</source>
            <translation>按{column}排序</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能按{column}排序</source>
            <translation>不能按{column}排序</translation>
        </message>
        <message>
            <location line="+40" />
            <source>身份证号已隐藏中间八位</source>
            <translation>身份證號已隱藏中間八位</translation>
        </message>
        <message>
            <location line="+3" />
            <source>状态：{status}；阶段：{phase}</source>
            <translation>狀態：{status}；階段：{phase}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>未登记镇街</source>
            <translation>未登記鎮街</translation>
        </message>
        <message>
            <location line="+2" />
            <source>未分配辅导员</source>
            <translation>未分配輔導員</translation>
        </message>
        <message>
            <location line="+2" />
            <source>尚无服务记录</source>
            <translation>尚無服務記錄</translation>
        </message>
        <message>
            <location filename="../../app/ui/client_file.py" line="-285" />
            <location filename="../../app/ui/employers.py" line="-526" />
            <source>概况</source>
            <translation>概況</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="-25" />
            <source>知情同意</source>
            <translation>知情同意</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="+1" />
            <source>评估</source>
            <translation>評估</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="+1" />
            <source>就业计划</source>
            <translation>就業計畫</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/session_form.py" line="+830" />
            <location filename="../../app/ui/sync_ui.py" line="+2" />
            <source>服务记录</source>
            <translation>服務記錄</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="+1" />
            <source>就业安置</source>
            <translation>就業安置</translation>
        </message>
        <message>
            <location line="+6" />
            <source>执行中</source>
            <translation>執行中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已被新计划取代</source>
            <translation>已被新計畫取代</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已结束</source>
            <translation>已結束</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/session_form.py" line="+261" />
            <source>草稿</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../app/ui/session_form.py" line="-2" />
            <source>已定稿</source>
            <translation>已定稿</translation>
        </message>
        <message>
            <location line="+6" />
            <source>服务记录</source>
            <comment>tab title</comment>
            <translation>服務記錄</translation>
        </message>
        <message>
            <location line="+2" />
            <source>结案</source>
            <comment>tab title</comment>
            <translation>結案</translation>
        </message>
        <message>
            <location line="+39" />
            <source>有效</source>
            <translation>有效</translation>
        </message>
        <message>
            <location line="+2" />
            <source>已撤回</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <location line="+2" />
            <source>已过期</source>
            <translation>已過期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未生效</source>
            <translation>未生效</translation>
        </message>
        <message>
            <location line="+5" />
            <source>已回访：在职</source>
            <translation>已回訪：在職</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已回访：已离职</source>
            <translation>已回訪：已離職</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>逾期未回访（%n 天）</source>
            <translation>
                <numerusform>逾期未回訪（%n 天）</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>即将到期</source>
            <translation>即將到期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未到期</source>
            <translation>未到期</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>查看完整证件号</source>
            <translation>檢視完整證件號</translation>
        </message>
        <message>
            <location line="+3" />
            <source>身份证号和残疾证号属于敏感个人信息。请选择查看的原因；每次查看（包括被拒绝的请求）都会记入审计日志。</source>
            <translation>身份證號和殘疾證號屬於敏感個人資訊。請選擇檢視的原因；每次檢視（包括被拒絕的請求）都會記入審計日誌。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>查看原因</source>
            <translation>檢視原因</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>查看</source>
            <translation>檢視</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <location filename="../../app/ui/common.py" line="-319" />
            <location filename="../../app/ui/dialogs.py" line="+64" />
            <location line="+1" />
            <location filename="../../app/ui/record_dialog.py" line="+248" />
            <location line="+1" />
            <location filename="../../app/ui/session_form.py" line="+389" />
            <location filename="../../app/ui/settings_dialog.py" line="+23" />
            <location filename="../../app/ui/sync_ui.py" line="+305" />
            <location line="+2" />
            <location filename="../../app/ui/tasks.py" line="+84" />
            <location line="+1" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+4" />
            <source>查看原因(&amp;P)：</source>
            <translation>檢視原因(&amp;P)：</translation>
        </message>
        <message>
            <location line="+32" />
            <source>服务对象档案</source>
            <translation>服務對象檔案</translation>
        </message>
        <message>
            <location line="+3" />
            <source>服务对象姓名</source>
            <translation>服務對象姓名</translation>
        </message>
        <message>
            <location line="+3" />
            <source>服务对象摘要</source>
            <translation>服務對象摘要</translation>
        </message>
        <message>
            <location line="+3" />
            <source>需要注意</source>
            <translation>需要注意</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/ui/main_window.py" line="+222" />
            <source>同步状态</source>
            <translation>同步狀態</translation>
        </message>
        <message>
            <location line="+2" />
            <source>处理同步冲突(&amp;Y)…</source>
            <translation>處理同步衝突(&amp;Y)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>处理同步冲突</source>
            <translation>處理同步衝突</translation>
        </message>
        <message>
            <location line="+0" />
            <source>这位服务对象的记录有与别人修改冲突的地方</source>
            <translation>這位服務對象的記錄有與別人修改衝突的地方</translation>
        </message>
        <message>
            <location line="+5" />
            <source>新建服务记录(&amp;N)</source>
            <translation>新建服務記錄(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>新建服务记录</source>
            <translation>新建服務記錄</translation>
        </message>
        <message>
            <location line="+1" />
            <source>新建服务记录（Ctrl+N）；有未完成的草稿时继续编辑草稿</source>
            <translation>新建服務記錄（Ctrl+N）；有未完成的草稿時繼續編輯草稿</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>档案分页</source>
            <translation>檔案分頁</translation>
        </message>
        <message>
            <location line="+70" />
            <source>显示完整证件号(&amp;V)…</source>
            <translation>顯示完整證件號(&amp;V)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>显示完整证件号</source>
            <translation>顯示完整證件號</translation>
        </message>
        <message>
            <location line="+1" />
            <source>说明原因后显示完整的身份证号和残疾证号（记入审计日志）</source>
            <translation>說明原因後顯示完整的身份證號和殘疾證號（記入審計日誌）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>隐藏(&amp;H)</source>
            <translation>隱藏(&amp;H)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>隐藏完整证件号</source>
            <translation>隱藏完整證件號</translation>
        </message>
        <message>
            <location line="+2" />
            <source>证件号提示</source>
            <translation>證件號提示</translation>
        </message>
        <message>
            <location line="+2" />
            <source>编辑登记资料(&amp;E)…</source>
            <translation>編輯登記資料(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>编辑登记资料</source>
            <translation>編輯登記資料</translation>
        </message>
        <message>
            <location line="+1" />
            <source>修改服务对象登记表的内容（会显示完整证件号，记入审计日志）</source>
            <translation>修改服務對象登記表的內容（會顯示完整證件號，記入審計日誌）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>登记资料提示</source>
            <translation>登記資料提示</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/ui/client_form.py" line="+21" />
            <source>基本信息</source>
            <translation>基本資訊</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/ui/client_form.py" line="-37" />
            <source>出生日期</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_form.py" line="+4" />
            <source>残疾证号</source>
            <translation>殘疾證號</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾类别与等级</source>
            <translation>殘疾類別與等級</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/ui/client_form.py" line="+46" />
            <source>联系方式</source>
            <translation>聯絡方式</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/ui/client_form.py" line="-37" />
            <location filename="../../app/ui/sync_ui.py" line="-295" />
            <source>村（社区）</source>
            <translation>村（社區）</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+8" />
            <location filename="../../app/ui/client_form.py" line="+2" />
            <location filename="../../app/ui/employers.py" line="+506" />
            <location filename="../../app/ui/sync_ui.py" line="-1" />
            <source>电话</source>
            <translation>電話</translation>
        </message>
        <message>
            <location line="-4" />
            <source>监护人</source>
            <translation>監護人</translation>
        </message>
        <message>
            <location line="+3" />
            <source>关系</source>
            <translation>關係</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/ui/client_form.py" line="+44" />
            <source>个案</source>
            <translation>個案</translation>
        </message>
        <message>
            <location line="+3" />
            <source>阶段</source>
            <translation>階段</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/ui/client_form.py" line="-36" />
            <source>转介来源</source>
            <translation>轉介來源</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_form.py" line="+7" />
            <source>户籍</source>
            <translation>戶籍</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_form.py" line="+1" />
            <source>文化程度</source>
            <translation>文化程度</translation>
        </message>
        <message>
            <location line="+27" />
            <source>各用途同意情况</source>
            <translation>各用途同意情況</translation>
        </message>
        <message>
            <location line="+3" />
            <source>用途</source>
            <translation>用途</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收方</source>
            <translation>接收方</translation>
        </message>
        <message>
            <location line="+6" />
            <source>长期</source>
            <translation>長期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>当前状态</source>
            <translation>目前狀態</translation>
        </message>
        <message>
            <location line="+6" />
            <source>知情同意列表</source>
            <translation>知情同意列表</translation>
        </message>
        <message>
            <location line="+4" />
            <source>记录知情同意(&amp;R)…</source>
            <translation>記錄知情同意(&amp;R)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>为一个用途记录新的知情同意</source>
            <translation>為一個用途記錄新的知情同意</translation>
        </message>
        <message>
            <location line="+2" />
            <source>撤回同意(&amp;W)…</source>
            <translation>撤回同意(&amp;W)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>撤回同意</source>
            <translation>撤回同意</translation>
        </message>
        <message>
            <location line="+0" />
            <source>撤回列表中选中的同意</source>
            <translation>撤回列表中選取的同意</translation>
        </message>
        <message>
            <location line="+11" />
            <source>每个用途需单独同意（《个人信息保护法》第二十九条）；向用人单位披露残疾情况需写明接收方。</source>
            <translation>每個用途需單獨同意（《個人資訊保護法》第二十九條）；向用人單位披露殘疾情況需寫明接收方。</translation>
        </message>
        <message>
            <location line="+15" />
            <location filename="../../app/ui/dialogs.py" line="+179" />
            <source>角色</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+5" />
            <source>评估列表</source>
            <translation>評估列表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>评估详情</source>
            <translation>評估詳情</translation>
        </message>
        <message>
            <location line="+8" />
            <source>新增评估(&amp;A)…</source>
            <translation>新增評估(&amp;A)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>记录一次职业能力评估</source>
            <translation>記錄一次職業能力評估</translation>
        </message>
        <message>
            <location line="+7" />
            <source>评分 1–5 分，分数越高能力越强。</source>
            <translation>評分 1–5 分，分數越高能力越強。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>当前就业计划</source>
            <translation>目前就業計畫</translation>
        </message>
        <message>
            <location line="+5" />
            <source>每周工时 / 期望工资</source>
            <translation>每週工時 / 期望工資</translation>
        </message>
        <message>
            <location line="+2" />
            <source>计划期</source>
            <translation>計畫期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>下次复核</source>
            <translation>下次複核</translation>
        </message>
        <message>
            <location line="+3" />
            <source>该服务对象还没有有效的就业计划。</source>
            <translation>該服務對象還沒有有效的就業計畫。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>（已过目标日期）</source>
            <translation>（已過目標日期）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>计划目标列表</source>
            <translation>計畫目標列表</translation>
        </message>
        <message>
            <location line="+7" />
            <source>目标数</source>
            <translation>目標數</translation>
        </message>
        <message>
            <location line="+6" />
            <source>以往计划列表</source>
            <translation>以往計畫列表</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+534" />
            <source>制定新计划(&amp;P)…</source>
            <translation>制定新計畫(&amp;P)…</translation>
        </message>
        <message>
            <location line="-534" />
            <source>制定新计划</source>
            <translation>制定新計畫</translation>
        </message>
        <message>
            <location line="+0" />
            <source>制定新的个别化就业计划（当前计划将被取代）</source>
            <translation>制定新的個別化就業計畫（目前計畫將被取代）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>修改计划(&amp;E)…</source>
            <translation>修改計畫(&amp;E)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>修改计划</source>
            <translation>修改計畫</translation>
        </message>
        <message>
            <location line="+0" />
            <source>修改当前计划及其目标</source>
            <translation>修改目前計畫及其目標</translation>
        </message>
        <message>
            <location line="+10" />
            <source>计划目标与进展：</source>
            <translation>計畫目標與進展：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>以往计划：</source>
            <translation>以往計畫：</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../app/ui/session_form.py" line="-1491" />
            <location line="+340" />
            <source>服务日期</source>
            <translation>服務日期</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/session_form.py" line="-336" />
            <location line="+355" />
            <source>服务类型</source>
            <translation>服務類型</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/employers.py" line="+16" />
            <source>方式</source>
            <translation>方式</translation>
        </message>
        <message>
            <location line="+2" />
            <source>时长（分钟）</source>
            <translation>時長（分鐘）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录人</source>
            <translation>記錄人</translation>
        </message>
        <message>
            <location line="+2" />
            <source>更正</source>
            <comment>column of amendment counts</comment>
            <translation>更正</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>已更正（%n 次）</source>
            <translation>
                <numerusform>已更正（%n 次）</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>定稿后有更正；打开可查看原始内容和每次更正</source>
            <translation>定稿後有更正；開啟可檢視原始內容和每次更正</translation>
        </message>
        <message>
            <location line="+4" />
            <source>内容摘要</source>
            <translation>內容摘要</translation>
        </message>
        <message>
            <location line="+6" />
            <source>服务记录列表</source>
            <translation>服務記錄列表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>回车键打开选中的服务记录</source>
            <translation>Enter 鍵開啟選取的服務記錄</translation>
        </message>
        <message>
            <location line="+2" />
            <source>打开(&amp;O)</source>
            <translation>開啟(&amp;O)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>打开服务记录</source>
            <translation>開啟服務記錄</translation>
        </message>
        <message>
            <location line="+0" />
            <source>打开选中的服务记录（回车）</source>
            <translation>開啟選取的服務記錄（Enter）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>服务记录统计</source>
            <translation>服務記錄統計</translation>
        </message>
        <message>
            <location line="+8" />
            <source>草稿以浅黄色标出；“已更正”表示定稿后有更正，原始内容仍保留。</source>
            <translation>草稿以淺黃色標出；「已更正」表示定稿後有更正，原始內容仍保留。</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../../app/ui/dashboard.py" line="+0" />
            <location filename="../../app/ui/employers.py" line="+47" />
            <source>结束日期</source>
            <translation>結束日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>在职</source>
            <translation>在職</translation>
        </message>
        <message>
            <location line="+4" />
            <source>月工资（元）</source>
            <translation>月工資（元）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>合同</source>
            <translation>合同</translation>
        </message>
        <message>
            <location line="+2" />
            <source>社保</source>
            <translation>社保</translation>
        </message>
        <message>
            <location line="+5" />
            <source>就业安置列表</source>
            <translation>就業安置列表</translation>
        </message>
        <message>
            <location line="+6" />
            <source>第 {day} 天</source>
            <translation>第 {day} 天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>应回访日期</source>
            <translation>應回訪日期</translation>
        </message>
        <message>
            <location line="+4" />
            <source>同一单位</source>
            <translation>同一單位</translation>
        </message>
        <message>
            <location line="+11" />
            <source>回访节点列表</source>
            <translation>回訪節點列表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>回车键记录选中回访节点的结果</source>
            <translation>Enter 鍵記錄選取回訪節點的結果</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/ui/employers.py" line="-374" />
            <location line="+344" />
            <source>分析日期</source>
            <translation>分析日期</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/ui/employers.py" line="-525" />
            <location line="+186" />
            <location line="+342" />
            <source>工作时间</source>
            <translation>工作時間</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/employers.py" line="-527" />
            <location line="+186" />
            <location line="+342" />
            <source>薪酬</source>
            <translation>薪酬</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/employers.py" line="-526" />
            <location line="+186" />
            <source>工作环境</source>
            <translation>工作環境</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/employers.py" line="+341" />
            <source>核心任务</source>
            <translation>核心任務</translation>
        </message>
        <message>
            <location line="+1" />
            <source>合理便利</source>
            <translation>合理便利</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/employers.py" line="-521" />
            <location line="+186" />
            <location filename="../../app/ui/session_form.py" line="-350" />
            <location line="+372" />
            <source>自然支持</source>
            <translation>自然支持</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/ui/employers.py" line="+340" />
            <source>岗位分析列表</source>
            <translation>崗位分析列表</translation>
        </message>
        <message>
            <location line="+4" />
            <source>记录就业安置(&amp;J)…</source>
            <translation>記錄就業安置(&amp;J)…</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+413" />
            <source>登记一次就业安置（就业登记）</source>
            <translation>登記一次就業安置（就業登記）</translation>
        </message>
        <message>
            <location line="-410" />
            <source>记录回访结果(&amp;K)…</source>
            <translation>記錄回訪結果(&amp;K)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录回访结果</source>
            <translation>記錄回訪結果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录选中回访节点的结果（在回访列表中按回车也可）</source>
            <translation>記錄選取回訪節點的結果（在回訪列表中按 Enter 也可）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>就业安置提示</source>
            <translation>就業安置提示</translation>
        </message>
        <message>
            <location line="+2" />
            <source>就业登记：</source>
            <translation>就業登記：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>跟踪回访（逾期未回访的以红色标出）：</source>
            <translation>跟蹤回訪（逾期未回訪的以紅色標出）：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>岗位分析：</source>
            <translation>崗位分析：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>结案情况</source>
            <translation>結案情況</translation>
        </message>
        <message>
            <location line="+15" />
            <source>结案(&amp;C)…</source>
            <translation>結案(&amp;C)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>结束这个个案（之后不能再添加服务记录或安置）</source>
            <translation>結束這個個案（之後不能再新增服務記錄或安置）</translation>
        </message>
        <message>
            <location line="+32" />
            <source>{category}{level}</source>
            <translation>{category}{level}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>同步：{state}</source>
            <translation>同步：{state}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>读取档案失败：{error}</source>
            <translation>讀取檔案失敗：{error}</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n 岁</source>
            <translation>
                <numerusform>%n 歲</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/ui/dashboard.py" line="+8" />
            <source>辅导员：{name}</source>
            <translation>輔導員：{name}</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+113" />
            <source>未分配</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location line="-108" />
            <source>没有有效的“敏感个人信息处理”同意</source>
            <translation>沒有有效的「敏感個人資訊處理」同意</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n 个跟踪回访逾期</source>
            <translation>
                <numerusform>%n 個跟蹤回訪逾期</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>就业计划复核已逾期</source>
            <translation>就業計畫複核已逾期</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n 份服务记录草稿未定稿</source>
            <translation>
                <numerusform>%n 份服務記錄草稿未定稿</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>个案已结案，不能再添加服务记录</source>
            <translation>個案已結案，不能再新增服務記錄</translation>
        </message>
        <message>
            <location line="+0" />
            <source>新建服务记录（Ctrl+N）</source>
            <translation>新建服務記錄（Ctrl+N）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>尚无评估记录。</source>
            <translation>尚無評估記錄。</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>共 %n 条服务记录（已定稿 {finals} 条，共 {minutes} 分钟）</source>
            <translation>
                <numerusform>共 %n 條服務記錄（已定稿 {finals} 條，共 {minutes} 分鐘）</numerusform>
            </translation>
        </message>
        <message>
            <location line="+34" />
            <location filename="../../app/ui/employers.py" line="-149" />
            <source>{tab}（Alt+{number}）</source>
            <translation>{tab}（Alt+{number}）</translation>
        </message>
        <message numerus="yes">
            <location line="+23" />
            <source>{date}（%n 岁）</source>
            <translation>
                <numerusform>{date}（%n 歲）</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+11" />
            <location line="+132" />
            <location line="+21" />
            <source>未登记</source>
            <translation>未登記</translation>
        </message>
        <message>
            <location line="-159" />
            <location filename="../../app/ui/client_form.py" line="-184" />
            <source>（重度）</source>
            <translation>（重度）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（主要）</source>
            <translation>（主要）</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../../app/ui/employers.py" line="+313" />
            <location line="+1" />
            <source>无</source>
            <translation>無</translation>
        </message>
        <message>
            <location line="+10" />
            <source>（无）</source>
            <translation>（無）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{purpose}：✓ 有效</source>
            <translation>{purpose}：✓ 有效</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{purpose}：✗ 无</source>
            <translation>{purpose}：✗ 無</translation>
        </message>
        <message>
            <location line="+2" />
            <source>当前同意情况　{marks}</source>
            <translation>目前同意情況　{marks}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{date} · {assessor}（{role}）</source>
            <translation>{date} · {assessor}（{role}）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>评分：{ratings}</source>
            <translation>評分：{ratings}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>优势：</source>
            <translation>優勢：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>兴趣：</source>
            <translation>興趣：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>需要的支持：</source>
            <translation>需要的支持：</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{hours} 小时</source>
            <translation>{hours} 小時</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{wage} 元</source>
            <translation>{wage} 元</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{start} 至 {end}，{signed} 签署</source>
            <translation>{start} 至 {end}，{signed} 簽署</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{start} 至 {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{date}（每 %n 天）</source>
            <translation>
                <numerusform>{date}（每 %n 天）</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>⚠ 已逾期</source>
            <translation>⚠ 已逾期</translation>
        </message>
        <message>
            <location line="+22" />
            <source>个案尚未结案。</source>
            <translation>個案尚未結案。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>个案已结案，不能再添加服务记录或安置。</source>
            <translation>個案已結案，不能再新增服務記錄或安置。</translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
            <source>已显示完整证件号（原因：{purpose}），本次查看已记入审计日志。离开本页或 %n 分钟后自动隐藏。</source>
            <translation>
                <numerusform>已顯示完整證件號（原因：{purpose}），本次檢視已記入審計日誌。離開本頁或 %n 分鐘後自動隱藏。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+49" />
            <source>制定计划(&amp;P)…</source>
            <translation>制定計畫(&amp;P)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>个案已结案，不能再记录就业安置</source>
            <translation>個案已結案，不能再記錄就業安置</translation>
        </message>
        <message>
            <location line="+105" />
            <source>⚠ 该个案已结案，不能再添加服务记录。</source>
            <translation>⚠ 該個案已結案，不能再新增服務記錄。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>（继续编辑未完成的草稿）</source>
            <translation>（繼續編輯未完成的草稿）</translation>
        </message>
        <message>
            <location filename="../../app/ui/client_form.py" line="-7" />
            <source>（请选择类别）</source>
            <translation>（請選擇類別）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>（请选择等级）</source>
            <translation>（請選擇等級）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>主要残疾</source>
            <translation>主要殘疾</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/session_form.py" line="+1035" />
            <source>删除</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾提示</source>
            <translation>殘疾提示</translation>
        </message>
        <message>
            <location line="+4" />
            <source>第 {n} 项残疾类别</source>
            <translation>第 {n} 項殘疾類別</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {n} 项残疾等级</source>
            <translation>第 {n} 項殘疾等級</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {n} 项为主要残疾</source>
            <translation>第 {n} 項為主要殘疾</translation>
        </message>
        <message>
            <location line="+1" />
            <source>删除第 {n} 项残疾</source>
            <translation>刪除第 {n} 項殘疾</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {n} 项残疾提示</source>
            <translation>第 {n} 項殘疾提示</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+1" />
            <location line="+167" />
            <location filename="../../app/ui/sync_ui.py" line="-17" />
            <source>残疾情况</source>
            <translation>殘疾情況</translation>
        </message>
        <message>
            <location line="-162" />
            <source>添加一项残疾(&amp;D)</source>
            <translation>新增一項殘疾(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>添加一项残疾</source>
            <translation>新增一項殘疾</translation>
        </message>
        <message>
            <location line="+1" />
            <source>多重残疾：先选“多重残疾”为主要残疾，再逐项添加各项残疾</source>
            <translation>多重殘疾：先選「多重殘疾」為主要殘疾，再逐項新增各項殘疾</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾情况提示</source>
            <translation>殘疾情況提示</translation>
        </message>
        <message>
            <location line="+5" />
            <source>多重残疾：第一项选“多重残疾”并设为主要，再添加各项具体残疾。</source>
            <translation>多重殘疾：第一項選「多重殘疾」並設為主要，再新增各項具體殘疾。</translation>
        </message>
        <message>
            <location line="+96" />
            <source>登记新服务对象</source>
            <translation>登記新服務對象</translation>
        </message>
        <message>
            <location line="+0" />
            <source>修改登记资料 - {name}</source>
            <translation>修改登記資料 - {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>登记</source>
            <translation>登記</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../app/ui/record_dialog.py" line="-26" />
            <source>保存</source>
            <translation>儲存</translation>
        </message>
        <message>
            <location line="+9" />
            <source>18 位，末位可以是 X</source>
            <translation>18 位，末位可以是 X</translation>
        </message>
        <message>
            <location line="+1" />
            <source>身份证号说明</source>
            <translation>身份證號說明</translation>
        </message>
        <message>
            <location line="+2" />
            <source>身份证号 + 类别 + 等级，共 20 位（可不填）</source>
            <translation>身份證號 + 類別 + 等級，共 20 位（可不填）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>（未登记）</source>
            <translation>（未登記）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>手机或 0769-座机</source>
            <translation>手機或 0769-座機</translation>
        </message>
        <message>
            <location line="+3" />
            <source>负责辅导员</source>
            <translation>負責輔導員</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（未分配）</source>
            <translation>（未分配）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>转介说明</source>
            <translation>轉介說明</translation>
        </message>
        <message>
            <location line="+0" />
            <source>转介人、转介原因等</source>
            <translation>轉介人、轉介原因等</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/sync_ui.py" line="+23" />
            <source>监护人姓名</source>
            <translation>監護人姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>监护人关系</source>
            <translation>監護人關係</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="+1" />
            <source>监护人电话</source>
            <translation>監護人電話</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/ui/sync_ui.py" line="-3" />
            <source>工作经历</source>
            <translation>工作經歷</translation>
        </message>
        <message>
            <location line="+1" />
            <source>享受的补贴与救助</source>
            <translation>享受的補貼與救助</translation>
        </message>
        <message>
            <location line="+0" />
            <source>如：两项补贴、低保</source>
            <translation>如：兩項補貼、低保</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../app/ui/employers.py" line="-604" />
            <source>姓名(&amp;N)：</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>性别(&amp;X)：</source>
            <translation>性別(&amp;X)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>身份证号(&amp;I)：</source>
            <translation>身份證號(&amp;I)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>出生日期(&amp;B)：</source>
            <translation>出生日期(&amp;B)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾证号(&amp;C)：</source>
            <translation>殘疾證號(&amp;C)：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>村（社区）(&amp;V)：</source>
            <translation>村（社區）(&amp;V)：</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/employers.py" line="+2" />
            <source>电话(&amp;P)：</source>
            <translation>電話(&amp;P)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>接案日期(&amp;K)：</source>
            <translation>接案日期(&amp;K)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>负责辅导员(&amp;H)：</source>
            <translation>負責輔導員(&amp;H)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>转介来源(&amp;R)：</source>
            <translation>轉介來源(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>转介说明(&amp;E)：</source>
            <translation>轉介說明(&amp;E)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>监护人（如有）</source>
            <translation>監護人（如有）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>姓名(&amp;G)：</source>
            <translation>姓名(&amp;G)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>关系(&amp;L)：</source>
            <translation>關係(&amp;L)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电话(&amp;M)：</source>
            <translation>電話(&amp;M)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>背景情况</source>
            <translation>背景情況</translation>
        </message>
        <message>
            <location line="+2" />
            <source>户籍(&amp;U)：</source>
            <translation>戶籍(&amp;U)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文化程度(&amp;J)：</source>
            <translation>文化程度(&amp;J)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>工作经历(&amp;W)：</source>
            <translation>工作經歷(&amp;W)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>补贴与救助(&amp;F)：</source>
            <translation>補貼與救助(&amp;F)：</translation>
        </message>
        <message>
            <location line="+22" />
            <source>带 * 的为必填：姓名、性别、出生日期、身份证号、残疾类别与等级、接案日期。输入身份证号后会自动填入出生日期和性别。</source>
            <translation>帶 * 的為必填：姓名、性別、出生日期、身份證號、殘疾類別與等級、接案日期。輸入身份證號後會自動填入出生日期和性別。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>必填</source>
            <translation>必填</translation>
        </message>
        <message>
            <location line="+44" />
            <source>已按身份证号填入出生日期 {date} 和性别“{sex}”。</source>
            <translation>已按身份證號填入出生日期 {date} 和性別「{sex}」。</translation>
        </message>
        <message>
            <location filename="../../app/ui/common.py" line="+32" />
            <source>　</source>
            <comment>between the parts of a summary line</comment>
            <translation>　</translation>
        </message>
        <message>
            <location line="+5" />
            <source>；</source>
            <comment>between the items of a list in a sentence</comment>
            <translation>；</translation>
        </message>
        <message>
            <location line="+175" />
            <location filename="../../app/ui/main_window.py" line="-52" />
            <source>全选</source>
            <translation>全選</translation>
        </message>
        <message>
            <location line="+20" />
            <source>向左滚动分页</source>
            <translation>向左捲動分頁</translation>
        </message>
        <message>
            <location line="+1" />
            <source>向右滚动分页</source>
            <translation>向右捲動分頁</translation>
        </message>
        <message>
            <location line="+1" />
            <source>向上滚动分页</source>
            <translation>向上捲動分頁</translation>
        </message>
        <message>
            <location line="+1" />
            <source>向下滚动分页</source>
            <translation>向下捲動分頁</translation>
        </message>
        <message>
            <location line="+9" />
            <source>滚动分页</source>
            <translation>捲動分頁</translation>
        </message>
        <message>
            <location line="+6" />
            <source>关闭 {title}</source>
            <translation>關閉 {title}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>关闭 {title}（Ctrl+W）</source>
            <translation>關閉 {title}（Ctrl+W）</translation>
        </message>
        <message>
            <location filename="../../app/ui/dashboard.py" line="-53" />
            <source>{rate}%（{numerator}/{denominator}）</source>
            <translation>{rate}%（{numerator}/{denominator}）</translation>
        </message>
        <message>
            <location line="+24" />
            <source>服务人数</source>
            <translation>服務人數</translation>
        </message>
        <message>
            <location line="+1" />
            <source>服务人次</source>
            <translation>服務人次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>辅导时数</source>
            <translation>輔導時數</translation>
        </message>
        <message>
            <location line="+1" />
            <source>新增就业</source>
            <translation>新增就業</translation>
        </message>
        <message>
            <location line="+1" />
            <source>就业率</source>
            <translation>就業率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>90 天稳定就业</source>
            <translation>90 天穩定就業</translation>
        </message>
        <message>
            <location line="+1" />
            <source>计划按时完成</source>
            <translation>計畫按時完成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>按时接受督导</source>
            <translation>按時接受督導</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+111" />
            <source>成效仪表板</source>
            <translation>成效儀表板</translation>
        </message>
        <message>
            <location line="-100" />
            <location filename="../../app/ui/forms_dialog.py" line="-9" />
            <source>范围</source>
            <translation>範圍</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/main_window.py" line="-110" />
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <location line="+4" />
            <source>片区：{cluster}</source>
            <translation>片區：{cluster}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>镇街：{town}</source>
            <translation>鎮街：{town}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>刷新(&amp;R)</source>
            <translation>重新整理(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>刷新成效数据</source>
            <translation>重新整理成效資料</translation>
        </message>
        <message>
            <location line="+3" />
            <source>仪表板状态</source>
            <translation>儀表板狀態</translation>
        </message>
        <message>
            <location line="+4" />
            <source>从(&amp;F)：</source>
            <translation>從(&amp;F)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>到(&amp;T)：</source>
            <translation>到(&amp;T)：</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/ui/forms_dialog.py" line="+62" />
            <source>范围(&amp;S)：</source>
            <translation>範圍(&amp;S)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>主要指标</source>
            <translation>主要指標</translation>
        </message>
        <message>
            <location line="+15" />
            <source>每月新增就业</source>
            <translation>每月新增就業</translation>
        </message>
        <message>
            <location line="+1" />
            <source>各回访节点稳定就业率</source>
            <translation>各回訪節點穩定就業率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>每月辅导时数</source>
            <translation>每月輔導時數</translation>
        </message>
        <message>
            <location line="+1" />
            <source>撤出曲线（辅导员在岗占比）</source>
            <translation>撤出曲線（輔導員在崗佔比）</translation>
        </message>
        <message>
            <location line="+38" />
            <source>结束日期不能早于开始日期。</source>
            <translation>結束日期不能早於開始日期。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>无法计算：{error}</source>
            <translation>無法計算：{error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>正在计算…</source>
            <translation>正在計算…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>正在计算成效数据</source>
            <translation>正在計算成效資料</translation>
        </message>
        <message>
            <location line="+23" />
            <source>人</source>
            <translation>人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>小时</source>
            <translation>小時</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n天</source>
            <translation>
                <numerusform>%n天</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>{start} 至 {end}　{scope}</source>
            <translation>{start} 至 {end}　{scope}</translation>
        </message>
        <message>
            <location line="+48" />
            <source>入职后第几周</source>
            <translation>入職後第幾週</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs.py" line="-243" />
            <source>督导</source>
            <translation>督導</translation>
        </message>
        <message>
            <location line="+1" />
            <source>管理员</source>
            <translation>管理員</translation>
        </message>
        <message>
            <location line="+15" />
            <source>请输入口令。</source>
            <translation>請輸入口令。</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>口令至少需要 %n 个字符。</source>
            <translation>
                <numerusform>口令至少需要 %n 個字元。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+64" />
            <source>输入口令 - CoachDesk</source>
            <translation>輸入口令 - CoachDesk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>输入口令</source>
            <translation>輸入口令</translation>
        </message>
        <message>
            <location line="+1" />
            <source>此 CoachDesk 数据库受口令保护，请输入口令以打开。</source>
            <translation>此 CoachDesk 資料庫受口令保護，請輸入口令以開啟。</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+65" />
            <location filename="../../app/ui/main_window.py" line="+158" />
            <source>数据目录：{folder}</source>
            <translation>資料目錄：{folder}</translation>
        </message>
        <message>
            <location line="-63" />
            <location line="+158" />
            <source>错误信息</source>
            <translation>錯誤資訊</translation>
        </message>
        <message>
            <location line="-156" />
            <source>口令</source>
            <translation>口令</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+66" />
            <location line="+1" />
            <source>显示口令</source>
            <translation>顯示口令</translation>
        </message>
        <message>
            <location line="-66" />
            <location line="+67" />
            <source>口令提示</source>
            <translation>口令提示</translation>
        </message>
        <message>
            <location line="-66" />
            <source>打开</source>
            <translation>開啟</translation>
        </message>
        <message>
            <location line="+3" />
            <source>口令(&amp;P)：</source>
            <translation>口令(&amp;P)：</translation>
        </message>
        <message>
            <location line="+44" />
            <source>设置口令 - CoachDesk</source>
            <translation>設定口令 - CoachDesk</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+19" />
            <source>设置口令</source>
            <translation>設定口令</translation>
        </message>
        <message>
            <location line="-17" />
            <source>本机没有可用的系统钥匙串（如 Windows 凭据管理器、macOS 钥匙串或 GNOME 密钥环），CoachDesk 无法把数据库密钥保存在其中。

为保护服务对象的资料，CoachDesk 不会以明文保存密钥，也不会在未加密的情况下使用数据库。请设置一个口令来保护数据库密钥：以后每次打开 CoachDesk 都要输入这个口令。

口令一旦遗忘，数据将无法恢复，请妥善保管。</source>
            <translation>本機沒有可用的系統鑰匙圈（如 Windows 認證管理員、macOS 鑰匙圈或 GNOME 金鑰環），CoachDesk 無法把資料庫金鑰儲存在其中。

為保護服務對象的資料，CoachDesk 不會以明文儲存金鑰，也不會在未加密的情況下使用資料庫。請設定一個口令來保護資料庫金鑰：以後每次開啟 CoachDesk 都要輸入這個口令。

口令一旦遺忘，資料將無法恢復，請妥善保管。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>技术信息：{detail}</source>
            <translation>技術資訊：{detail}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>新口令</source>
            <translation>新口令</translation>
        </message>
        <message>
            <location line="+1" />
            <source>再次输入新口令</source>
            <translation>再次輸入新口令</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>新口令（至少 %n 个字符）(&amp;N)：</source>
            <translation>
                <numerusform>新口令（至少 %n 個字元）(&amp;N)：</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>再次输入(&amp;A)：</source>
            <translation>再次輸入(&amp;A)：</translation>
        </message>
        <message>
            <location line="+29" />
            <source>两次输入的口令不一致。</source>
            <translation>兩次輸入的口令不一致。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>欢迎使用 CoachDesk</source>
            <translation>歡迎使用 CoachDesk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>首次使用设置</source>
            <translation>首次使用設定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这是第一次打开此数据目录。请填写所在机构和您的信息，创建第一个用户。</source>
            <translation>這是第一次開啟此資料目錄。請填寫所在機構和您的資訊，建立第一個使用者。</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/settings_dialog.py" line="-79" />
            <source>机构名称</source>
            <translation>機構名稱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>例如：东莞市某某残疾人就业服务中心</source>
            <translation>例如：東莞市某某殘疾人就業服務中心</translation>
        </message>
        <message>
            <location line="+2" />
            <source>您的姓名</source>
            <translation>您的姓名</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/sync_ui.py" line="+270" />
            <source>用户名</source>
            <translation>使用者名稱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登录和记录中使用，例如 lixiaoming</source>
            <translation>登入和記錄中使用，例如 lixiaoming</translation>
        </message>
        <message>
            <location line="+6" />
            <source>创建</source>
            <translation>建立</translation>
        </message>
        <message>
            <location line="+2" />
            <source>连接机构服务器(&amp;S)…</source>
            <translation>連線機構伺服器(&amp;S)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>连接机构服务器</source>
            <translation>連線機構伺服器</translation>
        </message>
        <message>
            <location line="+2" />
            <source>机构已有同步服务器时：用服务器上的账号登录，同事和个案从服务器下载</source>
            <translation>機構已有同步伺服器時：用伺服器上的帳號登入，同事和個案從伺服器下載</translation>
        </message>
        <message>
            <location line="+6" />
            <source>机构名称(&amp;O)：</source>
            <translation>機構名稱(&amp;O)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>您的姓名(&amp;N)：</source>
            <translation>您的姓名(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="+11" />
            <source>用户名(&amp;U)：</source>
            <translation>使用者名稱(&amp;U)：</translation>
        </message>
        <message>
            <location line="+50" />
            <source>选择用户 - CoachDesk</source>
            <translation>選擇使用者 - CoachDesk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>选择用户</source>
            <translation>選擇使用者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请选择使用本机 CoachDesk 的用户。</source>
            <translation>請選擇使用本機 CoachDesk 的使用者。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>用户</source>
            <translation>使用者</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name}（{username}，{role}）</source>
            <translation>{name}（{username}，{role}）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>确定</source>
            <translation>確定</translation>
        </message>
        <message>
            <location line="+4" />
            <source>用户(&amp;U)：</source>
            <translation>使用者(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../app/ui/due_panel.py" line="+26" />
            <source>计划检讨</source>
            <translation>計畫檢討</translation>
        </message>
        <message>
            <location line="+1" />
            <source>回访将到期</source>
            <translation>回訪將到期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>回访逾期</source>
            <translation>回訪逾期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>草稿未定稿</source>
            <translation>草稿未定稿</translation>
        </message>
        <message>
            <location line="+1" />
            <source>长期未联系</source>
            <translation>長期未聯絡</translation>
        </message>
        <message>
            <location line="+1" />
            <source>督导到期</source>
            <translation>督導到期</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>逾期 %n 天</source>
            <translation>
                <numerusform>逾期 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{date} 到期</source>
            <translation>{date} 到期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>今天</source>
            <translation>今天</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>{name}：就业计划复核已逾期%n天</source>
            <translation>
                <numerusform>{name}：就業計畫複核已逾期%n天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{name}：就业计划复核%n天后到期（{date}）</source>
            <translation>
                <numerusform>{name}：就業計畫複核%n天後到期（{date}）</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}：就业计划复核今天到期</source>
            <translation>{name}：就業計畫複核今天到期</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>{name}：就业后第{day}天回访已逾期%n天</source>
            <translation>
                <numerusform>{name}：就業後第{day}天回訪已逾期%n天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{name}：就业后第{day}天回访%n天后到期（{date}）</source>
            <translation>
                <numerusform>{name}：就業後第{day}天回訪%n天後到期（{date}）</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}：就业后第{day}天回访今天到期</source>
            <translation>{name}：就業後第{day}天回訪今天到期</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name}：{date}的服务记录未定稿</source>
            <translation>{name}：{date}的服務記錄未定稿</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{name}：已%n天没有服务</source>
            <translation>
                <numerusform>{name}：已%n天沒有服務</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{name}：接案%n天仍未开始服务</source>
            <translation>
                <numerusform>{name}：接案%n天仍未開始服務</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name}：尚无督导记录</source>
            <translation>{name}：尚無督導記錄</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{name}：已%n天未接受督导</source>
            <translation>
                <numerusform>{name}：已%n天未接受督導</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name}：{reason}</source>
            <translation>{name}：{reason}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>待办</source>
            <translation>待辦</translation>
        </message>
        <message>
            <location line="+3" />
            <source>待办事项</source>
            <translation>待辦事項</translation>
        </message>
        <message>
            <location line="+6" />
            <source>待办统计</source>
            <translation>待辦統計</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>只看我的服务对象</source>
            <translation>只看我的服務對象</translation>
        </message>
        <message>
            <location line="+4" />
            <source>刷新</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>刷新待办</source>
            <translation>重新整理待辦</translation>
        </message>
        <message>
            <location line="+4" />
            <source>事项</source>
            <translation>事項</translation>
        </message>
        <message>
            <location line="+1" />
            <source>期限</source>
            <translation>期限</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/employers.py" line="+415" />
            <source>内容</source>
            <translation>內容</translation>
        </message>
        <message>
            <location line="+6" />
            <source>待办列表</source>
            <translation>待辦列表</translation>
        </message>
        <message>
            <location line="+26" />
            <source>暂无待办事项。</source>
            <translation>暫無待辦事項。</translation>
        </message>
        <message>
            <location filename="../../app/ui/employers.py" line="-526" />
            <location line="+142" />
            <location line="+381" />
            <source>联系人</source>
            <translation>聯絡人</translation>
        </message>
        <message>
            <location line="-522" />
            <source>联系记录</source>
            <translation>聯絡記錄</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="-291" />
            <source>岗位分析</source>
            <translation>崗位分析</translation>
        </message>
        <message>
            <location line="+1" />
            <source>在职服务对象</source>
            <translation>在職服務對象</translation>
        </message>
        <message>
            <location line="+4" />
            <source>（不涉及具体服务对象）</source>
            <translation>（不涉及具體服務對象）</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+186" />
            <source>工作地点</source>
            <translation>工作地點</translation>
        </message>
        <message>
            <location line="-185" />
            <location line="+186" />
            <source>直属主管</source>
            <translation>直屬主管</translation>
        </message>
        <message>
            <location line="-183" />
            <location line="+186" />
            <source>休息安排</source>
            <translation>休息安排</translation>
        </message>
        <message>
            <location line="-184" />
            <location line="+186" />
            <location line="+38" />
            <source>企业文化与不成文规定</source>
            <translation>企業文化與不成文規定</translation>
        </message>
        <message>
            <location line="-223" />
            <location line="+186" />
            <source>核心日常任务</source>
            <translation>核心日常任務</translation>
        </message>
        <message>
            <location line="-185" />
            <location line="+186" />
            <source>偶尔的任务</source>
            <translation>偶爾的任務</translation>
        </message>
        <message>
            <location line="-185" />
            <location line="+186" />
            <location line="+36" />
            <source>任务步骤与绩效标准</source>
            <translation>任務步驟與績效標準</translation>
        </message>
        <message>
            <location line="-221" />
            <location line="+186" />
            <source>可能的合理便利</source>
            <translation>可能的合理便利</translation>
        </message>
        <message>
            <location line="-177" />
            <source>在职（尚未回访）</source>
            <translation>在職（尚未回訪）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>在职（{date} 回访确认）</source>
            <translation>在職（{date} 回訪確認）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>已离职（{date}）</source>
            <translation>已離職（{date}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>已离职（{date} 回访）</source>
            <translation>已離職（{date} 回訪）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>尚未入职</source>
            <translation>尚未入職</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name}（{date} 接案，在本单位）</source>
            <translation>{name}（{date} 接案，在本單位）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}（{date} 接案）</source>
            <translation>{name}（{date} 接案）</translation>
        </message>
        <message>
            <location line="+36" />
            <source>编辑用人单位 - {name}</source>
            <translation>編輯用人單位 - {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>编辑用人单位提示</source>
            <translation>編輯用人單位提示</translation>
        </message>
        <message>
            <location line="+20" />
            <source>添加联系人 - {name}</source>
            <translation>新增聯絡人 - {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>联系人姓名</source>
            <translation>聯絡人姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+398" />
            <source>职务</source>
            <translation>職務</translation>
        </message>
        <message>
            <location line="-398" />
            <source>如：人事主管、班组长</source>
            <translation>如：人事主管、班組長</translation>
        </message>
        <message>
            <location line="+1" />
            <source>联系电话</source>
            <translation>聯絡電話</translation>
        </message>
        <message>
            <location line="+0" />
            <source>手机号或 0769-xxxxxxxx</source>
            <translation>手機號或 0769-xxxxxxxx</translation>
        </message>
        <message>
            <location line="+3" />
            <source>职务(&amp;T)：</source>
            <translation>職務(&amp;T)：</translation>
        </message>
        <message>
            <location line="+27" />
            <source>记录联系 - {name}</source>
            <translation>記錄聯絡 - {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>联系日期</source>
            <translation>聯絡日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>联系方式</source>
            <comment>contact method</comment>
            <translation>聯絡方式</translation>
        </message>
        <message>
            <location line="+3" />
            <source>（未指定）</source>
            <translation>（未指定）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name}（{title}）</source>
            <translation>{name}（{title}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>涉及的服务对象</source>
            <translation>涉及的服務對象</translation>
        </message>
        <message>
            <location line="+1" />
            <source>联系内容</source>
            <translation>聯絡內容</translation>
        </message>
        <message>
            <location line="+0" />
            <source>客观记录：谈了什么、结果、下一步</source>
            <translation>客觀記錄：談了什麼、結果、下一步</translation>
        </message>
        <message>
            <location line="+2" />
            <source>日期(&amp;D)：</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/session_form.py" line="-964" />
            <source>方式(&amp;M)：</source>
            <translation>方式(&amp;M)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>联系人(&amp;C)：</source>
            <translation>聯絡人(&amp;C)：</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+71" />
            <source>服务对象(&amp;K)：</source>
            <translation>服務對象(&amp;K)：</translation>
        </message>
        <message>
            <location line="-70" />
            <source>内容(&amp;S)：</source>
            <translation>內容(&amp;S)：</translation>
        </message>
        <message>
            <location line="+34" />
            <source>新增岗位分析 - {name}</source>
            <translation>新增崗位分析 - {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>岗位名称</source>
            <translation>崗位名稱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>为哪位服务对象分析</source>
            <translation>為哪位服務對象分析</translation>
        </message>
        <message>
            <location line="+3" />
            <source>如：周一至周五 9:00-17:00</source>
            <translation>如：週一至週五 9:00-17:00</translation>
        </message>
        <message>
            <location line="+1" />
            <source>如：底薪 2300 元 + 全勤奖</source>
            <translation>如：底薪 2300 元 + 全勤獎</translation>
        </message>
        <message>
            <location line="+1" />
            <source>如：12:00-13:00 午休</source>
            <translation>如：12:00-13:00 午休</translation>
        </message>
        <message>
            <location line="+1" />
            <source>噪音、光线、通道与无障碍</source>
            <translation>噪音、光線、通道與無障礙</translation>
        </message>
        <message>
            <location line="+6" />
            <source>如：班组长、工友</source>
            <translation>如：班組長、工友</translation>
        </message>
        <message>
            <location line="+18" />
            <source>分析日期(&amp;D)：</source>
            <translation>分析日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>岗位(&amp;J)：</source>
            <translation>崗位(&amp;J)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>工作地点(&amp;I)：</source>
            <translation>工作地點(&amp;I)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>直属主管(&amp;U)：</source>
            <translation>直屬主管(&amp;U)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>工作时间(&amp;H)：</source>
            <translation>工作時間(&amp;H)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>薪酬(&amp;P)：</source>
            <translation>薪酬(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>休息安排(&amp;B)：</source>
            <translation>休息安排(&amp;B)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>工作环境(&amp;E)：</source>
            <translation>工作環境(&amp;E)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文化与规矩(&amp;C)：</source>
            <translation>文化與規矩(&amp;C)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>核心任务(&amp;T)：</source>
            <translation>核心任務(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>偶尔的任务(&amp;O)：</source>
            <translation>偶爾的任務(&amp;O)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>任务步骤(&amp;S)：</source>
            <translation>任務步驟(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>合理便利(&amp;A)：</source>
            <translation>合理便利(&amp;A)：</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/session_form.py" line="+27" />
            <source>自然支持(&amp;N)：</source>
            <translation>自然支持(&amp;N)：</translation>
        </message>
        <message>
            <location line="+85" />
            <location line="+1" />
            <source>用人单位</source>
            <comment>employers window</comment>
            <translation>用人單位</translation>
        </message>
        <message>
            <location line="+4" />
            <source>搜索用人单位</source>
            <translation>搜尋用人單位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>名称、行业、镇街或信用代码（Ctrl+F）</source>
            <translation>名稱、行業、鎮街或信用代碼（Ctrl+F）</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <location filename="../../app/ui/main_window.py" line="-116" />
            <location line="+1" />
            <source>清除搜索</source>
            <translation>清除搜尋</translation>
        </message>
        <message>
            <location line="+1" />
            <source>搜索(&amp;F)：</source>
            <translation>搜尋(&amp;F)：</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+117" />
            <source>名称</source>
            <translation>名稱</translation>
        </message>
        <message>
            <location line="-113" />
            <source>比例就业</source>
            <translation>比例就業</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+230" />
            <source>在职人数</source>
            <translation>在職人數</translation>
        </message>
        <message>
            <location line="-229" />
            <source>最近联系</source>
            <translation>最近聯絡</translation>
        </message>
        <message>
            <location line="+5" />
            <source>用人单位列表</source>
            <translation>用人單位列表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>上下键选择用人单位，回车键查看其档案</source>
            <translation>上下鍵選擇用人單位，Enter 鍵檢視其檔案</translation>
        </message>
        <message>
            <location line="+2" />
            <source>用人单位数量</source>
            <translation>用人單位數量</translation>
        </message>
        <message>
            <location line="+2" />
            <source>新建用人单位(&amp;N)…</source>
            <translation>新建用人單位(&amp;N)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>建立一个新的用人单位档案</source>
            <translation>建立一個新的用人單位檔案</translation>
        </message>
        <message>
            <location line="+2" />
            <source>用人单位列表提示</source>
            <translation>用人單位列表提示</translation>
        </message>
        <message>
            <location line="+22" />
            <source>用人单位摘要</source>
            <translation>用人單位摘要</translation>
        </message>
        <message>
            <location line="+2" />
            <source>用人单位档案提示</source>
            <translation>用人單位檔案提示</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>用人单位档案分页</source>
            <translation>用人單位檔案分頁</translation>
        </message>
        <message>
            <location line="+19" />
            <source>用人单位列表与档案</source>
            <translation>用人單位列表與檔案</translation>
        </message>
        <message>
            <location line="+55" />
            <source>按比例就业</source>
            <translation>按比例就業</translation>
        </message>
        <message>
            <location line="+5" />
            <source>编辑(&amp;E)…</source>
            <translation>編輯(&amp;E)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>编辑用人单位</source>
            <translation>編輯用人單位</translation>
        </message>
        <message>
            <location line="+0" />
            <source>修改这个用人单位的档案</source>
            <translation>修改這個用人單位的檔案</translation>
        </message>
        <message>
            <location line="+40" />
            <source>联系人列表</source>
            <translation>聯絡人列表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>添加联系人(&amp;A)…</source>
            <translation>新增聯絡人(&amp;A)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>添加联系人</source>
            <translation>新增聯絡人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>登记用人单位的一位联系人</source>
            <translation>登記用人單位的一位聯絡人</translation>
        </message>
        <message>
            <location line="+2" />
            <source>用人单位的联系人：</source>
            <translation>用人單位的聯絡人：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+16" />
            <location line="+25" />
            <source>服务对象</source>
            <translation>服務對象</translation>
        </message>
        <message>
            <location line="-34" />
            <source>联系记录列表</source>
            <translation>聯絡記錄列表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录联系(&amp;L)…</source>
            <translation>記錄聯絡(&amp;L)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>记录联系</source>
            <translation>記錄聯絡</translation>
        </message>
        <message>
            <location line="+0" />
            <source>记录一次走访、电话或信息联系</source>
            <translation>記錄一次走訪、電話或訊息聯絡</translation>
        </message>
        <message>
            <location line="+1" />
            <source>每次走访、电话、信息（新的在上）：</source>
            <translation>每次走訪、電話、訊息（新的在上）：</translation>
        </message>
        <message>
            <location line="+17" />
            <source>岗位分析详情</source>
            <translation>崗位分析詳情</translation>
        </message>
        <message>
            <location line="+3" />
            <source>新增岗位分析(&amp;J)…</source>
            <translation>新增崗位分析(&amp;J)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>新增岗位分析</source>
            <translation>新增崗位分析</translation>
        </message>
        <message>
            <location line="+0" />
            <source>为一个岗位做岗位分析</source>
            <translation>為一個崗位做崗位分析</translation>
        </message>
        <message>
            <location line="+3" />
            <source>岗位分析（选中一行查看全文）：</source>
            <translation>崗位分析（選取一行檢視全文）：</translation>
        </message>
        <message>
            <location line="+14" />
            <source>在职情况</source>
            <translation>在職情況</translation>
        </message>
        <message>
            <location line="+6" />
            <source>在本单位就业的服务对象列表</source>
            <translation>在本單位就業的服務對象列表</translation>
        </message>
        <message>
            <location line="+35" />
            <source>读取用人单位失败：{error}</source>
            <translation>讀取用人單位失敗：{error}</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>共 %n 家（搜索“{term}”）</source>
            <translation>
                <numerusform>共 %n 家（搜尋「{term}」）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>共 %n 家</source>
            <translation>
                <numerusform>共 %n 家</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>没有找到“{term}”</source>
            <translation>沒有找到「{term}」</translation>
        </message>
        <message>
            <location line="+0" />
            <source>还没有用人单位，请新建</source>
            <translation>還沒有用人單位，請新建</translation>
        </message>
        <message>
            <location line="+33" />
            <source>读取用人单位档案失败：{error}</source>
            <translation>讀取用人單位檔案失敗：{error}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>（未选择用人单位）</source>
            <translation>（未選擇用人單位）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>用人单位 - {name}</source>
            <translation>用人單位 - {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>未联系过</source>
            <translation>未聯絡過</translation>
        </message>
        <message>
            <location line="+9" />
            <source>按比例就业：{status}</source>
            <translation>按比例就業：{status}</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>在职服务对象 %n 人</source>
            <translation>
                <numerusform>在職服務對象 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>最近联系：{date}</source>
            <translation>最近聯絡：{date}</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <location line="+1" />
            <location line="+1" />
            <location filename="../../app/ui/session_form.py" line="-200" />
            <source>未填写</source>
            <translation>未填寫</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>目前在职 {now} 人；共 %n 次就业安置（已离职的以灰色标出）。</source>
            <translation>
                <numerusform>目前在職 {now} 人；共 %n 次就業安置（已離職的以灰色標出）。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>还没有服务对象在这里就业。</source>
            <translation>還沒有服務對象在這裡就業。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>还没有岗位分析。</source>
            <translation>還沒有崗位分析。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{job}（{date}）</source>
            <translation>{job}（{date}）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>服务对象：{name}</source>
            <translation>服務對象：{name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms_dialog.py" line="-142" />
            <source>预览 — {title}</source>
            <translation>預覽 — {title}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>表单预览</source>
            <translation>表單預覽</translation>
        </message>
        <message>
            <location line="+8" />
            <source>PDF 页面</source>
            <translation>PDF 頁面</translation>
        </message>
        <message>
            <location line="+5" />
            <source>打印…</source>
            <translation>列印…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>打印此表单</source>
            <translation>列印此表單</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+115" />
            <location line="+1" />
            <location filename="../../app/ui/session_form.py" line="+599" />
            <location filename="../../app/ui/sync_ui.py" line="+421" />
            <source>关闭</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location line="-115" />
            <source>关闭预览</source>
            <translation>關閉預覽</translation>
        </message>
        <message>
            <location line="+53" />
            <location line="+1" />
            <source>打印与导出表单</source>
            <translation>列印與匯出表單</translation>
        </message>
        <message>
            <location line="+3" />
            <source>表单</source>
            <translation>表單</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{title}（{code}）</source>
            <translation>{title}（{code}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>当前服务对象</source>
            <translation>目前服務對象</translation>
        </message>
        <message>
            <location line="+1" />
            <source>一名辅导员的服务对象</source>
            <translation>一名輔導員的服務對象</translation>
        </message>
        <message>
            <location line="+3" />
            <source>我的团队（全部辅导员）</source>
            <translation>我的團隊（全部輔導員）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>月份</source>
            <translation>月份</translation>
        </message>
        <message>
            <location line="+5" />
            <source>不限月份（非月度表单）</source>
            <translation>不限月份（非月度表單）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不限月份</source>
            <translation>不限月份</translation>
        </message>
        <message>
            <location line="+2" />
            <source>打印完整证件号（需有权限，并记入审计日志）</source>
            <translation>列印完整證件號（需有權限，並記入審計日誌）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>打印完整证件号</source>
            <translation>列印完整證件號</translation>
        </message>
        <message>
            <location line="+3" />
            <source>导出文件</source>
            <translation>匯出檔案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出文件路径（.pdf 或 .zip）</source>
            <translation>匯出檔案路徑（.pdf 或 .zip）</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/settings_dialog.py" line="+135" />
            <source>浏览…</source>
            <translation>瀏覽…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>选择导出文件</source>
            <translation>選擇匯出檔案</translation>
        </message>
        <message>
            <location line="+10" />
            <source>预览(&amp;V)</source>
            <translation>預覽(&amp;V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>预览第一份表单</source>
            <translation>預覽第一份表單</translation>
        </message>
        <message>
            <location line="+1" />
            <source>打印(&amp;P)…</source>
            <translation>列印(&amp;P)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>打印</source>
            <translation>列印</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出为一个 PDF(&amp;E)</source>
            <translation>匯出為一個 PDF(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出为一个PDF文件</source>
            <translation>匯出為一個PDF檔案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出为 ZIP(&amp;Z)</source>
            <translation>匯出為 ZIP(&amp;Z)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出为ZIP压缩包</source>
            <translation>匯出為ZIP壓縮包</translation>
        </message>
        <message>
            <location line="+10" />
            <source>表单(&amp;F)：</source>
            <translation>表單(&amp;F)：</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/main_window.py" line="+48" />
            <source>辅导员(&amp;C)：</source>
            <translation>輔導員(&amp;C)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>月份(&amp;M)：</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>导出到(&amp;O)：</source>
            <translation>匯出到(&amp;O)：</translation>
        </message>
        <message>
            <location line="+19" />
            <source>导出到</source>
            <translation>匯出到</translation>
        </message>
        <message>
            <location line="+40" />
            <source>没有符合条件的记录。</source>
            <translation>沒有符合條件的記錄。</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>预览：共 %n 份中的第 1 份。</source>
            <translation>
                <numerusform>預覽：共 %n 份中的第 1 份。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>已取消，没有写入任何文件。</source>
            <translation>已取消，沒有寫入任何檔案。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>导出失败</source>
            <translation>匯出失敗</translation>
        </message>
        <message>
            <location line="+4" />
            <source>生成表单</source>
            <translation>生成表單</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在生成表单</source>
            <translation>正在生成表單</translation>
        </message>
        <message>
            <location line="+9" />
            <source>请先选择导出文件。</source>
            <translation>請先選擇匯出檔案。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>无法写入 {path}：{error}</source>
            <translation>無法寫入 {path}：{error}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>已导出 %n 份表单到 {path}</source>
            <translation>
                <numerusform>已匯出 %n 份表單到 {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>已发送 %n 份表单（{pages} 页）到打印机。</source>
            <translation>
                <numerusform>已傳送 %n 份表單（{pages} 頁）到印表機。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/main.py" line="+80" />
            <source>口令不正确，请重试。</source>
            <translation>口令不正確，請重試。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>环境变量 COACHDESK_PASSPHRASE 中的口令不正确，请输入正确的口令。</source>
            <translation>環境變數 COACHDESK_PASSPHRASE 中的口令不正確，請輸入正確的口令。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>这个用户名已被使用，请换一个。</source>
            <translation>這個使用者名稱已被使用，請換一個。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写所有必填项。</source>
            <translation>請填寫所有必填項。</translation>
        </message>
        <message>
            <location line="+74" />
            <source>无法打开数据</source>
            <translation>無法開啟資料</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CoachDesk 无法打开数据目录：
{folder}</source>
            <translation>CoachDesk 無法開啟資料目錄：
{folder}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{error}

（错误代码：{code}）</source>
            <translation>{error}

（錯誤代碼：{code}）</translation>
        </message>
        <message>
            <location line="+98" />
            <source>找不到界面语言“{language}”的翻译，界面以简体中文显示。</source>
            <translation>找不到介面語言「{language}」的翻譯，介面以簡體中文顯示。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>语言提示</source>
            <translation>語言提示</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="-95" />
            <source>CoachDesk 就业辅导工作台</source>
            <translation>CoachDesk 就業輔導工作臺</translation>
        </message>
        <message>
            <location line="+41" />
            <source>搜索姓名、身份证号后四位、电话</source>
            <translation>搜尋姓名、身份證號後四位、電話</translation>
        </message>
        <message>
            <location line="+1" />
            <source>搜索服务对象</source>
            <translation>搜尋服務對象</translation>
        </message>
        <message>
            <location line="+1" />
            <source>输入姓名、身份证号后四位或电话，列表随输入更新</source>
            <translation>輸入姓名、身份證號後四位或電話，列表隨輸入更新</translation>
        </message>
        <message>
            <location line="+10" />
            <source>按状态筛选</source>
            <translation>按狀態篩選</translation>
        </message>
        <message>
            <location line="+6" />
            <source>按镇街筛选</source>
            <translation>按鎮街篩選</translation>
        </message>
        <message>
            <location line="+7" />
            <source>按服务阶段筛选</source>
            <translation>按服務階段篩選</translation>
        </message>
        <message>
            <location line="+6" />
            <source>按辅导员筛选</source>
            <translation>按輔導員篩選</translation>
        </message>
        <message>
            <location line="+6" />
            <source>只看有待办的(&amp;U)</source>
            <translation>只看有待辦的(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只看有待办事项的服务对象</source>
            <translation>只看有待辦事項的服務對象</translation>
        </message>
        <message>
            <location line="+11" />
            <source>搜索(&amp;S)：</source>
            <translation>搜尋(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>状态(&amp;T)：</source>
            <translation>狀態(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>镇街(&amp;W)：</source>
            <translation>鎮街(&amp;W)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>阶段(&amp;A)：</source>
            <translation>階段(&amp;A)：</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+38" />
            <source>服务对象列表</source>
            <translation>服務對象列表</translation>
        </message>
        <message>
            <location line="-24" />
            <source>列标题</source>
            <translation>列標題</translation>
        </message>
        <message>
            <location line="+10" />
            <source>服务对象总数</source>
            <translation>服務對象總數</translation>
        </message>
        <message>
            <location line="+9" />
            <source>工作区</source>
            <translation>工作區</translation>
        </message>
        <message>
            <location line="+1" />
            <source>工作区分页</source>
            <translation>工作區分頁</translation>
        </message>
        <message>
            <location line="+25" />
            <source>当前用户</source>
            <translation>目前使用者</translation>
        </message>
        <message>
            <location line="+2" />
            <source>数据目录</source>
            <translation>資料目錄</translation>
        </message>
        <message>
            <location line="+71" />
            <location line="+3" />
            <source>无法打开档案</source>
            <translation>無法開啟檔案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法打开该服务对象的档案。

{error}</source>
            <translation>無法開啟該服務對象的檔案。

{error}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} 的档案（Ctrl+W 关闭）</source>
            <translation>{name} 的檔案（Ctrl+W 關閉）</translation>
        </message>
        <message>
            <location line="+59" />
            <source>为东莞残疾人就业辅导员和督导设计的个案记录、就业计划、安置与督导工具。</source>
            <translation>為東莞殘疾人就業輔導員和督導設計的個案記錄、就業計畫、安置與督導工具。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>所有服务对象资料均加密保存在本机。</source>
            <translation>所有服務對象資料均加密儲存在本機。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>关于 CoachDesk</source>
            <translation>關於 CoachDesk</translation>
        </message>
        <message>
            <location line="+17" />
            <source>文件(&amp;F)</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>新建服务对象(&amp;N)…</source>
            <translation>新建服務對象(&amp;N)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>登记新的服务对象（服务对象登记表）</source>
            <translation>登記新的服務對象（服務對象登記表）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>打印与导出表单(&amp;P)…</source>
            <translation>列印與匯出表單(&amp;P)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>预览、打印或导出表单</source>
            <translation>預覽、列印或匯出表單</translation>
        </message>
        <message>
            <location line="+4" />
            <source>退出(&amp;X)</source>
            <translation>退出(&amp;X)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>关闭 CoachDesk</source>
            <translation>關閉 CoachDesk</translation>
        </message>
        <message>
            <location line="+4" />
            <source>查看(&amp;V)</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>成效仪表板(&amp;D)</source>
            <translation>成效儀表板(&amp;D)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>成效指标与图表</source>
            <translation>成效指標與圖表</translation>
        </message>
        <message>
            <location line="+4" />
            <source>用人单位(&amp;E)…</source>
            <translation>用人單位(&amp;E)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>用人单位档案：联系人、联系记录、岗位分析、在职服务对象</source>
            <translation>用人單位檔案：聯絡人、聯絡記錄、崗位分析、在職服務對象</translation>
        </message>
        <message>
            <location line="+4" />
            <source>待办(&amp;W)</source>
            <translation>待辦(&amp;W)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>显示或隐藏待办事项</source>
            <translation>顯示或隱藏待辦事項</translation>
        </message>
        <message>
            <location line="+4" />
            <source>放大(&amp;I)</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>放大界面</source>
            <translation>放大介面</translation>
        </message>
        <message>
            <location line="+3" />
            <source>缩小(&amp;O)</source>
            <translation>縮小(&amp;O)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>缩小界面</source>
            <translation>縮小介面</translation>
        </message>
        <message>
            <location line="+3" />
            <source>实际大小(&amp;R)</source>
            <translation>實際大小(&amp;R)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>恢复系统字号</source>
            <translation>恢復系統字型大小</translation>
        </message>
        <message>
            <location line="+5" />
            <source>同步(&amp;Y)</source>
            <translation>同步(&amp;Y)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>立即同步(&amp;S)</source>
            <translation>立即同步(&amp;S)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>上传本机的修改，下载别人的修改</source>
            <translation>上傳本機的修改，下載別人的修改</translation>
        </message>
        <message>
            <location line="+3" />
            <source>登录机构服务器(&amp;L)…</source>
            <translation>登入機構伺服器(&amp;L)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>把这个工作区连接到机构的同步服务器</source>
            <translation>把這個工作區連線到機構的同步伺服器</translation>
        </message>
        <message>
            <location line="+3" />
            <source>处理同步冲突(&amp;C)…</source>
            <translation>處理同步衝突(&amp;C)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>逐条选择保留哪一方的修改</source>
            <translation>逐條選擇保留哪一方的修改</translation>
        </message>
        <message>
            <location line="+3" />
            <source>退出服务器登录(&amp;O)</source>
            <translation>登出伺服器(&amp;O)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>这台电脑不再同步，未同步的修改保留在本机</source>
            <translation>這臺電腦不再同步，未同步的修改保留在本機</translation>
        </message>
        <message>
            <location line="+5" />
            <source>工具(&amp;O)</source>
            <translation>工具(&amp;O)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>设置(&amp;S)…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>机构、语言、缩放与提醒设置</source>
            <translation>機構、語言、縮放與提醒設定</translation>
        </message>
        <message>
            <location line="+5" />
            <source>生成演示数据(&amp;D)…</source>
            <translation>生成示範資料(&amp;D)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>在空的工作区生成虚构的演示个案（用于培训与试用）</source>
            <translation>在空的工作區生成虛構的示範個案（用於培訓與試用）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>帮助(&amp;H)</source>
            <translation>幫助(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>关于 CoachDesk(&amp;A)</source>
            <translation>關於 CoachDesk(&amp;A)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>版本信息</source>
            <translation>版本資訊</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+5" />
            <location line="+17" />
            <location line="+5" />
            <source>生成演示数据</source>
            <translation>生成示範資料</translation>
        </message>
        <message>
            <location line="-27" />
            <source>演示数据只能生成在没有服务对象的工作区中。</source>
            <translation>示範資料只能生成在沒有服務對象的工作區中。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>虚构服务对象人数：</source>
            <translation>虛構服務對象人數：</translation>
        </message>
        <message>
            <location line="+13" />
            <source>演示数据已生成</source>
            <translation>示範資料已生成</translation>
        </message>
        <message>
            <location line="+4" />
            <source>没有完成：{error}</source>
            <translation>沒有完成：{error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>正在生成演示个案</source>
            <translation>正在生成示範個案</translation>
        </message>
        <message>
            <location line="+32" />
            <source>成效仪表板 — CoachDesk</source>
            <translation>成效儀表板 — CoachDesk</translation>
        </message>
        <message>
            <location line="+30" />
            <source>缩放 {percent}%</source>
            <translation>縮放 {percent}%</translation>
        </message>
        <message>
            <location line="+16" />
            <source>未登录</source>
            <translation>未登入</translation>
        </message>
        <message>
            <location line="+3" />
            <source>当前用户：{name}（{role}）</source>
            <translation>目前使用者：{name}（{role}）</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>共 %n 名服务对象</source>
            <translation>
                <numerusform>共 %n 名服務對象</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>读取服务对象列表失败</source>
            <translation>讀取服務對象列表失敗</translation>
        </message>
        <message>
            <location line="+2" />
            <source>读取失败</source>
            <translation>讀取失敗</translation>
        </message>
        <message>
            <location line="+0" />
            <source>无法读取服务对象列表。

{error}</source>
            <translation>無法讀取服務對象列表。

{error}</translation>
        </message>
        <message>
            <location filename="../../app/ui/messages.py" line="+30" />
            <source>必须填写</source>
            <translation>必須填寫</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能超过 {max} 个字</source>
            <translation>不能超過 {max} 個字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请从列表中选择</source>
            <translation>請從列表中選擇</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能是将来的日期</source>
            <translation>不能是將來的日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>日期先后不对</source>
            <translation>日期先後不對</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结束时间必须晚于开始时间</source>
            <translation>結束時間必須晚於開始時間</translation>
        </message>
        <message>
            <location line="+1" />
            <source>必须在 {min} 到 {max} 之间</source>
            <translation>必須在 {min} 到 {max} 之間</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能重复</source>
            <translation>不能重複</translation>
        </message>
        <message>
            <location line="+1" />
            <source>定稿前必须填写</source>
            <translation>定稿前必須填寫</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不是当前就业计划中的目标</source>
            <translation>不是目前就業計畫中的目標</translation>
        </message>
        <message>
            <location line="+1" />
            <source>服务内容还只是模板，请填写实际情况</source>
            <translation>服務內容還只是範本，請填寫實際情況</translation>
        </message>
        <message>
            <location line="+2" />
            <source>身份证号应为 {expected} 位，现在是 {length} 位</source>
            <translation>身份證號應為 {expected} 位，現在是 {length} 位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>身份证号应为 17 位数字加 1 位数字或 X</source>
            <translation>身份證號應為 17 位數字加 1 位數字或 X</translation>
        </message>
        <message>
            <location line="+2" />
            <source>身份证号第 7–14 位不是有效日期</source>
            <translation>身份證號第 7–14 位不是有效日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>身份证号中的出生日期早于 1900 年</source>
            <translation>身份證號中的出生日期早於 1900 年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>身份证号中的出生日期在将来</source>
            <translation>身份證號中的出生日期在將來</translation>
        </message>
        <message>
            <location line="+2" />
            <source>身份证号校验位（第 18 位）不对，可能有数字输错</source>
            <translation>身份證號校驗位（第 18 位）不對，可能有數字輸錯</translation>
        </message>
        <message>
            <location line="+1" />
            <source>身份证号第 17 位（单数为男、双数为女）与性别不符</source>
            <translation>身份證號第 17 位（單數為男、雙數為女）與性別不符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>身份证号中的出生日期与填写的出生日期不符</source>
            <translation>身份證號中的出生日期與填寫的出生日期不符</translation>
        </message>
        <message>
            <location line="+2" />
            <source>残疾证号只有 18 位：缺少末尾的残疾类别和等级两位</source>
            <translation>殘疾證號只有 18 位：缺少末尾的殘疾類別和等級兩位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾证号应为 20 位（补发证加 B 和一位数字为 22 位），现在是 {length} 位</source>
            <translation>殘疾證號應為 20 位（補發證加 B 和一位數字為 22 位），現在是 {length} 位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾证号应为身份证号加类别、等级两位数字（补发证再加 B 和一位数字）</source>
            <translation>殘疾證號應為身份證號加類別、等級兩位數字（補發證再加 B 和一位數字）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>残疾证号前 18 位不是有效的身份证号</source>
            <translation>殘疾證號前 18 位不是有效的身份證號</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾证号前 18 位与身份证号不一致</source>
            <translation>殘疾證號前 18 位與身份證號不一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾证号第 19 位不是有效的残疾类别</source>
            <translation>殘疾證號第 19 位不是有效的殘疾類別</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾证号第 19 位（类别）与主要残疾类别不符</source>
            <translation>殘疾證號第 19 位（類別）與主要殘疾類別不符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾证号第 20 位不是有效的残疾等级</source>
            <translation>殘疾證號第 20 位不是有效的殘疾等級</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾证号第 20 位（等级）与主要残疾等级不符</source>
            <translation>殘疾證號第 20 位（等級）與主要殘疾等級不符</translation>
        </message>
        <message>
            <location line="+2" />
            <source>请填写电话号码</source>
            <translation>請填寫電話號碼</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电话号码只能包含数字、空格、括号和连字符</source>
            <translation>電話號碼只能包含數字、空格、括號和連字元</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只支持中国大陆的电话号码（+86）</source>
            <translation>只支援中國大陸的電話號碼（+86）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>手机号码应为 11 位</source>
            <translation>手機號碼應為 11 位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>手机号码应以 13–19 开头</source>
            <translation>手機號碼應以 13–19 開頭</translation>
        </message>
        <message>
            <location line="+1" />
            <source>固定电话请加区号（东莞为 0769-）</source>
            <translation>固定電話請加區號（東莞為 0769-）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>固定电话应为区号加 7–8 位号码，如 0769-22345678</source>
            <translation>固定電話應為區號加 7–8 位號碼，如 0769-22345678</translation>
        </message>
        <message>
            <location line="+2" />
            <source>请勾选一项（且只一项）为主要残疾</source>
            <translation>請勾選一項（且只一項）為主要殘疾</translation>
        </message>
        <message>
            <location line="+1" />
            <source>有多重残疾时，“多重残疾”须为主要残疾</source>
            <translation>有多重殘疾時，「多重殘疾」須為主要殘疾</translation>
        </message>
        <message>
            <location line="+1" />
            <source>多重残疾须再登记至少两项不同的具体残疾</source>
            <translation>多重殘疾須再登記至少兩項不同的具體殘疾</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“多重残疾”登记了两次</source>
            <translation>「多重殘疾」登記了兩次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>同一残疾类别登记了两次</source>
            <translation>同一殘疾類別登記了兩次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登记多项残疾时，请加一项“多重残疾”并设为主要残疾</source>
            <translation>登記多項殘疾時，請加一項「多重殘疾」並設為主要殘疾</translation>
        </message>
        <message>
            <location line="+1" />
            <source>统一社会信用代码应为 18 位数字和大写字母（不含 I、O、S、V、Z）</source>
            <translation>統一社會信用代碼應為 18 位數字和大寫字母（不含 I、O、S、V、Z）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>统一社会信用代码校验位（第 18 位）不对，可能有字符输错</source>
            <translation>統一社會信用代碼校驗位（第 18 位）不對，可能有字元輸錯</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已离职时不能选“是”</source>
            <translation>已離職時不能選「是」</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能晚于今天三个月以上</source>
            <translation>不能晚於今天三個月以上</translation>
        </message>
        <message>
            <location line="+7" />
            <source>定稿前必须填写服务内容</source>
            <translation>定稿前必須填寫服務內容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>定稿前请勾选至少一位参与者</source>
            <translation>定稿前請勾選至少一位參與者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>期限不能早于服务日期</source>
            <translation>期限不能早於服務日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>须晚于开始时间</source>
            <translation>須晚於開始時間</translation>
        </message>
        <message>
            <location line="+1" />
            <source>同一目标选了两次</source>
            <translation>同一目標選了兩次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>服务日期不能晚于今天</source>
            <translation>服務日期不能晚於今天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>须晚于开始日期</source>
            <translation>須晚於開始日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>须晚于签署日期</source>
            <translation>須晚於簽署日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接案日期须晚于出生日期</source>
            <translation>接案日期須晚於出生日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结案日期不能早于接案日期</source>
            <translation>結案日期不能早於接案日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登记了监护人关系或电话时必须填写</source>
            <translation>登記了監護人關係或電話時必須填寫</translation>
        </message>
        <message>
            <location line="+1" />
            <source>向用人单位披露残疾情况，须写明接收的用人单位</source>
            <translation>向用人單位披露殘疾情況，須寫明接收的用人單位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>计划至少需要一个目标</source>
            <translation>計畫至少需要一個目標</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请至少为一个领域评分</source>
            <translation>請至少為一個領域評分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这个领域评了两次</source>
            <translation>這個領域評了兩次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请至少登记一项残疾</source>
            <translation>請至少登記一項殘疾</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请选择残疾类别</source>
            <translation>請選擇殘疾類別</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请选择残疾等级</source>
            <translation>請選擇殘疾等級</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请选择用人单位，或先新建用人单位</source>
            <translation>請選擇用人單位，或先新建用人單位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写月工资（无工资填 0）</source>
            <translation>請填寫月工資（無工資填 0）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写每周工时</source>
            <translation>請填寫每週工時</translation>
        </message>
        <message>
            <location line="+1" />
            <source>出生日期不能晚于今天</source>
            <translation>出生日期不能晚於今天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请选择结案原因</source>
            <translation>請選擇結案原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请选择就业形式</source>
            <translation>請選擇就業形式</translation>
        </message>
        <message>
            <location line="+5" />
            <source>该个案已结案，不能再添加服务记录。</source>
            <translation>該個案已結案，不能再新增服務記錄。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这条服务记录已定稿，只能以“更正”的方式修改。</source>
            <translation>這條服務記錄已定稿，只能以「更正」的方式修改。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>草稿可以直接修改，不需要更正。</source>
            <translation>草稿可以直接修改，不需要更正。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写更正原因。</source>
            <translation>請填寫更正原因。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>更正没有改动任何内容。</source>
            <translation>更正沒有改動任何內容。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这些内容不能更正。</source>
            <translation>這些內容不能更正。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>更正的内容格式不对。</source>
            <translation>更正的內容格式不對。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>服务记录不能改到另一位服务对象名下。</source>
            <translation>服務記錄不能改到另一位服務對象名下。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录不存在（可能已被删除）。</source>
            <translation>記錄不存在（可能已被刪除）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>只有负责该服务对象的辅导员、督导或管理员可以查看完整证件号。本次请求已记入审计日志。</source>
            <translation>只有負責該服務對象的輔導員、督導或管理員可以檢視完整證件號。本次請求已記入審計日誌。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>请选择查看完整证件号的原因。</source>
            <translation>請選擇檢視完整證件號的原因。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>当前没有登录的用户。</source>
            <translation>目前沒有登入的使用者。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未保存的内容过长，无法暂存。</source>
            <translation>未儲存的內容過長，無法暫存。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>输入有误，请按提示修改。</source>
            <translation>輸入有誤，請按提示修改。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>数据库正被其他程序使用，请稍后再试。</source>
            <translation>資料庫正被其他程式使用，請稍後再試。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>磁盘空间不足，无法保存。</source>
            <translation>磁碟空間不足，無法儲存。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已有服务对象登记了这个身份证号。请在服务对象列表中搜索该号码。</source>
            <translation>已有服務對象登記了這個身份證號。請在服務對象列表中搜尋該號碼。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只能分配给辅导员或督导。</source>
            <translation>只能分配給輔導員或督導。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这项同意已经撤回过了。</source>
            <translation>這項同意已經撤回過了。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这个个案已经结案。</source>
            <translation>這個個案已經結案。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>日期先后不对。</source>
            <translation>日期先後不對。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>计划不能改到另一位服务对象名下。</source>
            <translation>計畫不能改到另一位服務對象名下。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>要修改的目标不属于这个计划（可能已被删除）。请关闭后重新打开。</source>
            <translation>要修改的目標不屬於這個計畫（可能已被刪除）。請關閉後重新開啟。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>您的角色不能进行这项操作。</source>
            <translation>您的角色不能進行這項操作。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>只有负责该服务对象的辅导员、督导或管理员可以修改登记资料（需要查看完整证件号）。本次请求已记入审计日志。</source>
            <translation>只有負責該服務對象的輔導員、督導或管理員可以修改登記資料（需要檢視完整證件號）。本次請求已記入審計日誌。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{message}（{code}）</source>
            <translation>{message}（{code}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/record_dialog.py" line="-90" />
            <source>填写{name}</source>
            <translation>填寫{name}</translation>
        </message>
        <message>
            <location line="+92" />
            <source>保存（Enter；在多行文本框中用 Ctrl+Enter）</source>
            <translation>儲存（Enter；在多行文字方塊中用 Ctrl+Enter）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>继续编辑</source>
            <translation>繼續編輯</translation>
        </message>
        <message>
            <location line="+10" />
            <source>不保存，关闭（Esc）</source>
            <translation>不儲存，關閉（Esc）</translation>
        </message>
        <message>
            <location line="+123" />
            <source>放弃输入</source>
            <translation>放棄輸入</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已输入的内容还没有保存，关闭后会丢失。确定放弃吗？</source>
            <translation>已輸入的內容還沒有儲存，關閉後會丟失。確定放棄嗎？</translation>
        </message>
        <message>
            <location line="+0" />
            <source>放弃</source>
            <translation>放棄</translation>
        </message>
        <message>
            <location line="+39" />
            <location filename="../../app/ui/session_form.py" line="+457" />
            <source>{title}：{message}</source>
            <translation>{title}：{message}</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../app/ui/session_form.py" line="-44" />
            <source>；</source>
            <comment>between the messages of one field</comment>
            <translation>；</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>有 %n 处需要修改，详见红色提示。</source>
            <translation>
                <numerusform>有 %n 處需要修改，詳見紅色提示。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/session_form.py" line="-1290" />
            <location line="+345" />
            <source>开始时间</source>
            <translation>開始時間</translation>
        </message>
        <message>
            <location line="-344" />
            <location line="+347" />
            <source>结束时间</source>
            <translation>結束時間</translation>
        </message>
        <message>
            <location line="-346" />
            <location line="+361" />
            <source>服务方式</source>
            <translation>服務方式</translation>
        </message>
        <message>
            <location line="-359" />
            <location line="+366" />
            <source>服务内容</source>
            <translation>服務內容</translation>
        </message>
        <message>
            <location line="-365" />
            <source>路程时间</source>
            <translation>路程時間</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+361" />
            <source>服务地点</source>
            <translation>服務地點</translation>
        </message>
        <message>
            <location line="-360" />
            <source>在岗陪伴比例</source>
            <translation>在崗陪伴比例</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+373" />
            <source>下一步计划</source>
            <translation>下一步計畫</translation>
        </message>
        <message>
            <location line="-372" />
            <location line="+376" />
            <source>下一步期限</source>
            <translation>下一步期限</translation>
        </message>
        <message>
            <location line="-375" />
            <location line="+158" />
            <location line="+739" />
            <source>参与者</source>
            <translation>參與者</translation>
        </message>
        <message>
            <location line="-739" />
            <source>姓名或称呼（多人用顿号“、”分开）</source>
            <translation>姓名或稱呼（多人用頓號「、」分開）</translation>
        </message>
        <message>
            <location line="+53" />
            <source>、</source>
            <comment>between names</comment>
            <translation>、</translation>
        </message>
        <message>
            <location line="+51" />
            <source>勾选表示{kind}参与了本次服务（空格键切换）</source>
            <translation>勾選表示{kind}參與了本次服務（空格鍵切換）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{kind}姓名：{names}</source>
            <translation>{kind}姓名：{names}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{kind}的姓名或称呼，直接输入即可</source>
            <translation>{kind}的姓名或稱呼，直接輸入即可</translation>
        </message>
        <message>
            <location line="+71" />
            <source>服务时长</source>
            <translation>服務時長</translation>
        </message>
        <message>
            <location line="+2" />
            <source>路程时间（分钟）</source>
            <translation>路程時間（分鐘）</translation>
        </message>
        <message>
            <location line="+3" />
            <source> 分钟</source>
            <translation> 分鐘</translation>
        </message>
        <message>
            <location line="+12" />
            <source>例如：工作单位、服务对象家中、康园中心</source>
            <translation>例如：工作單位、服務對象家中、康園中心</translation>
        </message>
        <message>
            <location line="+3" />
            <source>客观、真实地记录本次服务的过程和结果</source>
            <translation>客觀、真實地記錄本次服務的過程和結果</translation>
        </message>
        <message>
            <location line="+2" />
            <source>在岗陪伴比例（撤出百分比）</source>
            <translation>在崗陪伴比例（撤出百分比）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>辅导员在工作现场陪伴的时间占服务对象工作时间的百分比</source>
            <translation>輔導員在工作現場陪伴的時間佔服務對象工作時間的百分比</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+768" />
            <source>不适用</source>
            <translation>不適用</translation>
        </message>
        <message>
            <location line="-765" />
            <source>同事、主管、家人等在自然环境中提供的支持</source>
            <translation>同事、主管、家人等在自然環境中提供的支持</translation>
        </message>
        <message>
            <location line="+2" />
            <source>设定期限</source>
            <translation>設定期限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设定下一步期限</source>
            <translation>設定下一步期限</translation>
        </message>
        <message>
            <location line="+58" />
            <source>服务日期(&amp;D)：</source>
            <translation>服務日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>开始(&amp;B)：</source>
            <translation>開始(&amp;B)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>结束(&amp;E)：</source>
            <translation>結束(&amp;E)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>服务类型(&amp;T)：</source>
            <translation>服務類型(&amp;T)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>路程(&amp;R)：</source>
            <translation>路程(&amp;R)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>服务地点(&amp;P)：</source>
            <translation>服務地點(&amp;P)：</translation>
        </message>
        <message>
            <location line="+12" />
            <source>服务内容(&amp;C)：</source>
            <translation>服務內容(&amp;C)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>辅导员在现场陪伴的时间占服务对象工作时间的比例；不在工作现场时选“不适用”。</source>
            <translation>輔導員在現場陪伴的時間佔服務對象工作時間的比例；不在工作現場時選「不適用」。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>在岗陪伴比例(&amp;F)：</source>
            <translation>在崗陪伴比例(&amp;F)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>下一步计划(&amp;X)：</source>
            <translation>下一步計畫(&amp;X)：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>期限(&amp;U)：</source>
            <translation>期限(&amp;U)：</translation>
        </message>
        <message numerus="yes">
            <location line="+158" />
            <source>时长 %n 分钟</source>
            <translation>
                <numerusform>時長 %n 分鐘</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>时长 —</source>
            <translation>時長 —</translation>
        </message>
        <message>
            <location line="+32" />
            <source>（计划进展 {progress}%）</source>
            <translation>（計畫進展 {progress}%）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>（不在当前计划中）</source>
            <translation>（不在目前計畫中）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>本次处理了目标：{goal}</source>
            <translation>本次處理了目標：{goal}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>目标“{goal}”的进展</source>
            <translation>目標「{goal}」的進展</translation>
        </message>
        <message>
            <location line="+3" />
            <source>目标“{goal}”的进展说明</source>
            <translation>目標「{goal}」的進展說明</translation>
        </message>
        <message>
            <location line="+1" />
            <source>进展说明（可不填）</source>
            <translation>進展說明（可不填）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>目标“{goal}”提示</source>
            <translation>目標「{goal}」提示</translation>
        </message>
        <message>
            <location line="+21" />
            <source>本次处理的计划目标(&amp;G)</source>
            <translation>本次處理的計畫目標(&amp;G)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本次处理的计划目标</source>
            <translation>本次處理的計畫目標</translation>
        </message>
        <message>
            <location line="+5" />
            <source>该服务对象还没有有效的就业计划，暂无可选目标。</source>
            <translation>該服務對象還沒有有效的就業計畫，暫無可選目標。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>计划目标提示</source>
            <translation>計畫目標提示</translation>
        </message>
        <message>
            <location line="+120" />
            <source>服务记录 - {name}</source>
            <translation>服務記錄 - {name}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>参与者提示</source>
            <translation>參與者提示</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;{name}&lt;/b&gt; 的服务记录</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; 的服務記錄</translation>
        </message>
        <message>
            <location line="+3" />
            <source>记录状态</source>
            <translation>記錄狀態</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>更正记录</source>
            <translation>更正記錄</translation>
        </message>
        <message>
            <location line="+7" />
            <source>保存状态</source>
            <translation>儲存狀態</translation>
        </message>
        <message>
            <location line="+2" />
            <source>表单提示</source>
            <translation>表單提示</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+546" />
            <source>删除草稿</source>
            <translation>刪除草稿</translation>
        </message>
        <message>
            <location line="-546" />
            <source>删除这份草稿（不能恢复）</source>
            <translation>刪除這份草稿（不能恢復）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>更正(&amp;A)…</source>
            <translation>更正(&amp;A)…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>更正</source>
            <translation>更正</translation>
        </message>
        <message>
            <location line="+0" />
            <source>为已定稿的记录添加更正，原始内容保留</source>
            <translation>為已定稿的記錄新增更正，原始內容保留</translation>
        </message>
        <message>
            <location line="+3" />
            <source>保存草稿</source>
            <translation>儲存草稿</translation>
        </message>
        <message>
            <location line="+0" />
            <source>保存草稿（Ctrl+S）；停止输入两秒后也会自动保存</source>
            <translation>儲存草稿（Ctrl+S）；停止輸入兩秒後也會自動儲存</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+481" />
            <location line="+2" />
            <source>定稿</source>
            <translation>定稿</translation>
        </message>
        <message>
            <location line="-483" />
            <source>定稿并锁定记录（Ctrl+Enter）</source>
            <translation>定稿並鎖定記錄（Ctrl+Enter）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>关闭（Esc），已输入的内容会先保存</source>
            <translation>關閉（Esc），已輸入的內容會先儲存</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+367" />
            <source>上下方向键选择，空格键勾选，直接输入姓名</source>
            <translation>上下方向鍵選擇，空格鍵勾選，直接輸入姓名</translation>
        </message>
        <message>
            <location line="-337" />
            <source>参与者(&amp;J)</source>
            <translation>參與者(&amp;J)</translation>
        </message>
        <message>
            <location line="+97" />
            <source>已恢复上次未保存的内容（暂存于 {time}）。内容符合要求后会自动保存为草稿。</source>
            <translation>已恢復上次未儲存的內容（暫存於 {time}）。內容符合要求後會自動儲存為草稿。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>新记录：停止输入两秒后自动保存为草稿。</source>
            <translation>新記錄：停止輸入兩秒後自動儲存為草稿。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>已于 {time} 定稿，记录已锁定；修改请用“更正”。</source>
            <translation>已於 {time} 定稿，記錄已鎖定；修改請用「更正」。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>其他同事</source>
            <translation>其他同事</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这是{author}的草稿，只能查看。</source>
            <translation>這是{author}的草稿，只能檢視。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>草稿：修改后会自动保存。</source>
            <translation>草稿：修改後會自動儲存。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>新记录</source>
            <translation>新記錄</translation>
        </message>
        <message>
            <location line="+13" />
            <source>已更正，见下方更正记录</source>
            <translation>已更正，見下方更正記錄</translation>
        </message>
        <message>
            <location line="+3" />
            <source>已更正，现为：{value}</source>
            <translation>已更正，現為：{value}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>原因：{reason}</source>
            <translation>原因：{reason}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{field}：{old} → {new}</source>
            <translation>{field}：{old} → {new}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;p&gt;下方各栏显示定稿时的原始内容；以下为之后的更正，按时间先后：&lt;/p&gt;</source>
            <translation>&lt;p&gt;下方各欄顯示定稿時的原始內容；以下為之後的更正，按時間先後：&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../app/ui/sync_ui.py" line="-41" />
            <source>（空）</source>
            <translation>（空）</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>%n 分钟</source>
            <translation>
                <numerusform>%n 分鐘</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+62" />
            <location line="+68" />
            <source>有 %n 处需要修改，详见各栏下方的红色提示。</source>
            <translation>
                <numerusform>有 %n 處需要修改，詳見各欄下方的紅色提示。</numerusform>
            </translation>
        </message>
        <message>
            <location line="-60" />
            <source>保存失败：{error}</source>
            <translation>儲存失敗：{error}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>草稿已保存（{time}）。</source>
            <translation>草稿已儲存（{time}）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>草稿已自动保存（{time}）。</source>
            <translation>草稿已自動儲存（{time}）。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{why}内容未能暂存：{error}</source>
            <translation>{why}內容未能暫存：{error}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{why}尚未保存为草稿；已输入的内容暂存在本机加密数据库中（{time}），改正后会自动保存为草稿。</source>
            <translation>{why}尚未儲存為草稿；已輸入的內容暫存在本機加密資料庫中（{time}），改正後會自動儲存為草稿。</translation>
        </message>
        <message>
            <location line="+90" />
            <source>定稿前请先改正红色提示的内容。</source>
            <translation>定稿前請先改正紅色提示的內容。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>定稿后这条服务记录将被锁定，之后的修改只能以“更正”方式记录（原始内容保留）。
确定定稿吗？</source>
            <translation>定稿後這條服務記錄將被鎖定，之後的修改只能以「更正」方式記錄（原始內容保留）。
確定定稿嗎？</translation>
        </message>
        <message>
            <location line="+49" />
            <source>更正已保存；原始内容保留，更正列在下方。</source>
            <translation>更正已儲存；原始內容保留，更正列在下方。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>删除这份草稿吗？删除后不能恢复。</source>
            <translation>刪除這份草稿嗎？刪除後不能恢復。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>无法保存</source>
            <translation>無法儲存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>刚输入的内容未能保存，关闭后会丢失。仍然关闭吗？</source>
            <translation>剛輸入的內容未能儲存，關閉後會丟失。仍然關閉嗎？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>仍然关闭</source>
            <translation>仍然關閉</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+1" />
            <source>更正服务记录</source>
            <translation>更正服務記錄</translation>
        </message>
        <message>
            <location line="+7" />
            <source>已定稿的记录不会被改写。请只修改需要更正的内容，并写明原因；更正会与原始记录一起保存，并显示作者、时间和原因。</source>
            <translation>已定稿的記錄不會被改寫。請只修改需要更正的內容，並寫明原因；更正會與原始記錄一起儲存，並顯示作者、時間和原因。</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/ui/sync_ui.py" line="+34" />
            <source>更正原因</source>
            <translation>更正原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>例如：结束时间记错，按当日签到表更正</source>
            <translation>例如：結束時間記錯，按當日簽到表更正</translation>
        </message>
        <message>
            <location line="+1" />
            <source>更正原因提示</source>
            <translation>更正原因提示</translation>
        </message>
        <message>
            <location line="+1" />
            <source>更正提示</source>
            <translation>更正提示</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保存更正</source>
            <translation>儲存更正</translation>
        </message>
        <message>
            <location line="+0" />
            <source>保存更正（Ctrl+S 或 Ctrl+Enter）</source>
            <translation>儲存更正（Ctrl+S 或 Ctrl+Enter）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不更正，关闭（Esc）</source>
            <translation>不更正，關閉（Esc）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>更正原因(&amp;Y)：</source>
            <translation>更正原因(&amp;Y)：</translation>
        </message>
        <message>
            <location line="+46" />
            <source>没有修改任何内容。请先修改需要更正的栏目。</source>
            <translation>沒有修改任何內容。請先修改需要更正的欄目。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>请写明更正原因</source>
            <translation>請寫明更正原因</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="-134" />
            <source>机构标志（打印表单用）</source>
            <translation>機構標誌（列印表單用）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>界面语言</source>
            <translation>介面語言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>界面缩放（%）</source>
            <translation>介面縮放（%）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>自动同步间隔（分钟，0 为仅手动）</source>
            <translation>自動同步間隔（分鐘，0 為僅手動）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>就业跟踪回访节点（天，逗号分隔）</source>
            <translation>就業跟蹤回訪節點（天，逗號分隔）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未联系提醒（天）</source>
            <translation>未聯絡提醒（天）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接案后制定计划期限（天）</source>
            <translation>接案後制定計畫期限（天）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接案后完成评估期限（天）</source>
            <translation>接案後完成評估期限（天）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>督导间隔上限（天）</source>
            <translation>督導間隔上限（天）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>打印在表单上的机构名称</source>
            <translation>列印在表單上的機構名稱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>打印表单使用的机构标志图片路径（PNG/JPEG）</source>
            <translation>列印表單使用的機構標誌圖片路徑（PNG/JPEG）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>界面使用的语言（重新启动后生效）</source>
            <translation>介面使用的語言（重新啟動後生效）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>程序内的界面缩放比例</source>
            <translation>程式內的介面縮放比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登录服务器后，每隔这么多分钟自动同步一次（0 表示只在手动时同步）</source>
            <translation>登入伺服器後，每隔這麼多分鐘自動同步一次（0 表示只在手動時同步）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>安置开始后第几天进行稳定就业回访（有的机构加上 365）</source>
            <translation>安置開始後第幾天進行穩定就業回訪（有的機構加上 365）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>服务对象超过这么多天没有服务记录时提醒</source>
            <translation>服務對象超過這麼多天沒有服務記錄時提醒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接案后这么多天内应制定就业计划</source>
            <translation>接案後這麼多天內應制定就業計畫</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接案后这么多天内应完成评估</source>
            <translation>接案後這麼多天內應完成評估</translation>
        </message>
        <message>
            <location line="+1" />
            <source>辅导员超过这么多天没有接受督导即为逾期</source>
            <translation>輔導員超過這麼多天沒有接受督導即為逾期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>界面语言将在重新启动 CoachDesk 后生效。</source>
            <translation>介面語言將在重新啟動 CoachDesk 後生效。</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+1" />
            <source>设置</source>
            <translation>設定</translation>
        </message>
        <message>
            <location line="+4" />
            <source>语言生效提示</source>
            <translation>語言生效提示</translation>
        </message>
        <message>
            <location line="+20" />
            <source>默认数据目录</source>
            <translation>預設資料目錄</translation>
        </message>
        <message>
            <location line="+2" />
            <source>下次启动时打开的数据目录；本次打开的是 {folder}</source>
            <translation>下次啟動時開啟的資料目錄；本次開啟的是 {folder}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>（系统默认位置）</source>
            <translation>（系統預設位置）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>默认数据目录（下次启动生效）：</source>
            <translation>預設資料目錄（下次啟動生效）：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>设置错误</source>
            <translation>設定錯誤</translation>
        </message>
        <message>
            <location line="+5" />
            <source>保存设置</source>
            <translation>儲存設定</translation>
        </message>
        <message>
            <location line="+5" />
            <source>当前数据目录：{folder}</source>
            <translation>目前資料目錄：{folder}</translation>
        </message>
        <message>
            <location line="+53" />
            <source>选择机构标志图片</source>
            <translation>選擇機構標誌圖片</translation>
        </message>
        <message>
            <location line="+6" />
            <source>机构标志</source>
            <translation>機構標誌</translation>
        </message>
        <message>
            <location line="+0" />
            <source>图片 (*.png *.jpg *.jpeg)</source>
            <translation>圖片 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>“{label}”只能填写用逗号分隔的天数</source>
            <translation>「{label}」只能填寫用逗號分隔的天數</translation>
        </message>
        <message>
            <location line="+11" />
            <source>找不到机构标志图片文件</source>
            <translation>找不到機構標誌圖片檔案</translation>
        </message>
        <message>
            <location line="+2" />
            <source>机构名称不能为空</source>
            <translation>機構名稱不能為空</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{label}”的值无效：{description}</source>
            <translation>「{label}」的值無效：{description}</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync_states.py" line="+8" />
            <location filename="../../app/ui/sync_ui.py" line="-317" />
            <source>已同步</source>
            <translation>已同步</translation>
        </message>
        <message>
            <location line="+1" />
            <source>待上传</source>
            <translation>待上傳</translation>
        </message>
        <message>
            <location line="+1" />
            <source>上传中</source>
            <translation>上傳中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>上传失败</source>
            <translation>上傳失敗</translation>
        </message>
        <message>
            <location line="+1" />
            <source>有冲突</source>
            <translation>有衝突</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync_ui.py" line="-109" />
            <source>服务对象登记</source>
            <translation>服務對象登記</translation>
        </message>
        <message>
            <location line="+8" />
            <source>稳定就业回访</source>
            <translation>穩定就業回訪</translation>
        </message>
        <message>
            <location line="+3" />
            <source>单位联系人</source>
            <translation>單位聯絡人</translation>
        </message>
        <message>
            <location line="+6" />
            <source>姓名/名称</source>
            <translation>姓名/名稱</translation>
        </message>
        <message>
            <location line="+6" />
            <source>享受待遇</source>
            <translation>享受待遇</translation>
        </message>
        <message>
            <location line="+3" />
            <source>与监护人关系</source>
            <translation>與監護人關係</translation>
        </message>
        <message>
            <location line="+3" />
            <source>服务阶段</source>
            <translation>服務階段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>是否删除</source>
            <translation>是否刪除</translation>
        </message>
        <message>
            <location line="+5" />
            <source>用户名或密码不正确。</source>
            <translation>使用者名稱或密碼不正確。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这个账号已停用，请联系机构管理员。</source>
            <translation>這個帳號已停用，請聯絡機構管理員。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这台电脑的登录已被撤销，请重新登录。未同步的修改仍保存在本机。</source>
            <translation>這臺電腦的登入已被撤銷，請重新登入。未同步的修改仍儲存在本機。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登录已过期，请重新登录。未同步的修改仍保存在本机。</source>
            <translation>登入已過期，請重新登入。未同步的修改仍儲存在本機。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>服务器不认识这台电脑的登录，请重新登录。未同步的修改仍保存在本机。</source>
            <translation>伺服器不認識這臺電腦的登入，請重新登入。未同步的修改仍儲存在本機。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>尚未登录服务器（或系统钥匙串里没有登录凭据），请登录。</source>
            <translation>尚未登入伺服器（或系統鑰匙圈裡沒有登入憑據），請登入。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这个工作区还没有连接机构服务器。</source>
            <translation>這個工作區還沒有連線機構伺服器。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法连接服务器，请稍后再试。未同步的修改仍保存在本机。</source>
            <translation>無法連線伺服器，請稍後再試。未同步的修改仍儲存在本機。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>地址以 http:// 开头，连接不加密。请使用 https://，或在可信网络中勾选“允许不加密连接”。</source>
            <translation>地址以 http:// 開頭，連線不加密。請使用 https://，或在可信網路中勾選「允許不加密連線」。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>服务器地址不正确。</source>
            <translation>伺服器地址不正確。</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>服务器需要更新版本的 CoachDesk，请先升级。</source>
            <translation>伺服器需要更新版本的 CoachDesk，請先升級。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>这个工作区里已有离线创建的机构或演示数据，不能连接服务器。请用新的数据文件夹登录。</source>
            <translation>這個工作區裡已有離線建立的機構或示範資料，不能連線伺服器。請用新的資料夾登入。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>这个工作区属于另一位用户或另一台服务器。请用新的数据文件夹登录。</source>
            <translation>這個工作區屬於另一位使用者或另一臺伺服器。請用新的資料夾登入。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>同步已取消，已下载的部分下次继续。</source>
            <translation>同步已取消，已下載的部分下次繼續。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>同步时出现意外错误：{error}</source>
            <translation>同步時出現意外錯誤：{error}</translation>
        </message>
        <message>
            <location line="+33" />
            <source>仅本机（未连接服务器）</source>
            <translation>僅本機（未連線伺服器）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>正在同步…</source>
            <translation>正在同步…</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n 处冲突待解决</source>
            <translation>
                <numerusform>%n 處衝突待解決</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n 条上传失败</source>
            <translation>
                <numerusform>%n 條上傳失敗</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n 条待上传</source>
            <translation>
                <numerusform>%n 條待上傳</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>上次同步 {time}</source>
            <translation>上次同步 {time}</translation>
        </message>
        <message>
            <location filename="../../app/ui/caseload_model.py" line="-287" />
            <location filename="../../app/ui/client_file.py" line="-633" />
            <location filename="../../app/ui/sync_ui.py" line="+38" />
            <location line="+89" />
            <source>同步</source>
            <translation>同步</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync_ui.py" line="-88" />
            <source>正在与服务器同步</source>
            <translation>正在與伺服器同步</translation>
        </message>
        <message>
            <location line="+22" />
            <source>与服务器的核对不一致</source>
            <translation>與伺服器的核對不一致</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>服务器拒收了 %n 条记录（已保留在本机，标记为“上传失败”）。</source>
            <translation>
                <numerusform>伺服器拒收了 %n 條記錄（已保留在本機，標記為「上傳失敗」）。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>重新核对后，本机与服务器仍有差异：{tables}</source>
            <translation>重新核對後，本機與伺服器仍有差異：{tables}</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n 位服务对象已转给其他辅导员，但本机还有未上传的修改，暂时保留。</source>
            <translation>
                <numerusform>%n 位服務對象已轉給其他輔導員，但本機還有未上傳的修改，暫時保留。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>同步完成，但有需要注意的地方</source>
            <translation>同步完成，但有需要注意的地方</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+192" />
            <location line="+1" />
            <source>同步冲突</source>
            <translation>同步衝突</translation>
        </message>
        <message numerus="yes">
            <location line="-191" />
            <source>有 %n 处修改与别人的修改冲突，两边的内容都已保存。现在处理吗？</source>
            <translation>
                <numerusform>有 %n 處修改與別人的修改衝突，兩邊的內容都已儲存。現在處理嗎？</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>处理冲突(&amp;R)</source>
            <translation>處理衝突(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>稍后</source>
            <translation>稍後</translation>
        </message>
        <message>
            <location line="+7" />
            <source>离线</source>
            <translation>離線</translation>
        </message>
        <message>
            <location line="+0" />
            <source>同步未完成</source>
            <translation>同步未完成</translation>
        </message>
        <message>
            <location line="+6" />
            <source>确认删除</source>
            <translation>確認刪除</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>服务器上删除了 %n 条本机仍有的记录。要在本机也删除吗？（删除的记录仍可在服务器上找回）</source>
            <translation>
                <numerusform>伺服器上刪除了 %n 條本機仍有的記錄。要在本機也刪除嗎？（刪除的記錄仍可在伺服器上找回）</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>应用删除(&amp;A)</source>
            <translation>應用刪除(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>暂不</source>
            <translation>暫不</translation>
        </message>
        <message>
            <location line="+25" />
            <source>退出服务器登录</source>
            <translation>登出伺服器</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这台电脑将不再与服务器同步，直到再次登录。未同步的修改会保留在本机。</source>
            <translation>這臺電腦將不再與伺服器同步，直到再次登入。未同步的修改會保留在本機。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>退出登录(&amp;O)</source>
            <translation>登出(&amp;O)</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+1" />
            <source>登录机构服务器</source>
            <translation>登入機構伺服器</translation>
        </message>
        <message>
            <location line="+3" />
            <source>服务器地址</source>
            <translation>伺服器地址</translation>
        </message>
        <message>
            <location line="+5" />
            <source>密码</source>
            <translation>密碼</translation>
        </message>
        <message>
            <location line="+2" />
            <source>这台电脑的名称</source>
            <translation>這臺電腦的名稱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>机构管理员在设备列表里看到的名称</source>
            <translation>機構管理員在裝置列表裡看到的名稱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>允许不加密的 http 连接（仅限可信的内部网络）(&amp;I)</source>
            <translation>允許不加密的 http 連線（僅限可信的內部網路）(&amp;I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>允许不加密的 http 连接</source>
            <translation>允許不加密的 http 連線</translation>
        </message>
        <message>
            <location line="+2" />
            <source>服务器地址(&amp;S)：</source>
            <translation>伺服器地址(&amp;S)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>密码(&amp;P)：</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电脑名称(&amp;N)：</source>
            <translation>電腦名稱(&amp;N)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>密码只用于这次登录，不会保存；登录凭据保存在系统钥匙串中。</source>
            <translation>密碼只用於這次登入，不會儲存；登入憑據儲存在系統鑰匙圈中。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>登录提示</source>
            <translation>登入提示</translation>
        </message>
        <message>
            <location line="+2" />
            <source>登录并同步(&amp;L)</source>
            <translation>登入並同步(&amp;L)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>登录并同步</source>
            <translation>登入並同步</translation>
        </message>
        <message>
            <location line="+19" />
            <source>请填写服务器地址、用户名和密码。</source>
            <translation>請填寫伺服器地址、使用者名稱和密碼。</translation>
        </message>
        <message>
            <location line="+40" />
            <source>登录</source>
            <translation>登入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在登录并下载数据</source>
            <translation>正在登入並下載資料</translation>
        </message>
        <message>
            <location line="+17" />
            <source>已删除</source>
            <translation>已刪除</translation>
        </message>
        <message>
            <location line="+0" />
            <source>未删除</source>
            <translation>未刪除</translation>
        </message>
        <message>
            <location line="+18" />
            <source>记录</source>
            <translation>記錄</translation>
        </message>
        <message>
            <location line="+1" />
            <source>字段</source>
            <translation>欄位</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>当前值</source>
            <translation>目前值</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+13" />
            <source>另一版本</source>
            <translation>另一版本</translation>
        </message>
        <message>
            <location line="-8" />
            <source>冲突列表</source>
            <translation>衝突列表</translation>
        </message>
        <message>
            <location line="+11" />
            <source>已定稿的记录：采用另一版本会生成一条更正，请写明原因</source>
            <translation>已定稿的記錄：採用另一版本會生成一條更正，請寫明原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>冲突处理提示</source>
            <translation>衝突處理提示</translation>
        </message>
        <message>
            <location line="+2" />
            <source>保留当前值(&amp;K)</source>
            <translation>保留目前值(&amp;K)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>保留当前值</source>
            <translation>保留目前值</translation>
        </message>
        <message>
            <location line="+0" />
            <source>记录保持现在的内容，冲突标记为已处理</source>
            <translation>記錄保持現在的內容，衝突標記為已處理</translation>
        </message>
        <message>
            <location line="+2" />
            <source>采用另一版本(&amp;T)</source>
            <translation>採用另一版本(&amp;T)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>采用另一版本</source>
            <translation>採用另一版本</translation>
        </message>
        <message>
            <location line="+0" />
            <source>把记录改为另一版本的内容</source>
            <translation>把記錄改為另一版本的內容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>关闭(&amp;C)</source>
            <translation>關閉(&amp;C)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>当前值（记录现在的内容）</source>
            <translation>目前值（記錄現在的內容）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>另一版本（另一方的修改）</source>
            <translation>另一版本（另一方的修改）</translation>
        </message>
        <message>
            <location line="+14" />
            <source>两边的修改都已保存。请逐条选择保留哪一个；未处理的冲突会一直保留。</source>
            <translation>兩邊的修改都已儲存。請逐條選擇保留哪一個；未處理的衝突會一直保留。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>没有待处理的冲突。</source>
            <translation>沒有待處理的衝突。</translation>
        </message>
        <message>
            <location filename="../../app/ui/tasks.py" line="+1" />
            <source>取消{title}</source>
            <translation>取消{title}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{label}（{done}/{total}）</source>
            <translation>{label}（{done}/{total}）</translation>
        </message>
    </context>
</TS>
