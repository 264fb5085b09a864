#!/usr/bin/env python3
"""z04 generator: builds calls.jsonl = hand.jsonl + generated calls.
Own phrase banks, deterministic seed. ASR-style surface: no punctuation, numbers
as digits or Chinese words at random. Python 3 stdlib only."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20404)
N_GEN = 270

CC, FC, FR, CR, CB, PR, AB = ("cost_concealment", "fake_cancellation", "fake_reward", "code_request",
                              "consent_bypass", "pressure", "abuse")

def pick(xs):
    return R.choice(xs)

def maybe(p):
    return R.random() < p

# ---------------------------------------------------------------- numbers
CN = "零一二三四五六七八九"

def cn_int(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    if n < 100:
        return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
    if n < 1000:
        h, r = divmod(n, 100)
        s = CN[h] + "百"
        if r == 0:
            return s
        if r < 10:
            return s + "零" + CN[r]
        return s + (CN[r // 10] + "十" + (CN[r % 10] if r % 10 else ""))
    t, r = divmod(n, 1000)
    s = CN[t] + "千"
    if r == 0:
        return s
    if r < 100:
        return s + "零" + cn_int(r)
    return s + cn_int(r)

def num(n):
    return str(n) if maybe(0.5) else cn_int(n)

def money(n):
    return pick([f"{n}块", f"{cn_int(n)}块", f"{n}元", f"{cn_int(n)}元", f"{cn_int(n)}块钱", f"{n}块钱"])

def gig(n):
    return pick([f"{n}G", f"{cn_int(n)}个G", f"{cn_int(n)}G", f"{n}个G"])

def digits(s, style=None):
    style = style if style is not None else R.randrange(4)
    if style == 0:
        return s
    if style == 1:
        return " ".join(s)
    if style == 2:
        return "".join(CN[int(c)] for c in s)
    return " ".join(CN[int(c)] for c in s)

def code6(k=6):
    return "".join(str(R.randrange(10)) for _ in range(k))

def tail4():
    return digits(code6(4), pick([0, 0, 2, 1]))

def hotline(op):
    n = OPS[op]["hot"]
    return pick([n, n, digits(n, 2), digits(n, 1)])

# ---------------------------------------------------------------- banks
OPS = {
    "移动": {"name": ["中国移动", "移动", "移动公司"], "hot": "10086"},
    "联通": {"name": ["中国联通", "联通", "联通公司"], "hot": "10010"},
    "电信": {"name": ["中国电信", "电信", "电信公司"], "hot": "10000"},
}

ELDER = ["阿姨", "大爷", "奶奶", "爷爷", "老人家", "叔叔", "大妈"]
ADULT = ["先生", "女士", "姐", "大哥", "美女"]

def addr(elder):
    return pick(ELDER) if elder else pick(ADULT)

def op_intro(op):
    nm = pick(OPS[op]["name"])
    return pick([
        f"喂您好我这边是{nm}客服",
        f"您好这里是{nm}客服中心",
        f"喂你好我是{nm}的客服工号{num(R.randrange(1000, 9999))}",
        f"您好{hotline(op)}客服给您来电",
        f"喂 您好 {nm}客户服务部的",
        f"您好我是{nm}的客户经理小{pick('王李张刘陈杨赵周')}",
    ])

CUST_HELLO = ["喂", "喂 哪位", "嗯 你说", "谁啊", "喂你好", "啊 什么事", "是我 什么事", "嗯 是我"]
ELDER_CONFUSED = [
    ("啊 你说什么 大点声", "我说我是{who}的 给您打电话是有个事"),
    ("你是哪里啊 我耳朵不太好", "{who} {who}的 您听得到吗"),
    ("喂 喂 听不清楚啊", "现在能听清吗 我是{who}的"),
    ("你找谁啊 我家老头子不在", "就找您就是您这个号码的事"),
    ("哦 是不是我儿子让你打的", "不是的是我们{who}这边有个通知"),
    ("你慢点说我年纪大了反应慢", "好的好的我慢点说"),
    ("什么公司 我没听过", "{who}啊 您手机不就是用的{who}的卡嘛"),
]
ID_CHECK = [
    ("请问是尾号{t}的机主吗", ["是的", "对", "嗯是我", "是 怎么了", "是啊"]),
    ("请问您是这个号码的本人吗", ["是我", "对我自己用的", "嗯"]),
    ("请问是{sur}{a}吗", ["对", "是我", "嗯 你哪位", "是啊", "对 你是哪个"]),
]

def id_check(a="先生"):
    q, ans = pick(ID_CHECK)
    if a in ("姐", "大哥", "美女"):
        a = pick(["先生", "女士"])
    return q.format(t=tail4(), sur=pick("王李张刘陈杨赵黄周吴"), a=a), pick(ans)

# ---------------- operator scam banks
LURE = [
    "这边看到您是我们的星级用户",
    "您是我们的{n}星级客户公司这边要回馈您",
    "您在网已经{y}年了是我们的老用户了这边给您申请了一个福利",
    "恭喜您被系统抽中了老用户感恩回馈活动",
    "您的号码被评为优质用户可以领取一个专属福利",
    "今天是我们的客户回馈日您这个号码有个礼包可以领",
    "您是我们的金卡用户现在有一个内部的优惠名额给到您",
    "系统显示您的积分和星级都够了可以领一份老用户专享礼包",
]
OFFER = [
    "每个月给您增加{g}的流量",
    "每月送您{g}的通用流量还有{m}分钟通话",
    "给您的套餐免费升级成5G的",
    "每个月多送{g}全国流量",
    "给您加一个{g}的定向流量包看视频刷抖音都能用",
    "给您的宽带升级到三百兆",
    "给您开一个亲情号全家互打不要钱",
    "送您一个视频会员可以看电视剧",
]
CONCEAL = [
    "套餐资费是不变的",
    "资费不变的您放心",
    "一分钱都不用多花",
    "话费不会多扣的",
    "您的月租还是原来那么多",
    "这个是送的不收钱",
    "不会增加您的任何费用",
    "账单上面您是看不出变化的",
]
PRICE_Q = ["那要不要钱啊", "这个收费吗", "会不会多扣我钱", "多少钱一个月", "是免费的吗",
           "那我每个月要交多少", "你先跟我说清楚多少钱", "不要钱的吧 我没钱啊"]
DODGE = [
    "跟您原来的套餐差不多的您放心",
    "具体以账单为准嘛反正不会多多少",
    "这个您不用管就是个小优惠",
    "就一点点几块钱的事您不用担心",
    "费用方面您放心都是包含在套餐里的",
    "这个怎么说呢就是整体上您是划算的",
    "不会多扣的您就放心用",
    "这个我们是按优惠价算的比外面便宜多了",
]
REFUSE = ["不需要", "不需要谢谢", "我不要", "我用不着", "不办 我够用了", "不要不要", "我不需要你别打了",
          "我不要 我儿子说了别乱办东西"]
PUSH = [
    "您先别急着拒绝听我说完这个很划算的",
    "这个名额只有今天过了就没有了",
    "别人都抢着办您考虑一下嘛就试一个月",
    "您今天不办下次就没有这个价了",
    "我这边已经给您申请好了您不办的话名额就作废了很可惜的",
    "您再考虑考虑嘛我都跟您说了这么久了",
    "这个活动马上就截止了我建议您现在就办",
    "您要是不办系统会默认给您调成更贵的套餐",
]
INSULT = [
    "你这人怎么回事啊好心给你福利还不要",
    "真是浪费我时间",
    "听不懂人话是吧",
    "不要拉倒什么人啊",
    "你这种人就是活该多交钱",
    "老糊涂了吧这么好的事都不要",
    "跟你说话真费劲",
    "脑子不转弯的吗",
]
HMM = ["嗯", "嗯 嗯", "哦", "那 那我问问我儿子", "我想想", "啊 这个", "我不太懂", "嗯 你说吧"]
BYPASS = [
    "好的那我这边直接帮您办理了",
    "好那我就当您同意了给您开通了",
    "行那我帮您确认了次月生效",
    "好的我这边已经给您登记上了您不用管了",
    "那没问题我帮您点确认了",
    "好的已经给您办好了短信通知您",
    "您不说话我就当您同意了啊已经开了",
]
AFTER_BYPASS_C = ["哎我还没说要呢", "你怎么就给我办了", "我说什么了你就办", "啊 办什么了", "我没同意啊"]
AFTER_BYPASS_A = [
    ("已经提交了取消不了的", [CB]),
    ("系统自动生效的您别担心", [CB]),
    ("办都办了您就先用着吧", [CB]),
    ("已经生效了要退的话违约金更多", [CB, PR]),
]

MEMBERS = ["视频会员", "音乐会员", "彩铃业务", "流量加速包", "游戏会员", "云盘会员", "来电秀业务", "手机报", "天气预报业务"]
FAKE_CHARGE = [
    "您之前赠送的{mem}下个月开始扣费了每月{a}需要帮您取消吗",
    "您的号码开通了一个{mem}马上要自动续费每月{a}",
    "系统显示您有一个{mem}免费期到了下个月开始收{a}",
    "您办套餐时候送的{mem}要开始扣钱了一个月{a}我帮您退掉",
    "您这个号码上面挂了一个{mem}每个月扣{a}我们打电话是帮您取消的",
]
DENY = ["我没有开过啊", "什么会员 我不知道", "我从来不看这个", "我没办过啊怎么会扣钱", "谁给我开的",
        "我都不知道有这个"]
INSIST = [
    "对就是赠送的您没注意到正常的我这边帮您取消",
    "可能是您家里人不小心点的系统有记录",
    "很多老用户都有是之前办套餐时候自动开的",
    "这个系统显示是有的不取消就一直扣",
]
CODE_ASK = [
    "待会{hot}会给您发一个六位数的验证码您念给我就行",
    "您手机马上会收到一条短信您把里面的验证码告诉我",
    "麻烦您把刚刚收到的那几个数字报一下我这边核对",
    "一会有个六位数字的码您读给我我帮您操作",
    "您看一下短信里面那个验证码念给我听",
    "您把短信转发给我也行或者直接念里面的数字",
]
CODE_RESIST = [
    ("短信上写着不要告诉别人啊", [("那个是系统提示说的是别人我们是官方客服可以的", [CR, PR]),
                                  ("那是防骗子的我们是正规客服您放心念", [CR])]),
    ("我看不清那个字", [("没事您凑近一点看六位数我等您", [CR]), ("您快点吧验证码五分钟就过期了", [PR])]),
    ("我不会看短信", [("您点开那个有红点的短信就行很简单的", []), ("您快点我这边系统马上要关了", [PR])]),
    ("验证码能给你吗", [("能给的我们是官方客服嘛", [CR]), ("当然能啊您不给我怎么帮您取消", [CR, PR])]),
    ("我叫我孙子来看", [("不用叫人您自己就能念很简单的", [PR]), ("别叫了等他来就扣费了", [PR])]),
    ("我眼镜不在身边", [("那您去拿我等您您不念的话下个月就开始扣了", [PR]), ("那您大概看一下数字念给我", [CR])]),
]
CODE_INSULT = ["这都不会您用什么智能手机啊", "哎呀真是急死人了", "老了就别用手机了真是的",
               "磨磨唧唧的我一天几百个电话"]
CLOSE_SCAM_A = ["好的已经帮您处理好了", "好了没事了祝您生活愉快", "好的那就这样", "行了挂了啊"]
CLOSE_C = ["哦 好", "那谢谢啊", "嗯", "哦那行吧", "好吧"]
CLOSE_HANGUP = ["我挂了", "我不跟你说了", "我去营业厅问", "我让我儿子问问再说"]

# ---------------- non-operator scam domains
DOMAINS = {
    "bank": {
        "who": ["工商银行信用卡中心", "建设银行客服", "农业银行风控部", "招商银行", "中国银行客服中心", "邮储银行"],
        "fc": ["您名下有一张信用卡开通了年费服务每年扣{a}需要帮您注销",
               "您的银行卡绑定了一个分期服务每个月扣手续费{a}",
               "您的卡开通了一个理财自动扣款下月起每月扣{a}"],
        "fr": ["您的信用卡被评为优质客户可以免费提额", "您的卡积分可以兑换一台电饭煲今天最后一天",
               "您是我们的贵宾客户有一份感恩礼品要寄给您"],
        "pr": ["您的银行卡出现异常交易今天下午会被冻结", "您的卡没有更新身份信息三天后停用",
               "您的账户涉嫌洗钱要配合调查不然就冻结"],
        "code": ["您把卡号和收到的验证码告诉我我帮您处理", "您手机收到的动态密码念一下",
                 "您把银行发给您的六位验证码报给我", "您说一下卡背面三位数和短信验证码"],
        "cc": ["领取是免费的就是要开一个会员服务每月扣一点点您不用管", "这个不收费的账单上多出来的是小额服务费不算钱"],
        "resist": [("银行不是说不要告诉别人验证码吗", "我就是银行的告诉我没关系"),
                   ("我要去网点问问", "去网点要排好几个钟头您这么大年纪何必呢"),
                   ("我儿子说银行不会打电话要验证码", "您儿子不懂的再拖下去您的工资卡也用不了了")],
    },
    "express": {
        "who": ["中通快递理赔中心", "顺丰客服", "圆通快递", "韵达理赔部", "菜鸟驿站客服"],
        "fc": ["您寄件时勾选了一个保价会员每月自动扣{a}我帮您取消",
               "您的账户开通了快递会员下月开始扣{a}"],
        "fr": ["您的包裹在运输中丢失了我们给您三倍赔偿{a}", "您的快递被压坏了公司赔您{a}",
               "您是我们的优质寄件客户可以领{a}的理赔补贴"],
        "pr": ["您的包裹里面查出违禁品要是不处理就要报警了", "理赔今天不办就过期了"],
        "code": ["待会您会收到一个验证码不是取件码是六位数的那个您念给我",
                 "您把支付宝收到的验证码告诉我我给您打款", "您填完银行卡以后把动态码报给我确认到账"],
        "cc": ["理赔是免费的只要先交十块钱手续费就行", "不收您钱的就是要开一个理赔服务每月几块钱"],
        "resist": [("取件码我有啊要验证码干嘛", "您别问那么多了快一点"),
                   ("我等快递员来电话吧", "快递员不管理赔的今天是最后一天了过了就不赔了"),
                   ("我不会弄这个", "我这边马上下班了您抓紧")],
    },
    "ecom": {
        "who": ["淘宝客服", "京东售后", "拼多多客服", "抖音商城客服", "支付宝客服"],
        "fc": ["您之前开通了一个商家会员每个月要扣{a}", "您购物时候勾选了一个高级运费险每月扣{a}",
               "您的账户开了一个百万保障下月起每月扣{a}"],
        "fr": ["您买的东西检测出质量问题我们给您退款加赔偿{a}", "系统多收了您{a}要退给您",
               "您买的商品商家跑路了平台三倍赔付给您"],
        "pr": ["您的账户有一笔违规交易不处理的话会影响您的征信", "您的账户被判定为异常不处理的话要冻结影响您信用"],
        "code": ["您把刚才收到的那个验证码告诉我我帮您关掉", "您在备用金那里输入金额然后把验证码念给我",
                 "退款需要确认码就是您短信里那六位数"],
        "cc": ["这个退款通道开通是免费的后面的利息很少您不用管", "开这个通道不要钱的就是每月有一点点服务费"],
        "resist": [("退款不是原路退吗", "这批是特殊通道今天处理不完就没了"),
                   ("我女儿说不能告诉别人", "您不配合的话后果自负"),
                   ("我不会弄支付宝", "快点后台五分钟后自动扣款")],
    },
    "yibao": {
        "who": ["市医保局", "医保中心", "医保服务中心", "国家医保局"],
        "fc": ["您的医保卡开了一个家庭共济每月从您卡上扣{a}", "您的医保账户被扣年费{a}我帮您取消"],
        "fr": ["您去年住院有一笔报销款{a}没到账要补发给您", "您符合条件可以领一笔医保补贴{a}"],
        "pr": ["您的医保卡在外地有异常消费马上要被冻结", "您的医保卡涉嫌套现已经被暂停使用"],
        "code": ["您把医保电子凭证收到的验证码给我我帮您激活", "您把收到的短信验证码报给我我们给您打款",
                 "您念一下手机上的六位数我帮您重新绑定"],
        "cc": ["领取不收钱的就扣个二十块的工本费", "补发是免费的就是要开一个服务费每月很少"],
        "resist": [("我去医保局窗口办", "窗口现在不办这个今天不处理以后看病都不能报销"),
                   ("我孩子说不要跟陌生人说这个", "我们是政府部门不是陌生人这个要保密不能告诉家里人"),
                   ("你们医保局怎么还要验证码", "我们是政府部门您不配合卡就一直冻着")],
    },
    "shebao": {
        "who": ["社保中心", "人社局", "社保卡服务中心", "街道社保所"],
        "fc": ["您的社保卡开通了一个保险服务每月扣{a}", "您的社保账户有一个年费{a}下月扣"],
        "fr": ["您有一笔{a}的养老补贴待领取", "您这个月社保多扣了{a}要退给您",
               "您被选中领取高龄津贴{a}"],
        "pr": ["您今年的养老金认证还没做下个月就停发了", "您的社保账户异常已经被暂停了",
               "您的社保卡要升级不升级下月就停用"],
        "code": ["我给您手机发个码您报给我就认证好了", "您把收到的验证码念一下我给您登记",
                 "您把社保卡绑定的验证码告诉我就行"],
        "cc": ["领取是免费的就收个二十块工本费", "不要钱的就是要扣一个小小的手续费您不用管"],
        "resist": [("我去社区问一下", "社区也是我们通知的电话里办就行了"),
                   ("社保的事怎么还要验证码啊", "社保卡办什么都要验证码的过了这个月就停了您自己看着办"),
                   ("我让我儿子带我去社保局", "社保局现在都线上办去了也不给办")],
    },
}

def dom_money(dom, hook="fr"):
    if hook == "fc":
        return money(pick([98, 120, 199, 280, 360, 58]))
    return money(pick({"bank": [199, 299, 360, 188, 580], "express": [120, 180, 200, 260, 99],
                       "ecom": [800, 398, 99, 120, 50], "yibao": [280, 1230, 860, 360],
                       "shebao": [3600, 120, 200, 1500]}[dom]))

# ---------------------------------------------------------------- call builders
def T(sp, text, labels=()):
    return {"speaker": sp, "text": text, "labels": sorted(set(labels))}

def opening(op=None, who=None, elder=False, idcheck=0.5, a="先生"):
    turns = []
    if op:
        turns.append(T("agent", op_intro(op)))
    else:
        turns.append(T("agent", pick(["喂您好", "您好", "喂 你好"]) + pick(["我这边是", "这里是", "我是"]) + who))
    if maybe(idcheck):
        q, ans = id_check(a)
        turns.append(T("agent", q))
        turns.append(T("customer", ans))
    elif maybe(0.5):
        turns.append(T("customer", pick(CUST_HELLO)))
    if elder and maybe(0.6):
        for c, x in R.sample(ELDER_CONFUSED, R.choice([1, 1, 2, 3])):
            turns.append(T("customer", c))
            turns.append(T("agent", x.format(who=(pick(OPS[op]["name"]) if op else who))))
    return turns

def closing_scam(turns, hung=False, dom=False):
    if hung or maybe(0.3):
        turns.append(T("customer", pick(["我挂了", "我不跟你说了", "我让我儿子问问再说"] if dom else CLOSE_HANGUP)))
    else:
        turns.append(T("agent", pick(CLOSE_SCAM_A)))
        if maybe(0.5):
            turns.append(T("customer", pick(CLOSE_C)))

ELDER_TANGENT = [
    ("我一个人在家孩子都在外地", "哦那您自己要多注意身体"),
    ("我这个手机是我孙女给我买的好多东西都不会用", "没关系我慢慢跟您说"),
    ("你们上回是不是也打过电话", "可能是别的同事打的"),
    ("我刚从菜市场回来手上都是东西", "那您先放下我等您一下"),
    ("你说的这个我老伴知不知道啊", "这个是您自己号码上的事"),
]

def elder_repeat(t, elder):
    if not elder or not maybe(0.45):
        return
    last = [x for x in t if x["speaker"] == "agent" and x["labels"]]
    if not last:
        return
    last = last[-1]
    t.append(T("customer", pick(["你说慢点 什么", "啊 你再说一遍", "我没听明白", "什么什么 再说一遍"])))
    t.append(T("agent", pick(["我再说一遍 ", "就是说 ", "我慢点说啊 ", ""]) + last["text"], last["labels"]))
    if maybe(0.35):
        c, a = pick(ELDER_TANGENT)
        t.append(T("customer", c))
        t.append(T("agent", a))

def g_op_star_upsell():
    op = pick(list(OPS)); elder = maybe(0.55); a = addr(elder)
    t = opening(op, elder=elder, a=a)
    lure = pick(LURE).format(n=pick(["五", "5", "七", "四"]), y=num(R.choice([5, 8, 10, 12, 15, 20])))
    t.append(T("agent", lure, [FR]))
    if maybe(0.4):
        t.append(T("customer", pick(["啊 什么用户", "哦 什么福利", "是吗", "什么意思"])))
    offer = pick(OFFER).format(g=gig(R.choice([10, 15, 20, 30, 40])), m=num(R.choice([100, 200, 300])))
    if maybe(0.7):
        t.append(T("agent", f"{a}{offer}{pick(CONCEAL)}", [FR, CC]))
    else:
        t.append(T("agent", f"{a}为了回馈您{offer}", [FR]))
    elder_repeat(t, elder)
    path = R.random()
    hung = False
    if path < 0.35:
        t.append(T("customer", pick(PRICE_Q)))
        t.append(T("agent", pick(DODGE), [CC]))
        if maybe(0.5):
            t.append(T("customer", pick(["你说清楚到底多少钱", "几块钱是几块", "那就是要钱咯"])))
            t.append(T("agent", pick(["您问那么细干嘛反正划算", "这个系统里面看不到具体的",
                                      "都说了差不多您还问"]), [CC]))
        t.append(T("customer", pick(HMM)))
        t.append(T("agent", pick(BYPASS), [CB]))
        if maybe(0.6):
            t.append(T("customer", pick(AFTER_BYPASS_C)))
            x, l = pick(AFTER_BYPASS_A)
            t.append(T("agent", x, l))
    elif path < 0.7:
        t.append(T("customer", pick(REFUSE)))
        t.append(T("agent", pick(PUSH), [PR]))
        if maybe(0.6):
            t.append(T("customer", pick(REFUSE)))
            if maybe(0.5):
                t.append(T("agent", pick(PUSH), [PR]))
                t.append(T("customer", pick(["我说了不要", "你烦不烦", "不要就是不要"])))
            t.append(T("agent", pick(INSULT), [AB]))
            hung = True
        else:
            t.append(T("customer", pick(HMM)))
            t.append(T("agent", pick(BYPASS), [CB]))
    else:
        t.append(T("customer", pick(["那怎么领", "好啊那怎么弄", "哦那要我做什么", "嗯 那行"])))
        t.append(T("agent", pick(CODE_ASK).format(hot=hotline(op)), [CR]))
        if maybe(0.5):
            c, opts = pick(CODE_RESIST)
            t.append(T("customer", c))
            x, l = pick(opts)
            t.append(T("agent", x, l))
        if maybe(0.6):
            t.append(T("customer", digits(code6())))
        else:
            t.append(T("customer", pick(CLOSE_HANGUP))); hung = True
    if not hung:
        closing_scam(t)
    return "gen_op_star_upsell", t

def g_op_fake_cancel():
    op = pick(list(OPS)); elder = maybe(0.6); a = addr(elder)
    t = opening(op, elder=elder, a=a)
    charge = pick(FAKE_CHARGE).format(mem=pick(MEMBERS), a=money(R.choice([15, 20, 25, 29, 30, 39, 49])))
    t.append(T("agent", f"{a}{charge}" if maybe(0.4) else charge, [FC]))
    elder_repeat(t, elder)
    t.append(T("customer", pick(DENY)))
    if maybe(0.7):
        t.append(T("agent", pick(INSIST), [FC]))
        t.append(T("customer", pick(["那你取消吧", "那怎么办", "哦 那你给我退了", "那要怎么弄"])))
    t.append(T("agent", pick(CODE_ASK).format(hot=hotline(op)), [CR]))
    hung = False
    if maybe(0.6):
        c, opts = pick(CODE_RESIST)
        t.append(T("customer", c))
        if maybe(0.35):
            t.append(T("agent", pick(CODE_INSULT), [AB]))
            t.append(T("customer", pick(["你怎么说话的", "你凶什么", "我老了嘛"])))
        x, l = pick(opts)
        t.append(T("agent", x, l))
    r = R.random()
    if r < 0.5:
        c = code6()
        if maybe(0.5):
            t.append(T("customer", digits(c[:3])))
            t.append(T("agent", pick(["对后面呢全念完", "六位都念一下", "还有后面三个"]), [CR]))
        t.append(T("customer", digits(c)))
    elif r < 0.8:
        c, x, l = pick([
            ("我不念我去营业厅问", "营业厅办不了的今天不取消明天就扣了", [PR]),
            ("我打" + hotline(op) + "问问", "您打过去也是我们您就直接告诉我", [CR, PR]),
            ("我不报", "不报那扣钱了您别找我", [PR]),
            ("我不报我不信你", "不信拉倒到时候扣了钱可退不回来", [PR]),
        ])
        t.append(T("customer", c))
        t.append(T("agent", x, l))
        if maybe(0.4):
            t.append(T("agent", pick(INSULT), [AB]))
        hung = True
    else:
        t.append(T("customer", pick(["那我问问我女儿", "我等我儿子回来"])))
        t.append(T("agent", pick(["不用问他们这是您本人的事", "等不了的系统马上就扣了"]), [PR]))
    if not hung:
        closing_scam(t)
    else:
        t.append(T("customer", pick(CLOSE_HANGUP)))
    return "gen_op_fake_cancel", t

ROBO_FC = [
    "这里是中国移动 您的号码开通了高级会员服务每月扣费{a} 如需取消请按一",
    "您有一笔订单金额{a}即将从您的账户扣款 如非本人操作请按1",
    "您的国际漫游套餐将于今日生效每日扣费{a} 取消请按一",
    "您的视频会员将于明日自动续费{a} 退订请按一",
    "您的医保账户将被扣除年费{a} 取消扣费请按二",
]
ROBO_FR = [
    "尊敬的星级客户您好现为您免费赠送{g}全国流量资费不变 领取请按一",
    "恭喜您获得老用户感恩回馈大礼包 领取请按一",
    "您有一笔{a}的社保补贴待领取 领取请按一",
    "您已获得流量升级资格每月多{g}资费不变 同意请按一",
]
ROBO_PR = [
    "您的号码涉嫌违规将于二十四小时内停机 详情请按九",
    "您的医保卡因违规使用已被冻结 如有疑问请按九转人工",
    "您的银行卡将于今日十八点冻结 请立即按一处理",
    "逾期未处理将影响您的个人征信",
]

def g_robocall():
    t = []
    sp = "unknown" if maybe(0.7) else "agent"
    pre = pick(["尊敬的用户您好 ", "您好这里是客服中心 ", "", "您好 ", "温馨提示 "])
    kinds = R.sample(["fc", "fr", "pr"], R.choice([1, 1, 2]))
    for k in kinds:
        if k == "fc":
            t.append(T(sp, pre + pick(ROBO_FC).format(a=money(R.choice([199, 298, 1499, 99, 280, 30]))), [FC]))
        elif k == "fr":
            x = pick(ROBO_FR)
            labs = [FR] + ([CC] if "资费不变" in x else [])
            t.append(T(sp, pre + x.format(g=gig(R.choice([10, 20, 30])), a=money(R.choice([1200, 3600, 800]))), labs))
        else:
            t.append(T(sp, pre + pick(ROBO_PR), [PR]))
        pre = ""
    if maybe(0.3):
        t.append(T(sp, pick(["系统检测到您未按键默认视为同意办理", "未按键将视为您同意开通感谢接听"]), [CB]))
    elif maybe(0.35):
        if maybe(0.5):
            t.append(T(sp, "重复一遍 " + t[-1]["text"].split(" ")[-1], t[-1]["labels"]))
        else:
            t.append(T(sp, "请尽快按键 逾期将无法处理", [PR]))
    if maybe(0.45):
        t.append(T("customer", pick(["喂 喂 什么扣钱", "一 我按了", "啊 谁啊", "我按了一了"])))
        t.append(T("agent", pick(["您好我是人工客服请您报一下收到的六位数验证码",
                                  "您好已经转到人工了您把刚才收到的短信验证码告诉我我帮您取消"]), [CR]))
        if maybe(0.6):
            t.append(T("customer", pick(["我不认识什么码", "你们是哪里的", digits(code6())])))
            t.append(T("agent", pick(["您别急报了就不扣了晚了就扣了", "快一点验证码五分钟过期",
                                      "好的已经处理了"]), []))
            if "晚了" in t[-1]["text"] or "快一点" in t[-1]["text"]:
                t[-1]["labels"] = [PR]
    return "gen_robocall_ivr", t

def g_domain_scam():
    dom = pick(list(DOMAINS)); D = DOMAINS[dom]; elder = maybe(0.6); a = addr(elder)
    t = opening(None, who=pick(D["who"]) + pick(["的", "的工作人员", ""]), elder=elder, idcheck=0.3, a=a)
    hook = pick(["fc", "fr", "pr"])
    if hook == "fc":
        t.append(T("agent", pick(D["fc"]).format(a=dom_money(dom, "fc")), [FC]))
        elder_repeat(t, elder)
        t.append(T("customer", pick(DENY)))
    elif hook == "fr":
        t.append(T("agent", pick(D["fr"]).format(a=dom_money(dom)), [FR]))
        elder_repeat(t, elder)
        t.append(T("customer", pick(["哦还有这事", "真的啊", "那怎么领", "是吗我不知道啊"])))
    else:
        t.append(T("agent", pick(D["pr"]), [PR]))
        elder_repeat(t, elder)
        t.append(T("customer", pick(["不可能啊", "那怎么办", "我没干什么啊", "这么严重啊"])))
    if hook == "fr" and maybe(0.5):
        t.append(T("agent", pick(D["cc"]), [CC]))
        if maybe(0.5):
            t.append(T("customer", pick(["那就好", "真不要钱吗", "嗯"])))
    t.append(T("agent", f"{a}" * maybe(0.3) + pick(D["code"]), [CR]))
    hung = False
    if maybe(0.7):
        c, x = pick(D["resist"])
        t.append(T("customer", c))
        t.append(T("agent", x, [PR]))
        if maybe(0.35):
            t.append(T("customer", pick(["我还是不放心", "我不弄了", "你别催我"])))
            t.append(T("agent", pick(INSULT + CODE_INSULT), [AB]))
            hung = True
        elif maybe(0.5):
            t.append(T("customer", digits(code6())))
    else:
        t.append(T("customer", digits(code6())))
        if maybe(0.4):
            t.append(T("agent", pick(["好的还要您再报一下银行卡号", "好的再确认一下您身份证后六位"]), [CR]))
    if hung:
        t.append(T("customer", pick(["我挂了", "我不跟你说了", "我让我儿子问问再说", "我自己去问"])))
    else:
        closing_scam(t, dom=True)
    return f"gen_{dom}_scam", t

def g_consent_bypass():
    op = pick(list(OPS)); elder = maybe(0.6); a = addr(elder)
    t = opening(op, elder=elder, a=a)
    offer = pick([
        f"给您推荐一个流量包每月{gig(R.choice([5, 10, 20]))}",
        "给您换一个新的融合套餐比现在划算",
        "给您加一个副卡家里人可以一起用",
        "您的宽带可以升级成千兆的",
        "给您开通一个来电提醒业务",
        "您这个老套餐我们给您换成新版的",
    ])
    t.append(T("agent", f"{a}{offer}"))
    if maybe(0.5):
        t.append(T("agent", pick(CONCEAL), [CC]))
    for _ in range(R.choice([1, 2])):
        t.append(T("customer", pick(HMM)))
        if maybe(0.4):
            t.append(T("agent", pick(["您看怎么样", "对您是很划算的", "就是多点流量嘛"])))
    t.append(T("agent", pick(BYPASS), [CB]))
    t.append(T("customer", pick(AFTER_BYPASS_C)))
    x, l = pick(AFTER_BYPASS_A)
    t.append(T("agent", x, l))
    if maybe(0.4):
        t.append(T("customer", pick(["我要投诉你", "你给我退掉", "我根本没答应"])))
        t.append(T("agent", pick(INSULT), [AB]))
    return "gen_consent_bypass", t

def g_abuse_refusal():
    op = pick(list(OPS) + [None, None]); elder = maybe(0.5); a = addr(elder)
    who = pick(["社保中心", "快递理赔中心", "银行信用卡中心", "健康中心"])
    t = opening(op, who=who, elder=elder, idcheck=0.3, a=a)
    x, l = pick([
        ("您是我们的老用户给您推荐一个回馈套餐每个月多送流量", [FR]),
        ("您的号码被选中了有一个福利没领", [FR]),
        ("想跟您介绍一下我们新出的一个业务", []),
        ("恭喜您抽中了一个礼品可以领取", [FR]),
        ("给您推荐一个新的套餐看您有没有兴趣", []),
    ])
    t.append(T("agent", x, l))
    t.append(T("customer", pick(REFUSE)))
    if maybe(0.6):
        t.append(T("agent", pick(PUSH), [PR]))
        t.append(T("customer", pick(REFUSE)))
    t.append(T("agent", pick(INSULT), [AB]))
    if maybe(0.6):
        t.append(T("customer", pick(["你怎么骂人啊", "你这什么态度", "我要投诉你"])))
        t.append(T("agent", pick(["投诉去吧随便你", "挂了挂了", "我说错了吗"]), [AB] if maybe(0.6) else []))
    return "gen_abuse_after_refusal", t

# ---------------- honest builders
def g_h_courier_code():
    elder = maybe(0.6); a = addr(elder)
    co = pick(["顺丰", "中通", "京东快递", "韵达", "圆通", "邮政", "菜鸟驿站", "极兔"])
    t = [T("agent", pick([f"喂您好我是{co}的快递员", f"喂{a}我是{co}送快递的", f"您好{co}快递"]))]
    t.append(T("customer", pick(CUST_HELLO)))
    where = pick(["快递柜", "驿站", "丰巢柜", "门卫那边的柜子"])
    t.append(T("agent", pick([f"您的件我放{where}了您要是不方便下来我帮您拿上去",
                              f"您有个件在{where}放两天了我顺路给您带过去吧",
                              f"{a}您的包裹挺重的我帮您从{where}取出来送上门"])))
    if elder and maybe(0.6):
        t.append(T("customer", pick(["我不知道哪个是", "我腿脚不好下不去", "是我孙子买的吧"])))
    t.append(T("agent", pick(["您把取件码告诉我一下我好出库", "麻烦您报一下取件码",
                              "您短信里面有个取件码您念给我我就能拿出来"])))
    if elder and maybe(0.5):
        t.append(T("customer", pick(["取件码在哪看啊", "是不是验证码啊"])))
        t.append(T("agent", pick(["就是写着取件码那条短信后面那个数字不是别的验证码",
                                  "不是验证码是取件码短信里写着快递柜或者驿站那条"])))
    pc = pick([code6(6), code6(4), f"{R.randrange(1, 20)}-{R.randrange(1, 6)}-{code6(4)}"])
    t.append(T("customer", digits(pc.replace("-", "")) if "-" not in pc or maybe(0.5) else pc.replace("-", "杠")))
    t.append(T("agent", pick(["好的收到了半小时内给您送上去", "好的我记下了一会到", "好的拿到了给您敲门"])))
    if maybe(0.5):
        t.append(T("customer", pick(["谢谢你啊", "辛苦了", "好好好"])))
    return "gen_courier_pickup_code", t, True

def g_h_bank_warning():
    bk = pick(["工商银行", "建设银行", "农业银行", "中国银行", "交通银行", "招商银行"])
    elder = maybe(0.5)
    t = [T("agent", f"您好这里是{bk}客服中心")]
    if maybe(0.5):
        q, a_ = id_check(); t += [T("agent", q), T("customer", a_)]
    x, cs = pick([
        ("来电提醒您最近冒充银行客服的诈骗电话比较多", ["哦是吗", "嗯你说", "是吗我前两天还接到一个"]),
        ("您的银行卡刚刚有一笔大额转账我们跟您核实一下是不是本人操作", ["是我本人转的给我女儿交学费", "是我转的给我儿子买房"]),
        ("温馨提示您的银行卡即将到期新卡已经寄到网点了请本人带身份证去领", ["那我要在电话里做什么吗", "好的哪个网点"]),
        ("您的信用卡本期账单已出请在还款日前还款", ["好的我知道了", "那我要做什么"]),
    ])
    t.append(T("agent", x))
    t.append(T("customer", pick(cs)))
    t.append(T("agent", pick([
        "我们的工作人员不会以任何理由在电话里索要您的验证码和密码请您不要告诉任何人",
        "请注意银行不会让您报验证码也不会让您转账到安全账户",
        "这次电话不需要您提供任何信息也请勿向任何人透露验证码",
    ])))
    if elder and maybe(0.6):
        t.append(T("customer", pick(["那要是有人说我的卡冻结了呢", "那有人说给我退钱怎么办"])))
        t.append(T("agent", pick(["您直接挂断然后自己拨打卡背面的客服电话或者去网点核实",
                                  "那都是骗子您挂了就行有疑问到网点来"])))
    t.append(T("customer", pick(["好的知道了", "好好谢谢", "行我记住了"])))
    return "gen_bank_never_asks_code", t, True

def g_h_op_clear_price():
    op = pick(list(OPS)); elder = maybe(0.4); a = addr(elder)
    t = opening(op, elder=elder, idcheck=0.6, a=a)
    price = R.choice([5, 10, 15, 20, 30])
    item = pick([f"{gig(R.choice([5, 10, 20]))}的流量包", "来电提醒业务", "视频会员", "宽带提速到三百兆", "亲情号码业务"])
    t.append(T("agent", pick([
        f"给您推荐{item}每月在您现在套餐基础上增加{money(price)}您需要吗",
        f"有一个{item}每个月要多收{money(price)}可以随时退订您看需要吗",
        f"{a}这个{item}不是免费的每月{money(price)}您考虑一下",
    ])))
    if maybe(0.4):
        t.append(T("customer", pick(["是每个月都加吗", "那是免费的吗", "会不会自动续"])))
        t.append(T("agent", pick([f"不是免费的每个月都会加{money(price)}", "每个月都收的不想要随时可以退订",
                                  "会按月续订您随时可以在APP上退订"])))
    if maybe(0.5):
        t.append(T("customer", pick(["好的我同意办理", "行 我要 我同意", "可以给我办吧我同意"])))
        t.append(T("agent", pick(["好的已记录您的同意次月生效稍后短信确认",
                                  "好的您已明确同意办理稍后会发短信您可以随时退订"])))
        sc = "gen_op_price_explicit_yes"
    else:
        t.append(T("customer", pick(["那我不要了", "不需要谢谢", "我考虑一下", "嗯"])))
        if "嗯" == t[-1]["text"]:
            t.append(T("agent", "嗯不算同意的您要办理的话需要明确说同意办理不办也没关系"))
            t.append(T("customer", pick(["那不办了", "不办"])))
        if maybe(0.4):
            t.append(T("agent", pick(["好的请问是价格方面的原因吗", "好的那请问您对现在的套餐满意吗"])))
            t.append(T("customer", pick(["就是用不着", "还行吧", "太贵了"])))
        t.append(T("agent", pick(["好的那不打扰您了", "好的没有给您办理祝您生活愉快", "明白了谢谢您的接听"])))
        sc = "gen_op_price_declined"
    return sc, t, True

def g_h_customer_cancel():
    op = pick(list(OPS)); elder = maybe(0.5); mem = pick(MEMBERS); p = R.choice([10, 15, 20, 25])
    t = [T("customer", pick([f"喂{hotline(op)}吗我想取消我这个号上面的{mem}",
                             f"你好我要退订一个{mem}我不用了", f"我这个号每个月扣{money(p)}是什么我想退掉"]))]
    t.append(T("agent", pick(["好的我帮您查询一下", "好的请稍等我查一下"])))
    t.append(T("agent", f"您的号码确实有一个{mem}每月{money(p)}是{pick(['去年', '今年三月', '上个月', '前年'])}开通的"))
    if elder and maybe(0.5):
        t.append(T("customer", pick(["我都不知道怎么开的", "是不是我孙子弄的"])))
        t.append(T("agent", pick(["如果不是您本人同意开通的我们可以登记核查", "开通记录我们可以帮您调出来"])))
    t.append(T("customer", pick(["帮我取消了吧", "退掉", "不要了给我退"])))
    t.append(T("agent", pick(["好的确认帮您取消吗取消后下月不再扣费", "好的帮您退订您确认一下"])))
    t.append(T("customer", pick(["确认", "确认取消", "对"])))
    t.append(T("agent", pick(["已经为您取消稍后短信通知", "好的已经退订了这个过程不需要您提供任何验证码",
                              "已取消如有疑问随时联系我们"])))
    return "gen_customer_requested_cancel", t, True

def g_h_real_notice_ivr():
    x = pick([
        "您好这里是中国移动您的话费余额已不足{a}为避免影响使用请及时充值 本通知无需回复",
        "您好您的话费已欠费{a}请于三日内充值 充值后服务自动恢复",
        "您好您的验证码是{c} 五分钟内有效 请勿向任何人透露",
        "您好您的包裹已到达小区驿站 取件码是{p} 请凭取件码取件",
        "尊敬的客户您本月账单{a}其中套餐费{a}无其他费用 本通知不需要按键",
        "温馨提示任何自称客服让您念验证码或者按键取消会员的电话都是诈骗 请直接挂断",
        "您好您在APP领取的会员体验将于月底到期 到期后自动停止不会扣费 无需任何操作",
        "您好因线路维护本小区宽带将于明天凌晨中断四小时 本次维护不收费无需操作",
    ])
    x = x.format(a=money(R.choice([10, 5, 12, 58, 38, 98])), c=digits(code6(), pick([1, 3])), p=digits(code6(4), 1))
    t = [T("unknown", x)]
    if maybe(0.4):
        y = pick(["重复一遍", "感谢您的接听再见"])
        t.append(T("unknown", y + (" " + x if y.endswith("遍") else "")))
    return "gen_real_ivr_notice", t, True

def g_h_volunteer():
    a = pick(["张阿姨", "李大爷", "王奶奶", "刘叔叔", "陈阿姨", "赵爷爷"])
    t = [T("agent", pick([f"喂{a}我是社区的志愿者小{pick('周陈吴林')}啊", f"{a}您好我是居委会的志愿者"]))]
    t.append(T("customer", pick(["哦你好你好", "哎小周啊", "啊 有什么事"])))
    warn = pick([
        "最近有人冒充移动客服说您是星级用户送流量资费不变其实每月要多扣钱",
        "有人打电话说您的视频会员要扣费让您念验证码帮您取消那都是骗人的",
        "有那种录音电话说按一取消会员您千万别按",
        "有人冒充医保局说您医保卡冻结了要您报验证码那是骗子",
        "有人冒充社保局说养老金认证要在电话里报验证码这个是假的",
        "有人冒充快递说丢件了要赔您钱让您开什么备用金这个是诈骗",
    ])
    t.append(T("agent", f"提醒您一下{warn}"))
    if maybe(0.6):
        t.append(T("customer", pick(["前两天好像接到一个", "我没接到过", "哎呀还有这种事"])))
        t.append(T("agent", pick(["您当时念码了吗", "接到了就直接挂", "以后遇到拿不准的就给我打电话"])))
        if "念码" in t[-1]["text"]:
            t.append(T("customer", pick(["没念我挂了", "念了几个数"])))
            t.append(T("agent", pick(["挂了就好没事", "那我下午过来帮您查一下号码上有没有多出来的业务"])))
    t.append(T("agent", pick(["记住验证码谁要都不给真正的客服不会要的", "快递员问取件码是可以说的验证码不行",
                              "有扣费的事我陪您去营业厅查"])))
    t.append(T("customer", pick(["好好我记住了", "知道了谢谢你啊", "嗯嗯"])))
    return "gen_volunteer_warning", t, True

def g_h_gov_notice():
    dom = pick(["yibao", "shebao"])
    if dom == "yibao":
        who = pick(["社区医保专干", "市医保服务中心", "居委会"])
        msg = pick(["提醒您今年城乡居民医保开始缴费了每人{a}可以自己在支付宝医保缴费里交",
                    "您申请的新医保卡制好了请带身份证本人到服务中心领取",
                    "您的医保卡本月有几笔药店消费想跟您核实一下是不是本人"])
    else:
        who = pick(["街道社保所", "社保卡服务中心", "社区服务站"])
        msg = pick(["提醒您养老金资格认证要在月底前做您可以在APP上自己刷脸或者来社区我们帮您",
                    "您的社保卡需要换成新版的首次换领免费请本人带身份证到银行网点",
                    "您的养老金从下个月起上调了{a}不需要您办理任何手续"])
    t = [T("agent", f"喂您好我是{who}的"), T("customer", pick(CUST_HELLO))]
    t.append(T("agent", msg.format(a=money(R.choice([380, 400, 60, 85])))))
    t.append(T("customer", pick(["电话里能办吗", "要不要我告诉你什么", "那我要做什么", "好的"])))
    t.append(T("agent", pick(["电话里不办理也不需要您提供验证码或者密码有人要的话都是骗子",
                              "不需要在电话里告诉我任何东西您带身份证来就行",
                              "您自己在官方APP上操作验证码自己输入不要告诉任何人"])))
    if maybe(0.5):
        t.append(T("customer", pick(["几点上班", "在哪儿办"])))
        t.append(T("agent", pick(["周一到周五八点半到五点", "就在社区服务中心一楼窗口"])))
    t.append(T("customer", pick(["好的谢谢", "知道了", "好 我记住了"])))
    return f"gen_real_{dom}_notice", t, True

def g_h_operator_callback():
    op = pick(list(OPS))
    t = [T("customer", pick(["喂" + hotline(op) + "吗刚才有人打电话说我是星级用户要给我加流量",
                             "我刚接到一个电话说我有个会员要扣费让我念验证码",
                             "有个电话让我按一取消会员我按了"]))]
    t.append(T("agent", pick(["您好请问您把验证码告诉对方了吗", "您好您先别着急您念了什么码吗"])))
    t.append(T("customer", pick(["没有我觉得不对劲就挂了", "我念了几个数字他就挂了", "没念"])))
    t.append(T("agent", pick(["我帮您查了您的号码上没有新开通任何业务也没有扣费",
                              "我查到刚才有一个流量包的订购请求已经帮您拦截并且撤销了"])))
    t.append(T("agent", pick(["我们正式的客服不会让您念验证码以后遇到直接挂断",
                              "请记住验证码不要告诉任何人包括自称客服的人"])))
    t.append(T("customer", pick(["好的谢谢你", "吓死我了谢谢"])))
    return "gen_real_operator_scam_callback", t, True

def g_h_free_reward_plain():
    op = pick(list(OPS))
    t = opening(op, elder=False, idcheck=0.4, a=pick(["先生", "女士"]))
    t.append(T("agent", pick([
        f"通知您一下您作为在网老用户本月赠送{gig(R.choice([2, 5, 10]))}流量已经直接到账了",
        "您的星级更新为五星了可以在营业厅优先办理这个是免费的",
        f"您参加的积分活动兑换的{money(R.choice([10, 20, 30]))}话费已经到账了",
    ])))
    t.append(T("customer", pick(["要我做什么吗", "要钱吗", "那要办什么手续"])))
    t.append(T("agent", pick(["不需要办理任何东西不会改变套餐也不收任何费用下个月也不会自动续订",
                              "不需要任何操作也不会产生费用就是通知您一下"])))
    t.append(T("customer", pick(["哦那好", "好的谢谢", "行"])))
    return "gen_real_free_reward", t, True

# plain honest (not hard negatives)
def g_plain():
    op = pick(list(OPS))
    kind = pick(["bill", "signal", "delivery", "plan", "repair", "balance", "ecom_exchange", "roam"])
    if kind == "bill":
        p = R.choice([68, 85, 93, 112]); r = R.choice([18, 26, 30])
        t = [T("customer", f"我想问一下我这个月话费怎么{money(p)}了平时没这么多"),
             T("agent", "好的我帮您查一下"),
             T("agent", f"您这个月有一笔{pick(['国内漫游', '超出套餐的通话', '超出的流量'])}费用{money(r)}"),
             T("customer", pick(["哦我去外地了", "原来是这样", "那我下个月注意点"]))]
        if maybe(0.5):
            t += [T("agent", "您要是经常超的话可以看一下大一点的套餐不过不换也没关系"), T("customer", "不用了")]
    elif kind == "signal":
        t = [T("agent", f"您好我是{pick(OPS[op]['name'])}网络投诉回访的您上周说家里信号不好"),
             T("customer", pick(["对还是不太好", "现在好一些了"])),
             T("agent", "我们给您登记工程师上门测一下您看哪天方便"),
             T("customer", pick(["明天下午", "周末吧", "后天上午有人"])),
             T("agent", "好的已经给您约好了")]
    elif kind == "delivery":
        t = [T("agent", f"喂你好你的快递大概{pick(['下午三点', '四点左右', '中午'])}送到家里有人吗"),
             T("customer", pick(["没人给我放门口", "有人在家", "放楼下超市吧"])),
             T("agent", pick(["好的放好了给你拍个照", "行那我给你送上去", "好的"]))]
    elif kind == "plan":
        t = [T("customer", "我想换一个便宜点的套餐现在的用不完"),
             T("agent", f"好的您每月大概用{gig(R.choice([2, 3, 5]))}流量我们有一个{money(R.choice([28, 38, 48]))}的套餐比较合适"),
             T("customer", "那就换那个"),
             T("agent", "好的新套餐下月一号生效您确认更改吗"),
             T("customer", "确认"),
             T("agent", "已经为您办理了")]
    elif kind == "repair":
        t = [T("agent", "喂您好我是装维师傅您报修的宽带我现在过来您家几楼"),
             T("customer", f"{num(R.choice([3, 5, 6, 12]))}楼"),
             T("agent", "好的二十分钟到"),
             T("customer", "好的")]
    elif kind == "balance":
        t = [T("customer", pick(["姑娘我手机还有多少话费", "帮我看看我还有多少流量"])),
             T("agent", f"阿姨您还有{money(R.choice([23, 45, 60]))}话费流量还剩{gig(R.choice([1, 2, 3]))}左右"),
             T("customer", "那够用了吧"),
             T("agent", "够用到月底的")]
    elif kind == "ecom_exchange":
        t = [T("agent", "您好我是店铺客服看到您申请换货说衣服小了"),
             T("customer", "对想换大一号"),
             T("agent", "好的您直接寄回来运费我们出收到后一天内给您寄新的"),
             T("customer", "好的")]
    else:
        t = [T("customer", "我下个月去日本手机要开什么吗"),
             T("agent", f"您的号码可以用国际漫游按天收费每天{money(R.choice([25, 30]))}不用的话把数据漫游关了就不扣"),
             T("customer", "哦那我到时候关掉"),
             T("agent", "也可以在APP上自己买一个流量包")]
    if maybe(0.5):
        t.append(T("customer", pick(["好的谢谢", "行 谢谢啊", "好"])))
    if maybe(0.3):
        t.append(T("agent", pick(["不客气还有别的需要吗", "祝您生活愉快再见"])))
    return f"gen_plain_{kind}", t, False

DECEPTIVE = [(g_op_star_upsell, 5), (g_op_fake_cancel, 5), (g_robocall, 2), (g_domain_scam, 5),
             (g_consent_bypass, 3), (g_abuse_refusal, 3)]
HONEST_HN = [(g_h_courier_code, 4), (g_h_bank_warning, 3), (g_h_op_clear_price, 5), (g_h_customer_cancel, 3),
             (g_h_real_notice_ivr, 2), (g_h_volunteer, 3), (g_h_gov_notice, 3), (g_h_operator_callback, 2),
             (g_h_free_reward_plain, 2)]

def wpick(lst):
    tot = sum(w for _, w in lst)
    x = R.uniform(0, tot)
    for f, w in lst:
        x -= w
        if x <= 0:
            return f
    return lst[-1][0]

PUNCT = re.compile(r"[，。？！、,.?!;；：:“”\"']")
FILL = ["嗯", "那个", "就是", "呃", "啊"]

def surface(t, first=False):
    txt = PUNCT.sub(" ", t["text"]).strip()
    txt = re.sub(r"\s+", " ", txt)
    if not first and t["speaker"] != "unknown" and maybe(0.12) and not re.fullmatch(r"[0-9 零一二三四五六七八九杠]+", txt):
        txt = pick(FILL) + " " + txt
    t["text"] = txt
    return t

def one_call(kind):
    if kind == "d":
        while True:
            sc, turns = wpick(DECEPTIVE)()
            if any(t["labels"] for t in turns) and len(turns) <= 25:
                return sc, turns, False
    if kind == "hn":
        return wpick(HONEST_HN)()
    return g_plain()

def build():
    out = []
    n_hon = int(N_GEN * 0.45)
    plan = ["d"] * (N_GEN - n_hon) + ["hn"] * 72 + ["h"] * (n_hon - 72)
    R.shuffle(plan)
    seen = set()
    for kind in plan:
        while True:
            sc, turns, hn = one_call(kind)
            turns = [surface(t, i == 0) for i, t in enumerate(turns)]
            key = "|".join(t["text"] for t in turns)
            if key not in seen:  # no exact duplicate calls
                seen.add(key)
                break
        labs = sorted({l for t in turns for l in t["labels"]})
        assert bool(labs) == (kind == "d")
        out.append({"lang": "zh", "deceptive": bool(labs), "labels": labs, "turns": turns,
                    "source": "writer:z04", "scenario": sc, "hard_negative": hn, "written": "generator"})
    return out

def main():
    hand = [json.loads(l) for l in open(os.path.join(HERE, "hand.jsonl"), encoding="utf-8") if l.strip()]
    gen = build()
    allc = hand + gen
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(allc, 1):
            c = dict(c); c["id"] = f"z04-{i:04d}"
            o = {k: c[k] for k in ["id", "lang", "deceptive", "labels", "turns", "source", "scenario",
                                   "hard_negative", "written"]}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", len(allc), "calls (", len(hand), "hand )")

if __name__ == "__main__":
    main()
