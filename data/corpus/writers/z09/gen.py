#!/usr/bin/env python3
"""z09 语料生成器: 读手写文件 hand_*.txt, 再用本文件内的短语库(固定种子 909)生成其余通话, 写出 calls.jsonl。"""
import json, random, re, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 909
N_GEN_DEC = 150     # 生成的欺骗性通话
N_GEN_HON = 142     # 生成的诚实通话
ABBR = {"FR": "fake_reward", "CC": "cost_concealment", "FC": "fake_cancellation", "CR": "code_request",
        "CB": "consent_bypass", "PR": "pressure", "AB": "abuse"}
SPK = {"A": "agent", "C": "customer", "U": "unknown"}

# ---------------------------------------------------------------- 手写文件
def parse_hand(path):
    calls, cur = [], None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("=="):
            name, _, flags = line[2:].partition("|")
            cur = {"scenario": name.strip(), "hn": "hn" in flags.split(), "turns": []}
            calls.append(cur)
            continue
        m = re.match(r"^([ACU])(?:\[([A-Z ]+)\])?:\s?(.*)$", line)
        if not m:
            raise SystemExit(f"{path}: bad line: {line}")
        labs = [ABBR[x] for x in (m.group(2) or "").split()]
        cur["turns"].append((SPK[m.group(1)], m.group(3).strip() or "……", labs))
    return calls

# ---------------------------------------------------------------- 语音识别风格
HOMO = [("星级", ["新级", "心急"]), ("不变", ["不便"]), ("赠送", ["增送"]), ("验证码", ["验证吗"]),
        ("流量", ["留量"]), ("套餐", ["套参"]), ("取消", ["去消"])]
FILL = ["嗯", "啊", "那个", "就是", "呃", "这个"]
DIG = "零一二三四五六七八九"

def cn_num(n):
    n = int(n)
    if n < 10: return DIG[n]
    if n < 20: return "十" + (DIG[n % 10] if n % 10 else "")
    if n < 100: return DIG[n // 10] + "十" + (DIG[n % 10] if n % 10 else "")
    if n < 1000:
        s = DIG[n // 100] + "百"; r = n % 100
        if r == 0: return s
        if r < 10: return s + "零" + DIG[r]
        return s + DIG[r // 10] + "十" + (DIG[r % 10] if r % 10 else "")
    return "".join(DIG[int(c)] for c in str(n))

def asr(text, rng):
    t = text
    for a, bs in HOMO:
        if a in t and rng.random() < 0.5:
            t = t.replace(a, rng.choice(bs))
    def numrep(m):
        s = m.group(0)
        if len(s) >= 5 or (len(s) == 4 and rng.random() < .7):
            return " ".join(DIG[int(c)] for c in s) if rng.random() < .5 else "".join(DIG[int(c)] for c in s)
        r = rng.random()
        if r < .45: return cn_num(s)
        if r < .6 and len(s) == 2: return DIG[int(s[0])] + DIG[int(s[1])]
        return s
    t = re.sub(r"\d+", numrep, t)
    t = t.replace("G", rng.choice(["G", "个G", "G"]))
    parts = [p for p in re.split(r"[,。!?、;:,.!?…\"“”()]+", t) if p.strip()]
    out = []
    for p in parts:
        if rng.random() < .3: out.append(rng.choice(FILL))
        if rng.random() < .12:
            w = p[:2]; p = w + " " + p
        out.append(p.strip())
    if rng.random() < .4:
        s = " ".join(out)
    else:
        s = " ".join(" ".join(list(x)) if rng.random() < .15 else x for x in out)
    if rng.random() < .25: s = s.replace(" ", "")
    return s.strip() or "嗯"

# ---------------------------------------------------------------- 槽位
OPS = [("中国移动", "10086", "移动"), ("中国联通", "10010", "联通"), ("中国电信", "10000", "电信")]
SURN = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "胡"]
STAR = ["五星级", "四星级", "钻石级", "金卡", "五星金", "白金"]
PROD_FC = ["腾讯视频会员", "爱奇艺会员", "优酷会员", "咪咕视频会员", "音乐会员", "手机碎屏险", "游戏加速包", "彩铃加视频组合包", "云盘会员"]
ADDON = ["副卡", "视频会员", "彩铃包", "云存储包", "安全守护包", "5G加速包", "亲情号"]

def P(rng, opts, **kw):
    return rng.choice(opts).format(**kw)

def slots(rng):
    op = rng.choice(OPS)
    return dict(op=op[0], hot=op[1], short=op[2], tail=rng.randint(1000, 9999), emp=rng.randint(1000, 99999),
                sur=rng.choice(SURN), who=rng.choice(["先生", "女士"]), star=rng.choice(STAR),
                g=rng.choice([10, 15, 20, 30, 40]), fee=rng.choice([10, 15, 19, 20, 25, 29, 30, 38]),
                big=rng.choice([299, 399, 899, 1499]), years=rng.choice([5, 6, 8, 10, 12]),
                cur=rng.choice([38, 58, 68, 88, 99, 128]), min=rng.choice([100, 200, 300]),
                prod=rng.choice(PROD_FC), addon=rng.choice(ADDON), bw=rng.choice([300, 500, 1000]),
                day=rng.choice([1, 5, 10, 15, 20, 25, 28, 31]))

GREET = ["您好,我这边是{op}{hot}客服,请问是尾号{tail}的机主吗?",
         "喂,您好,{op}客服中心的,打扰您一分钟,您是机主本人吧?",
         "您好,这里是{op}客户服务中心,我是工号{emp}的客服,请问是{sur}{who}吗?",
         "喂您好,我是{op}合作方的业务专员,请问是{sur}{who}吧?",
         "哎您好,{short}公司的,您这个号码用了好多年了吧?",
         "{sur}{who}您好,我是{short}客服小{sur2},耽误您两分钟时间。"]
GREET_C = ["是我。", "对,什么事?", "嗯,你说。", "谁啊?", "哪位?", "是,怎么了?", "嗯。", "你说吧,我听着。"]
LEAD = [("最近您用网感觉怎么样,信号还可以吧?", ["还行吧。", "一般般。", "挺好的。"]),
        ("我看您每个月流量都用得差不多了是吧?", ["嗯,有时候不够用。", "还好吧。", "差不多吧。"]),
        ("您现在的套餐是{cur}元的,用了挺久了。", ["对,好几年了。", "嗯,是的。"]),
        ("您家里是不是还装了我们的宽带?", ["装了。", "没装。", "装了,怎么了?"]),
        ("您平时主要是刷视频多还是打电话多?", ["刷视频吧。", "打电话多。", "都差不多。"]),
        ("先跟您核对一下,您是本地的号码对吧?", ["对。", "是的。"]),
        ("我这边看到您是我们的老用户了,在网{years}年了。", ["是啊。", "好像是吧。"])]

FR = ["系统显示您是我们的{star}用户,为了回馈老用户,公司每个月额外给您加{g}G流量。",
      "恭喜您,您的号码被选为老用户回馈对象,可以领取每月{g}G的专属流量。",
      "感谢您在网{years}年,公司特别给您申请了一份感恩礼包,每月{g}G流量加{min}分钟通话。",
      "您是我们的{star}客户,这次有个内部名额,给您免费升级成5G套餐。",
      "您被评为忠诚客户,可以享受一个专属福利,每个月赠送您{g}G流量。",
      "您的号码在这次老用户回馈活动里被抽中了,有一份{g}G的流量大礼包等您领取。"]
FR_CC = ["您是我们的{star}用户,公司回馈您每个月加{g}G流量,套餐资费不变,您什么都不用做。",
         "作为老用户回馈,给您每月加{g}个G,原来的套餐资费不变,就是给您多送点。"]
ASKP = ["这个要钱吗?", "免费的?", "有什么条件吗?", "那我要交多少钱?", "会不会多扣钱?", "套餐要变吗?", "那月租变不变?"]
CC = ["不要钱的,您的套餐资费是不变的,正常使用就行。",
      "您放心,月租就跟原来差不多,就是有一点点功能费,您基本感觉不到。",
      "资费不变的,就是配合活动调整一下套餐档位,差不了几块钱。",
      "这个您不用担心,账单上看不出来的,很少很少的。",
      "是赠送的,没有额外费用,只是把流量整合到新的套餐里面了。",
      "费用这个您办了就知道了,反正肯定比您现在划算。",
      "这个具体多少我这边看不到,不过跟您现在的差不多,不会贵的。"]
AMB = ["嗯……", "……", "我考虑一下。", "我问问家里人吧。", "哦。", "那我再想想。", "我跟我老公商量一下。",
       "嗯嗯,你说。", "我现在有点忙。", "我回头再说吧。", "这个……我不太懂。"]
CB = ["好的,那我这边就先帮您办上了,下个月1号生效。",
      "好的,没有异议的话我就默认您同意了,已经给您提交了。",
      "不用考虑了,我先帮您登记上,您用着不满意再说。",
      "家里人肯定同意的,我这边直接给您开通了,稍后注意短信。",
      "这个系统已经默认给您开通了,您不需要做任何操作。",
      "协议我这边帮您签字就行,您不用跑营业厅了。",
      "好的,通话是有录音的,您说了嗯就是同意了,我给您办好了。",
      "那就这么定了,我替您确认了,您不用回复短信。",
      "行,那我就当您同意了,马上给您开通。",
      "您不用问了,这个对您只有好处,我现在就给您办了。"]
PROTEST = ["我没说要办啊!", "等一下,谁让你办的?", "啊?我还没同意呢。", "我刚才没听清,你办了什么?", "不行,给我取消。"]
AFTER_CB = [("PR", "已经提交了撤不回来,现在取消要收违约金的,您就先用着吧。"),
            ("PR", "取消的话您的星级会降,以后什么优惠都没有了,您想清楚。"),
            ("AB", "你刚才不是嗯了吗?现在反悔,耍我呢?"),
            ("AB", "办都办了还啰嗦什么,真是麻烦。"),
            ("CB", "您刚才没反对就是同意了,录音里都有,已经生效了。"),
            ("PR", "您先用着,用一个月不满意再说,现在退是退不了的。")]
REFUSE = ["不需要,谢谢。", "不用了。", "我不要。", "不办,别打了。", "我现在的够用了。", "没兴趣。", "不要,太贵了。"]
PR = ["您先别急着挂,这个真的很划算,今天是最后一天了。",
      "您确定吗?这个名额过了今天就没有了,很多人抢都抢不到。",
      "不办的话下个月您的号码可能会被限速,到时候就麻烦了。",
      "您再考虑考虑,我给您保留五分钟,这么好的机会错过就没了。",
      "4G马上要退网了,不升级的话您的卡以后就不能用了。",
      "您要是不配合办理,星级会被降低,以后什么优惠都没有了。",
      "就一分钟,您听我说完,每月只要{fee}块钱,多{g}个G,真的很值。",
      "您现在不办以后肯定后悔,我这是为您好,您就办了吧。",
      "今天晚上十二点系统就关闭了,必须现在决定。",
      "您不办的话号码会被列入异常名单,后面办什么业务都麻烦。"]
REFUSE2 = ["我说了不需要!", "不要不要。", "你烦不烦啊。", "我挂了。", "别再打了。", "我真的不要,谢谢。"]
AB = ["你这人怎么这样,好心给你优惠还不领情。", "行,穷就直说,浪费我时间。", "你脑子有问题吧,送你东西都不要。",
      "不办早说啊,磨磨唧唧的,耽误我工夫。", "你懂什么啊,跟你说话真费劲。", "爱办不办,神经病。",
      "挂就挂,谁稀罕你这种抠门的用户。", "没见过你这么笨的,说半天听不懂。"]
FC = ["您之前办套餐的时候系统赠送了一个{prod},免费期这个月底结束,下个月开始每月扣{fee}元,我帮您取消掉好吗?",
      "您的号码上有一个{prod}正在试用,下个月起每月自动扣费{fee}元,需要我现在帮您退订吗?",
      "系统显示您有一个{prod}即将扣费,每个月{fee}块,很多用户都不知道,我这边可以帮您取消。",
      "您名下有一个国际漫游包正在生效,每天扣费{fee}元,我马上帮您关掉。",
      "您的账户下周要自动扣一笔{big}元的年费会员,不是您本人办的话我现在帮您取消。"]
FC_C = ["我不记得办过这个啊。", "啊?我没订过。", "那赶紧取消吧。", "什么会员?", "我从来没用过这个。"]
AB_FC = ["你这人怎么这么笨,扣钱了别来找我。", "爱取消不取消,扣了钱活该。", "磨磨唧唧的,跟你说话真费劲,扣就扣吧。"]
FR_PRE = ["您是我们的{star}用户,今天专门给您做一个免费的账户检查。", "作为在网{years}年的老用户,您享受一次免费的资费优化服务。"]
FC_CB = ["好的,已经帮您取消了,另外同时给您换成了{g}G的流量包,您不用确认,系统自动生效。",
         "取消成功了,我顺便给您开了一个新的会员,这个更划算,已经一起办好了。"]
FC2 = ["对,是系统自动赠送的,您可能没注意,不取消的话就会一直扣。",
       "是的,系统里显示有的,不处理的话下个月就开始扣钱了。",
       "这个是之前活动送的,很多用户都有,我帮您处理掉就没事了。"]
CR = ["好的,{hot}马上会给您发一个六位数的验证码,您收到后念给我,我帮您操作。",
      "这个需要核实身份,您把刚收到的短信验证码报给我一下。",
      "您手机上收到一条验证码,您读一下,我这边输入系统就行了。",
      "麻烦您把那个六位数字告诉我,就是刚刚发到您手机上的。",
      "您把收到的验证码转发到这个号码就行,我这边给您处理。",
      "激活需要您配合一下,把{hot}发给您的验证码念给我。"]
CR_C = ["收到了,是……", "验证码不是不能告诉别人吗?", "等一下我看看。", "短信上说不要告诉任何人。", "好,我找一下。"]
CRPR = ["我们就是官方的,没关系,您快一点,验证码五分钟就失效了。",
        "那是防别人的,我们是{hot}本身,您现在不报的话就办不了了,明天就扣费了。",
        "您抓紧时间,过一会儿系统就自动扣款了,扣了就退不回来。"]
OFFER = ["现在有一个流量包,每月{fee}元多{g}G,您要不要了解一下?",
         "给您推荐一个{bw}兆的宽带提速,每月多{fee}块。",
         "您的套餐可以升级到5G,每月多{fee}元,流量多{g}G。",
         "我们有副卡业务,全家共享流量,每张每月{fee}元。",
         "给您推荐一个合约机,零元购机,选{cur}元套餐就行。"]
REQ = ["你好,我想办一个{bw}兆的宽带。", "你好,我想把套餐改成{cur}元的那档。", "我想给家里人办一张副卡。",
       "我想加一个流量包,{g}G的。"]
REQ_PRICE = ["好的,这个每月是{fee}元,您确认办理吗?", "可以,这个每月{cur}元,您确认吗?", "好的,每月费用{fee}元,下月生效,确认吗?"]
YES = ["确认,办吧。", "确认。", "可以,办吧。", "好的,我同意办理。"]
ADD_CB = ["好的,已经给您办好了,另外我顺便给您加了一个{addon},一起开通了。",
          "已办理。同时给您配了一个{addon},这个组合用着更方便,已经一起生效了。",
          "好了,另外系统给您默认加了{addon},我也一起提交了。"]
ADD_ASK = ["那个{addon}要钱吗?", "我没要{addon}啊。", "{addon}收费吗?"]
ADD_CC = ["这个是送的嘛,前几个月不收钱,后面也就一点点。", "这个都在套餐里面了,不会多收什么的。", "您不用管,账单上基本看不出来。"]
COMPLAIN = ["我怎么被开通了一个{cur}元的套餐?我没同意过。", "这个月怎么多扣了{fee}块?我没办过什么业务。",
            "你们给我开的那个{addon}是怎么回事?"]
REC_CB = ["您上个月电话里说了嗯好的,录音里您已经同意了,这个是有效的。", "这个是系统默认开通的,活动规则就是这样。",
          "当时客服已经帮您签字确认了,协议都是有效的。", "您没有回复短信拒绝,系统就视为您同意了。"]
REC_C = ["我说嗯是在听你说话,不是同意!", "我从来没收到过什么短信。", "谁允许你们代我签字的?"]
REC_FOLLOW = [("PR", "已经生效了,合约期内取消要交违约金的。"), ("AB", "自己不看清楚还怪别人,你们这种用户我见多了。"),
              ("PR", "那没办法,取消的话号码的优惠全部作废,还会影响信用。")]

ROBO_DEC = [
    [("FR", "尊敬的{star}客户,恭喜您获得老用户专属回馈:每月赠送{g}G流量,"), ("CC", "套餐资费保持不变,无任何额外费用,"),
     ("CB", "如无按键,系统将视为您同意,自动为您开通。")],
    [("FC", "尊敬的用户,您的{prod}即将于明日自动扣费{fee}元,"), ("FC PR", "如需取消请立即按1转人工,逾期无法退订。")],
    [("PR", "您好,您的号码因未完成实名升级将于今晚停机,"), ("CR", "请在提示音后输入您收到的短信验证码完成认证。")],
    [("FC", "您好,您在商城有一笔{big}元的订单即将扣款,如非本人操作请按1取消,"), ("CR", "客服将向您核实短信验证码。")],
    [("PR", "根据网络调整,您的4G套餐即将停止服务,"), ("CB CC", "系统已为您默认升级5G套餐,资费不变,无需任何操作。")],
    [("FR", "这里是{short}客服,您已获得星级用户感恩礼包,"), ("CC", "礼包包含每月{g}G流量,资费不变,"), ("PR", "领取截止今天下午六点,逾期作废,请尽快按1。")],
]

# ---------------------------------------------------------------- 诚实槽位
HON_PROD = [("{g}G流量包", "每月{fee}元"), ("5G套餐升级", "每月多{fee}元"), ("{bw}兆宽带提速", "每月多{fee}元"),
            ("副卡", "每月{fee}元功能费"), ("视频会员", "每月{fee}元"), ("合约机", "选{cur}元套餐、合约24个月")]
H_GREET = ["您好,这里是{op}{hot}客服,请问是尾号{tail}的机主吗?", "您好,{op}客服,请问现在方便接听吗?",
           "{sur}{who}您好,我是{op}的客服,工号{emp}。", "您好,这里是{op},打扰您一分钟。"]
H_OFFER = ["根据您的用量,给您介绍一个{prod},费用是{price},可以随时退订。您需要办理吗?",
           "我们有一个{prod},{price},下月1日生效。您看需要吗?",
           "您可以考虑{prod},{price},不办也完全没关系。"]
H_YES = ["需要,办吧。", "这个价格可以,我要。", "行,那我办一个。", "好,办吧。"]
H_READ = ["好的,我跟您复述一下:{prod},{price},下月生效,可随时退订。如果同意,请您说“我同意办理”。",
          "为了确认,我再说一遍:办理{prod},{price}。请您明确回复“我同意办理”,我才会提交。",
          "好的,{prod},{price}。需要您本人明确说“同意办理”,说“嗯”我这边是不能办的。"]
H_CONSENT = ["我同意办理。", "同意办理。", "我同意办理,办吧。"]
H_DONE = ["好的,已为您办理,稍后{hot}会发短信确认,感谢您的接听。", "已提交,下月1日生效,详情可在App查看。",
          "好的,已经办好了,如需退订可随时拨打{hot}。"]
H_NOTYET = ["我考虑一下。", "我问问家里人吧。", "嗯……", "我再想想。"]
H_RESPECT = ["好的,不着急,我这边不会给您做任何办理,您想好了可以在App自己办,或者打{hot}。",
             "没问题,您没有明确同意我是不会办理的,您考虑好了再联系我们。",
             "好的,您跟家里人商量好再说,我这边不做任何变更。"]
H_FOLLOW = ["好的,那请问是暂时不需要,还是觉得价格不合适呢?", "明白,方便问一下是用量够了吗?",
            "好的,那以后如果有需要,要不要我给您发一条资费说明短信?"]
H_END = ["明白了,打扰您了,祝您生活愉快,再见。", "好的,那就不打扰您了,再见。", "好的,感谢接听,再见。"]
H_UNSUB_REQ = ["你好,我想退订{prod},每个月扣我{fee}块。", "我要取消那个{prod}。", "帮我把{prod}关掉,我不用了。"]
H_UNSUB_FOUND = ["好的,我帮您查一下……您号码上确实有{prod},是{month}月在App订购的,每月{fee}元。",
                 "我查到了,您有一个{prod},每月{fee}元,是您本人短信订购的。"]
H_UNSUB_CONF = ["退订后本月仍可使用,下月起不再扣费。确认退订吗?", "确认退订的话,下月起停止扣费,您确认吗?"]
H_UNSUB_DONE = ["已为您退订,稍后会收到短信通知。", "已经退订成功,下个月账单上就没有这项了。"]
H_REV = ["您好,我是{op}回访专员,您{when}办理了{prod},{price},想跟您核实一下是否本人办理。",
         "您好,{op}回访中心,跟您确认一下,您{when}开通的{prod},{price},是您本人同意的吗?"]
H_REV_YES = ["是我自己办的。", "对,是我。", "是的,没问题。"]
H_REV_NO = ["不是我办的啊。", "我没办过这个。"]
H_REV_OK = ["好的,感谢您的配合,对我们的服务还满意吗?", "好的,信息一致,感谢您的接听。"]
H_REV_FIX = ["非常抱歉,我们马上为您取消,并全额退还已扣费用,同时核查办理人员。", "好的,我给您记录下来,马上退订并退费,三个工作日内到账。"]
H_STAR = ["通知您一下,根据您的在网时长和消费,您的星级已更新为{stars}。",
          "您的星级本月已经更新,现在是{stars}用户。"]
H_STAR_C = ["哦,这个有什么用?", "那要我做什么吗?", "要交钱吗?"]
H_STAR_EXP = ["{stars}可以享受营业厅优先办理、免费补换卡等服务,都是自动享有的,不需要办理任何业务,也不收任何费用。",
              "不需要您做任何事,权益自动生效,不收费,也不用确认什么,今天就是通知一下。"]
H_CODE = ["提醒您,请勿向任何人透露验证码,包括自称客服的人员,我们不会在电话里索要验证码。",
          "办理时系统会发验证码,请您自己在App页面上输入,不需要告诉我。",
          "我这边不会问您要验证码,您在App里点获取验证码,收到后自己填写就行。"]
H_RUDE = ["不方便!你们天天打电话烦死了!", "滚!别给我打电话!", "你们是不是骗子?有完没完?", "你他妈的又打来了,烦不烦?"]
H_RUDE_A = ["非常抱歉打扰您了,我这边给您登记一下,以后不再给您推送营销电话。", "理解您的心情,您可以挂断后直接拨打{hot}核实。抱歉打扰了。",
            "很抱歉,已为您登记免打扰,再见。"]
H_DEAD = ["您的合约将于{day}日到期,到期后资费恢复为标准资费每月{cur}元,续不续都可以,不影响正常使用。",
          "您的话费已欠费{fee}元,请在本月{day}日前缴纳,逾期会暂停通话,缴费后自动恢复。",
          "您的积分将在年底清零,可以在App积分商城自己兑换,兑换免费,不用开通任何业务。"]
H_FREE = ["为表示网络故障的歉意,我们已经给您赠送了本月{g}G流量,已自动到账,不涉及任何套餐变更,也不会产生费用。",
          "感谢您在网{years}年,我们在您账户里赠送了{fee}元话费,已经到账,不需要办理任何业务。"]
H_PLAIN = [[("A", "您好,我是{op}装维师傅,您申请的宽带明天上午安装,家里有人吗?"), ("C", "有人,十点以后吧。"), ("A", "好的,到之前给您打电话。")],
           [("C", "我家宽带断了。"), ("A", "抱歉,我给您报个障,师傅会在4小时内联系您,工单号{emp}。"), ("C", "好的。")],
           [("A", "您好,{op}网络优化中心,您反映的信号问题我们已经处理了,现在好点了吗?"), ("C", "好多了。"), ("A", "好的,感谢反馈。")],
           [("C", "我想改一下账单寄送地址。"), ("A", "好的,请说一下新地址。"), ("C", "幸福路18号。"), ("A", "已经修改好了。")],
           [("C", "营业厅几点关门?"), ("A", "一般是晚上六点,周末也营业。"), ("C", "好的谢谢。")],
           [("A", "您好,您之前报修的网络故障已经修复,请问现在可以正常上网吗?"), ("C", "可以了。"), ("A", "好的,有问题随时打{hot}。")]]
ROBO_HON = [["尊敬的客户,您本月流量已使用百分之八十,如需加油包可登录App自行办理,资费以页面显示为准。", "本通知无需回复。"],
            ["{op}提醒您,您的合约将于{day}日到期,到期后资费恢复为每月{cur}元。", "如需续约请到营业厅办理,我们不会通过电话索要验证码。"],
            ["您的星级已更新为{stars},权益自动生效,无需办理任何业务,不收取任何费用。", "详情请登录App查询。"],
            ["{op}提醒您:请勿向任何人透露短信验证码,客服人员不会向您索要验证码。", "如接到可疑来电请挂断后拨打{hot}核实。"],
            ["尊敬的用户,您本月账单已出,应缴金额{cur}元,请于{day}日前缴费。", "如已缴费请忽略。"]]

def fmt(s, sl):
    return s.format(**sl)

class B:
    def __init__(s, rng, sl): s.rng, s.sl, s.t = rng, sl, []
    def a(s, text, labs=""): s.t.append(["agent", fmt(text, s.sl), [ABBR[x] for x in labs.split()]])
    def c(s, text): s.t.append(["customer", fmt(text, s.sl), []])
    def u(s, text, labs=""): s.t.append(["unknown", fmt(text, s.sl), [ABBR[x] for x in labs.split()]])
    def ch(s, opts): return s.rng.choice(opts)

def greet(b, honest=False):
    r = b.rng
    if r.random() < .85:
        b.a(b.ch(H_GREET if honest else GREET)); b.c(b.ch(GREET_C))

def leadin(b, lo=0, hi=3):
    for q, ans in b.rng.sample(LEAD, b.rng.randint(lo, hi)):
        b.a(q); b.c(b.rng.choice(ans))

def gen_dec(rng, want):
    """want: 想要优先覆盖的模式集合"""
    sl = slots(rng); sl["sur2"] = rng.choice(SURN); b = B(rng, sl)
    plot = rng.choices(["reward", "cancel", "refuse", "code_reward", "addon", "record", "robo"],
                       weights=[want.get("reward", 3), want.get("cancel", 2), want.get("refuse", 3), want.get("code_reward", 1.5),
                                want.get("addon", 1.2), want.get("record", 1.2), want.get("robo", 1)])[0]
    if plot == "robo":
        k = rng.randrange(len(ROBO_DEC))
        for labs, text in ROBO_DEC[k]: b.u(text, labs)
        if rng.random() < .5: b.u(rng.choice(["按1转人工,按2重听。", "感谢您的接听。", "重复一遍,请尽快处理。"]))
        return "robocall_" + ["reward_auto_open", "member_charge_cancel", "suspend_code", "order_charge_code", "forced_5g", "gift_deadline"][k], b.t
    if plot == "record":
        b.c(b.ch(COMPLAIN)); b.a("您好,我帮您查一下……是{day}号办理的。")
        if rng.random() < .5: b.c("我根本没同意过。")
        b.a(b.ch(REC_CB), "CB"); b.c(b.ch(REC_C))
        lab, txt = rng.choice(REC_FOLLOW); b.a(txt, lab)
        return "complaint_consent_claimed", b.t
    if plot == "addon":
        b.c(b.ch(REQ)); b.a(b.ch(REQ_PRICE)); b.c(b.ch(YES)); b.a(b.ch(ADD_CB), "CB")
        b.c(b.ch(ADD_ASK)); b.a(b.ch(ADD_CC), "CC")
        if rng.random() < .4:
            b.c("我不要这个,给我去掉。"); lab, txt = rng.choice(AFTER_CB[:4]); b.a(txt, lab)
        return "second_product_added", b.t
    greet(b); leadin(b, 0, 3)
    if plot in ("reward", "code_reward"):
        if rng.random() < .3: b.a(b.ch(FR_CC), "FR CC")
        else:
            b.a(b.ch(FR), "FR")
            if rng.random() < .75: b.c(b.ch(ASKP)); b.a(b.ch(CC), "CC")
        if plot == "code_reward":
            b.c(rng.choice(["那怎么领取?", "好啊,怎么弄?", "嗯,然后呢?"])); b.a(b.ch(CR), "CR"); b.c(b.ch(CR_C))
            if rng.random() < .6: b.a(b.ch(CRPR), "CR PR")
            return "reward_code_request", b.t
        if rng.random() < .75:
            b.c(b.ch(AMB)); b.a(b.ch(CB), "CB")
            if rng.random() < .65:
                b.c(b.ch(PROTEST)); lab, txt = rng.choice(AFTER_CB); b.a(txt, lab)
            return "reward_upsell_no_consent", b.t
        b.c(b.ch(REFUSE)); b.a(b.ch(PR), "PR")
        if rng.random() < .6:
            b.c(b.ch(REFUSE2))
            if rng.random() < .7: b.a(b.ch(AB), "AB")
            else: b.a(b.ch(PR), "PR")
        return "reward_upsell_pressure", b.t
    if plot == "cancel":
        if rng.random() < .25: b.a(b.ch(FR_PRE), "FR")
        b.a(b.ch(FC), "FC"); b.c(b.ch(FC_C))
        if rng.random() < .5: b.a(b.ch(FC2), "FC"); b.c(rng.choice(["那你取消吧。", "好吧,那取消。", "哦,那怎么办?"]))
        r = rng.random()
        if r < .7:
            b.a(b.ch(CR), "CR"); b.c(b.ch(CR_C))
            if rng.random() < .5: b.a(b.ch(CRPR), "CR PR")
            r2 = rng.random()
            if r2 < .35:
                b.c(rng.choice(["我还是不报了,我自己打{hot}问问。", "我不想给验证码。"])); b.a(b.ch(AB_FC), "AB")
            elif r2 < .6:
                b.c(rng.choice(["好,报给你了。", "嗯,念完了。"])); b.a(b.ch(FC_CB), "CB")
        else:
            b.a("我现在可以帮您取消,但必须今天办,明天系统就自动扣款了。", "PR")
            b.c(rng.choice(["好吧。", "那你弄吧。"]))
            if rng.random() < .5: b.a(rng.choice(["另外取消之后给您换一个更划算的包,钱差不多,我直接帮您换上了。"]), "CB CC")
        return "fake_cancellation_call", b.t
    # refuse
    b.a(b.ch(OFFER)); b.c(b.ch(REFUSE)); b.a(b.ch(PR), "PR")
    n = rng.randint(0, 2)
    for i in range(n):
        b.c(b.ch(REFUSE2)); b.a(b.ch(PR), "PR")
    if rng.random() < .7: b.c(b.ch(REFUSE2)); b.a(b.ch(AB), "AB")
    elif rng.random() < .7: b.c(b.ch(AMB)); b.a(b.ch(CB), "CB")
    return "pitch_after_refusal", b.t

def gen_hon(rng):
    sl = slots(rng); sl["stars"] = rng.choice(["三星", "四星", "五星", "五星金"]); sl["month"] = rng.randint(1, 12)
    sl["when"] = rng.choice(["上周", "前天", "昨天", "上个月"]); sl["sur2"] = rng.choice(SURN)
    prod, price = rng.choice(HON_PROD); sl["prod"] = fmt(prod, sl); sl["price"] = fmt(price, sl)
    b = B(rng, sl)
    plot = rng.choices(["readback", "notyet", "follow", "unsub", "revisit", "star", "code", "rude", "deadline", "free", "robo", "plain"],
                       weights=[14, 8, 9, 9, 9, 7, 8, 8, 7, 5, 6, 11])[0]
    hn = plot != "plain"
    if plot == "plain":
        for s, t in rng.choice(H_PLAIN): (b.a if s == "A" else b.c)(t)
        return "service_plain", False, b.t
    if plot == "robo":
        for t in rng.choice(ROBO_HON): b.u(t)
        return "official_notice_recording", True, b.t
    if plot == "unsub":
        sl["prod"] = rng.choice(["视频会员", "彩铃包", "流量包", "副卡", "音乐会员", "云盘会员"])
        b.c(b.ch(H_UNSUB_REQ)); b.a(b.ch(H_UNSUB_FOUND)); b.c(rng.choice(["对,就是这个。", "对,帮我退了。"]))
        b.a(b.ch(H_UNSUB_CONF)); b.c("确认。"); b.a(b.ch(H_UNSUB_DONE))
        return "customer_requested_unsubscribe", hn, b.t
    greet(b, True); leadin(b, 0, 2)
    if plot == "readback":
        b.a(b.ch(H_OFFER)); b.c(b.ch(H_YES)); b.a(b.ch(H_READ)); b.c(b.ch(H_CONSENT)); b.a(b.ch(H_DONE))
        return "readback_explicit_yes", hn, b.t
    if plot == "notyet":
        b.a(b.ch(H_OFFER)); b.c(b.ch(H_NOTYET)); b.a(b.ch(H_RESPECT))
        if rng.random() < .5: b.c("好的,谢谢。")
        return "undecided_respected", hn, b.t
    if plot == "follow":
        b.a(b.ch(H_OFFER)); b.c(b.ch(REFUSE)); b.a(b.ch(H_FOLLOW)); b.c(rng.choice(["就是不需要。", "用不上。", "不用了。"])); b.a(b.ch(H_END))
        return "single_follow_up", hn, b.t
    if plot == "revisit":
        b.a(b.ch(H_REV))
        if rng.random() < .7: b.c(b.ch(H_REV_YES)); b.a(b.ch(H_REV_OK))
        else: b.c(b.ch(H_REV_NO)); b.a(b.ch(H_REV_FIX))
        return "revisit_call", hn, b.t
    if plot == "star":
        b.a(b.ch(H_STAR)); b.c(b.ch(H_STAR_C)); b.a(b.ch(H_STAR_EXP))
        return "real_star_notice", hn, b.t
    if plot == "code":
        b.a("您刚刚申请办理{prod},{price}。"); b.c(rng.choice(["对,是我申请的。", "是的。"])); b.a(b.ch(H_CODE))
        if rng.random() < .5: b.c("好,我自己输好了。"); b.a("好的,已经办理成功。")
        return "code_never_shared", hn, b.t
    if plot == "rude":
        b.t = b.t[:1] if b.t else []
        if not b.t: b.a(b.ch(H_GREET))
        b.c(b.ch(H_RUDE)); b.a(b.ch(H_RUDE_A))
        if rng.random() < .5: b.c("哼。"); b.a("再见。")
        return "rude_customer_honest_agent", hn, b.t
    if plot == "deadline":
        b.a(b.ch(H_DEAD)); b.c(rng.choice(["好的,知道了。", "那我看一下。", "行。"])); b.a("好的,感谢接听。")
        return "real_deadline_once", hn, b.t
    b.a(b.ch(H_FREE)); b.c(rng.choice(["要我确认什么吗?", "真的不要钱?"])); b.a("不需要确认,确实免费,也不会改您的套餐。")
    return "really_free_reward", hn, b.t

def finish(cid, scen, hn, turns, src):
    for t in turns: t[2] = sorted(set(t[2]))
    labs = sorted({l for t in turns for l in t[2]})
    return {"id": cid, "lang": "zh", "source": src, "scenario": scen, "hard_negative": bool(hn and not labs),
            "deceptive": bool(labs), "labels": labs,
            "turns": [{"speaker": s, "text": x, "labels": l} for s, x, l in turns]}

def main():
    rng = random.Random(SEED)
    hand = parse_hand(os.path.join(HERE, "hand_deceptive.txt")) + parse_hand(os.path.join(HERE, "hand_honest.txt"))
    rng.shuffle(hand)
    recs = []
    for h in hand:
        recs.append(("hand", h["scenario"], h["hn"], [list(t) for t in h["turns"]]))
    gens = []
    want = {"reward": 3.2, "cancel": 3, "refuse": 2.2, "code_reward": 1.6, "addon": 1.2, "record": 1.5, "robo": 1.2}
    # 自适应: 按各模式离目标还差多少调整情节权重 (目标含余量)
    target = {"fake_reward": 58, "cost_concealment": 58, "fake_cancellation": 60, "code_request": 60,
              "consent_bypass": 100, "pressure": 100, "abuse": 60}
    plot_pats = {"reward": ["fake_reward", "cost_concealment", "consent_bypass"], "cancel": ["fake_cancellation", "code_request", "abuse"],
                 "refuse": ["pressure", "abuse", "consent_bypass"], "code_reward": ["fake_reward", "code_request", "pressure"],
                 "addon": ["consent_bypass", "cost_concealment"], "record": ["consent_bypass", "abuse"], "robo": ["fake_cancellation", "consent_bypass"]}
    cnt = collections.Counter()
    for h in hand: cnt.update({l for t in h["turns"] for l in t[2]})
    for i in range(N_GEN_DEC):
        if rng.random() < .6:   # 最缺的模式优先
            worst = min(target, key=lambda p: cnt[p] / target[p])
            w = {k: (want[k] if worst in plot_pats[k] else 0) for k in want}
        else:
            w = dict(want)
        scen, turns = gen_dec(rng, w); gens.append(("gen", scen, False, turns))
        cnt.update({l for t in turns for l in ([ABBR.get(x, x) for x in t[2]])})
    for i in range(N_GEN_HON):
        scen, hn, turns = gen_hon(rng); gens.append(("gen", scen, hn, turns))
    for g in gens:
        if rng.random() < .35:   # 语音识别风格
            g[3][:] = [[s, asr(x, rng) if x != "……" else x, l] for s, x, l in g[3]]
    rng.shuffle(gens)
    allc = recs + gens
    out = []
    for i, (kind, scen, hn, turns) in enumerate(allc, 1):
        r = finish(f"z09-{i:04d}", scen, hn, turns, "writer:z09")
        r["notes"] = "hand" if kind == "hand" else "generated"
        out.append(r)
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(out))

if __name__ == "__main__":
    main()
