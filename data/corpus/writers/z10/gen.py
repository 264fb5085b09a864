#!/usr/bin/env python3
"""z10 corpus generator: reads hand-written calls (hand*.txt), generates the rest from phrase banks
(seed 1010), writes calls.jsonl.  Run: python3 gen.py"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 1010
N_TOTAL = 330          # calls in the file
HONEST_TOTAL = 168     # honest calls in the whole file (~51%)
MONO_TOTAL = 116       # mono (all-unknown) calls in the whole file (~35%)
CODES = {"cc": "cost_concealment", "fc": "fake_cancellation", "fr": "fake_reward", "cr": "code_request",
         "cb": "consent_bypass", "pr": "pressure", "ab": "abuse"}
SPK = {"A": "agent", "C": "customer", "U": "unknown"}


# ---------------------------------------------------------------- hand files
def read_hand():
    calls, cur = [], None
    for fn in sorted(glob.glob(os.path.join(HERE, "hand*.txt"))):
        for raw in open(fn, encoding="utf-8"):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("==="):
                parts = line[3:].split()
                cur = [parts[0], "hn" in parts[1:], []]
                calls.append(cur)
                continue
            spk, rest = line.split("|", 1)
            labs = []
            if "||" in rest:
                rest, lab = rest.split("||", 1)
                labs = [CODES[x] for x in lab.split()]
            cur[2].append((SPK[spk.strip()], rest.strip(), labs))
    return calls


# ---------------------------------------------------------------- numbers / surface
CN = "零一二三四五六七八九"


def cn_num(n):
    if n == 0:
        return "零"
    out, units = "", [(1000, "千"), (100, "百"), (10, "十")]
    zero = False
    for u, s in units:
        d = n // u
        n %= u
        if d:
            if zero:
                out += "零"
                zero = False
            out += ("" if (u == 10 and d == 1 and not out) else CN[d]) + s
        elif out:
            zero = True
    if n:
        if zero:
            out += "零"
        out += CN[n]
    return out


def digits_cn(s, yao=False):
    return "".join(("幺" if (c == "1" and yao) else CN[int(c)]) if c.isdigit() else c for c in s)


def fmt_num(rng, n):
    r = rng.random()
    if r < 0.4:
        return str(n)
    if r < 0.8:
        return cn_num(n)
    return digits_cn(str(n))


def fmt_flow(rng, n):
    r = rng.random()
    if r < 0.35:
        return f"{n}G"
    if r < 0.75:
        return f"{cn_num(n)}个G"
    return f"{digits_cn(str(n))}G"


def fmt_money(rng, n):
    return fmt_num(rng, n) + rng.choice(["元", "块", "块钱", "元"])


def fmt_hot(rng, h):
    return rng.choice([h, h, digits_cn(h), digits_cn(h, yao=True)])


HOMO = [("星级", ["新级", "心急"]), ("不变", ["不便"]), ("赠送", ["增送"]), ("验证码", ["验证吗"]),
        ("流量", ["留量"]), ("取消", ["取销"]), ("会员", ["回员"])]
FILLERS = ["嗯", "啊", "那个", "就是", "呃", "那个那个", "就是说"]


def asr(rng, text, level):
    """speech-recognizer surface: level 1 light (spaces, some fillers), 2 heavy (homophones, repeats, char spacing)"""
    t = re.sub(r"[，。？！、,.?!]", " ", text)
    for a, bs in HOMO:
        if a in t and rng.random() < (0.35 if level == 1 else 0.7):
            t = t.replace(a, rng.choice(bs))
    toks = t.split()
    out = []
    for tok in toks:
        if rng.random() < (0.08 if level == 1 else 0.18):
            out.append(rng.choice(FILLERS))
        out.append(tok)
        if level == 2 and rng.random() < 0.12:
            out.append(tok[:2])
    if level == 2 and rng.random() < 0.25:
        s = " ".join(out)
        return " ".join(list(s.replace(" ", "")))[:400] if len(s) < 40 else s
    if rng.random() < 0.3:
        return "".join(out)
    return " ".join(out)


def clean(text):
    t = text.strip()
    if re.search(r"[。？！?!]$", t):
        return t
    t = re.sub(r"\s+", "，", t)
    end = "？" if re.search(r"(吗|呢|吧\?|啥|什么|多少|哪位|咋办|怎么弄)$", t) else "。"
    return t + end


# ---------------------------------------------------------------- shared slots
OPS = [("移动", "10086"), ("联通", "10010"), ("电信", "10000")]
BANKS = ["工商银行", "建设银行", "农业银行", "招商银行", "中国银行", "邮储银行", "交通银行", "浦发银行"]
SHOPS = ["淘宝", "拼多多", "京东", "抖音商城", "唯品会"]
EXPS = ["中通", "圆通", "韵达", "申通", "顺丰", "极兔"]
APPS = ["爱奇艺", "腾讯视频", "优酷", "芒果TV", "百度网盘", "QQ音乐", "网易云音乐"]
MEMBERS = ["视频", "爱奇艺", "腾讯视频", "咪咕视频", "音乐", "阅读", "云盘"]
PRIZES = ["电视机", "按摩椅", "空气炸锅", "智能手机", "电动车", "金项链"]
SURN = ["王", "李", "张", "刘", "陈", "杨", "赵", "周"]
STARS = ["五星级", "星级", "钻石", "金卡", "尊享", "VIP"]
SVCS = ["视频彩铃", "百万保障", "金融会员", "安心包", "来电提醒", "权益包"]


def slots(rng, dom):
    op, hot = rng.choice(OPS)
    d = dict(op=op, hot=fmt_hot(rng, hot), bank=rng.choice(BANKS), shop=rng.choice(SHOPS), exp=rng.choice(EXPS),
             app=rng.choice(APPS), member=rng.choice(MEMBERS), prize=rng.choice(PRIZES), sur=rng.choice(SURN),
             star=rng.choice(STARS), svc=rng.choice(SVCS), wid=digits_cn(str(rng.randint(1000, 9999))),
             flow=fmt_flow(rng, rng.choice([10, 15, 20, 30, 40, 50])),
             amt=fmt_money(rng, rng.choice([15, 19, 25, 29, 30, 39, 58, 68, 99, 128, 199, 300, 600, 800])),
             small=fmt_money(rng, rng.choice([9, 19, 29, 39, 88, 99, 120])),
             big=fmt_num(rng, rng.choice([3, 5, 8, 10])) + "万",
             price=fmt_money(rng, rng.choice([38, 58, 78, 99, 128, 158, 199])),
             add=fmt_money(rng, rng.choice([5, 10, 15, 20, 30])),
             date=rng.choice(["本月二十号", "下个月一号", "三月十五日", "六月三十日", "月底", "十二月三十一日", "下周五"]),
             code=" ".join(rng.choice("0123456789") for _ in range(6)),
             city=rng.choice(["市", "区", "县", "省"]))
    d["code"] = d["code"] if rng.random() < 0.5 else digits_cn(d["code"].replace(" ", ""), yao=rng.random() < 0.5)
    return d


# ---------------------------------------------------------------- deceptive banks
INTRO = {
    "operator": ["喂 您好 我这边是{op}客服中心的", "您好 这里是{op}{hot}客服 工号{wid}", "阿姨您好 我是{op}营业厅的小{sur}",
                 "喂 大爷 我{op}公司的", "您好 打扰一下 我是{op}的客户经理"],
    "bank": ["您好 我是{bank}信用卡中心的", "喂 您好 {bank}客服 工号{wid}", "您好 这边是{bank}的客户经理 姓{sur}",
             "阿姨您好 我是{bank}网点的"],
    "refund": ["您好 我是{shop}的售后客服", "喂 您好 {shop}客服 您前几天买了个东西对吧", "您好 我是{shop}商家这边的 关于您的订单"],
    "express": ["您好 我是{exp}快递理赔中心的", "喂 您好 {exp}快递客服 您有个快递出问题了", "您好 我是{exp}的理赔专员"],
    "insurance": ["您好 这里是{city}医保中心", "喂 您好 我是社保局的工作人员", "大爷您好 我是社区卫生服务中心的",
                  "您好 这里是{city}人社局"],
    "renew": ["您好 我是{app}的客服", "喂 您好 {app}会员中心", "您好 我是{app}平台的工作人员"],
    "prize": ["恭喜您 我这边是{shop}周年庆活动组", "您好 我是电视台节目组的", "喂 您好 积分商城客服"],
}
P = {
    "fr": {"operator": ["系统显示您是我们的{star}用户 给您增送{flow}通用流量", "为了回馈老用户 您被选中领取{flow}免费流量",
                        "恭喜您 您的号码被评为年度{star}号码 可以领一份专属福利",
                        "您这个号在网时间长 系统给您升级成{star}会员 送您一个权益包", "您是星级用户 今天专门给您一个感恩回馈名额"],
           "bank": ["您被评为我行优质客户 可以免费提额到{big}", "恭喜您 您获得了一张免年费白金卡的专属名额",
                    "您的信用卡积分抽中了一台{prize}", "您有一笔{big}的预批额度 专门给老客户的"],
           "refund": ["您买的商品质检不合格 我们给您双倍赔付", "您的订单被抽中了 全额返现", "厂家召回 给您退款再补偿{amt}"],
           "express": ["您的快递丢了 我们按三倍给您理赔", "快递破损了 公司额外补偿您{amt}红包", "您的快递被评为理赔优先件 赔您{amt}"],
           "insurance": ["您符合高龄补贴条件 每个月多发{amt}", "国家给老人发医保补贴 您有{amt}可以领", "您被选为医保惠民试点户 免费体检加补贴"],
           "renew": ["您是老会员了 给您免费升级成超级会员", "恭喜您获得一年免费会员资格", "您被抽中成为{app}的幸运用户"],
           "prize": ["恭喜您 抽中了一等奖 一台{prize}", "您的积分可以免费兑换一台{prize}", "您的号码被抽中了幸运观众 奖品是{prize}"]},
    "cc": {"operator": ["资费不变的 套餐还是原来那个价", "不要钱的 就是每个月稍微调整一下 您基本感觉不到", "这个是送的 账单上看不出来",
                        "您放心 话费一分不多", "钱的事您就别操心了 都是活动的", "月租不变 只是多送您东西"],
           "bank": ["不收任何费用 就是有一点点服务费 不值一提", "年费这个您不用管 系统会处理的", "免费的 就是分期的时候收点手续费 很少"],
           "refund": ["只要付个{small}保证金 退款时一起退给您 等于不花钱", "不花您的钱 就是先开通一下备用金 不算借款"],
           "express": ["理赔通道开通费{small} 到账时一起退给您 等于不花钱", "不收您钱 只是走个手续费{small} 马上返还"],
           "insurance": ["一分钱不用您出 就扣个{small}工本费", "补贴是白给的 就是从社保卡里扣点服务费 您感觉不到"],
           "renew": ["费用还是原来的 差价是服务费 不算钱", "免费升级 每个月的钱跟以前一样", "不会多扣您钱的 放心"],
           "prize": ["奖品是免费的 您只要付个{small}手续费", "不用花钱 只付邮费{small}", "免费送 就是公证费您出一下"]},
    "fc": {"operator": ["系统显示您有一个赠送的{member}会员 下个月开始每月扣{amt} 我帮您取消吧",
                        "您号码上有个{svc}业务 赠送期到了 要开始收费了 我帮您退掉", "您有一张副卡长期没用 每个月还在扣{amt} 我帮您取消"],
           "bank": ["您的信用卡有一笔{amt}年费明天扣 是默认开通的白金服务 我帮您取消", "您名下有个{svc} 每月扣{amt} 我这边给您关掉"],
           "refund": ["您之前开了一个{shop}的{svc} 不取消会影响征信", "您账户开通了会员自动续费 每月{amt} 我帮您关掉"],
           "express": ["您寄件时开通了运费险会员 每月扣{amt} 我帮您取消"],
           "insurance": ["您有一份赠送的意外险到期了 下月起每月扣{amt} 我给您退掉", "您的医保卡绑定了一个{svc} 每月扣{amt} 需要注销"],
           "renew": ["您开通的{app}{svc}明天自动续费{amt} 我这边帮您取消", "您的{app}会员赠送期结束 下月扣{amt} 我帮您退订"],
           "prize": ["您领奖时开通了积分保障服务 每月扣{amt} 我给您取消掉"]},
    "cr": ["一会您会收到一条短信 里面有个六位数 您念给我", "您把刚才收到的验证码报一下", "手机上收到的那个码 告诉我一下 我这边帮您操作",
           "验证码念一下就行 别的不用管", "您收到的那个四位数的数字 读给我听听", "{hot}会给您发个验证码 您把数字念给我",
           "短信里那几个数 您说一下", "把验证码发到我这个号上就行"],
    "cb": ["好 那我就给您办上了", "您不说话我就当您同意了", "不用确认了 我直接帮您开了", "好的 您说嗯了 那就是同意了 已经提交",
           "我帮您签了 您不用管了", "已经给您开通了 下个月生效", "办好了", "行 就这么定了 我这边操作了", "我替您点了确认",
           "那我先给您开上 不用您回复", "好嘞 给您登记了", "没事 我帮您弄好了", "已经给您换好了 不用谢"],
    "pr": ["只有今天 过了就没了", "您现在就得决定 我这边等不了", "不办的话您这个号要停机的", "名额就剩最后一个 您不要别人就抢了",
           "今天不办以后就没这个价了", "不处理会影响您的征信", "您别挂 您听我说完", "我再跟您说一遍 真的很划算 您就办了吧",
           "过了今晚十二点系统就自动扣钱 您自己看着办", "快点 系统要超时了", "现在不弄 后果自负", "就今天 赶紧的"],
    "ab": ["你是不是傻", "别浪费我时间", "你这人听不懂人话是吧", "老糊涂了吧你", "跟你说话真费劲", "蠢死了",
           "你脑子有问题吧", "烦不烦啊你", "磨磨唧唧的", "你耳朵聋啊", "真是没见过你这么笨的", "啰嗦什么 闭嘴听我说"],
}
PRAB = ["快点 别磨叽 你是不是傻", "不办就停机 你听不懂吗", "今天必须办 别跟我废话", "赶紧念 笨死了"]
CBPR = ["已经给您办了 今天就生效 退不了", "我已经提交了 没时间给您考虑了"]
PRE = {
    "cc": ["要钱吗", "多少钱", "是免费的吗", "真不要钱啊", "那每个月多收多少"],
    "cr": ["那怎么弄", "取消吧", "那你弄吧", "要我干啥", "怎么领"],
    "cb": ["嗯", "啊?", "……", "你说啥", "嗯 嗯", "我 我问问我儿子", "我再考虑一下", "哦", "等我老伴回来", "嗯?"],
    "pr": ["不要", "不用了 谢谢", "我不需要", "我说了不要", "我再想想", "我要问问家里人", "不办", "我不弄了"],
    "ab": ["不要", "啊? 你说啥", "我听不懂", "我不会弄", "你慢点说", "我找找 眼镜呢", "你到底是谁啊"],
}
AFTER_FR = ["啊 真的啊", "嗯", "啥", "哦", "我没听明白", "送我的?", "你说啥", "还有这好事"]
AFTER_FC = ["我没开过啊", "啥会员", "我不知道啊", "那 那取消吧", "啊 要扣钱?"]
AFTER_CR = ["我看看", "来了 四 七", "我找不着", "我孙子说不能说", "等一下"]
LEAD = [[("A", "请问是机主本人吗"), ("C", "是 你哪位")], [("A", "您这个号码用了好多年了吧"), ("C", "嗯 十几年了")],
        [("C", "啊? 你哪位"), ("A", "我刚说了 我是客服 给您办点好事")], [("A", "您现在说话方便吗"), ("C", "方便 你说")],
        [("A", "您能听清吗 信号不太好"), ("C", "能听见 你大点声")], [("A", "打扰您两分钟"), ("C", "你说吧")],
        [("A", "最近手机用着还顺手吧"), ("C", "还行")], [("C", "喂 喂 谁啊"), ("A", "阿姨 您别挂 听我说")],
        [("A", "您家里现在就您一个人吧"), ("C", "嗯 孩子上班去了")], [("C", "我在做饭呢 你快说"), ("A", "好 就两句话")]]
CLOSE = [("A", "好的 那就这样 再见"), ("C", "我挂了"), ("A", "祝您生活愉快"), ("C", "不跟你说了"), ("A", "有问题再联系")]
ORDER = ["fr", "fc", "cc", "cr", "cb", "pr", "ab"]
# quota steering: pattern weights grow with how far a pattern is below its target (counts include hand calls)
TARGET = {"fr": 60, "cc": 60, "fc": 60, "cr": 60, "cb": 100, "pr": 100, "ab": 100}
COUNT = {p: 0 for p in ORDER}
ROBO = {
    "fc": ["您好 您的{svc}赠送期已结束 下月起每月扣费{amt} 如需取消请按一", "您的账户将扣费{amt} 用于{member}会员续费 取消请按一",
           "您的{app}会员明日自动续费{amt} 如非本人开通请按一取消"],
    "fr": ["您好 您的号码被评为年度幸运号码 获得免费{prize}一台 领取请按一", "恭喜您成为{star}用户 可免费领取{flow}流量 领取请按一"],
    "cc": ["领取后资费不变 无任何额外费用", "本活动完全免费 仅收取少量服务费{small}"],
    "cb": ["您已按键 系统已为您自动开通 每月{amt}", "未按键视为同意 业务已为您开通", "您已选择 系统已为您办理完毕"],
    "cr": ["转人工前请报出您手机收到的六位验证码", "为核实身份 请输入或告知收到的短信验证码"],
    "pr": ["今日二十四点前未处理 号码将停机", "名额有限 仅限今天", "不处理将影响您的征信"],
}


def gen_deceptive(rng, mono):
    dom = rng.choice(list(INTRO))
    s = slots(rng, dom)
    fill = lambda t: t.format(**s)
    if mono and rng.random() < 0.28:               # robocall
        pats = rng.sample(["fc", "fc", "fr", "cc", "cb", "cb", "cr", "pr", "pr"], rng.randint(2, 4))
        if "fc" not in pats and "fr" not in pats:     # a robocall opens with its lure or its fake charge
            pats.append(rng.choice(["fc", "fr"]))
        turns = []
        if rng.random() < 0.5:
            turns.append(("U", fill(rng.choice(["尊敬的客户您好", "您好 这里是{op}服务中心", "您好 这里是客服中心 本电话为自动语音"])), []))
        for p in [x for x in ORDER if x in pats]:
            turns.append(("U", fill(rng.choice(ROBO[p])), [p]))
            if rng.random() < 0.3:
                turns.append(("U", rng.choice(["喂", "按了", "啊?", "我不要"]), []))
        return "robocall_" + dom, turns
    n = rng.choice([1, 2, 3, 3, 4, 4, 4, 5, 5])
    w = {p: b * (1 + max(0, TARGET[p] - COUNT[p]) / 4) for p, b in
         {"fr": 0.30, "cc": 0.30, "fc": 0.45, "cr": 0.35, "cb": 0.70, "pr": 0.65, "ab": 0.95}.items()}
    pats = set()
    while len(pats) < n:
        p = rng.choices(list(w), weights=list(w.values()))[0]
        if dom == "prize" and p == "fc" and rng.random() < 0.7:
            continue
        pats.add(p)
    turns = [("A", fill(rng.choice(INTRO[dom])), [])]
    for pair in rng.sample(LEAD, rng.choice([0, 0, 1, 1, 2, 3, 4])):
        turns += [t + ([],) for t in pair]
    order = [x for x in ORDER if x in pats]
    if rng.random() < 0.25 and len(order) > 2:     # vary the order a little
        a, b = rng.sample(range(1, len(order)), 2) if len(order) > 2 else (0, 0)
        order[a], order[b] = order[b], order[a]
    merged = False
    for p in order:
        if merged and p in ("pr", "ab"):
            continue
        pre = PRE.get(p)
        if pre and (p in ("cb", "pr", "ab") or rng.random() < 0.6) and turns[-1][0] != "C":
            turns.append(("C", rng.choice(pre), []))
        if p in ("pr", "ab") and "pr" in pats and "ab" in pats and rng.random() < 0.3:
            turns.append(("A", rng.choice(PRAB), ["pr", "ab"]))
            merged = True
            continue
        if p == "cb" and "pr" in pats and rng.random() < 0.15:
            turns.append(("A", rng.choice(CBPR), ["cb", "pr"]))
            pats.discard("pr")
            continue
        bank = P[p] if isinstance(P[p], list) else P[p].get(dom) or P[p]["operator"]
        turns.append(("A", fill(rng.choice(bank)), [p]))
        if p == "fr" and rng.random() < 0.7:
            turns.append(("C", rng.choice(AFTER_FR), []))
        elif p == "fc" and rng.random() < 0.8:
            turns.append(("C", rng.choice(AFTER_FC), []))
        elif p == "cr" and rng.random() < 0.5:
            turns.append(("C", rng.choice(AFTER_CR), []))
        if p in ("pr", "ab") and rng.random() < 0.25:   # repeat after a second no
            turns.append(("C", rng.choice(PRE["pr"]), []))
            turns.append(("A", rng.choice(P[p]), [p]))
    if rng.random() < 0.4:
        turns.append(rng.choice(CLOSE) + ([],))
    return f"{dom}_{'_'.join(sorted(pats))}", turns[:25]


# ---------------------------------------------------------------- honest banks (hard negatives unless noted)
def H(rng, kind):
    s = slots(rng, "")
    f = lambda t: t.format(**s)
    op_intro = f(rng.choice(["您好 这里是中国{op}{hot}", "您好 {op}客服 工号{wid}", "喂 您好 我是{op}营业厅的"]))
    yes = rng.choice(["行 办吧", "好 我要", "可以 给我办", "对 就这个 我同意", "好的 确认办理"])
    no = rng.choice(["不需要", "不用了", "不办 谢谢", "我不要", "先不了"])
    rude = rng.choice(["你们烦不烦 天天打", "一群骗子 又来了", "你们是不是抢钱", "你脑子有病吧 扣我这么多", "滚 别再打了",
                       "搞什么名堂 你们这破公司"])
    if kind == "upgrade_yes":
        return "op_upgrade_price_yes", [("A", op_intro), ("A", f("您现在是{price}的套餐 有个流量包每月加{add} 多{flow} 您需要吗")),
                                        ("C", rng.choice(["多少钱来着", "加在话费里?", "嗯 你再说一遍价格"])),
                                        ("A", f("每个月话费多{add} 从下个月一号开始 随时可以退订")), ("C", yes),
                                        ("A", f("好的 您确认办理每月{add}的流量包 已经给您办理了 短信通知稍后发您 不需要您回复任何验证码"))]
    if kind == "plain_price":
        return "op_plain_price", [("C", rng.choice(["我想问问你们那个套餐多少钱", "喂 那个五G套餐一个月到底多少钱", "我这个月话费怎么这么多"])),
                                  ("A", f("您好 这个套餐每月{price} 包含{flow}流量 超出部分每G三元 没有其他费用")),
                                  ("C", rng.choice(["那比我现在贵多少", "有没有便宜点的", "哦 知道了"])),
                                  ("A", f("比您现在的多{add} 您要是觉得贵 现在的套餐也够用 不换也行")),
                                  ("C", rng.choice(["那我不换了", "我回去想想", "好 知道了"]))]
    if kind == "followup_no":
        return "op_offer_one_followup", [("A", op_intro), ("A", f("有个套餐每月{price} 比您现在多{add} 流量多{flow} 您有兴趣吗")),
                                         ("C", no), ("A", rng.choice(["好的 想问一下 是流量够用还是价格原因", "好的 那方便说一下原因吗 我们改进一下"])),
                                         ("C", rng.choice(["够用了", "太贵", "就是不想换"])), ("A", "明白了 不打扰您了 再见")]
    if kind == "id_check":
        dom = rng.choice(["bank", "op", "ins"])
        who = {"bank": f("{bank}客服"), "op": f("{op}{hot}"), "ins": "社保服务中心"}[dom]
        return f"{dom}_identity_check_no_code", [("A", f"您好 这里是{who} 请问是{s['sur']}先生吗"), ("C", "是我"),
                                                 ("A", rng.choice(["为了核实身份 请说一下您身份证后四位", "麻烦您说一下出生年月 核实一下"])),
                                                 ("C", rng.choice(["零三二一", "一九五八年三月", "幺二八九", "六一年的 十月"])),
                                                 ("A", rng.choice(["核对上了 您申请的业务已经办好 我们不会向您要验证码或密码",
                                                                   "好的 核实通过 您挂失的卡补好了 带身份证来领 电话里不会问您密码和验证码"])),
                                                 ("C", "好 知道了")]
    if kind == "rude":
        dom = rng.choice(["op", "bank", "shop", "exp"])
        return f"{dom}_rude_customer_honest_agent", [("A", f(rng.choice(["您好 {op}客服 您反映的话费问题我们查了", "您好 {bank} 关于您上月账单", "您好 {shop}客服 关于您的退货", "您好 {exp}快递 关于您的件"]))),
                                                    ("C", rude),
                                                    ("A", rng.choice(["非常抱歉打扰您 我说完这一句 ", "理解您的心情 "]) + f(rng.choice(["多扣的{add}三个工作日内退回 您不用做任何操作", "您本月账单是{price} 明细可以在app里看", "退款{price}已经原路退回", "您的件明天上午送到"]))),
                                                    ("C", rng.choice(["哼 最好是", "知道了 别再打了", "这还差不多", "再出问题我投诉你们"])),
                                                    ("A", rng.choice(["好的 我这边给您备注不再外呼", "好的 祝您生活愉快", "抱歉给您添麻烦了"]))]
    if kind == "renew":
        what = f(rng.choice(["{app}连续包月会员", "宽带包年", "有线电视包年", "健身年卡", "云盘会员"]))
        return "renewal_reminder_price_date", [("A", f(f"您好 提醒一下 您的{what}将于{{date}}到期 续费价格是{{price}} 不续的话到期自动停止 不会扣费")),
                                              ("C", rng.choice([yes, no, "我再看看", "嗯 知道了"])),
                                              ("A", rng.choice(["好的 续费请在官方app里自己操作 我们不会代您扣款", "好的 不打扰您了"]))]
    if kind == "deadline":
        return "bill_deadline_once", [("A", f(rng.choice(["您好 {op}{hot} 您本月话费欠费{add} 请在{date}前缴清 逾期会暂停服务",
                                                          "您好 {bank} 您本期账单{price} 最后还款日是{date} 逾期会产生利息"]))),
                                      ("C", rng.choice(["啊? 多少", "知道了", "我明天交", "你说啥 大点声"])),
                                      ("A", rng.choice(["您在官方app或者营业厅交就行", "好的 就提醒这一次 不打扰了"]))]
    if kind == "free_reward":
        return "free_reward_plain", [("A", f(rng.choice(["您好 {op}营业厅 您的积分年底清零 可以在app里免费换{add}话费 不用办任何业务",
                                                        "您好 超市会员中心 您积分满了 可以来店里免费领一桶油 带会员卡就行",
                                                        "您好 {bank} 您的积分可以换一个保温杯 免费的 没有附加条件"]))),
                                     ("C", rng.choice(["真不要钱?", "哦 好", "啊 那我让儿子弄"])),
                                     ("A", rng.choice(["真的 不要钱 也不需要您报验证码", "对 自己去领就行", "是的 没有任何费用"]))]
    if kind == "family":
        rel = rng.choice([("妈", "儿子"), ("爸", "闺女"), ("奶奶", "孙子"), ("老头子", "老伴"), ("姐", "弟")])
        lines = [("A", f(rng.choice([f"{rel[0]} 你这个月话费又{{price}} 是不是又刷视频了",
                                     f"{rel[0]} 你那个流量又超了 {{op}}给我发短信了",
                                     f"{rel[0]} 你那个套餐到底换不换 你现在就给我决定"]))),
                 ("C", rng.choice(["看了 咋了", "哎呀你别管", "啥是流量", "你催啥催", "知道了知道了 啰嗦"])),
                 ("A", f(rng.choice(["在家连wifi 别用流量 流量贵", "新套餐{price} 比现在多{add} 多{flow} 你现在就给我决定",
                                     "我周末回去给你弄 你别乱点那些短信", "再超我就给你停了 哈哈 开玩笑的"]))),
                 ("C", rng.choice(["行行行 你说了算", "换吧换吧", "不换 浪费钱", "知道了 你比你妈还啰嗦"]))]
        if rng.random() < 0.5:
            lines.append(("A", rng.choice(["那我去营业厅给你办 回来给你看单子", "好 那就不换", "记住了啊 有人让你念验证码别念"])))
        return "family_bill_nagging", lines
    if kind == "shop":
        item = rng.choice([("车厘子", "一箱"), ("大米", "一袋"), ("降压药", "两盒"), ("煤气", "一罐"), ("鸡蛋", "一箱"), ("蛋糕", "一个")])
        return "shop_price_order_confirm", [("A", f(f"喂 您好 我是店里的 您要的{item[0]}{item[1]} {{price}} 还要吗")),
                                            ("C", rng.choice(["要", "贵了点 算了还是要吧", "多少来着", "那就要吧"])),
                                            ("A", f(f"好 {item[0]}{item[1]} {{price}} 确认了 下午送过去 到了再付")),
                                            ("C", rng.choice(["行", "好 谢谢", "嗯 送到门口"]))]
    if kind == "courier":
        return "courier_pickup_code", [("A", f(rng.choice(["喂 我快递员 您的件在驿站 您把取件码给我 我顺路送上楼", "您好 {exp}快递 您有个件在丰巢 取件码说一下我帮您拿"]))),
                                       ("C", rng.choice(["啊? 啥码", "取件码是吧"])),
                                       ("A", "就是驿站发的短信 几个数字那个"),
                                       ("C", "哦 " + s["code"]), ("A", rng.choice(["好嘞 十分钟到", "行 放您门口"]))]
    if kind == "transfer":
        return "bank_confirm_requested_transfer", [("A", f("您好 这里是{bank} 您今天发起了一笔{big}的转账 按规定电话核实一下 是您本人操作吗")),
                                                   ("C", rng.choice(["是我 给儿子的", "对 我自己转的 买车", "是 给我闺女交学费"])),
                                                   ("A", "好的 收款人您认识 对吧"), ("C", "认识 自己家人"),
                                                   ("A", "好的 已确认 我们不会向您索要验证码或密码 有人要请直接挂断")]
    if kind == "cancel_req":
        return "cancel_requested_by_customer", [("C", f(rng.choice(["我要退订那个{svc}", "帮我把{app}的自动续费关了", "我要取消那个{add}的彩铃"]))),
                                                ("A", "好的 先核实一下 请说一下机主姓名"), ("C", f("{sur}秀兰")),
                                                ("A", "核对上了 您确认要退订对吗"), ("C", "对 退了"),
                                                ("A", "好的 已经为您退订 下月起不再扣费 稍后短信通知")]
    if kind == "refund_ok":
        return "refund_honest", [("A", f("您好 {shop}客服 您申请的退货已签收 退款{price}原路退回 一到三个工作日到账")),
                                 ("C", rng.choice(["要我做啥不", "好的", "啊? 退多少"])),
                                 ("A", "什么都不用做 有人让您转账或报验证码的都是骗子")]
    # non hard-negative everyday talk
    return "everyday_chat", [("A", rng.choice(["妈 周末回家吃饭不", "喂 王大爷 明天社区量血压 八点开始", "喂 老李 下午下棋去不去",
                                               "阿姨 我是社区的 明天停水 记得存点水"])),
                             ("C", rng.choice(["回 回", "好 知道了", "去 老地方", "啊? 你说啥"])),
                             ("A", rng.choice(["好嘞 那我买点菜", "好 别忘了带身份证", "行 三点见", "明天停水 存水"]))]


HKINDS = ["upgrade_yes", "plain_price", "followup_no", "id_check", "rude", "renew", "deadline", "free_reward", "family",
          "shop", "courier", "transfer", "cancel_req", "refund_ok", "rude", "family", "renew", "courier"]
ROBO_HONEST = ["尊敬的客户您好 这里是{op}{hot} 您本月话费{price} 将于{date}扣款 本机构不会索要您的验证码",
               "您好 您的{app}会员将于{date}自动续费{price} 如不需要可在app中关闭",
               "您好 这里是{bank} 您尾号{wid}的信用卡本期应还{price} 最后还款日{date} 如已还款请忽略"]


def gen_honest(rng, mono, everyday=False):
    if everyday:
        sc, turns = H(rng, "everyday")
        return sc, turns, False
    if mono and rng.random() < 0.25:
        s = slots(rng, "")
        return "robocall_honest_notice", [("U", rng.choice(ROBO_HONEST).format(**s))], True
    kind = rng.choice(HKINDS)
    sc, turns = H(rng, kind)
    if rng.random() < 0.3 and turns[0][0] == "A":     # lead-in / elderly barely speaks
        turns = turns[:1] + [("C", rng.choice(["啊?", "你说啥", "大点声", "谁啊"])),
                             ("A", rng.choice(["我再说一遍 ", "您听得见吗 我大点声 "]) + turns[0][1])] + turns[1:]
    return sc, [t + ([],) if len(t) == 2 else t for t in turns], True


# ---------------------------------------------------------------- assemble
def surface(rng, turns, style):
    out = []
    for tt in turns:
        spk, text, labs = tt if len(tt) == 3 else (tt[0], tt[1], [])
        if style == "clean":
            t = clean(text)
        else:
            t = asr(rng, text, 2 if style == "asr2" else 1)
        out.append((spk, t, labs))
    return out


def to_json(i, sc, hn, turns, mono):
    tl = []
    for spk, text, labs in turns:
        spk = SPK.get(spk, spk)
        if mono:
            spk = "unknown"
        labs = sorted(set(CODES.get(l, l) for l in labs))
        tl.append({"speaker": spk, "text": text, "labels": labs})
    labels = sorted(set(l for t in tl for l in t["labels"]))
    return {"id": f"z10-{i:04d}", "lang": "zh", "source": "writer:z10", "scenario": sc,
            "hard_negative": bool(hn and not labels), "deceptive": bool(labels), "labels": labels, "turns": tl}


def main():
    rng = random.Random(SEED)
    hand = read_hand()
    recs = []
    for sc, hn, turns in hand:
        mono = all(t[0] == "unknown" for t in turns)
        recs.append((sc, hn, [(t[0], t[1], t[2]) for t in turns], mono, "hand"))
        for p in {l for t in turns for l in t[2]}:
            COUNT[{v: k for k, v in CODES.items()}[p]] += 1
    h_honest = sum(1 for r in recs if not any(t[2] for t in r[2]))
    h_mono = sum(1 for r in recs if r[3])
    n_gen = N_TOTAL - len(recs)
    n_hon = HONEST_TOTAL - h_honest
    n_mono = MONO_TOTAL - h_mono
    kinds = ["h"] * n_hon + ["d"] * (n_gen - n_hon)
    rng.shuffle(kinds)
    mono_flags = [True] * n_mono + [False] * (n_gen - n_mono)
    rng.shuffle(mono_flags)
    n_everyday = 9
    for j, (k, mono) in enumerate(zip(kinds, mono_flags)):
        style = rng.choices(["clean", "asr1", "asr2"], weights=[3, 4, 3])[0]
        if k == "d":
            sc, turns = gen_deceptive(rng, mono)
            hn = False
        else:
            every = n_everyday > 0 and rng.random() < 0.1
            n_everyday -= every
            sc, turns, hn = gen_honest(rng, mono, every)
        turns = surface(rng, turns, style)
        for p in {l for t in turns for l in t[2]}:
            COUNT[p] += 1
        recs.append(("gen_" + sc, hn, turns, mono, "gen"))
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as fo:
        for i, (sc, hn, turns, mono, _) in enumerate(recs, 1):
            fo.write(json.dumps(to_json(i, sc, hn, turns, mono), ensure_ascii=False) + "\n")
    print("wrote", len(recs), "calls (hand", len(hand), ")")


if __name__ == "__main__":
    main()
